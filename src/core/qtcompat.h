#pragma once

// The few places where the Qt API differs between Debian 12's Qt 6.4 and Debian 13's Qt 6.8.
// Every QT_VERSION_CHECK of the project lives here.

#include <QDateTime>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QTimeZone>
#endif

namespace keycard::compat {

// Qt 6.8 deprecates the Qt::TimeSpec overloads for a QTimeZone; before 6.5 a QTimeZone for UTC
// is a full time-zone database entry, much slower to make and compare than Qt::UTC, and the
// decoders make one per timestamp.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
inline QDateTime utcDateTime(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone(QTimeZone::UTC));
}

inline void setUtc(QDateTime& dateTime)
{
    dateTime.setTimeZone(QTimeZone(QTimeZone::UTC));
}

inline QDateTime utcFromMSecsSinceEpoch(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone(QTimeZone::UTC));
}
#else
inline QDateTime utcDateTime(QDate date, QTime time)
{
    return QDateTime(date, time, Qt::UTC);
}

inline void setUtc(QDateTime& dateTime)
{
    dateTime.setTimeSpec(Qt::UTC);
}

inline QDateTime utcFromMSecsSinceEpoch(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}
#endif

} // namespace keycard::compat
