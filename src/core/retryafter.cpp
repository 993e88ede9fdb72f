#include "retryafter.h"

#include "qtcompat.h"

#include <QLocale>
#include <QString>
#include <algorithm>
#include <cmath>

namespace keycard {

namespace {

// A delay in milliseconds from a header value, clamped before any conversion.
// Returns -1 for values that are no delay at all (NaN, negative).
qint64 clampedDelayMs(double ms, qint64 capMs)
{
    if (std::isnan(ms) || ms < 0)
        return -1;
    if (!(ms < double(capMs))) // also +inf
        return capMs;
    return std::min<qint64>(qint64(std::ceil(ms)), capMs);
}

} // namespace

std::optional<qint64> retryAfterDelayMs(const QByteArray& retryAfterMs,
                                        const QByteArray& retryAfter, qint64 capMs,
                                        const QDateTime& nowUtc)
{
    bool ok = false;
    // NaN and negative values are no delay: the normal backoff applies. +inf, 1e300 and
    // anything above the cap wait the cap; nothing is converted before it is clamped.
    const QByteArray afterMs = retryAfterMs.trimmed();
    if (!afterMs.isEmpty()) {
        const double ms = afterMs.toDouble(&ok);
        const qint64 delay = ok ? clampedDelayMs(ms, capMs) : -1;
        if (delay >= 0)
            return delay;
    }
    const QByteArray after = retryAfter.trimmed();
    if (!after.isEmpty()) {
        const double seconds = after.toDouble(&ok);
        if (ok) {
            const qint64 delay = clampedDelayMs(seconds * 1000.0, capMs); // inf * 1000 = inf
            if (delay >= 0)
                return delay;
        }
        // HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT"
        QString text = QString::fromLatin1(after);
        QDateTime when =
            QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (!when.isValid())
            when = QDateTime::fromString(text, Qt::RFC2822Date);
        if (when.isValid()) {
            if (when.timeSpec() == Qt::LocalTime)
                compat::setUtc(when);
            const qint64 ms = nowUtc.msecsTo(when);
            return std::clamp<qint64>(ms, 0, capMs);
        }
    }
    return std::nullopt;
}

} // namespace keycard
