#include "apirequest.h"

#include "logging.h"
#include "oneshotbody.h"
#include "redirectpolicy.h"
#include "retryafter.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <algorithm>
#include <climits>
#include <cmath>

namespace keycard {

namespace {

QByteArray userAgent()
{
    return QByteArrayLiteral("KeycardAdmin/" KEYCARD_VERSION " (Qt ") + QByteArray(qVersion()) +
           QByteArrayLiteral(")");
}

// Qt could not undo the Content-Encoding (corrupt data, or its own decompression-bomb check):
// Qt 6.4 reports UnknownContentError with the 200 status kept, later Qts ProtocolFailure. Below
// 400, UnknownContentError cannot be restating the HTTP status.
bool isDecompressionFailure(const QNetworkReply* reply, QNetworkReply::NetworkError error,
                            int status)
{
    if (!reply->hasRawHeader("Content-Encoding"))
        return false;
    return error == QNetworkReply::ProtocolFailure ||
           (error == QNetworkReply::UnknownContentError && status > 0 && status < 400);
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    // 1..99 connection, 100..199 proxy, 399 ProtocolFailure: no usable HTTP answer.
    // The other codes (2xx-4xx ranges) only restate the HTTP status.
    const int code = int(error);
    return (code >= 1 && code < 200) || error == QNetworkReply::ProtocolFailure ||
           error == QNetworkReply::UnknownNetworkError;
}

QString tooSlowText(int ms)
{
    return ms % 1000 == 0
               ? QCoreApplication::translate("keycard::ApiError",
                                             "The server took longer than %1 s to answer.")
                     .arg(ms / 1000)
               : QCoreApplication::translate("keycard::ApiError",
                                             "The server took longer than %1 ms to answer.")
                     .arg(ms);
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
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(std::max(1, m_policy.attemptTimeoutMs));
    connect(&m_deadline, &QTimer::timeout, this, &ApiRequest::onDeadline);
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
    m_deadline.stop();
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
    m_stopped = Stopped::No;
    m_body.clear();
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
        // Qt keeps the header value (in the request and the reply) until the reply is gone, and
        // wiping a buffer Qt still uses would corrupt the request: the revealed copy goes
        // straight to Qt and is not wiped.
        request.setRawHeader(QByteArrayLiteral("Authorization"), m_spec.authorization.reveal());
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
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiRequest::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiRequest::onDownloadProgress);
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
    m_deadline.start();
}

void ApiRequest::onMetaDataChanged()
{
    touch();
    QNetworkReply* reply = m_reply.data();
    if (!reply)
        return;
    // Refused up front when the server says how much is coming.
    bool ok = false;
    const qint64 length = reply->rawHeader("Content-Length").trimmed().toLongLong(&ok);
    if (ok && length > limits::kMaxAnswerBytes)
        stopTooLarge(length);
}

void ApiRequest::onReadyRead()
{
    touch();
    QNetworkReply* reply = m_reply.data();
    if (!reply)
        return;
    // Drained as it arrives (Qt holds nothing back), and never more than the limit.
    const qint64 room = limits::kMaxAnswerBytes - m_body.size();
    const qint64 available = reply->bytesAvailable();
    if (available > room) {
        stopTooLarge(m_body.size() + available);
        return;
    }
    m_body += reply->read(available);
}

void ApiRequest::onDownloadProgress(qint64 received, qint64 total)
{
    touch();
    // Counts the bytes on the wire (compressed ones too) in case they run ahead of readyRead.
    if (m_reply && (received > limits::kMaxAnswerBytes || total > limits::kMaxAnswerBytes))
        stopTooLarge(std::max(received, total));
}

void ApiRequest::stopTooLarge(qint64 bytes)
{
    if (!m_reply || m_stopped != Stopped::No)
        return;
    qCWarning(lcHttp).noquote() << QStringLiteral("answer larger than %1 bytes (%2):")
                                       .arg(limits::kMaxAnswerBytes)
                                       .arg(bytes)
                                << m_currentVerb << m_currentUrl.path() << "request"
                                << m_spec.requestId;
    m_stopped = Stopped::TooLarge;
    m_reply->abort(); // emits finished(), handled in onReplyFinished
}

void ApiRequest::onDeadline()
{
    if (!m_reply || m_stopped != Stopped::No)
        return;
    qCInfo(lcHttp).noquote() << "attempt took longer than" << m_policy.attemptTimeoutMs
                             << "ms:" << m_currentVerb << m_currentUrl.path() << "request"
                             << m_spec.requestId;
    m_stopped = Stopped::Deadline;
    m_reply->abort();
}

void ApiRequest::touch()
{
    if (m_reply)
        m_inactivity.start();
}

void ApiRequest::onTimeout()
{
    if (!m_reply || m_stopped != Stopped::No)
        return;
    qCInfo(lcHttp).noquote() << "no progress for" << m_policy.inactivityTimeoutMs
                             << "ms:" << m_currentVerb << m_currentUrl.path() << "request"
                             << m_spec.requestId;
    m_stopped = Stopped::Inactivity;
    m_reply->abort(); // emits finished(), handled in onReplyFinished
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply* reply = m_reply.data();
    if (!reply || sender() != reply)
        return;
    m_reply.clear();
    m_inactivity.stop();
    m_deadline.stop();
    reply->deleteLater();
    disconnect(reply, nullptr, this, nullptr);
    if (m_stopped == Stopped::No) {
        const QByteArray rest = reply->readAll();
        if (m_body.size() + rest.size() > limits::kMaxAnswerBytes)
            m_stopped = Stopped::TooLarge;
        else
            m_body += rest;
    }
    QByteArray body = std::move(m_body);
    m_body = QByteArray();

    RawResponse response;
    response.requestId = m_spec.requestId;
    response.attempts = m_attempt;
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    bool provablyUnsent = false;

    if (m_stopped == Stopped::Inactivity) {
        response.transportError =
            ApiError(ApiError::Kind::Timeout)
                .setRetryable(true)
                .setDetail(
                    QStringLiteral("no progress for %1 ms").arg(m_policy.inactivityTimeoutMs));
    } else if (m_stopped == Stopped::Deadline) {
        response.transportError = ApiError(ApiError::Kind::TooSlow)
                                      .setHttpStatus(status)
                                      .setRetryable(true)
                                      .setDetail(tooSlowText(m_policy.attemptTimeoutMs));
    } else if (m_stopped == Stopped::TooLarge) {
        // The same request would bring the same answer: not retried.
        response.transportError =
            ApiError(ApiError::Kind::TooLarge).setHttpStatus(status).setRetryable(false);
    } else if (status > 0 && isDecompressionFailure(reply, error, status)) {
        // Not retried: the same bytes would come again.
        qCInfo(lcHttp).noquote() << "answer could not be decompressed:" << reply->errorString()
                                 << "-" << m_currentVerb << m_currentUrl.path() << "request"
                                 << m_spec.requestId;
        response.transportError =
            ApiError(ApiError::Kind::Transport)
                .setHttpStatus(status)
                .setRetryable(false)
                .setDetail(QCoreApplication::translate(
                    "keycard::ApiError", "The server's compressed answer could not be unpacked."));
    } else if (status > 0 && isTransportError(error) &&
               error != QNetworkReply::ProxyNotFoundError) {
        // The head arrived, the body did not arrive whole: not a connection failure, and not
        // something to hand to the JSON reader either.
        ApiError e(ApiError::Kind::Transport);
        e.setHttpStatus(status).setRetryable(true);
        bool hasLength = false;
        const qint64 length = reply->rawHeader("Content-Length").trimmed().toLongLong(&hasLength);
        if (hasLength) {
            e.setDetail(QCoreApplication::translate(
                            "keycard::ApiError",
                            "The answer was cut off: the connection ended after %1 of %2 bytes.")
                            .arg(body.size())
                            .arg(length));
        } else {
            e.setDetail(QCoreApplication::translate(
                "keycard::ApiError", "The connection ended before the whole answer arrived."));
        }
        qCInfo(lcHttp).noquote() << "answer broke off:" << reply->errorString() << "-"
                                 << m_currentVerb << m_currentUrl.path() << "request"
                                 << m_spec.requestId;
        response.transportError = e;
    } else if (status > 0 && !isTransportError(error)) {
        response.status = status;
        response.headers = reply->rawHeaderPairs();
        response.body = std::move(body);
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
    if (e.isError()) // Connection, Timeout, TooSlow, a cut-off Transport: see the header
        return e.retryable();
    const QByteArray shouldRetryHeader = response.header("x-should-retry").trimmed().toLower();
    if (shouldRetryHeader == "true")
        return true;
    if (shouldRetryHeader == "false")
        return false;
    return response.status == 408 || response.status == 429 || response.status >= 500;
}

int ApiRequest::retryDelayMs(const RawResponse& response, int attempt, const RetryPolicy& policy)
{
    const qint64 capMs =
        std::min<qint64>(qint64(std::max(0, policy.maxRetryAfterSeconds)) * 1000, INT_MAX);
    const std::optional<qint64> asked =
        retryAfterDelayMs(response.header("retry-after-ms"), response.header("retry-after"), capMs,
                          QDateTime::currentDateTimeUtc());
    if (asked)
        return int(*asked);
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
