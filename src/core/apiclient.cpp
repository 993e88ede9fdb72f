#include "apiclient.h"

#include "apiurl.h"
#include "cursorpeek.h"
#include "jsondecoder.h"
#include "logging.h"
#include "pendingcall.h"
#include "redirectpolicy.h"
#include "tokenprovider.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace keycard {

namespace {

QString segment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

struct ApiClient::Private
{
    ApiClient* q = nullptr;
    ConnectionConfig config;
    QNetworkAccessManager* nam = nullptr;
    CallEnvironment env;

    // {base}/a/b/c with each part percent-encoded (so "/" in an ID stays inside its segment)
    QUrl url(std::initializer_list<QString> parts, const PageRequest* page = nullptr,
             bool expandPermissions = true) const
    {
        return apiUrl(config.baseUrl, QStringList(parts), page, expandPermissions);
    }

    template <typename T, typename Decode>
    RequestHandle call(CallSpec spec, QObject* context, Decode decode, Callback<T> done)
    {
        auto* pending = new PendingCall(
            &env, std::move(spec), context,
            [decode, done = std::move(done)](const RawResponse* response, const ApiError& error) {
                if (error.isError()) {
                    done(Result<T>::failure(error));
                    return;
                }
                Result<T> result = decode(response ? *response : RawResponse());
                done(result);
            },
            q);
        QObject::connect(pending, &PendingCall::exchangeStarted, q, &ApiClient::requestStarted);
        QObject::connect(pending, &PendingCall::exchangeFinished, q, &ApiClient::requestFinished);
        pending->start();
        return RequestHandle(pending);
    }

    template <typename T>
    static auto decoder(Result<T> (*fn)(const QByteArray&, const QString&), const QString& action)
    {
        return decoderOf<T>(fn, action);
    }

    template <typename T, typename Fn>
    static auto decoderOf(Fn fn, const QString& action)
    {
        return [fn, action](const RawResponse& r) {
            Result<T> result = fn(r.body, r.requestId);
            if (!result.ok()) {
                ApiError e = result.error();
                e.setAction(action).setHttpStatus(r.status);
                return Result<T>::failure(e);
            }
            return result;
        };
    }

    // The limit url() sends; a page's answer may hold no more items than this.
    static int sentLimit(const PageRequest& page) { return sentPageLimit(page); }

    template <typename T>
    static auto pageDecoder(Result<Page<T>> (*fn)(const QByteArray&, const QString&, int),
                            const QString& action, const PageRequest& page)
    {
        const int limit = sentLimit(page);
        return decoderOf<Page<T>>(
            [fn, limit, seen = page.nextCursorSeen](const QByteArray& body,
                                                    const QString& requestId) {
                if (seen) {
                    const QString next = peekNextCursor(body);
                    if (!next.isEmpty())
                        seen(next);
                }
                return fn(body, requestId, limit);
            },
            action);
    }

    static auto emptyDecoder()
    {
        return [](const RawResponse&) {
            return Result<Empty>::success(Empty{});
        };
    }

    CallSpec get(const QUrl& u, const QString& action) const
    {
        CallSpec spec;
        spec.verb = "GET";
        spec.url = u;
        spec.action = action;
        return spec;
    }

    CallSpec withBody(const QByteArray& verb, const QUrl& u, const QByteArray& body, Repeat repeat,
                      const QString& action) const
    {
        CallSpec spec;
        spec.verb = verb;
        spec.url = u;
        spec.body = body;
        spec.contentType = QByteArrayLiteral("application/json");
        spec.repeat = repeat;
        spec.action = action;
        return spec;
    }
};

ApiClient::ApiClient(ConnectionConfig config, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->config = std::move(config);
    d->nam = new QNetworkAccessManager(this);
    d->nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    d->nam->setAutoDeleteReplies(false);
    d->env.nam = d->nam;
    d->env.policy.maxRetries = std::max(0, d->config.maxRetries);
    d->env.policy.maxRetryAfterSeconds = std::max(0, d->config.maxRetryAfterSeconds);
    d->env.policy.inactivityTimeoutMs = std::max(1, d->config.inactivityTimeoutMs);
    d->env.policy.attemptTimeoutMs = std::max(1, d->config.attemptTimeoutMs);

    d->env.configError = checkBaseUrl(d->config.baseUrl);
    if (!d->env.configError && !d->config.hasCredentials()) {
        d->env.configError = ApiError(ApiError::Kind::Configuration)
                                 .setDetail(QStringLiteral("no credentials configured"));
    }
    if (d->env.configError) {
        qCWarning(lcApi).noquote() << "connection not usable:" << d->env.configError->detail();
    } else if (d->config.auth.kind == AuthConfig::Kind::ApiKey) {
        d->env.apiKey = d->config.auth.secret;
    } else {
        d->env.tokens = new TokenProvider(d->nam, d->config.baseUrl, d->config.auth.clientId,
                                          d->config.auth.secret, d->env.policy, this);
        connect(d->env.tokens, &TokenProvider::exchangeFinished, this, &ApiClient::requestFinished);
    }
    qCDebug(lcApi).noquote() << "client for"
                             << d->config.baseUrl.toDisplayString(QUrl::RemoveUserInfo)
                             << (d->config.auth.kind == AuthConfig::Kind::ApiKey
                                     ? "with an API key"
                                     : "with client credentials");
}

ApiClient::~ApiClient()
{
    // Calls first: they abort their replies while the network manager still exists.
    const auto calls = findChildren<PendingCall*>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
    delete d->env.tokens;
    d->env.tokens = nullptr;
}

std::optional<ApiError> ApiClient::checkBaseUrl(const QUrl& url)
{
    auto refuse = [](const QString& message, const QString& detail) {
        return ApiError(ApiError::Kind::Configuration, message).setDetail(detail);
    };
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return refuse(tr("The server address is not a complete web address."),
                      QStringLiteral("base URL is not a valid absolute URL"));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return refuse(tr("The server address must start with https://."),
                      QStringLiteral("base URL scheme is neither https nor http"));
    if (!url.userInfo().isEmpty())
        return refuse(tr("The server address must not contain a user name or password."),
                      QStringLiteral("base URL carries user info"));
    if (scheme == QLatin1String("http") && !RedirectPolicy::isLoopbackHost(url.host()))
        return refuse(tr("The server address must start with https:// unless the server runs on "
                         "this computer; plain http would expose the credentials."),
                      QStringLiteral("plain http to a host that is not loopback"));
    return std::nullopt;
}

const ConnectionConfig& ApiClient::config() const
{
    return d->config;
}

QNetworkAccessManager* ApiClient::networkAccessManager() const
{
    return d->nam;
}

RequestHandle ApiClient::signIn(QObject* context, Callback<Empty> done)
{
    const QString action = tr("sign in");
    if (d->config.auth.kind == AuthConfig::Kind::ApiKey || !d->env.tokens) {
        PageRequest page;
        page.limit = 1;
        page.expandPermissions = false;
        return d->call<Empty>(d->get(d->url({QStringLiteral("organizations")}, &page), action),
                              context, Private::emptyDecoder(), std::move(done));
    }
    CallSpec spec;
    spec.auth = CallSpec::Auth::TokenOnly;
    spec.verb = "POST";
    spec.url = TokenProvider::tokenUrl(d->config.baseUrl);
    spec.action = action;
    return d->call<Empty>(std::move(spec), context, Private::emptyDecoder(), std::move(done));
}

RequestHandle ApiClient::listOrganizations(const PageRequest& page, QObject* context,
                                           Callback<Page<Organization>> done)
{
    const QString action = tr("load the organizations");
    return d->call<Page<Organization>>(
        d->get(d->url({QStringLiteral("organizations")}, &page), action), context,
        Private::pageDecoder(&json::decodeOrganizationPage, action, page), std::move(done));
}

RequestHandle ApiClient::getOrganization(const QString& orgIdOrLabel, QObject* context,
                                         Callback<Organization> done)
{
    const QString action = tr("load the organization");
    return d->call<Organization>(
        d->get(d->url({QStringLiteral("organizations"), segment(orgIdOrLabel)}), action), context,
        Private::decoder(&json::decodeOrganization, action), std::move(done));
}

RequestHandle ApiClient::listServiceAccounts(const QString& orgId, const PageRequest& page,
                                             QObject* context, Callback<Page<ServiceAccount>> done)
{
    const QString action = tr("load the service accounts");
    return d->call<Page<ServiceAccount>>(
        d->get(d->url({QStringLiteral("organizations"), segment(orgId),
                       QStringLiteral("service-accounts")},
                      &page),
               action),
        context, Private::pageDecoder(&json::decodeServiceAccountPage, action, page),
        std::move(done));
}

RequestHandle ApiClient::getServiceAccount(const QString& orgId, const QString& accountId,
                                           QObject* context, Callback<ServiceAccount> done)
{
    const QString action = tr("load the service account");
    return d->call<ServiceAccount>(
        d->get(d->url({QStringLiteral("organizations"), segment(orgId),
                       QStringLiteral("service-accounts"), segment(accountId)}),
               action),
        context, Private::decoder(&json::decodeServiceAccount, action), std::move(done));
}

RequestHandle ApiClient::createServiceAccount(const QString& orgId, const Draft& draft,
                                              QObject* context, Callback<ServiceAccount> done)
{
    const QString action = tr("create the service account");
    const QUrl u = d->url(
        {QStringLiteral("organizations"), segment(orgId), QStringLiteral("service-accounts")},
        nullptr, false);
    return d->call<ServiceAccount>(
        d->withBody("POST", u, json::encodeDraft(draft), Repeat::OnlyIfUnsent, action), context,
        Private::decoder(&json::decodeServiceAccount, action), std::move(done));
}

RequestHandle ApiClient::updateServiceAccount(const QString& orgId, const QString& accountId,
                                              const Patch& patch, QObject* context,
                                              Callback<ServiceAccount> done)
{
    const QString action = tr("save the service account");
    const QUrl u = d->url({QStringLiteral("organizations"), segment(orgId),
                           QStringLiteral("service-accounts"), segment(accountId)},
                          nullptr, false);
    return d->call<ServiceAccount>(
        d->withBody("PATCH", u, json::encodePatch(patch), Repeat::Safe, action), context,
        Private::decoder(&json::decodeServiceAccount, action), std::move(done));
}

RequestHandle ApiClient::deleteServiceAccount(const QString& orgId, const QString& accountId,
                                              QObject* context, Callback<Empty> done)
{
    const QString action = tr("delete the service account");
    CallSpec spec = d->get(d->url({QStringLiteral("organizations"), segment(orgId),
                                   QStringLiteral("service-accounts"), segment(accountId)},
                                  nullptr, false),
                           action);
    spec.verb = "DELETE";
    return d->call<Empty>(std::move(spec), context, Private::emptyDecoder(), std::move(done));
}

RequestHandle ApiClient::listCredentials(const QString& orgId, const QString& accountId,
                                         const PageRequest& page, QObject* context,
                                         Callback<Page<Credential>> done)
{
    const QString action = tr("load the credentials");
    return d->call<Page<Credential>>(
        d->get(d->url({QStringLiteral("organizations"), segment(orgId),
                       QStringLiteral("service-accounts"), segment(accountId),
                       QStringLiteral("credentials")},
                      &page),
               action),
        context, Private::pageDecoder(&json::decodeCredentialPage, action, page), std::move(done));
}

RequestHandle ApiClient::getCredential(const QString& orgId, const QString& accountId,
                                       const QString& credentialId, QObject* context,
                                       Callback<Credential> done)
{
    const QString action = tr("load the credential");
    return d->call<Credential>(
        d->get(d->url({QStringLiteral("organizations"), segment(orgId),
                       QStringLiteral("service-accounts"), segment(accountId),
                       QStringLiteral("credentials"), segment(credentialId)}),
               action),
        context, Private::decoder(&json::decodeCredential, action), std::move(done));
}

RequestHandle ApiClient::createCredential(const QString& orgId, const QString& accountId,
                                          const Draft& draft, QObject* context,
                                          Callback<NewCredential> done)
{
    const QString action = tr("create the credential");
    const QUrl u =
        d->url({QStringLiteral("organizations"), segment(orgId), QStringLiteral("service-accounts"),
                segment(accountId), QStringLiteral("credentials")},
               nullptr, false);
    return d->call<NewCredential>(
        d->withBody("POST", u, json::encodeDraft(draft), Repeat::OnlyIfUnsent, action), context,
        [action](const RawResponse& r) {
            // The body that carries the secret belongs to the request, which drops it: a wipe
            // of a copy here would only detach, never clear it.
            Result<NewCredential> result = json::decodeNewCredential(r.body, r.requestId);
            if (!result.ok()) {
                ApiError e = result.error();
                // The credential was created, but its secret could not be read.
                e.setAction(action).setHttpStatus(r.status);
                return Result<NewCredential>::failure(e);
            }
            return result;
        },
        std::move(done));
}

RequestHandle ApiClient::updateCredential(const QString& orgId, const QString& accountId,
                                          const QString& credentialId, const Patch& patch,
                                          QObject* context, Callback<Credential> done)
{
    const QString action = tr("save the credential");
    const QUrl u =
        d->url({QStringLiteral("organizations"), segment(orgId), QStringLiteral("service-accounts"),
                segment(accountId), QStringLiteral("credentials"), segment(credentialId)},
               nullptr, false);
    return d->call<Credential>(
        d->withBody("PATCH", u, json::encodePatch(patch), Repeat::Safe, action), context,
        Private::decoder(&json::decodeCredential, action), std::move(done));
}

RequestHandle ApiClient::deleteCredential(const QString& orgId, const QString& accountId,
                                          const QString& credentialId, QObject* context,
                                          Callback<Empty> done)
{
    const QString action = tr("delete the credential");
    CallSpec spec = d->get(
        d->url({QStringLiteral("organizations"), segment(orgId), QStringLiteral("service-accounts"),
                segment(accountId), QStringLiteral("credentials"), segment(credentialId)},
               nullptr, false),
        action);
    spec.verb = "DELETE";
    return d->call<Empty>(std::move(spec), context, Private::emptyDecoder(), std::move(done));
}

RequestHandle ApiClient::testClientCredentials(const QString& clientId, const SecretString& secret,
                                               QObject* context, Callback<Empty> done)
{
    const QString action = tr("test the credential");
    RequestSpec exchange = TokenProvider::exchangeSpec(d->config.baseUrl, clientId, secret);
    CallSpec spec;
    spec.verb = exchange.verb;
    spec.url = exchange.url;
    spec.body = exchange.body;
    spec.contentType = exchange.contentType;
    spec.auth = CallSpec::Auth::Given;
    spec.authorization = exchange.authorization;
    spec.action = action;
    return d->call<Empty>(
        std::move(spec), context,
        [action](const RawResponse& r) {
            Result<json::TokenAnswer> token = json::decodeToken(r.body, r.requestId);
            if (!token.ok()) {
                ApiError e = token.error();
                return Result<Empty>::failure(e.setAction(action).setHttpStatus(r.status));
            }
            return Result<Empty>::success(Empty{});
        },
        [done = std::move(done)](const Result<Empty>& result) {
            if (result.ok() || result.error().httpStatus() != 400) {
                done(result);
                return;
            }
            ApiError e = result.error(); // the token endpoint says 400 for a bad client
            done(Result<Empty>::failure(e.setKind(ApiError::Kind::Authentication)));
        });
}

} // namespace keycard
