#include "reportwindow.h"

#include "credentialreport.h"
#include "credentialreportmodel.h"
#include "reportexport.h"
#include "ui_reportwindow.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>

namespace keycard {

namespace {
constexpr int kMaxFailuresListed = 5;

QString number(int value)
{
    return QLocale().toString(value);
}
} // namespace

ReportWindow::ReportWindow(const SessionPtr& session, const QString& orgId, const QString& orgName,
                           const HygieneThresholds& thresholds, QWidget* parent)
    : QWidget(parent, Qt::Window), m_ui(std::make_unique<Ui::ReportWindow>()), m_orgId(orgId),
      m_orgName(orgName), m_thresholds(thresholds)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Credential Report: %1").arg(orgName));

    m_model = new CredentialReportModel(this);
    m_model->setHygieneThresholds(thresholds);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CredentialReportModel::SortRole);
    m_proxy->setFilterRole(CredentialReportModel::FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->table->setModel(m_proxy);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->verticalHeader()->hide();
    const QList<int> widths{200, 200, 220, 130, 110, 80};
    for (int column = 0; column < widths.size(); ++column)
        m_ui->table->setColumnWidth(column, widths.at(column));
    m_ui->table->sortByColumn(CredentialReportModel::AgeColumn, Qt::DescendingOrder);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] {
        if (m_report)
            m_report->cancel();
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_ui->showButton, &QPushButton::clicked, this, &ReportWindow::showSelected);
    connect(m_ui->table, &QAbstractItemView::doubleClicked, this, &ReportWindow::showSelected);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this,
            [this] { chooseExportFile(Format::Csv); });
    connect(m_ui->exportJsonButton, &QPushButton::clicked, this,
            [this] { chooseExportFile(Format::Json); });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReportWindow::updateButtons);

    m_report = session->start(std::make_unique<CredentialReport>(session, orgId));
    connect(m_report, &CredentialReport::entriesFound, m_model, &CredentialReportModel::append);
    connect(m_report, &CredentialReport::progressChanged, this, &ReportWindow::updateProgress);
    connect(m_report, &SessionTask::finished, this, &ReportWindow::reportFinished);
    updateProgress();
    updateButtons();
}

ReportWindow::~ReportWindow()
{
    if (m_report)
        m_report->cancel();
}

void ReportWindow::closeEvent(QCloseEvent* event)
{
    if (m_report)
        m_report->cancel();
    event->accept();
}

QString ReportWindow::durationText(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60)
        return seconds == 1 ? tr("1 second") : tr("%n seconds", nullptr, int(seconds));
    const qint64 minutes = (seconds + 59) / 60;
    return minutes == 1 ? tr("1 minute")
                        : tr("%n minutes", nullptr, int(qMin<qint64>(minutes, 9999)));
}

void ReportWindow::updateProgress()
{
    if (!m_report)
        return;
    const ReportProgress p = m_report->progress();
    QString text = p.listingComplete
                       ? tr("%1 of %2 service accounts done, %3 credentials found.")
                             .arg(number(p.accountsDone))
                             .arg(number(p.accountsListed))
                             .arg(number(p.credentials))
                       : tr("%1 of at least %2 service accounts done, %3 credentials found.")
                             .arg(number(p.accountsDone))
                             .arg(number(p.accountsListed))
                             .arg(number(p.credentials));
    if (m_report->isPaused())
        text += QLatin1Char(' ') + tr("The server asked to slow down; waiting.");
    else if (p.msLeft > 0)
        text += QLatin1Char(' ') + (p.listingComplete
                                        ? tr("About %1 left.").arg(durationText(p.msLeft))
                                        : tr("At least %1 left.").arg(durationText(p.msLeft)));
    m_ui->progressLabel->setText(text);
    m_ui->progressBar->setRange(0, qMax(1, p.accountsListed));
    m_ui->progressBar->setValue(p.accountsDone);
}

void ReportWindow::reportFinished()
{
    const CredentialReport* report = m_report;
    if (!report)
        return;
    const ReportProgress p = report->progress();
    QString text;
    switch (report->outcome()) {
    case SessionTask::Outcome::Done:
        text = tr("All %1 service accounts listed: %2 credentials.")
                   .arg(number(p.accountsListed))
                   .arg(number(p.credentials));
        break;
    case SessionTask::Outcome::Failed:
        text = report->error().isError()
                   ? tr("The report stopped: %1").arg(describeError(report->error()))
                   : tr("All %1 service accounts listed: %2 credentials, but some accounts "
                        "could not be read.")
                         .arg(number(p.accountsListed))
                         .arg(number(p.credentials));
        break;
    case SessionTask::Outcome::Cancelled:
        text = tr("Stopped after %1 service accounts: the table holds %2 credentials found so "
                  "far.")
                   .arg(number(p.accountsDone))
                   .arg(number(p.credentials));
        break;
    case SessionTask::Outcome::SessionEnded:
    case SessionTask::Outcome::Running:
        text = Session::sessionEndedMessage();
        break;
    }
    m_ui->progressLabel->setText(text);
    m_ui->progressBar->hide();
    m_ui->stopButton->hide();

    const QList<ReportFailure>& failures = report->failures();
    if (!failures.isEmpty()) {
        QStringList lines{failures.size() == 1
                              ? tr("The credentials of 1 service account could not be listed:")
                              : tr("The credentials of %1 service accounts could not be listed:")
                                    .arg(number(int(failures.size())))};
        for (int i = 0; i < failures.size() && i < kMaxFailuresListed; ++i)
            lines << tr("\u2022 %1: %2")
                         .arg(failures.at(i).accountName, describeError(failures.at(i).error));
        if (failures.size() > kMaxFailuresListed)
            lines
                << tr("\u2022 and %1 more.").arg(number(int(failures.size()) - kMaxFailuresListed));
        m_ui->failuresLabel->setText(lines.join(QLatin1Char('\n')));
        m_ui->failuresLabel->show();
    }
    m_report.clear();
    updateButtons();
}

void ReportWindow::updateButtons()
{
    const bool running = !m_report.isNull();
    const bool hasRows = m_model->rowCount() > 0;
    m_ui->exportCsvButton->setEnabled(!running && hasRows);
    m_ui->exportJsonButton->setEnabled(!running && hasRows);
    m_ui->showButton->setEnabled(m_ui->table->selectionModel()->hasSelection());
}

void ReportWindow::showSelected()
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const ReportEntry& entry = m_model->entries().at(m_proxy->mapToSource(rows.first()).row());
    emit showCredentialRequested(m_orgId, entry.accountId, entry.accountName, entry.credential.id,
                                 entry.credential.name);
}

void ReportWindow::chooseExportFile(Format format)
{
    const bool csv = format == Format::Csv;
    auto* dialog =
        new QFileDialog(this, csv ? tr("Export Report as CSV") : tr("Export Report as JSON"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("credential-report-%1.%2")
                           .arg(QDate::currentDate().toString(Qt::ISODate),
                                csv ? QStringLiteral("csv") : QStringLiteral("json")));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, format](const QString& path) { exportTo(path, format); });
    dialog->open();
}

void ReportWindow::exportTo(const QString& path, Format format)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray data = format == Format::Csv
                                ? ReportExport::toCsv(m_model->entries(), now, m_thresholds)
                                : ReportExport::toJson(m_model->entries(), now, m_thresholds);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"),
                                    tr("The report could not be saved to %1: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    const int count = int(m_model->entries().size());
    m_ui->progressLabel->setText((count == 1 ? tr("Saved 1 credential to %1.")
                                             : tr("Saved %n credentials to %1.", nullptr, count))
                                     .arg(QDir::toNativeSeparators(path)));
}

} // namespace keycard
