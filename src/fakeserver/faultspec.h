#pragma once

#include "fault.h"

#include <QString>
#include <optional>

namespace keycard::fake {

struct FaultSpec
{
    QString operationId;
    Fault fault;
};

// Parses a command-line fault: OP:KIND[,k=v...], e.g. "listServiceAccounts:status=503,count=2",
// "*:latency=50-200", "createCredential:drop-after-create", "listServiceAccounts:status=429,
// retry-after=2,share=0.5". Kinds: status=N, latency=MS[-MAX], stall, close-mid-body,
// malformed-json, schema-break, repeat-cursor, drop-after-create, and the hostile answers
// huge-string, deep-nesting, huge-body, drip-feed, decompression-bomb, items-beyond-limit,
// duplicate-ids, huge-numbers, many-permission-keys. Options: count=N (-1 = all), share=F,
// retry-after=S, size=N[K|M|G], interval=MS, number=TEXT, deflate. On failure returns nullopt
// and sets *error.
std::optional<FaultSpec> parseFaultSpec(const QString& text, QString* error);

// One line per accepted kind and option, for --help.
QString faultSpecHelp();

} // namespace keycard::fake
