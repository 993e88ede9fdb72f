#pragma once

#include <QString>

namespace keycard {

// Everything known about a failed call. Kind says what went wrong in a way the UI can act on.
class ApiError final
{
public:
    enum class Kind {
        None,           // no error
        Configuration,  // bad base URL, missing credentials
        Connection,     // no HTTP answer: refused, host not found, connection dropped
        Timeout,        // no progress within the inactivity time-out
        TooSlow,        // the answer took longer than the time allowed per attempt
        TooLarge,       // the answer was larger than limits::kMaxAnswerBytes (not retried)
        Transport,      // the answer began but did not arrive whole: cut off, reset, undecodable
        Tls,            // certificate or handshake failure (never ignored)
        Authentication, // 401, or the token endpoint refused the credentials
        Permission,     // 403
        NotFound,       // 404
        Conflict,       // 409
        Validation,     // 422
        BadRequest,     // 400 and other 4xx
        RateLimited,    // 429
        Server,         // 5xx
        Decode,         // the answer is not what the contract says
        OutcomeUnknown, // a create may or may not have happened: check what exists
        Cancelled,      // the caller cancelled
        SessionEnded,   // the session the work belonged to is gone (signed in again, closed)
    };

    ApiError() = default;
    explicit ApiError(Kind kind, const QString& message = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; } // 0 when there was no HTTP answer
    QString message() const { return m_message; }   // the server's message (for people)
    QString code() const { return m_code; }         // the server's machine-readable code
    QString requestId() const { return m_requestId; }
    bool retryable() const { return m_retryable; } // trying again later could help
    QString field() const { return m_field; }      // decode: the offending field path
    QString detail() const { return m_detail; }    // technical detail (no secrets)
    int retryAfterSeconds() const { return m_retryAfterSeconds; } // -1 when not given
    QString action() const { return m_action; } // what was attempted, e.g. "create the credential"

    ApiError& setKind(Kind kind);
    ApiError& setHttpStatus(int status);
    ApiError& setMessage(const QString& message);
    ApiError& setCode(const QString& code);
    ApiError& setRequestId(const QString& requestId);
    ApiError& setRetryable(bool retryable);
    ApiError& setField(const QString& field);
    ApiError& setDetail(const QString& detail);
    ApiError& setRetryAfterSeconds(int seconds);
    ApiError& setAction(const QString& action);

    static QString kindName(Kind kind); // "Timeout", ... (for logs and tests)

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_retryAfterSeconds = -1;
    bool m_retryable = false;
    QString m_message;
    QString m_code;
    QString m_requestId;
    QString m_field;
    QString m_detail;
    QString m_action;
};

// A translated sentence for people: what failed, why (the server's message), what to do next,
// and "Request ID: ..." when known.
QString describeError(const ApiError& error);

} // namespace keycard
