#pragma once

#include "apierror.h"
#include "apirequest.h"
#include "connectionconfig.h"
#include "secretstring.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;

namespace keycard {

class TokenProvider;

// What one ApiClient shares with all of its calls.
struct CallEnvironment
{
    QNetworkAccessManager* nam = nullptr;
    TokenProvider* tokens = nullptr; // client credentials only
    SecretString apiKey;             // API key only
    RetryPolicy policy;
    std::optional<ApiError> configError; // set when the configuration cannot work
};

// What to send for one call.
struct CallSpec
{
    enum class Auth {
        Bearer,    // the session's API key or access token
        TokenOnly, // no request: just make sure an access token can be had
        Given,     // `authorization` below, as is
    };
    QByteArray verb;
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    Repeat repeat = Repeat::Safe;
    Auth auth = Auth::Bearer;
    SecretString authorization;
    QString action; // translated, for error messages: "load the service accounts"
};

// One call from start to callback: waits for a token, sends (with retries), repeats once with a
// fresh token after a 401, and delivers exactly once unless cancelled or its context is gone.
class PendingCall final : public QObject
{
    Q_OBJECT

public:
    // On success `error` is None and `response` the 2xx answer (null for a call that needed no
    // request, e.g. fetching a token only); otherwise `error` says what went wrong.
    using Done = std::function<void(const RawResponse* response, const ApiError& error)>;

    PendingCall(CallEnvironment* environment, CallSpec spec, QObject* context, Done done,
                QObject* parent = nullptr);
    ~PendingCall() override;
    Q_DISABLE_COPY_MOVE(PendingCall)

    void start();
    void cancel();
    bool isActive() const { return !m_finished && !m_cancelled; }
    QString requestId() const { return m_requestId; }
    const CallSpec& spec() const { return m_spec; }

signals:
    void exchangeStarted(const QString& requestId);
    void exchangeFinished(const QString& requestId, int httpStatus);

private:
    void acquireToken();
    void send(const SecretString& authorization);
    void onResponse(const RawResponse& response);
    void complete(const RawResponse* response, ApiError error);

    CallEnvironment* m_env;
    CallSpec m_spec;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Done m_done;
    QString m_requestId;
    SecretString m_token;
    ApiRequest* m_request = nullptr;
    bool m_repeatedAfter401 = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace keycard
