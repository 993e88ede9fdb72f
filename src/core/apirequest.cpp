#include "apirequest.h"

#include "logging.h"
#include "oneshotbody.h"
#include "qtcompat.h"
#include "redirectpolicy.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace keycard {

namespace {

QByteArray userAgent()
{
    return QByteArrayLiteral("KeycardAdmin/" KEYCARD_VERSION " (Qt ") + QByteArray(qVersion()) +
           QByteArrayLiteral(")");
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    // 1..99 connection, 100..199 proxy, 399 ProtocolFailure: no usable HTTP answer.
    // The other codes (2xx-4xx ranges) only restate the HTTP status.
    const int code = int(error);
    return (code >= 1 && code < 200) || error == QNetworkReply::ProtocolFailure ||
           error == QNetworkReply::UnknownNetworkError;
}

} // namespace

QByteArray RawResponse::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ApiRequest::ApiRequest(QNetworkAccessManager* nam, RequestSpec spec, RetryPolicy policy,
                       QObject* parent)
    : QObject(parent), m_nam(nam), m_spec(std::move(spec)), m_policy(policy)
{
    m_currentUrl = m_spec.url;
    m_currentVerb = m_spec.verb;
    m_currentBody = m_spec.body;
    m_inactivity.setSingleShot(true);
    m_inactivity.setInterval(std::max(1, m_policy.inactivityTimeoutMs));
    connect(&m_inactivity, &QTimer::timeout, this, &ApiRequest::onTimeout);
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &ApiRequest::sendAttempt);
}

ApiRequest::~ApiRequest()
{
    abort();
}

void ApiRequest::start()
{
    m_elapsed.start();
    sendAttempt();
}

void ApiRequest::abort()
{
    m_done = true;
    m_inactivity.stop();
    m_backoff.stop();
    if (QNetworkReply* reply = m_reply.data()) {
        m_reply.clear();
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiRequest::sendAttempt()
{
    if (m_done)
        return;
    ++m_attempt;
    m_timedOut = false;
    m_sslErrors.clear();

    QNetworkRequest request(m_currentUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!m_spec.requestId.isEmpty())
        request.setRawHeader(QByteArrayLiteral("X-Client-Request-ID"), m_spec.requestId.toLatin1());
    if (!m_currentBody.isEmpty() || !m_spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    if (m_sendAuthorization && !m_spec.authorization.isEmpty()) {
        QByteArray value = m_spec.authorization.reveal();
        request.setRawHeader(QByteArrayLiteral("Authorization"), value);
        SecretString::wipe(value);
    }

    qCDebug(lcHttp).noquote() << m_currentVerb << m_currentUrl.toDisplayString(QUrl::RemoveQuery)
                              << "attempt" << m_attempt << "request" << m_spec.requestId;

    QNetworkReply* reply = nullptr;
    if (m_currentVerb == "GET")
        reply = m_nam->get(request);
    else if (m_currentVerb == "POST" && m_spec.repeat == Repeat::OnlyIfUnsent) {
        // Qt must not resend a create on its own: give it a body it cannot rewind.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_currentBody.size());
        auto* body = new OneShotBody(m_currentBody);
        reply = m_nam->post(request, body);
        body->setParent(reply);
    } else if (m_currentVerb == "POST")
        reply = m_nam->post(request, m_currentBody);
    else if (m_currentVerb == "DELETE")
        reply = m_nam->deleteResource(request);
    else
        reply = m_nam->sendCustomRequest(request, m_currentVerb, m_currentBody);
    m_reply = reply;

    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiRequest::touch);
    connect(reply, &QNetworkReply::readyRead, this, &ApiRequest::touch);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiRequest::touch);
    connect(reply, &QNetworkReply::uploadProgress, this, &ApiRequest::touch);
#ifndef QT_NO_SSL
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Reported, never ignored: the handshake fails and the user is told why.
        for (const QSslError& e : errors)
            m_sslErrors << e.errorString();
        qCWarning(lcHttp).noquote() << "TLS errors for" << m_currentUrl.host() << ":"
                                    << m_sslErrors.join(QStringLiteral("; "));
    });
#endif
    m_inactivity.start();
}

void ApiRequest::touch()
{
    if (m_reply)
        m_inactivity.start();
}

void ApiRequest::onTimeout()
{
    if (!m_reply)
        return;
    qCInfo(lcHttp).noquote() << "no progress for" << m_policy.inactivityTimeoutMs
                             << "ms:" << m_currentVerb << m_currentUrl.path() << "request"
                             << m_spec.requestId;
    m_timedOut = true;
    m_reply->abort(); // emits finished(), handled in onReplyFinished
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply* reply = m_reply.data();
    if (!reply || sender() != reply)
        return;
    m_reply.clear();
    m_inactivity.stop();
    reply->deleteLater();
    disconnect(reply, nullptr, this, nullptr);

    RawResponse response;
    response.requestId = m_spec.requestId;
    response.attempts = m_attempt;
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    bool provablyUnsent = false;

    if (m_timedOut) {
        response.transportError =
            ApiError(ApiError::Kind::Timeout)
                .setRetryable(true)
                .setDetail(
                    QStringLiteral("no progress for %1 ms").arg(m_policy.inactivityTimeoutMs));
    } else if (status > 0 && !isTransportError(error)) {
        response.status = status;
        response.headers = reply->rawHeaderPairs();
        response.body = reply->readAll();
        if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
            const QUrl target = m_currentUrl.resolved(
                QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode));
            if (followRedirect(target, status))
                return;
            response.transportError =
                ApiError(ApiError::Kind::Configuration)
                    .setHttpStatus(status)
                    .setDetail(
                        QStringLiteral("redirect to %1 refused")
                            .arg(target.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        }
    } else {
        ApiError e(ApiError::Kind::Connection);
        e.setHttpStatus(status).setRetryable(true).setDetail(reply->errorString());
        switch (error) {
        case QNetworkReply::SslHandshakeFailedError:
            e.setKind(ApiError::Kind::Tls).setRetryable(false);
            if (!m_sslErrors.isEmpty())
                e.setDetail(m_sslErrors.join(QStringLiteral("; ")));
            break;
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
            provablyUnsent = true;
            break;
        case QNetworkReply::TimeoutError:
            e.setKind(ApiError::Kind::Timeout);
            break;
        default:
            break;
        }
        if (!m_sslErrors.isEmpty() && e.kind() == ApiError::Kind::Connection)
            e.setKind(ApiError::Kind::Tls).setRetryable(false);
        response.transportError = e;
    }

    if (response.transportError.isError() && m_spec.repeat == Repeat::OnlyIfUnsent &&
        !provablyUnsent && response.transportError.kind() != ApiError::Kind::Tls &&
        response.transportError.kind() != ApiError::Kind::Configuration) {
        // The create may have reached the server: never send it again on our own.
        response.transportError.setKind(ApiError::Kind::OutcomeUnknown).setRetryable(false);
    }
    response.transportError.setRequestId(m_spec.requestId);

    if (shouldRetry(response, provablyUnsent)) {
        const int delay = retryDelayMs(response, m_attempt, m_policy);
        qCInfo(lcHttp).noquote() << m_currentVerb << m_currentUrl.path() << "answered"
                                 << (response.status
                                         ? QString::number(response.status)
                                         : ApiError::kindName(response.transportError.kind()))
                                 << "- trying again in" << delay << "ms, request"
                                 << m_spec.requestId;
        m_backoff.start(delay);
        return;
    }
    finish(std::move(response));
}

bool ApiRequest::shouldRetry(const RawResponse& response, bool provablyUnsent) const
{
    if (m_done || m_attempt > m_policy.maxRetries)
        return false;
    const ApiError& e = response.transportError;
    if (m_spec.repeat == Repeat::OnlyIfUnsent)
        return e.isError() && provablyUnsent;
    if (e.isError())
        return e.kind() == ApiError::Kind::Connection || e.kind() == ApiError::Kind::Timeout;
    const QByteArray shouldRetryHeader = response.header("x-should-retry").trimmed().toLower();
    if (shouldRetryHeader == "true")
        return true;
    if (shouldRetryHeader == "false")
        return false;
    return response.status == 408 || response.status == 429 || response.status >= 500;
}

int ApiRequest::retryDelayMs(const RawResponse& response, int attempt, const RetryPolicy& policy)
{
    const qint64 capMs = qint64(std::max(0, policy.maxRetryAfterSeconds)) * 1000;
    bool ok = false;
    const QByteArray afterMs = response.header("retry-after-ms").trimmed();
    if (!afterMs.isEmpty()) {
        const double ms = afterMs.toDouble(&ok);
        if (ok && ms >= 0)
            return int(std::min<qint64>(qint64(ms), capMs));
    }
    const QByteArray after = response.header("retry-after").trimmed();
    if (!after.isEmpty()) {
        const double seconds = after.toDouble(&ok);
        if (ok && seconds >= 0)
            return int(std::min<qint64>(qint64(seconds * 1000), capMs));
        // HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT"
        QString text = QString::fromLatin1(after);
        QDateTime when =
            QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (!when.isValid())
            when = QDateTime::fromString(text, Qt::RFC2822Date);
        if (when.isValid()) {
            if (when.timeSpec() == Qt::LocalTime)
                compat::setUtc(when);
            const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
            return int(std::clamp<qint64>(ms, 0, capMs));
        }
    }
    const int exponent = std::clamp(attempt - 1, 0, 16);
    const double backoff =
        std::min<double>(policy.maxBackoffMs, policy.baseBackoffMs * std::pow(2.0, exponent));
    const double jitter = 1.0 - 0.25 * QRandomGenerator::global()->generateDouble();
    return int(backoff * jitter);
}

bool ApiRequest::followRedirect(const QUrl& target, int status)
{
    const RedirectDecision decision = RedirectPolicy::decide(m_currentUrl, target, m_redirects);
    if (decision == RedirectDecision::Refuse) {
        qCWarning(lcHttp).noquote()
            << "refused redirect from" << m_currentUrl.host() << "to"
            << target.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        return false;
    }
    if (decision == RedirectDecision::FollowWithoutAuthorization)
        m_sendAuthorization = false;
    ++m_redirects;
    if (status == 303 || ((status == 301 || status == 302) && m_currentVerb == "POST")) {
        m_currentVerb = "GET";
        m_currentBody.clear();
    }
    qCInfo(lcHttp).noquote() << "following redirect" << status << "to"
                             << target.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                             << (m_sendAuthorization ? "" : "without credentials");
    m_currentUrl = target;
    --m_attempt; // a redirect is not a retry
    QTimer::singleShot(0, this, &ApiRequest::sendAttempt);
    return true;
}

void ApiRequest::finish(RawResponse response)
{
    m_done = true;
    qCDebug(lcHttp).noquote() << m_spec.verb << m_spec.url.path() << "->"
                              << (response.status
                                      ? QString::number(response.status)
                                      : ApiError::kindName(response.transportError.kind()))
                              << "after" << m_elapsed.elapsed() << "ms," << response.attempts
                              << "attempt(s), request" << m_spec.requestId;
    emit finished(response);
}

} // namespace keycard
