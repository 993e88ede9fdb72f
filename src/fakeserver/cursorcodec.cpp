#include "cursorcodec.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

namespace keycard::fake {

namespace {
constexpr int kMacBytes = 16;
constexpr int kPositionBytes = 8;
constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

CursorCodec::CursorCodec() : m_key(32, Qt::Uninitialized)
{
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(m_key.data()),
                                          m_key.size() / 4);
}

QByteArray CursorCodec::mac(const QString& scope, const QByteArray& position) const
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, m_key);
    code.addData(scope.toUtf8());
    code.addData("\n", 1);
    code.addData(position);
    return code.result().left(kMacBytes);
}

QString CursorCodec::encode(const QString& scope, quint64 seq) const
{
    QByteArray position(kPositionBytes, Qt::Uninitialized);
    qToBigEndian(seq, position.data());
    const QByteArray raw = position + mac(scope, position);
    return QString::fromLatin1(raw.toBase64(kEncoding));
}

std::optional<quint64> CursorCodec::decode(const QString& scope, const QString& cursor) const
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), kEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kPositionBytes + kMacBytes)
        return std::nullopt;
    const QByteArray position = decoded.decoded.left(kPositionBytes);
    const QByteArray expected = mac(scope, position);
    const QByteArray given = decoded.decoded.mid(kPositionBytes);
    unsigned char diff = 0;
    for (int i = 0; i < kMacBytes; ++i)
        diff |= static_cast<unsigned char>(expected.at(i) ^ given.at(i));
    if (diff != 0)
        return std::nullopt;
    return qFromBigEndian<quint64>(position.constData());
}

} // namespace keycard::fake
