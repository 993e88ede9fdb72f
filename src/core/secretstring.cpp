#include "secretstring.h"

#include <cstring>

namespace keycard {

namespace {
void zeroBytes(void* data, size_t size)
{
    // volatile so that the compiler does not drop the writes to memory about to be freed
    volatile auto* p = static_cast<volatile unsigned char*>(data);
    for (size_t i = 0; i < size; ++i)
        p[i] = 0;
}
} // namespace

SecretString::SecretString(const QByteArray& utf8)
    : m_bytes(utf8.constData(), utf8.size()) // deep copy: our bytes are ours to wipe
{}

SecretString::SecretString(const QString& text) : m_bytes(text.toUtf8()) {}

SecretString::SecretString(const SecretString& other)
    : m_bytes(other.m_bytes.constData(), other.m_bytes.size())
{}

SecretString::SecretString(SecretString&& other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecretString& SecretString::operator=(const SecretString& other)
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

SecretString& SecretString::operator=(SecretString&& other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

SecretString::~SecretString()
{
    wipe(m_bytes);
}

QByteArray SecretString::reveal() const
{
    return QByteArray(m_bytes.constData(), m_bytes.size());
}

QString SecretString::revealString() const
{
    return QString::fromUtf8(m_bytes);
}

SecretString SecretString::prefixed(QByteArrayView prefix) const
{
    SecretString joined;
    // reserved first, so that appending never reallocates and leaves an unwiped old buffer
    joined.m_bytes.reserve(prefix.size() + m_bytes.size());
    joined.m_bytes.append(prefix.data(), prefix.size());
    joined.m_bytes.append(m_bytes.constData(), m_bytes.size());
    return joined;
}

SecretString SecretString::toBase64() const
{
    SecretString encoded;
    encoded.m_bytes = m_bytes.toBase64(); // a new buffer, moved in: ours alone
    return encoded;
}

void SecretString::clear()
{
    wipe(m_bytes);
    m_bytes = QByteArray();
}

bool operator==(const SecretString& a, const SecretString& b)
{
    if (a.m_bytes.size() != b.m_bytes.size())
        return false;
    // constant time over the length, so comparisons do not leak where they differ
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.m_bytes.size(); ++i)
        diff |= static_cast<unsigned char>(a.m_bytes.at(i) ^ b.m_bytes.at(i));
    return diff == 0;
}

void SecretString::wipe(QByteArray& bytes)
{
    if (bytes.isEmpty())
        return;
    if (!bytes.isDetached()) { // shared: wiping would touch someone else's copy; just let go
        bytes = QByteArray();
        return;
    }
    zeroBytes(bytes.data(), size_t(bytes.size()));
    bytes = QByteArray();
}

void SecretString::wipe(QString& text)
{
    if (text.isEmpty())
        return;
    if (!text.isDetached()) {
        text = QString();
        return;
    }
    zeroBytes(text.data(), size_t(text.size()) * sizeof(QChar));
    text = QString();
}

} // namespace keycard
