#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <limits>

namespace keycard {

// A point in time stored in eight bytes per row: milliseconds since the epoch, or kNone.
namespace compacttime {

constexpr qint64 kNone = std::numeric_limits<qint64>::min();

inline qint64 pack(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : kNone;
}

inline QDateTime unpack(qint64 msecs)
{
    return msecs == kNone ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
}

} // namespace compacttime
} // namespace keycard
