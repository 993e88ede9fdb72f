#include "oneshotbody.h"

#include <algorithm>
#include <cstring>

namespace keycard {

OneShotBody::OneShotBody(const QByteArray& data, QObject* parent) : QIODevice(parent), m_data(data)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 OneShotBody::bytesAvailable() const
{
    return (m_data.size() - m_offset) + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char* data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_offset);
    if (n <= 0)
        return -1; // end of data
    std::memcpy(data, m_data.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

qint64 OneShotBody::writeData(const char*, qint64)
{
    return -1;
}

} // namespace keycard
