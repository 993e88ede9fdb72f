// The credential report window against the local server: it fills as the walk goes, filters,
// exports CSV and JSON through the file dialog, stops on request, and shows any row in the main
// window, however deep in the organization's pages it lies.
#include "credentialreportmodel.h"
#include "fakeserver.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "reportexport.h"
#include "reportwindow.h"
#include "secretstore.h"
#include "session.h"
#include "windowparts.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace keycard;
using namespace keycard::test;

class CredentialReportWindowTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void report_smallOrganization_completeFilterableAndExported();
    void report_bigOrganization_fillsAsItGoesAndShowsDeepRowInMainWindow();
    void report_stop_keepsRowsFoundSoFar();

private:
    ReportWindow* openReport(const QString& orgId, int accountCount);
    QTableView* table(ReportWindow* report) const
    {
        return windowPart<QTableView>(report, QStringLiteral("table"));
    }
    QString progressText(ReportWindow* report) const
    {
        return windowPart<QLabel>(report, QStringLiteral("progressLabel"))->text();
    }
    QString exportThroughDialog(ReportWindow* report, const QString& button,
                                const QString& fileName);
    int credentialCount(const QString& orgId) const;

    std::unique_ptr<fake::FakeServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void CredentialReportWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KeycardTest"));
    QApplication::setApplicationName(QStringLiteral("tst_credentialreport"));
    QVERIFY(m_dir.isValid());
}

void CredentialReportWindowTest::init()
{
    QSettings().clear();
    m_server = std::make_unique<fake::FakeServer>(7);
    QVERIFY(m_server->listen(0));
    m_profiles = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("Keycard Admin tests"));
    m_window = std::make_unique<MainWindow>(*m_profiles, *m_secrets);
    m_window->resize(1200, 700);
    m_window->show();
    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = m_server->demoClientId();
    config.auth.secret = SecretString(m_server->demoClientSecret());
    m_window->adoptSession(Session::create(config, {QString(), QStringLiteral("test")}));
}

void CredentialReportWindowTest::cleanup()
{
    m_window.reset();
    m_server.reset();
}

int CredentialReportWindowTest::credentialCount(const QString& orgId) const
{
    int count = 0;
    for (const QString& account : m_server->store().serviceAccountIds(orgId))
        count += m_server->store().credentialCount(orgId, account);
    return count;
}

ReportWindow* CredentialReportWindowTest::openReport(const QString& orgId, int accountCount)
{
    openOrganization(m_window.get(), orgId, qMin(accountCount, PagedListModel::kDefaultPageSize));
    auto* action = windowPart<QAction>(m_window.get(), QStringLiteral("actionCredentialReport"));
    [&] {
        QTRY_VERIFY(action->isEnabled());
    }();
    action->trigger();
    ReportWindow* report = nullptr;
    [&] {
        QTRY_VERIFY((report = m_window->findChild<ReportWindow*>()));
    }();
    return report;
}

QString CredentialReportWindowTest::exportThroughDialog(ReportWindow* report, const QString& button,
                                                        const QString& fileName)
{
    auto* exportButton = windowPart<QPushButton>(report, button);
    if (!exportButton->isEnabled())
        return QStringLiteral("<export disabled>");
    exportButton->click();
    auto* dialog = waitForModalDialog<QFileDialog>();
    if (!dialog)
        return QStringLiteral("<no file dialog>");
    const QString path = m_dir.filePath(fileName);
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
    QFile file(path);
    if (!QTest::qWaitFor([&] { return file.exists(); }) || !file.open(QIODevice::ReadOnly))
        return QStringLiteral("<not written>");
    return QString::fromUtf8(file.readAll());
}

void CredentialReportWindowTest::report_smallOrganization_completeFilterableAndExported()
{
    const QString org = m_server->demoIds().smallOrgId;
    const int accounts = m_server->store().serviceAccountCount(org);
    const int credentials = credentialCount(org);
    QVERIFY(credentials > 0);
    ReportWindow* report = openReport(org, accounts);
    QTRY_VERIFY(progressText(report).startsWith(
        QStringLiteral("All %1 service accounts listed: %2 credentials.")
            .arg(accounts)
            .arg(credentials)));
    QCOMPARE(table(report)->model()->rowCount(), credentials);

    // The filter finds rows by account, credential or mark.
    int neverUsed = 0;
    for (int row = 0; row < credentials; ++row)
        neverUsed += table(report)
                         ->model()
                         ->index(row, CredentialReportModel::FlagsColumn)
                         .data()
                         .toString()
                         .contains(QStringLiteral("never used"));
    QTest::keyClicks(windowPart<QLineEdit>(report, QStringLiteral("filterEdit")),
                     QStringLiteral("never used"));
    QCOMPARE(table(report)->model()->rowCount(), neverUsed);
    windowPart<QLineEdit>(report, QStringLiteral("filterEdit"))->clear();
    QCOMPARE(table(report)->model()->rowCount(), credentials);

    const QString csv =
        exportThroughDialog(report, QStringLiteral("exportCsvButton"), QStringLiteral("r.csv"));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), ReportExport::columns().join(QLatin1Char(',')));
    QCOMPARE(lines.size(), credentials + 1);
    QVERIFY(!csv.contains(m_server->demoClientSecret()));

    const QString json =
        exportThroughDialog(report, QStringLiteral("exportJsonButton"), QStringLiteral("r.json"));
    QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).array().size(), credentials);
    QVERIFY(progressText(report).startsWith(
        QStringLiteral("Saved %1 credentials to ").arg(credentials)));
}

void CredentialReportWindowTest::report_bigOrganization_fillsAsItGoesAndShowsDeepRowInMainWindow()
{
    const fake::DemoIds demo = m_server->demoIds();
    const int accounts = m_server->store().serviceAccountCount(demo.bigOrgId);
    ReportWindow* report = openReport(demo.bigOrgId, accounts);
    auto* stop = windowPart<QPushButton>(report, QStringLiteral("stopButton"));
    // Rows arrive while the walk still runs, with a progress line and Stop at hand.
    QTRY_VERIFY(table(report)->model()->rowCount() > 0);
    QVERIFY(stop->isVisible());
    QVERIFY(progressText(report).contains(QStringLiteral("service accounts done")));
    QTRY_VERIFY_WITH_TIMEOUT(!stop->isVisible(), 90000);
    QCOMPARE(table(report)->model()->rowCount(), credentialCount(demo.bigOrgId));

    // The oldest credential of the account with many, deep in both tables' pages.
    const QStringList ids =
        m_server->store().credentialIds(demo.bigOrgId, demo.accountWithManyCredentials);
    const QString credentialId = ids.last();
    // The main window meanwhile shows another organization: Show goes back to the report's.
    openOrganization(m_window.get(), demo.smallOrgId,
                     m_server->store().serviceAccountCount(demo.smallOrgId));
    QTest::keyClicks(windowPart<QLineEdit>(report, QStringLiteral("filterEdit")), credentialId);
    QCOMPARE(table(report)->model()->rowCount(), 1);
    table(report)->selectRow(0);
    windowPart<QPushButton>(report, QStringLiteral("showButton"))->click();

    QTRY_COMPARE_WITH_TIMEOUT(currentAccountId(m_window.get()), demo.accountWithManyCredentials,
                              30000);
    QCOMPARE(currentOrganizationId(m_window.get()), demo.bigOrgId);
    QTRY_COMPARE_WITH_TIMEOUT(
        credentialsView(m_window.get())->currentIndex().data(PagedListModel::IdRole).toString(),
        credentialId, 30000);
}

void CredentialReportWindowTest::report_stop_keepsRowsFoundSoFar()
{
    auto slow = fake::Fault::latency(20);
    slow.count = -1;
    m_server->addFault(QStringLiteral("listCredentials"), slow);
    const fake::DemoIds demo = m_server->demoIds();
    ReportWindow* report = openReport(demo.bigOrgId, demo.bigOrgServiceAccountCount);
    QTRY_VERIFY(table(report)->model()->rowCount() > 0);
    windowPart<QPushButton>(report, QStringLiteral("stopButton"))->click();
    QTRY_VERIFY(progressText(report).startsWith(QStringLiteral("Stopped after ")));
    const int rows = table(report)->model()->rowCount();
    QVERIFY(rows > 0);
    QVERIFY(rows < credentialCount(demo.bigOrgId));
    QVERIFY(windowPart<QPushButton>(report, QStringLiteral("exportCsvButton"))->isEnabled());
    // Closing the window lets it go.
    report->close();
    QTRY_VERIFY(!m_window->findChild<ReportWindow*>());
}

QTEST_MAIN(CredentialReportWindowTest)
#include "tst_credentialreport.moc"
