#include "pendingcall.h"

#include "errormapper.h"
#include "logging.h"
#include "tokenprovider.h"

#include <QTimer>
#include <QUuid>

namespace keycard {

PendingCall::PendingCall(CallEnvironment* environment, CallSpec spec, QObject* context, Done done,
                         QObject* parent)
    : QObject(parent), m_env(environment), m_spec(std::move(spec)), m_context(context),
      m_hasContext(context != nullptr), m_done(std::move(done)),
      m_requestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (context)
        connect(context, &QObject::destroyed, this, &PendingCall::cancel);
}

PendingCall::~PendingCall()
{
    // Destroying m_done may destroy the client that owns this call (a callback that held the
    // last reference to it): leave the client's children first so that it cannot delete this
    // call a second time.
    setParent(nullptr);
    if (m_request)
        m_request->abort();
}

void PendingCall::start()
{
    if (m_env->configError) {
        ApiError e = *m_env->configError;
        QTimer::singleShot(0, this, [this, e] { complete(nullptr, e); });
        return;
    }
    const bool usesToken = m_env->tokens && m_spec.auth != CallSpec::Auth::Given;
    if (usesToken) {
        const std::optional<SecretString> token =
            m_spec.auth == CallSpec::Auth::Bearer ? m_env->tokens->validToken() : std::nullopt;
        if (token) {
            // Sent at once: a page read ahead leaves before the page before it is inserted.
            m_token = *token;
            send(token->prefixed(QByteArrayLiteral("Bearer ")));
            return;
        }
        acquireToken();
    } else if (m_spec.auth == CallSpec::Auth::TokenOnly) {
        // API key: nothing to exchange (ApiClient sends a cheap GET instead)
        QTimer::singleShot(0, this, [this] { complete(nullptr, ApiError()); });
    } else if (m_spec.auth == CallSpec::Auth::Given) {
        const SecretString authorization = m_spec.authorization;
        QTimer::singleShot(0, this, [this, authorization] { send(authorization); });
    } else {
        const SecretString authorization = m_env->apiKey.prefixed(QByteArrayLiteral("Bearer "));
        QTimer::singleShot(0, this, [this, authorization] { send(authorization); });
    }
}

void PendingCall::acquireToken()
{
    m_env->tokens->requestToken(this, [this](const SecretString& token, const ApiError& e) {
        if (!isActive())
            return;
        if (e.isError()) {
            ApiError error = e;
            complete(nullptr, error.setRequestId(e.requestId()));
            return;
        }
        m_token = token;
        if (m_spec.auth == CallSpec::Auth::TokenOnly) {
            complete(nullptr, ApiError());
            return;
        }
        send(token.prefixed(QByteArrayLiteral("Bearer ")));
    });
}

void PendingCall::send(const SecretString& authorization)
{
    if (!isActive())
        return;
    RequestSpec request;
    request.verb = m_spec.verb;
    request.url = m_spec.url;
    request.body = m_spec.body;
    request.contentType = m_spec.contentType;
    request.authorization = authorization;
    request.repeat = m_spec.repeat;
    request.requestId = m_requestId;
    m_request = new ApiRequest(m_env->nam, std::move(request), m_env->policy, this);
    connect(m_request, &ApiRequest::finished, this, &PendingCall::onResponse);
    m_request->start();
    emit exchangeStarted(m_requestId);
}

void PendingCall::onResponse(const RawResponse& response)
{
    m_request->deleteLater();
    m_request = nullptr;
    emit exchangeFinished(response.requestId, response.status);

    const bool answered = !response.transportError.isError();
    if (answered && response.status == 401 && m_env->tokens &&
        m_spec.auth == CallSpec::Auth::Bearer && !m_repeatedAfter401) {
        // The token may have expired on the way: renew once and repeat once.
        qCInfo(lcAuth) << "401 for request" << m_requestId << "- renewing the token and repeating";
        m_repeatedAfter401 = true;
        m_env->tokens->invalidate(m_token);
        m_token.clear();
        acquireToken();
        return;
    }
    if (answered && response.status >= 200 && response.status < 300) {
        complete(&response, ApiError());
        return;
    }
    complete(nullptr, ErrorMapper::fromResponse(response));
}

void PendingCall::complete(const RawResponse* response, ApiError error)
{
    if (!isActive())
        return;
    m_finished = true;
    m_token.clear();
    deleteLater();
    if (m_hasContext && !m_context)
        return;
    if (error.isError()) {
        if (error.action().isEmpty())
            error.setAction(m_spec.action);
        if (error.requestId().isEmpty())
            error.setRequestId(m_requestId);
        qCInfo(lcApi).noquote() << m_spec.verb << m_spec.url.path()
                                << "failed:" << ApiError::kindName(error.kind())
                                << error.httpStatus() << "request" << error.requestId();
    }
    // The callback may destroy the client and with it this call: run a local copy.
    const Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(response, error);
}

void PendingCall::cancel()
{
    if (!isActive())
        return;
    qCDebug(lcApi).noquote() << "cancelled:" << m_spec.verb << m_spec.url.path() << "request"
                             << m_requestId;
    m_cancelled = true;
    m_token.clear();
    if (m_request) {
        m_request->abort();
        m_request->deleteLater();
        m_request = nullptr;
    }
    deleteLater();
}

} // namespace keycard
