#pragma once

#include <QByteArray>

namespace keycard::fake {

// Client secrets are kept only as SHA-256(salt || secret) with a per-credential salt.
struct SecretHash
{
    QByteArray salt;
    QByteArray hash;

    static SecretHash of(const QByteArray& secret);
    bool matches(const QByteArray& secret) const;
    bool isEmpty() const { return hash.isEmpty(); }
};

// A new client secret from the system's cryptographically secure generator.
QByteArray generateSecret();

} // namespace keycard::fake
