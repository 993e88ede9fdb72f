#pragma once

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace keycard::fake {

// One misbehaviour the server shows for matching requests.
struct Fault
{
    enum class Kind {
        Latency,
        Status,
        StallAfterHeaders,
        CloseMidBody,
        MalformedJson,
        SchemaBreak,
        RepeatCursor,
        DropAfterCreate
    };
    Kind kind = Kind::Status;
    int status = 500;           // Kind::Status: 429, 500, 502, 503 ...
    int retryAfterSeconds = -1; // Kind::Status: sends Retry-After when >= 0
    int latencyMs = 0;          // Kind::Latency: fixed, or random in [latencyMs, latencyMaxMs]
    int latencyMaxMs = 0;
    int count = 1;      // the next `count` matching requests; -1 = every one
    double share = 1.0; // probability that a matching request is hit

    static Fault latency(int ms, int maxMs = 0);
    static Fault httpStatus(int status, int count = 1, int retryAfterSeconds = -1);
    static Fault of(Kind kind, int count = 1);
};

// What to do to one request: an optional delay and at most one answer-shaping fault.
struct FaultPlan
{
    int delayMs = 0;
    bool hasFault = false;
    Fault fault;
};

// Holds the faults per operation ("*" = every operation) and decides which hit a request.
class FaultInjector final
{
public:
    FaultInjector() : m_random(QRandomGenerator::securelySeeded()) {}

    void add(const QString& operationId, const Fault& fault);
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }

    // Consumes one use of every fault that hits. `hasAfterCursor` tells whether a list
    // request carries `after` (RepeatCursor only applies to those).
    FaultPlan plan(const QString& operationId, bool hasAfterCursor);

private:
    bool hits(Fault& fault);

    QRandomGenerator m_random;
    QHash<QString, QList<Fault>> m_faults;
};

} // namespace keycard::fake
