#include "tokenprovider.h"

#include "errormapper.h"
#include "jsondecoder.h"
#include "logging.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUuid>
#include <algorithm>

namespace keycard {

TokenProvider::TokenProvider(QNetworkAccessManager* nam, const QUrl& baseUrl,
                             const QString& clientId, const SecretString& clientSecret,
                             const RetryPolicy& policy, QObject* parent)
    : QObject(parent), m_nam(nam), m_baseUrl(baseUrl), m_clientId(clientId),
      m_clientSecret(clientSecret), m_policy(policy)
{}

TokenProvider::~TokenProvider() = default;

QUrl TokenProvider::tokenUrl(const QUrl& baseUrl)
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/service-account-token"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

RequestSpec TokenProvider::exchangeSpec(const QUrl& baseUrl, const QString& clientId,
                                        const SecretString& clientSecret)
{
    RequestSpec spec;
    spec.verb = "POST";
    spec.url = tokenUrl(baseUrl);
    spec.body = QByteArrayLiteral("grant_type=client_credentials");
    spec.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    const QByteArray idAndColon = clientId.toUtf8() + ':';
    spec.authorization =
        clientSecret.prefixed(idAndColon).toBase64().prefixed(QByteArrayLiteral("Basic "));
    spec.repeat = Repeat::Safe; // asking for a token twice creates nothing
    spec.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return spec;
}

std::optional<SecretString> TokenProvider::validToken() const
{
    if (!hasValidToken())
        return std::nullopt;
    return m_token;
}

bool TokenProvider::hasValidToken() const
{
    if (m_token.isEmpty())
        return false;
    return m_validForMs < 0 || m_obtained.elapsed() < m_validForMs;
}

void TokenProvider::requestToken(QObject* waiter, Ready ready)
{
    if (hasValidToken()) {
        const SecretString token = m_token;
        QTimer::singleShot(0, waiter ? waiter : this,
                           [ready = std::move(ready), token] { ready(token, ApiError()); });
        return;
    }
    m_waiters.append(Waiter{waiter, std::move(ready)});
    if (!m_exchange)
        startExchange();
}

void TokenProvider::invalidate(const SecretString& rejected)
{
    if (!m_token.isEmpty() && m_token == rejected) {
        qCInfo(lcAuth) << "the server refused the access token; a new one will be fetched";
        m_token.clear();
    }
}

void TokenProvider::startExchange()
{
    RequestSpec spec = exchangeSpec(m_baseUrl, m_clientId, m_clientSecret);
    qCDebug(lcAuth).noquote() << "fetching an access token for client" << m_clientId << "request"
                              << spec.requestId;
    m_exchange = new ApiRequest(m_nam, std::move(spec), m_policy, this);
    connect(m_exchange, &ApiRequest::finished, this, &TokenProvider::onExchangeFinished);
    m_exchange->start();
}

void TokenProvider::onExchangeFinished(const RawResponse& response)
{
    m_exchange->deleteLater();
    m_exchange = nullptr;
    emit exchangeFinished(response.requestId, response.status);

    ApiError error;
    if (response.transportError.isError() || response.status < 200 || response.status >= 300) {
        error = ErrorMapper::fromResponse(response);
        if (error.kind() == ApiError::Kind::BadRequest && response.status == 400)
            error.setKind(ApiError::Kind::Authentication); // invalid_client / invalid_grant
    } else {
        // The body (it holds the token) is the ApiRequest's: nothing here can wipe it.
        Result<json::TokenAnswer> answer = json::decodeToken(response.body, response.requestId);
        if (!answer.ok()) {
            error = answer.error();
        } else {
            m_token = answer.value().accessToken;
            m_obtained.start();
            const int lifetime = answer.value().expiresInSeconds;
            if (lifetime >= 0) {
                // Renew shortly before expiry: a tenth of the lifetime, at most a minute.
                const qint64 margin = std::min<qint64>(60000, qint64(lifetime) * 100);
                m_validForMs = qint64(lifetime) * 1000 - margin;
            } else {
                m_validForMs = -1;
            }
            qCInfo(lcAuth) << "access token obtained, valid for" << lifetime << "s";
        }
    }
    if (error.isError()) {
        error.setAction(QCoreApplication::translate("keycard::ApiClient", "sign in"));
        qCWarning(lcAuth).noquote() << "token exchange failed:" << ApiError::kindName(error.kind())
                                    << response.status << "request" << response.requestId;
    }

    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    const SecretString token = m_token;
    for (const Waiter& w : waiters) {
        if (w.object)
            w.ready(token, error);
    }
}

} // namespace keycard
