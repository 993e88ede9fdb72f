#include "fault.h"

namespace keycard::fake {

Fault Fault::latency(int ms, int maxMs)
{
    Fault fault;
    fault.kind = Kind::Latency;
    fault.latencyMs = ms;
    fault.latencyMaxMs = maxMs;
    fault.count = -1;
    return fault;
}

Fault Fault::httpStatus(int status, int count, int retryAfterSeconds)
{
    Fault fault;
    fault.kind = Kind::Status;
    fault.status = status;
    fault.count = count;
    fault.retryAfterSeconds = retryAfterSeconds;
    return fault;
}

Fault Fault::of(Kind kind, int count)
{
    Fault fault;
    fault.kind = kind;
    fault.count = count;
    return fault;
}

qint64 Fault::sizeOrDefault() const
{
    if (size >= 0)
        return size;
    switch (kind) {
    case Kind::HugeString:
        return 50LL * 1024 * 1024;
    case Kind::DeepNesting:
        return 100000;
    case Kind::HugeBody:
        return 200LL * 1024 * 1024;
    case Kind::DecompressionBomb:
        return 4LL * 1024 * 1024 * 1024;
    case Kind::ItemsBeyondLimit:
        return 100000;
    case Kind::ManyPermissionKeys:
        return 32000;
    default:
        return 0;
    }
}

void FaultInjector::add(const QString& operationId, const Fault& fault)
{
    m_faults[operationId].append(fault);
}

bool FaultInjector::hits(Fault& fault)
{
    if (fault.count == 0)
        return false;
    if (fault.share < 1.0 && m_random.generateDouble() >= fault.share)
        return false;
    if (fault.count > 0)
        --fault.count;
    return true;
}

FaultPlan FaultInjector::plan(const QString& operationId, bool hasAfterCursor)
{
    FaultPlan result;
    for (const QString& key : {operationId, QStringLiteral("*")}) {
        auto it = m_faults.find(key);
        if (it == m_faults.end())
            continue;
        for (Fault& fault : *it) {
            if (fault.kind == Fault::Kind::RepeatCursor && !hasAfterCursor)
                continue;
            if (fault.firstPageOnly && hasAfterCursor)
                continue;
            if (fault.kind != Fault::Kind::Latency && result.hasFault)
                continue;
            if (!hits(fault))
                continue;
            if (fault.kind == Fault::Kind::Latency) {
                const int extra = fault.latencyMaxMs > fault.latencyMs
                                      ? m_random.bounded(fault.latencyMaxMs - fault.latencyMs + 1)
                                      : 0;
                result.delayMs += fault.latencyMs + extra;
            } else {
                result.hasFault = true;
                result.fault = fault;
            }
        }
    }
    return result;
}

} // namespace keycard::fake
