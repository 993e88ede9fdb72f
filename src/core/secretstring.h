#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace keycard {

// Holds a secret (client secret, API key, access token). Its bytes are overwritten with zeros
// when it is destroyed or assigned over. It never converts itself to a QString and has no
// QDebug/stream support, so it cannot end up in a log by accident: reveal() it explicitly.
class SecretString final
{
public:
    SecretString() = default;
    explicit SecretString(const QByteArray& utf8);
    explicit SecretString(const QString& text);
    SecretString(const SecretString& other);
    SecretString(SecretString&& other) noexcept;
    SecretString& operator=(const SecretString& other);
    SecretString& operator=(SecretString&& other) noexcept;
    ~SecretString();

    // The secret as UTF-8 bytes / as text. Callers wipe what they reveal when sensible.
    QByteArray reveal() const;
    QString revealString() const;

    // `prefix` followed by the secret ("Bearer <token>"), and the secret in Base64 (HTTP Basic):
    // built straight into the new SecretString's own buffer, so no revealed copy is left behind.
    SecretString prefixed(QByteArrayView prefix) const;
    SecretString toBase64() const;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    int size() const { return int(m_bytes.size()); }
    void clear();

    friend bool operator==(const SecretString& a, const SecretString& b);
    friend bool operator!=(const SecretString& a, const SecretString& b) { return !(a == b); }

    // Overwrites the bytes of a QByteArray / QString with zeros and empties it. A buffer shared
    // with another QByteArray / QString (or raw data) is only let go, never written: it may
    // still be in use. So wipe only a buffer that nobody else refers to.
    static void wipe(QByteArray& bytes);
    static void wipe(QString& text);

private:
    QByteArray m_bytes;
};

} // namespace keycard
