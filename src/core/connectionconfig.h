#pragma once

#include "secretstring.h"
#include "serverlimits.h"

#include <QString>
#include <QUrl>

namespace keycard {

struct AuthConfig
{
    enum class Kind { ClientCredentials, ApiKey };
    Kind kind = Kind::ClientCredentials;
    QString clientId;    // client credentials only
    SecretString secret; // the client secret, or the API key
};

struct ConnectionConfig
{
    QUrl baseUrl = defaultBaseUrl();
    AuthConfig auth;
    int inactivityTimeoutMs = 30000;              // no progress for this long: Timeout
    int attemptTimeoutMs = limits::kMaxAttemptMs; // one attempt taking longer: TooSlow
    int maxRetries = 2;                           // extra attempts for retryable failures
    int maxRetryAfterSeconds = 60;                // Retry-After values above this are capped

    // KEYCARD_API_BASE_URL, KEYCARD_API_CLIENT_ID, KEYCARD_API_CLIENT_SECRET, KEYCARD_API_API_KEY
    // as the official SDKs read them (an API key wins over client credentials).
    static ConnectionConfig fromEnvironment();
    static QUrl defaultBaseUrl(); // https://api.keycard.ai

    bool hasCredentials() const;
};

} // namespace keycard
