#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QFlags>
#include <QStringList>
#include <optional>

namespace keycard {

// When a credential deserves a second look. Both are user settings.
struct HygieneThresholds
{
    int unusedDays = 90; // flag credentials not used for more than this
    int oldDays = 365;   // flag credentials created more than this ago

    bool operator==(const HygieneThresholds& other) const
    {
        return unusedDays == other.unusedDays && oldDays == other.oldDays;
    }
    bool operator!=(const HygieneThresholds& other) const { return !(*this == other); }
};

// Age and last-use marks of a credential, computed from its times: the same rules for the
// credentials table, the organization report and the command line.
class CredentialHygiene final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialHygiene)

public:
    enum Flag {
        NoFlags = 0,
        NeverUsed = 1, // no last use recorded
        Unused = 2,    // last use (or, never used, creation) more than unusedDays ago
        Old = 4,       // created more than oldDays ago
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    // A period counts as "more than N days" only when it exceeds N whole days to the
    // millisecond: exactly N days is not flagged yet.
    static Flags flags(const QDateTime& createdAt, const QDateTime& lastUsedAt,
                       const QDateTime& now, const HygieneThresholds& thresholds);

    // Whole days from `since` to `now` (0 for the future); -1 when `since` is invalid.
    static qint64 ageDays(const QDateTime& since, const QDateTime& now);

    // A period as scripts write it: "90d", "24h", "30m", "45s" (a number and one unit);
    // nullopt when it is not one. In seconds.
    static std::optional<qint64> parsePeriod(const QString& text);
    // Unused for at least `seconds`: never used, or last used that long ago or longer.
    static bool unusedFor(const QDateTime& lastUsedAt, qint64 seconds, const QDateTime& now);

    // "1 day", "5 days".
    static QString daysText(qint64 days);

    // Stable machine keys for exports: "never_used", "unused", "old".
    static QStringList keys(Flags flags);
    // Short translated words for a table cell: "never used", "unused > 90 days", ...
    static QStringList labels(Flags flags, const HygieneThresholds& thresholds);
    // A translated sentence per flag, for tooltips.
    static QStringList explanations(Flags flags, const HygieneThresholds& thresholds);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CredentialHygiene::Flags)

} // namespace keycard
