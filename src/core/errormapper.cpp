#include "errormapper.h"

#include "jsondecoder.h"

namespace keycard {

ApiError::Kind ErrorMapper::kindForStatus(int status)
{
    using Kind = ApiError::Kind;
    switch (status) {
    case 400:
        return Kind::BadRequest;
    case 401:
        return Kind::Authentication;
    case 403:
        return Kind::Permission;
    case 404:
        return Kind::NotFound;
    case 408:
        return Kind::Timeout;
    case 409:
        return Kind::Conflict;
    case 422:
        return Kind::Validation;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return Kind::Server;
    return Kind::BadRequest; // other 4xx, unexpected 1xx/3xx
}

ApiError ErrorMapper::fromResponse(const RawResponse& response)
{
    if (response.transportError.isError()) {
        ApiError e = response.transportError;
        e.setRequestId(response.requestId);
        return e;
    }
    const int status = response.status;
    ApiError e(kindForStatus(status));
    e.setHttpStatus(status).setRequestId(response.requestId);
    const json::ServerMessage server = json::decodeServerMessage(response.body);
    e.setMessage(server.message).setCode(server.code);
    e.setRetryable(status == 408 || status == 429 || status >= 500);
    const QByteArray shouldRetry = response.header("x-should-retry").trimmed().toLower();
    if (shouldRetry == "true")
        e.setRetryable(true);
    else if (shouldRetry == "false")
        e.setRetryable(false);
    bool ok = false;
    const int retryAfter = response.header("retry-after").trimmed().toInt(&ok);
    if (ok && retryAfter >= 0)
        e.setRetryAfterSeconds(retryAfter);
    if (server.message.isEmpty() && !response.body.isEmpty())
        e.setDetail(
            QStringLiteral("HTTP %1 with a body that is not the API's error JSON (%2 bytes)")
                .arg(status)
                .arg(response.body.size()));
    return e;
}

} // namespace keycard
