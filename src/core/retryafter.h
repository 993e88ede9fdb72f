#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace keycard {

// The delay in milliseconds a server asked for, from the values of its `retry-after-ms` and
// `Retry-After` headers (empty when absent), clamped to [0, capMs] before any conversion, so no
// value (1e300, inf, a date in the year 9999) can overflow or defeat the cap. `retry-after-ms`
// wins when it gives a delay; `Retry-After` is seconds or an HTTP date, measured from `nowUtc`.
// Nothing when neither gives a delay (absent, not a number or date, NaN, negative): the normal
// backoff applies then.
std::optional<qint64> retryAfterDelayMs(const QByteArray& retryAfterMs,
                                        const QByteArray& retryAfter, qint64 capMs,
                                        const QDateTime& nowUtc);

} // namespace keycard
