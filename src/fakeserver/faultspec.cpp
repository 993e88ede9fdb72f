#include "faultspec.h"

#include <QRegularExpression>
#include <limits>

namespace keycard::fake {

namespace {
std::optional<Fault::Kind> kindByName(const QString& name)
{
    static const QHash<QString, Fault::Kind> kinds{
        {QStringLiteral("stall"), Fault::Kind::StallAfterHeaders},
        {QStringLiteral("stall-after-headers"), Fault::Kind::StallAfterHeaders},
        {QStringLiteral("close-mid-body"), Fault::Kind::CloseMidBody},
        {QStringLiteral("malformed-json"), Fault::Kind::MalformedJson},
        {QStringLiteral("malformed"), Fault::Kind::MalformedJson},
        {QStringLiteral("schema-break"), Fault::Kind::SchemaBreak},
        {QStringLiteral("repeat-cursor"), Fault::Kind::RepeatCursor},
        {QStringLiteral("drop-after-create"), Fault::Kind::DropAfterCreate},
        {QStringLiteral("huge-string"), Fault::Kind::HugeString},
        {QStringLiteral("deep-nesting"), Fault::Kind::DeepNesting},
        {QStringLiteral("huge-body"), Fault::Kind::HugeBody},
        {QStringLiteral("drip-feed"), Fault::Kind::DripFeed},
        {QStringLiteral("decompression-bomb"), Fault::Kind::DecompressionBomb},
        {QStringLiteral("items-beyond-limit"), Fault::Kind::ItemsBeyondLimit},
        {QStringLiteral("duplicate-ids"), Fault::Kind::DuplicateIds},
        {QStringLiteral("huge-numbers"), Fault::Kind::HugeNumbers},
        {QStringLiteral("many-permission-keys"), Fault::Kind::ManyPermissionKeys},
    };
    const auto it = kinds.constFind(name);
    if (it == kinds.cend())
        return std::nullopt;
    return *it;
}

// "50M", "4G", "64K" or a plain count; binary units.
bool toSize(const QString& text, qint64* value)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)([kKmMgG]?)$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    bool ok = false;
    *value = match.captured(1).toLongLong(&ok);
    const QString unit = match.captured(2).toLower();
    const int shift = unit == QLatin1String("k")   ? 10
                      : unit == QLatin1String("m") ? 20
                      : unit == QLatin1String("g") ? 30
                                                   : 0;
    if (!ok || *value > (std::numeric_limits<qint64>::max() >> shift))
        return false;
    *value <<= shift;
    return true;
}

bool toInt(const QString& text, int* value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok;
}
} // namespace

std::optional<FaultSpec> parseFaultSpec(const QString& text, QString* error)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1) {
        *error = QStringLiteral("expected OP:KIND[,key=value...], got \"%1\"").arg(text);
        return std::nullopt;
    }
    FaultSpec spec;
    spec.operationId = text.left(colon);
    bool haveKind = false;
    bool countGiven = false;
    const QStringList parts =
        text.mid(colon + 1).split(QRegularExpression(QStringLiteral("[,:]")), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? part : part.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        int number = 0;
        if (key == QLatin1String("status") && toInt(value, &number)) {
            spec.fault.kind = Fault::Kind::Status;
            spec.fault.status = number;
            haveKind = true;
        } else if (key == QLatin1String("latency")) {
            const QStringList range = value.split(QLatin1Char('-'));
            int low = 0;
            int high = 0;
            if (range.size() > 2 || !toInt(range.first(), &low) ||
                (range.size() == 2 && !toInt(range.last(), &high))) {
                *error = QStringLiteral("bad latency \"%1\" (MS or MIN-MAX)").arg(value);
                return std::nullopt;
            }
            spec.fault.kind = Fault::Kind::Latency;
            spec.fault.latencyMs = low;
            spec.fault.latencyMaxMs = high;
            if (!countGiven)
                spec.fault.count = -1;
            haveKind = true;
        } else if (key == QLatin1String("count") && toInt(value, &number)) {
            spec.fault.count = number;
            countGiven = true;
        } else if (key == QLatin1String("retry-after") && toInt(value, &number)) {
            spec.fault.retryAfterSeconds = number;
        } else if (key == QLatin1String("size")) {
            if (!toSize(value, &spec.fault.size)) {
                *error = QStringLiteral("bad size \"%1\" (N, NK, NM or NG)").arg(value);
                return std::nullopt;
            }
        } else if (key == QLatin1String("interval") && toInt(value, &number) && number > 0) {
            spec.fault.intervalMs = number;
        } else if (key == QLatin1String("number") && !value.isEmpty()) {
            bool ok = false;
            value.toDouble(&ok); // 1e400 is out of range but still a number's text
            static const QRegularExpression numeric(
                QStringLiteral("^-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?$"));
            if (!numeric.match(value).hasMatch()) {
                *error = QStringLiteral("bad number \"%1\" (JSON number text)").arg(value);
                return std::nullopt;
            }
            spec.fault.number = value.toLatin1();
        } else if (key == QLatin1String("deflate") && eq < 0) {
            spec.fault.deflate = true;
        } else if (key == QLatin1String("share")) {
            bool ok = false;
            spec.fault.share = value.toDouble(&ok);
            if (!ok || spec.fault.share < 0.0 || spec.fault.share > 1.0) {
                *error = QStringLiteral("bad share \"%1\" (0..1)").arg(value);
                return std::nullopt;
            }
        } else if (const auto kind = kindByName(key); kind && eq < 0) {
            spec.fault.kind = *kind;
            haveKind = true;
        } else {
            *error = QStringLiteral("unknown fault option \"%1\"").arg(part);
            return std::nullopt;
        }
    }
    if (!haveKind) {
        *error = QStringLiteral("no fault kind in \"%1\"").arg(text);
        return std::nullopt;
    }
    return spec;
}

QString faultSpecHelp()
{
    return QStringLiteral(
        "Fault syntax: OPERATION:KIND[,OPTION...]; OPERATION is an operationId from openapi.yaml\n"
        "(listServiceAccounts, createCredential, serviceAccountToken, ...) or * for all.\n"
        "Kinds: status=N | latency=MS | latency=MIN-MAX | stall | close-mid-body |\n"
        "       malformed-json | schema-break | repeat-cursor | drop-after-create\n"
        "Hostile answers (list pages; where it fits the token answer too):\n"
        "  huge-string         the first item's name (token: access_token) is size bytes [50M]\n"
        "  deep-nesting        a field holds size nested arrays [100000]\n"
        "  huge-body           the answer padded to size bytes, streamed [200M]\n"
        "  drip-feed           the answer one byte every interval ms [200]\n"
        "  decompression-bomb  Content-Encoding gzip (deflate with option deflate) that\n"
        "                      inflates to size bytes [4G]\n"
        "  items-beyond-limit  size items whatever the limit [100000]\n"
        "  duplicate-ids       every page holds the same item under a fresh cursor\n"
        "  huge-numbers        number (default 1e400) as the token's expires_in; list items\n"
        "                      have no numbers, so it goes in added revision and total_count\n"
        "  many-permission-keys  size extra permission keys in list and first item [32000]\n"
        "Options: count=N (next N requests, -1 = every one; default 1, latency: every one),\n"
        "         share=F (probability 0..1), retry-after=S (with status),\n"
        "         size=N[K|M|G], interval=MS, number=TEXT, deflate (with the hostile kinds)\n"
        "Examples: --fault listServiceAccounts:status=503,count=2 --fault '*:latency=50-200'");
}

} // namespace keycard::fake
