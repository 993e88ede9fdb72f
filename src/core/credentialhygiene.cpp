#include "credentialhygiene.h"

#include <QRegularExpression>
#include <climits>

namespace keycard {

namespace {
constexpr qint64 kMsPerDay = 24 * 60 * 60 * 1000;

bool olderThanDays(const QDateTime& when, const QDateTime& now, int days)
{
    return when.isValid() && now.toMSecsSinceEpoch() - when.toMSecsSinceEpoch() > days * kMsPerDay;
}
} // namespace

CredentialHygiene::Flags CredentialHygiene::flags(const QDateTime& createdAt,
                                                  const QDateTime& lastUsedAt, const QDateTime& now,
                                                  const HygieneThresholds& thresholds)
{
    Flags result;
    if (!lastUsedAt.isValid())
        result |= NeverUsed;
    if (olderThanDays(lastUsedAt.isValid() ? lastUsedAt : createdAt, now, thresholds.unusedDays))
        result |= Unused;
    if (olderThanDays(createdAt, now, thresholds.oldDays))
        result |= Old;
    return result;
}

qint64 CredentialHygiene::ageDays(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid())
        return -1;
    return qMax<qint64>(0, (now.toMSecsSinceEpoch() - since.toMSecsSinceEpoch()) / kMsPerDay);
}

std::optional<qint64> CredentialHygiene::parsePeriod(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})\\s*([smhd])\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 count = match.captured(1).toLongLong();
    switch (match.captured(2).at(0).toLatin1()) {
    case 's':
        return count;
    case 'm':
        return count * 60;
    case 'h':
        return count * 60 * 60;
    default:
        return count * 24 * 60 * 60;
    }
}

bool CredentialHygiene::unusedFor(const QDateTime& lastUsedAt, qint64 seconds, const QDateTime& now)
{
    return !lastUsedAt.isValid() || lastUsedAt.secsTo(now) >= seconds;
}

QString CredentialHygiene::daysText(qint64 days)
{
    // Singular apart, so that English reads right without a translation loaded.
    return days == 1 ? tr("1 day") : tr("%n days", nullptr, int(qMin<qint64>(days, INT_MAX)));
}

QStringList CredentialHygiene::keys(Flags flags)
{
    QStringList result;
    if (flags & NeverUsed)
        result << QStringLiteral("never_used");
    if (flags & Unused)
        result << QStringLiteral("unused");
    if (flags & Old)
        result << QStringLiteral("old");
    return result;
}

QStringList CredentialHygiene::labels(Flags flags, const HygieneThresholds& thresholds)
{
    QStringList result;
    if (flags & NeverUsed)
        result << tr("never used");
    if (flags & Unused)
        result << tr("unused > %1").arg(daysText(thresholds.unusedDays));
    if (flags & Old)
        result << tr("older than %1").arg(daysText(thresholds.oldDays));
    return result;
}

QStringList CredentialHygiene::explanations(Flags flags, const HygieneThresholds& thresholds)
{
    QStringList result;
    if (flags & NeverUsed)
        result << tr("This credential has never been used to get a token.");
    if (flags & Unused)
        result << tr("Nothing has used this credential for more than %1: if nothing needs it, "
                     "delete it.")
                      .arg(daysText(thresholds.unusedDays));
    if (flags & Old)
        result << tr("This credential was created more than %1 ago: consider rotating it.")
                      .arg(daysText(thresholds.oldDays));
    return result;
}

} // namespace keycard
