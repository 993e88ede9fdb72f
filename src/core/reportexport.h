#pragma once

#include "credentialhygiene.h"
#include "credentialreport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace keycard {

// The organization report as a file: CSV (RFC 4180, UTF-8) or JSON (an array of objects), the
// same columns in both. Never a secret: a report entry holds none.
class ReportExport final
{
public:
    // account_id, account_name, credential_id, credential_name, client_id, created_at,
    // last_used_at, age_days, flags
    static QStringList columns();

    // Times in ISO 8601 UTC; last_used_at empty (CSV) or null (JSON) when never used; flags
    // joined by ';' in CSV, an array in JSON. A CSV cell that a spreadsheet would take for a
    // formula (=, +, -, @ first) gets a leading apostrophe.
    static QByteArray toCsv(const QList<ReportEntry>& entries, const QDateTime& now,
                            const HygieneThresholds& thresholds);
    static QByteArray toJson(const QList<ReportEntry>& entries, const QDateTime& now,
                             const HygieneThresholds& thresholds);
};

} // namespace keycard
