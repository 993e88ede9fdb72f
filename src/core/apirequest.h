#pragma once

#include "apierror.h"
#include "secretstring.h"
#include "serverlimits.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace keycard {

// Whether a request may be sent again after a failure.
enum class Repeat {
    Safe,         // GET, PATCH, DELETE, the token exchange: retried on retryable failures
    OnlyIfUnsent, // a create: repeated only when it provably never left this machine
};

struct RequestSpec
{
    QByteArray verb; // GET, POST, PATCH, DELETE
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    SecretString authorization; // the whole header value ("Bearer ..."/"Basic ..."); may be empty
    Repeat repeat = Repeat::Safe;
    QString requestId; // X-Client-Request-ID, kept across retries of this request
};

struct RetryPolicy
{
    int maxRetries = 2;
    int maxRetryAfterSeconds = 60;
    int inactivityTimeoutMs = 30000;
    int attemptTimeoutMs = limits::kMaxAttemptMs; // one attempt, however steady its progress
    int baseBackoffMs = 500;
    int maxBackoffMs = 8000;
};

// The final outcome of one request: an HTTP answer (any status) or a transport failure.
struct RawResponse
{
    int status = 0; // 0: no complete HTTP answer
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString requestId;
    ApiError transportError; // Kind::None when an answer arrived
    int attempts = 0;

    QByteArray header(const QByteArray& name) const;
};

// One HTTP exchange: sends, resets an inactivity timer on every sign of progress, follows
// redirects without carrying Authorization to another origin or to plain http, and tries again
// with exponential backoff and jitter (honouring Retry-After and x-should-retry) when the rules
// allow. A create is repeated only when the connection was refused or the host not found.
//
// Bounds (serverlimits.h): the body is read as it arrives and the reply is aborted as soon as it
// passes limits::kMaxAnswerBytes (or announces a larger Content-Length): TooLarge, never
// retried. An attempt that takes longer than RetryPolicy::attemptTimeoutMs in all, however
// steadily bytes trickle in, is aborted: TooSlow, retried like a time-out (safe requests only,
// within maxRetries). An answer that began but broke off (cut short of its Content-Length,
// connection reset, compressed body that cannot be unpacked) is Transport: retried when it was
// cut off or reset, not when it could not be unpacked.
class ApiRequest final : public QObject
{
    Q_OBJECT

public:
    ApiRequest(QNetworkAccessManager* nam, RequestSpec spec, RetryPolicy policy,
               QObject* parent = nullptr);
    ~ApiRequest() override;
    Q_DISABLE_COPY_MOVE(ApiRequest)

    void start();
    void abort(); // stops at once; finished() is not emitted

    // Delay before the next attempt, from Retry-After (seconds or HTTP date) / retry-after-ms,
    // else exponential backoff with jitter. Public for tests of the arithmetic.
    static int retryDelayMs(const RawResponse& response, int attempt, const RetryPolicy& policy);

signals:
    void finished(const keycard::RawResponse& response);

private:
    void sendAttempt();
    void onReplyFinished();
    void onTimeout();
    void onDeadline();
    void onMetaDataChanged();
    void onReadyRead();
    void onDownloadProgress(qint64 received, qint64 total);
    void stopTooLarge(qint64 bytes);
    void touch();
    bool followRedirect(const QUrl& target, int status);
    bool shouldRetry(const RawResponse& response, bool provablyUnsent) const;
    void finish(RawResponse response);

    QNetworkAccessManager* m_nam;
    RequestSpec m_spec;
    RetryPolicy m_policy;
    QUrl m_currentUrl;
    QByteArray m_currentVerb;
    QByteArray m_currentBody;
    bool m_sendAuthorization = true;
    int m_attempt = 0;   // attempts made so far
    int m_redirects = 0; // redirects followed so far
    enum class Stopped { No, Inactivity, Deadline, TooLarge };
    Stopped m_stopped = Stopped::No; // why this attempt's reply was aborted by us
    QByteArray m_body;               // the body read so far (at most limits::kMaxAnswerBytes)
    bool m_done = false;
    QStringList m_sslErrors;
    QPointer<QNetworkReply> m_reply;
    QTimer m_inactivity;
    QTimer m_deadline;
    QTimer m_backoff;
    QElapsedTimer m_elapsed;
};

} // namespace keycard
