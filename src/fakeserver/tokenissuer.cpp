#include "tokenissuer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace keycard::fake {

namespace {
constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qint64 kApiKeyLifetimeMs = 10LL * 365 * 24 * 3600 * 1000;

QByteArray randomPart(int words)
{
    QByteArray bytes(words * 4, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), words);
    return bytes.toBase64(kEncoding);
}
} // namespace

QByteArray TokenIssuer::mint(const TokenGrant& grant)
{
    const QByteArray header =
        QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})").toBase64(kEncoding);
    QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("keycard-fake-server")},
                       {QStringLiteral("exp"), grant.expiresAtMs / 1000},
                       {QStringLiteral("jti"), QString::fromLatin1(randomPart(4))}};
    if (!grant.credentialId.isEmpty())
        claims.insert(QStringLiteral("sub"), grant.credentialId);
    const QByteArray payload =
        QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kEncoding);
    const QByteArray token = header + '.' + payload + '.' + randomPart(8);
    m_tokens.insert(token, grant);
    return token;
}

QByteArray TokenIssuer::issue(const QString& credentialId, bool readOnly)
{
    const qint64 expires = QDateTime::currentMSecsSinceEpoch() + qint64(m_lifetimeSeconds) * 1000;
    return mint(TokenGrant{credentialId, readOnly, expires});
}

QByteArray TokenIssuer::issueApiKey(bool readOnly)
{
    return mint(TokenGrant{{}, readOnly, QDateTime::currentMSecsSinceEpoch() + kApiKeyLifetimeMs});
}

std::optional<TokenGrant> TokenIssuer::check(const QByteArray& token) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend() || QDateTime::currentMSecsSinceEpoch() >= it->expiresAtMs)
        return std::nullopt;
    return *it;
}

} // namespace keycard::fake
