#pragma once

#include "credentialhygiene.h"
#include "session.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class ReportWindow;
}

namespace keycard {

class CredentialReport;
class CredentialReportModel;

// The organization-wide credential report: fills as the walk goes, with progress, an estimate
// and Stop; then filter, sort, export as CSV or JSON, and show a row in the main window. The
// walk belongs to the session (CredentialReport); closing the window stops it.
class ReportWindow final : public QWidget
{
    Q_OBJECT

public:
    ReportWindow(const SessionPtr& session, const QString& orgId, const QString& orgName,
                 const HygieneThresholds& thresholds, QWidget* parent = nullptr);
    ~ReportWindow() override;
    Q_DISABLE_COPY_MOVE(ReportWindow)

signals:
    void showCredentialRequested(const QString& orgId, const QString& accountId,
                                 const QString& accountName, const QString& credentialId,
                                 const QString& credentialName);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    enum class Format { Csv, Json };

    void updateProgress();
    void reportFinished();
    void updateButtons();
    void showSelected();
    void chooseExportFile(Format format);
    void exportTo(const QString& path, Format format);
    static QString durationText(qint64 ms);

    std::unique_ptr<Ui::ReportWindow> m_ui;
    QString m_orgId;
    QString m_orgName;
    HygieneThresholds m_thresholds;
    CredentialReportModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QPointer<CredentialReport> m_report;
};

} // namespace keycard
