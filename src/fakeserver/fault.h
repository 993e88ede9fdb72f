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
        DropAfterCreate,
        // Hostile answers (issue 10). `size` tunes each; -1 takes the default in brackets.
        HugeString,         // the first item's name is `size` bytes long [50 MB]
        DeepNesting,        // a field of the first item holds `size` nested arrays [100,000]
        HugeBody,           // a valid answer padded to `size` bytes, written in chunks [200 MB]
        DripFeed,           // the valid answer, one byte every `intervalMs` [200 ms]
        DecompressionBomb,  // gzip (or deflate) that inflates to `size` bytes [4 GiB]
        ItemsBeyondLimit,   // `size` items whatever the limit asked [100,000]
        DuplicateIds,       // every page holds the same item and a fresh cursor
        HugeNumbers,        // `number` as token expires_in; in lists as added revision, total_count
        ManyPermissionKeys, // `size` extra permission keys in the list and first item [32,000]
    };
    Kind kind = Kind::Status;
    int status = 500;           // Kind::Status: 429, 500, 502, 503 ...
    int retryAfterSeconds = -1; // Kind::Status: sends Retry-After when >= 0
    QString message;            // Kind::Status: the error body's message; empty = one per status
    int latencyMs = 0;          // Kind::Latency: fixed, or random in [latencyMs, latencyMaxMs]
    int latencyMaxMs = 0;
    int count = 1;              // the next `count` matching requests; -1 = every one
    bool firstPageOnly = false; // lists: only requests without `after` (a first page, a refresh)
    double share = 1.0;         // probability that a matching request is hit
    qint64 size = -1;     // hostile kinds: bytes, depth, items or keys (see Kind); -1 = default
    int intervalMs = 200; // Kind::DripFeed: pause between two bytes
    bool deflate = false; // Kind::DecompressionBomb: Content-Encoding deflate, not gzip
    QByteArray number = "1e400"; // Kind::HugeNumbers: the number written

    // The kind's `size` when none was given.
    qint64 sizeOrDefault() const;

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
