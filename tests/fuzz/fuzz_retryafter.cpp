// The server's asked-for retry delay. The first byte picks the cap; the rest, up to the first
// newline, is the retry-after-ms value and after it the Retry-After value.
#include "apirequest.h"
#include "fuzzcheck.h"
#include "retryafter.h"

#include <QDateTime>
#include <climits>
#include <cstddef>
#include <cstdint>

using namespace keycard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    static const int kCapsSeconds[] = {0, 1, 60, 3600, INT_MAX};
    const int capSeconds = kCapsSeconds[data[0] % std::size(kCapsSeconds)];
    const QByteArray rest(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray afterMs = newline < 0 ? rest : rest.left(newline);
    const QByteArray after = newline < 0 ? QByteArray() : rest.mid(newline + 1);

    const qint64 capMs = std::min<qint64>(qint64(capSeconds) * 1000, INT_MAX);
    const auto delay = retryAfterDelayMs(afterMs, after, capMs, QDateTime::currentDateTimeUtc());
    if (delay)
        FUZZ_CHECK(*delay >= 0 && *delay <= capMs);

    RawResponse response;
    response.headers = {{"Retry-After-Ms", afterMs}, {"Retry-After", after}};
    RetryPolicy policy;
    policy.maxRetryAfterSeconds = capSeconds;
    const int attempt = 1 + data[0] % 20;
    const int ms = ApiRequest::retryDelayMs(response, attempt, policy);
    FUZZ_CHECK(ms >= 0 && qint64(ms) <= std::max<qint64>(capMs, policy.maxBackoffMs));
    return 0;
}
