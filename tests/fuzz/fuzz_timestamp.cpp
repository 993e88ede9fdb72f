// RFC 3339 timestamps as the decoders read them.
#include "fuzzcheck.h"
#include "jsondecoder.h"

#include <QDateTime>
#include <cstddef>
#include <cstdint>

using namespace keycard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QDateTime when = json::parseTimestamp(text);
    if (!when.isValid())
        return 0;
    FUZZ_CHECK(when.offsetFromUtc() == 0);
    // What was read is written back and read again the same, within the years ISO 8601 writes
    // with four digits (an offset may move a date just outside them).
    const int year = when.date().year();
    if (year >= 1 && year <= 9999) {
        const QString again = when.toString(Qt::ISODateWithMs);
        FUZZ_CHECK(json::parseTimestamp(again) == when);
    }
    return 0;
}
