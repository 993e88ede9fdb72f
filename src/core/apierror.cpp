#include "apierror.h"

#include "serverlimits.h"

#include <QCoreApplication>

namespace keycard {

ApiError::ApiError(Kind kind, const QString& message) : m_kind(kind), m_message(message) {}

ApiError& ApiError::setKind(Kind kind)
{
    m_kind = kind;
    return *this;
}
ApiError& ApiError::setHttpStatus(int status)
{
    m_httpStatus = status;
    return *this;
}
ApiError& ApiError::setMessage(const QString& message)
{
    m_message = message;
    return *this;
}
ApiError& ApiError::setCode(const QString& code)
{
    m_code = code;
    return *this;
}
ApiError& ApiError::setRequestId(const QString& requestId)
{
    m_requestId = requestId;
    return *this;
}
ApiError& ApiError::setRetryable(bool retryable)
{
    m_retryable = retryable;
    return *this;
}
ApiError& ApiError::setField(const QString& field)
{
    m_field = field;
    return *this;
}
ApiError& ApiError::setDetail(const QString& detail)
{
    m_detail = detail;
    return *this;
}
ApiError& ApiError::setRetryAfterSeconds(int seconds)
{
    m_retryAfterSeconds = seconds;
    return *this;
}
ApiError& ApiError::setAction(const QString& action)
{
    m_action = action;
    return *this;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Configuration:
        return QStringLiteral("Configuration");
    case Kind::Connection:
        return QStringLiteral("Connection");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::TooSlow:
        return QStringLiteral("TooSlow");
    case Kind::TooLarge:
        return QStringLiteral("TooLarge");
    case Kind::Transport:
        return QStringLiteral("Transport");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Authentication:
        return QStringLiteral("Authentication");
    case Kind::Permission:
        return QStringLiteral("Permission");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Conflict:
        return QStringLiteral("Conflict");
    case Kind::Validation:
        return QStringLiteral("Validation");
    case Kind::BadRequest:
        return QStringLiteral("BadRequest");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::Server:
        return QStringLiteral("Server");
    case Kind::Decode:
        return QStringLiteral("Decode");
    case Kind::OutcomeUnknown:
        return QStringLiteral("OutcomeUnknown");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::SessionEnded:
        return QStringLiteral("SessionEnded");
    }
    return QString();
}

namespace {

// Why it failed, in words for people.
QString reason(const ApiError& e)
{
    using Kind = ApiError::Kind;
    switch (e.kind()) {
    case Kind::None:
        return QString();
    case Kind::Configuration:
        return QCoreApplication::translate("keycard::ApiError",
                                           "The connection settings are not usable.");
    case Kind::Connection:
        return QCoreApplication::translate("keycard::ApiError",
                                           "The Keycard server could not be reached.");
    case Kind::Timeout:
        return QCoreApplication::translate("keycard::ApiError",
                                           "The Keycard server stopped answering.");
    case Kind::TooSlow:
        // The detail names the limit that was passed ("The server took longer than 60 s.").
        return !e.detail().isEmpty()
                   ? e.detail()
                   : QCoreApplication::translate("keycard::ApiError",
                                                 "The server took too long to answer.");
    case Kind::TooLarge:
        return QCoreApplication::translate("keycard::ApiError", "The answer was larger than %1 MB.")
            .arg(limits::kMaxAnswerBytes / (1024 * 1024));
    case Kind::Transport:
        // The detail says how the answer broke ("The answer was cut off before its end.").
        return !e.detail().isEmpty()
                   ? e.detail()
                   : QCoreApplication::translate("keycard::ApiError",
                                                 "The server's answer did not arrive whole.");
    case Kind::Tls:
        return QCoreApplication::translate(
            "keycard::ApiError", "The secure connection to the server could not be verified.");
    case Kind::Authentication:
        return QCoreApplication::translate("keycard::ApiError",
                                           "The server did not accept the credentials.");
    case Kind::Permission:
        return QCoreApplication::translate("keycard::ApiError",
                                           "The credentials in use are not allowed to do this.");
    case Kind::NotFound:
        return QCoreApplication::translate("keycard::ApiError",
                                           "The item no longer exists, or was never there.");
    case Kind::Conflict:
        return QCoreApplication::translate(
            "keycard::ApiError", "The change conflicts with the current state on the server.");
    case Kind::Validation:
        return QCoreApplication::translate("keycard::ApiError",
                                           "The server refused the values entered.");
    case Kind::BadRequest:
        return QCoreApplication::translate("keycard::ApiError", "The server refused the request.");
    case Kind::RateLimited:
        return QCoreApplication::translate("keycard::ApiError",
                                           "Too many requests were sent in a short time.");
    case Kind::Server:
        return QCoreApplication::translate("keycard::ApiError",
                                           "The Keycard server had a problem.");
    case Kind::Decode:
        return QCoreApplication::translate("keycard::ApiError",
                                           "The server's answer was not in the expected form.");
    case Kind::OutcomeUnknown:
        return QCoreApplication::translate(
            "keycard::ApiError",
            "The connection was lost after the request was sent, so it is not known "
            "whether it took effect.");
    case Kind::Cancelled:
        return QCoreApplication::translate("keycard::ApiError", "The request was cancelled.");
    case Kind::SessionEnded:
        return QCoreApplication::translate(
            "keycard::ApiError",
            "The session ended before this could finish (the window was locked, or you signed in "
            "again or closed it).");
    }
    return QString();
}

// What to do next.
QString advice(const ApiError& e)
{
    using Kind = ApiError::Kind;
    switch (e.kind()) {
    case Kind::None:
    case Kind::Cancelled:
        return QString();
    case Kind::Configuration:
        return QCoreApplication::translate(
            "keycard::ApiError", "Check the server address and credentials in the settings.");
    case Kind::Connection:
        return QCoreApplication::translate(
            "keycard::ApiError",
            "Check your network connection and the server address, then try again.");
    case Kind::Timeout:
    case Kind::TooSlow:
        return QCoreApplication::translate("keycard::ApiError", "Try again in a moment.");
    case Kind::TooLarge:
    case Kind::Transport:
        return QCoreApplication::translate(
            "keycard::ApiError",
            "Try again later; if it keeps happening, report it with the request ID.");
    case Kind::Tls:
        return QCoreApplication::translate(
            "keycard::ApiError",
            "Check the server address; if it is right, the network may be intercepting "
            "secure connections.");
    case Kind::Authentication:
        return QCoreApplication::translate(
            "keycard::ApiError", "Check the client ID and secret or API key, then sign in again.");
    case Kind::Permission:
        return QCoreApplication::translate("keycard::ApiError",
                                           "Ask an administrator of the organization for access.");
    case Kind::NotFound:
        return QCoreApplication::translate("keycard::ApiError",
                                           "Reload the list to see what exists now.");
    case Kind::Conflict:
        return QCoreApplication::translate("keycard::ApiError",
                                           "Reload, then make the change again.");
    case Kind::Validation:
    case Kind::BadRequest:
        return QCoreApplication::translate("keycard::ApiError",
                                           "Correct the values and try again.");
    case Kind::RateLimited:
        return QCoreApplication::translate("keycard::ApiError", "Wait a little, then try again.");
    case Kind::Server:
        return QCoreApplication::translate(
            "keycard::ApiError",
            "Try again later; if it keeps happening, contact Keycard support.");
    case Kind::Decode:
        return QCoreApplication::translate(
            "keycard::ApiError",
            "Try again later; if it keeps happening, report it with the request ID.");
    case Kind::OutcomeUnknown:
        return QCoreApplication::translate(
            "keycard::ApiError", "Reload the list to check what exists before trying again.");
    case Kind::SessionEnded:
        return QCoreApplication::translate("keycard::ApiError",
                                           "Sign in again and check what exists now.");
    }
    return QString();
}

} // namespace

QString describeError(const ApiError& e)
{
    if (e.kind() == ApiError::Kind::None)
        return QString();
    QStringList parts;
    if (!e.action().isEmpty())
        parts << QCoreApplication::translate("keycard::ApiError", "Could not %1.").arg(e.action());
    parts << reason(e);
    if (!e.message().isEmpty()) {
        // A sentence like the others: it ends with a period unless the server's words end one.
        const QString said = e.message().left(500).trimmed();
        const bool ended = said.endsWith(QLatin1Char('.')) || said.endsWith(QLatin1Char('!')) ||
                           said.endsWith(QLatin1Char('?'));
        parts << (ended ? QCoreApplication::translate("keycard::ApiError",
                                                      "The server said: \u201c%1\u201d")
                        : QCoreApplication::translate("keycard::ApiError",
                                                      "The server said: \u201c%1\u201d."))
                     .arg(said);
    } else if (e.httpStatus() > 0)
        parts << QCoreApplication::translate("keycard::ApiError", "(HTTP status %1)")
                     .arg(e.httpStatus());
    if (e.kind() == ApiError::Kind::Decode && !e.field().isEmpty())
        parts << QCoreApplication::translate("keycard::ApiError", "Problem at: %1.").arg(e.field());
    if (e.kind() == ApiError::Kind::Tls && !e.detail().isEmpty())
        parts << e.detail();
    const QString next = advice(e);
    if (!next.isEmpty())
        parts << next;
    if (!e.requestId().isEmpty())
        parts << QCoreApplication::translate("keycard::ApiError", "Request ID: %1")
                     .arg(e.requestId());
    return parts.join(QLatin1Char(' '));
}

} // namespace keycard
