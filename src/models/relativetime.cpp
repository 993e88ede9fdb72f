#include "relativetime.h"

namespace keycard {

namespace {
constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kMonth = 30 * kDay;
constexpr qint64 kYear = 365 * kDay;
} // namespace

QString RelativeTime::describe(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    if (seconds < kMinute)
        return tr("just now");
    // Singular and plural apart, so that English reads right without a translation loaded;
    // the plural carries %n so that translators can give every plural form.
    auto ago = [](qint64 count, const QString& one, const char* many) {
        const int n = int(count);
        return n == 1 ? one : tr(many, nullptr, n);
    };
    if (seconds < kHour)
        return ago(seconds / kMinute, tr("1 minute ago"), QT_TR_NOOP("%n minutes ago"));
    if (seconds < kDay)
        return ago(seconds / kHour, tr("1 hour ago"), QT_TR_NOOP("%n hours ago"));
    if (seconds < kMonth)
        return ago(seconds / kDay, tr("1 day ago"), QT_TR_NOOP("%n days ago"));
    if (seconds < kYear)
        return ago(seconds / kMonth, tr("1 month ago"), QT_TR_NOOP("%n months ago"));
    return ago(seconds / kYear, tr("1 year ago"), QT_TR_NOOP("%n years ago"));
}

QString RelativeTime::describe(const QDateTime& when)
{
    return describe(when, QDateTime::currentDateTimeUtc());
}

} // namespace keycard
