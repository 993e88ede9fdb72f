#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace keycard {

// Dates as the tables show them.
class TimeText final
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)

public:
    // Local date and time, short: "2024-03-05 14:03". Empty when invalid.
    static QString readable(const QDateTime& when);
    // Local, to the second, with the UTC time beside it (for tooltips):
    // "2024-03-05 14:03:22 CET (2024-03-05 13:03:22 UTC)". Empty when invalid.
    static QString exact(const QDateTime& when);
};

} // namespace keycard
