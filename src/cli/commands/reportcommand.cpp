#include "reportcommand.h"

#include "context.h"
#include "credentialreport.h"
#include "output.h"
#include "recordwriter.h"
#include "reportexport.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <tuple>

namespace keycard::cli {

namespace {
constexpr int kMaxThresholdDays = 36500;
constexpr qint64 kProgressIntervalMs = 100;

// The export's rows as records, for the table: the same columns and cells as the JSON.
QList<Record> exportRecords(const QByteArray& json)
{
    QList<Record> records;
    const QStringList columns = ReportExport::columns();
    const QJsonArray rows = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& row : rows) {
        Record record;
        for (const QString& column : columns) {
            QJsonValue value = row.toObject().value(column);
            if (value.isArray()) {
                QStringList parts;
                for (const QJsonValue& part : value.toArray())
                    parts.append(part.toString());
                value = parts.join(QLatin1Char(';'));
            }
            record.append({column, value});
        }
        records.append(record);
    }
    return records;
}
} // namespace

ReportCommand::ReportCommand(Context& context, const QStringList&, const QCommandLineParser& parser)
    : Command(context)
{
    const auto days = [this, &parser](const QString& option, int& target) {
        if (!parser.isSet(option))
            return;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (ok && value >= 1 && value <= kMaxThresholdDays)
            target = value;
        else
            m_thresholdProblem =
                tr("--%1 takes a number of days from 1 to %2.").arg(option).arg(kMaxThresholdDays);
    };
    days(QStringLiteral("unused-days"), m_thresholds.unusedDays);
    days(QStringLiteral("old-days"), m_thresholds.oldDays);
}

ReportCommand::~ReportCommand() = default;

QList<CommandSpec> ReportCommand::specs()
{
    return {{QStringLiteral("report"),
             {},
             {},
             tr("Every credential of every service account of the organization, with its age, "
                "last use and flags (never a secret); --output json or csv gives the columns of "
                "Keycard Admin's report export."),
             {{QStringLiteral("unused-days"),
               tr("Flag credentials not used for more than this many days (default 90)."),
               QStringLiteral("DAYS")},
              {QStringLiteral("old-days"),
               tr("Flag credentials created more than this many days ago (default 365)."),
               QStringLiteral("DAYS")}},
             0,
             0,
             factory<ReportCommand>()}};
}

void ReportCommand::start()
{
    if (!m_thresholdProblem.isEmpty()) {
        failUsage(m_thresholdProblem);
        return;
    }
    signInToOrganization([this] {
        auto* report =
            session()->start(std::make_unique<CredentialReport>(session(), organization().id));
        connect(report, &CredentialReport::progressChanged, this,
                [this, report] { showProgress(*report); });
        connect(report, &CredentialReport::finished, this,
                [this, report](SessionTask::Outcome outcome) {
                    context().progress({});
                    if (outcome == SessionTask::Outcome::SessionEnded) {
                        fail(ApiError(ApiError::Kind::SessionEnded));
                        return;
                    }
                    if (report->error().isError()) {
                        fail(report->error());
                        return;
                    }
                    print(*report);
                });
    });
}

void ReportCommand::showProgress(const CredentialReport& report)
{
    // A few times a second is enough for a person; thousands of accounts change it far more often.
    if (m_sinceProgress.isValid() && m_sinceProgress.elapsed() < kProgressIntervalMs)
        return;
    m_sinceProgress.start();
    const ReportProgress progress = report.progress();
    QString text = progress.listingComplete ? tr("%1 of %2 service accounts, %3 credentials")
                                                  .arg(progress.accountsDone)
                                                  .arg(progress.accountsListed)
                                                  .arg(progress.credentials)
                                            : tr("%1 of %2+ service accounts, %3 credentials")
                                                  .arg(progress.accountsDone)
                                                  .arg(progress.accountsListed)
                                                  .arg(progress.credentials);
    const qint64 secondsLeft = (progress.msLeft + 999) / 1000;
    if (report.isPaused())
        text += tr(" — waiting out the server's rate limit");
    else if (progress.msLeft >= 0 && progress.listingComplete)
        text += tr(" — about %1 s left").arg(secondsLeft);
    else if (progress.msLeft >= 0)
        text += tr(" — at least %1 s left").arg(secondsLeft);
    context().progress(text);
}

void ReportCommand::print(const CredentialReport& report)
{
    QList<ReportEntry> entries = report.entries();
    std::stable_sort(
        entries.begin(), entries.end(), [](const ReportEntry& a, const ReportEntry& b) {
            return std::tie(a.accountName, a.accountId, a.credential.name, a.credential.id) <
                   std::tie(b.accountName, b.accountId, b.credential.name, b.credential.id);
        });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const HygieneThresholds& thresholds = m_thresholds;
    int writeError = 0;
    switch (context().format()) {
    case OutputFormat::Csv:
        writeError = writeAll(stdout, ReportExport::toCsv(entries, now, thresholds));
        break;
    case OutputFormat::Json:
        writeError = writeAll(stdout, ReportExport::toJson(entries, now, thresholds));
        break;
    case OutputFormat::Table: {
        const QStringList columns = ReportExport::columns();
        RecordWriter writer(
            OutputFormat::Table,
            {{QStringLiteral("account_name"), QStringLiteral("credential_name"),
              QStringLiteral("client_id"), QStringLiteral("created_at"),
              QStringLiteral("last_used_at"), QStringLiteral("age_days"), QStringLiteral("flags")},
             columns});
        writer.write(exportRecords(ReportExport::toJson(entries, now, thresholds)));
        writer.end();
        writeError = writer.error();
        break;
    }
    }
    if (writeError != 0) {
        outputFailed(writeError);
        return;
    }
    const QList<ReportFailure>& failures = report.failures();
    for (const ReportFailure& failure : failures)
        context().error(
            tr("The credentials of service account “%1” (%2) could not be listed: %3")
                .arg(failure.accountName, failure.accountId, describeError(failure.error)));
    if (!failures.isEmpty()) {
        context().error(tr("The report is incomplete: %n service account(s) are missing.", "",
                           int(failures.size())));
        finish(ExitFailed);
        return;
    }
    context().note(tr("%n credential(s) in %1 service accounts.", "", int(entries.size()))
                       .arg(report.progress().accountsDone));
    finish(ExitDone);
}

} // namespace keycard::cli
