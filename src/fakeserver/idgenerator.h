#pragma once

#include <QRandomGenerator>
#include <QString>

namespace keycard::fake {

// Deterministic 26-character nanoid-style identifiers (URL and DNS safe alphabet).
class IdGenerator final
{
public:
    explicit IdGenerator(quint64 seed) : m_random(static_cast<quint32>(seed ^ (seed >> 32))) {}

    QString next(int length = 26);
    QRandomGenerator& random() { return m_random; }

private:
    QRandomGenerator m_random;
};

} // namespace keycard::fake
