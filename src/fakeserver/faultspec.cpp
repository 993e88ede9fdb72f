#include "faultspec.h"

#include <QRegularExpression>

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
    };
    const auto it = kinds.constFind(name);
    if (it == kinds.cend())
        return std::nullopt;
    return *it;
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
        "Options: count=N (next N requests, -1 = every one; default 1, latency: every one),\n"
        "         share=F (probability 0..1), retry-after=S (with status)\n"
        "Examples: --fault listServiceAccounts:status=503,count=2 --fault '*:latency=50-200'");
}

} // namespace keycard::fake
