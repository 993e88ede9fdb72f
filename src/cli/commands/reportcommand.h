#pragma once

#include "command.h"
#include "credentialhygiene.h"

#include <QElapsedTimer>

namespace keycard {
class CredentialReport;
}

namespace keycard::cli {

// report: every credential of every service account of the organization (the core's
// CredentialReport: bounded concurrency, 429 and Retry-After honoured), printed with the
// columns of the app's report export (ReportExport), never a secret.
class ReportCommand final : public Command
{
    Q_OBJECT

public:
    ReportCommand(Context& context, const QStringList& arguments, const QCommandLineParser& parser);
    ~ReportCommand() override;

    static QList<CommandSpec> specs();
    void start() override;

private:
    void showProgress(const CredentialReport& report);
    void print(const CredentialReport& report);

    HygieneThresholds m_thresholds;
    QString m_thresholdProblem;
    QElapsedTimer m_sinceProgress;
};

} // namespace keycard::cli
