#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace keycard::fake {

struct TokenGrant
{
    QString credentialId; // empty for API keys
    bool readOnly = false;
    qint64 expiresAtMs = 0;
};

// Issues and checks bearer tokens (JWT-looking opaque strings) and API keys.
class TokenIssuer final
{
public:
    TokenIssuer() = default;

    void setLifetime(int seconds) { m_lifetimeSeconds = seconds; }
    int lifetime() const { return m_lifetimeSeconds; }

    QByteArray issue(const QString& credentialId, bool readOnly);
    QByteArray issueApiKey(bool readOnly);
    // The grant behind a valid, unexpired token.
    std::optional<TokenGrant> check(const QByteArray& token) const;

private:
    QByteArray mint(const TokenGrant& grant);

    int m_lifetimeSeconds = 3600;
    QHash<QByteArray, TokenGrant> m_tokens;
};

} // namespace keycard::fake
