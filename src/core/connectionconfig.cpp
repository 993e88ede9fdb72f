#include "connectionconfig.h"

#include <QtGlobal>

namespace keycard {

QUrl ConnectionConfig::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.keycard.ai"));
}

ConnectionConfig ConnectionConfig::fromEnvironment()
{
    ConnectionConfig config;
    const QString base = qEnvironmentVariable("KEYCARD_API_BASE_URL").trimmed();
    if (!base.isEmpty())
        config.baseUrl = QUrl(base, QUrl::StrictMode);

    QString apiKey = qEnvironmentVariable("KEYCARD_API_API_KEY").trimmed();
    if (!apiKey.isEmpty()) {
        config.auth.kind = AuthConfig::Kind::ApiKey;
        config.auth.secret = SecretString(apiKey);
    } else {
        config.auth.kind = AuthConfig::Kind::ClientCredentials;
        config.auth.clientId = qEnvironmentVariable("KEYCARD_API_CLIENT_ID").trimmed();
        QString secret = qEnvironmentVariable("KEYCARD_API_CLIENT_SECRET");
        config.auth.secret = SecretString(secret);
        SecretString::wipe(secret);
    }
    SecretString::wipe(apiKey);
    return config;
}

bool ConnectionConfig::hasCredentials() const
{
    if (auth.kind == AuthConfig::Kind::ApiKey)
        return !auth.secret.isEmpty();
    return !auth.clientId.isEmpty() && !auth.secret.isEmpty();
}

} // namespace keycard
