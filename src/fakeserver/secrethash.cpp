#include "secrethash.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace keycard::fake {

namespace {
QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), count / 4);
    return bytes;
}

QByteArray digest(const QByteArray& salt, const QByteArray& secret)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(secret);
    return hash.result();
}
} // namespace

SecretHash SecretHash::of(const QByteArray& secret)
{
    SecretHash result;
    result.salt = randomBytes(16);
    result.hash = digest(result.salt, secret);
    return result;
}

bool SecretHash::matches(const QByteArray& secret) const
{
    if (hash.isEmpty())
        return false;
    const QByteArray candidate = digest(salt, secret);
    // Constant-time comparison.
    unsigned char diff = 0;
    for (int i = 0; i < hash.size(); ++i)
        diff |= static_cast<unsigned char>(hash.at(i) ^ candidate.at(i));
    return diff == 0 && candidate.size() == hash.size();
}

QByteArray generateSecret()
{
    QByteArray secret("kcs_");
    secret +=
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return secret;
}

} // namespace keycard::fake
