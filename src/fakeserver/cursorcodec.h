#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace keycard::fake {

// Opaque pagination cursors: a list position bound to one list (its scope) and signed with
// HMAC-SHA256 under a per-process random key, base64url encoded. A client cannot forge one,
// nor reuse one from another list.
class CursorCodec final
{
public:
    CursorCodec();

    QString encode(const QString& scope, quint64 seq) const;
    std::optional<quint64> decode(const QString& scope, const QString& cursor) const;

private:
    QByteArray mac(const QString& scope, const QByteArray& position) const;

    QByteArray m_key;
};

} // namespace keycard::fake
