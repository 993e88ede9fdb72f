#include "reportexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keycard {

namespace {
QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString csvCell(QString text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    static const QString needsQuotes = QStringLiteral(",\"\r\n");
    const bool quote =
        std::any_of(text.cbegin(), text.cend(), [](QChar c) { return needsQuotes.contains(c); });
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

struct Fields
{
    qint64 ageDays;
    QStringList flags;
};

Fields fieldsOf(const ReportEntry& entry, const QDateTime& now, const HygieneThresholds& thresholds)
{
    const Credential& c = entry.credential;
    return Fields{CredentialHygiene::ageDays(c.createdAt, now),
                  CredentialHygiene::keys(
                      CredentialHygiene::flags(c.createdAt, c.lastUsedAt, now, thresholds))};
}
} // namespace

QStringList ReportExport::columns()
{
    return {QStringLiteral("account_id"),    QStringLiteral("account_name"),
            QStringLiteral("credential_id"), QStringLiteral("credential_name"),
            QStringLiteral("client_id"),     QStringLiteral("created_at"),
            QStringLiteral("last_used_at"),  QStringLiteral("age_days"),
            QStringLiteral("flags")};
}

QByteArray ReportExport::toCsv(const QList<ReportEntry>& entries, const QDateTime& now,
                               const HygieneThresholds& thresholds)
{
    QString out = columns().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const ReportEntry& entry : entries) {
        const Credential& c = entry.credential;
        const Fields fields = fieldsOf(entry, now, thresholds);
        const QStringList cells{csvCell(entry.accountId),
                                csvCell(entry.accountName),
                                csvCell(c.id),
                                csvCell(c.name),
                                csvCell(c.clientId),
                                isoUtc(c.createdAt),
                                isoUtc(c.lastUsedAt),
                                fields.ageDays < 0 ? QString() : QString::number(fields.ageDays),
                                fields.flags.join(QLatin1Char(';'))};
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray ReportExport::toJson(const QList<ReportEntry>& entries, const QDateTime& now,
                                const HygieneThresholds& thresholds)
{
    QJsonArray rows;
    for (const ReportEntry& entry : entries) {
        const Credential& c = entry.credential;
        const Fields fields = fieldsOf(entry, now, thresholds);
        QJsonObject row;
        row.insert(QStringLiteral("account_id"), entry.accountId);
        row.insert(QStringLiteral("account_name"), entry.accountName);
        row.insert(QStringLiteral("credential_id"), c.id);
        row.insert(QStringLiteral("credential_name"), c.name);
        row.insert(QStringLiteral("client_id"), c.clientId);
        row.insert(QStringLiteral("created_at"),
                   c.createdAt.isValid() ? QJsonValue(isoUtc(c.createdAt)) : QJsonValue());
        row.insert(QStringLiteral("last_used_at"),
                   c.lastUsedAt.isValid() ? QJsonValue(isoUtc(c.lastUsedAt)) : QJsonValue());
        row.insert(QStringLiteral("age_days"),
                   fields.ageDays < 0 ? QJsonValue() : QJsonValue(double(fields.ageDays)));
        row.insert(QStringLiteral("flags"), QJsonArray::fromStringList(fields.flags));
        rows.append(row);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace keycard
