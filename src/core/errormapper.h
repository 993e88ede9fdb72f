#pragma once

#include "apierror.h"
#include "apirequest.h"

namespace keycard {

// Turns a finished request that did not succeed (transport failure or non-2xx answer) into an
// ApiError: kind from the status, the server's message and code from the body when it is the
// API's JSON (HTML from a proxy, empty or cut-off bodies are tolerated), retryability, Retry-After.
class ErrorMapper final
{
public:
    static ApiError fromResponse(const RawResponse& response);
    static ApiError::Kind kindForStatus(int status);
};

} // namespace keycard
