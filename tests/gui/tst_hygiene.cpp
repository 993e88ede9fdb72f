// Credential hygiene in the window: the thresholds chosen in Settings decide which credentials
// the table marks as unused or old.
#include "credentialsmodel.h"
#include "fakeserver.h"
#include "mainwindow.h"
#include "preferences.h"
#include "profilestore.h"
#include "secretstore.h"
#include "serviceaccountsmodel.h"
#include "session.h"
#include "settingsdialog.h"
#include "windowparts.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace keycard;
using namespace keycard::test;

class HygieneWindowTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("KeycardTest"));
        QApplication::setApplicationName(QStringLiteral("tst_hygiene"));
        QSettings().clear();
    }

    void settings_thresholdsChanged_tableMarksFollowAndAreSaved()
    {
        fake::FakeServer server(3);
        QVERIFY(server.listen(0));
        const QString org = server.demoIds().smallOrgId;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const int accountsBefore = server.store().serviceAccountCount(org);
        const QString account =
            server.store().createServiceAccount(org, QStringLiteral("hygiene"), {}, now);
        // Used 10 days ago, created 40 days ago: unmarked by default, marked at 7 and 30 days.
        server.store().insertCredentialWithoutSecret(org, account, QStringLiteral("ci-deploy"),
                                                     now.addDays(-40), now.addDays(-10));

        ProfileStore profiles;
        SecretStore secrets(QStringLiteral("Keycard Admin tests"));
        MainWindow window(profiles, secrets);
        window.resize(1200, 700);
        window.show();
        ConnectionConfig config;
        config.baseUrl = server.baseUrl();
        config.auth.clientId = server.demoClientId();
        config.auth.secret = SecretString(server.demoClientSecret());
        window.adoptSession(Session::create(config, {QString(), QStringLiteral("test")}));
        openOrganization(&window, org, accountsBefore + 1);
        selectAccount(&window, account, 1);

        QAbstractItemModel* credentials = credentialsView(&window)->model();
        const QModelIndex hygiene = credentials->index(0, CredentialsModel::HygieneColumn);
        QCOMPARE(hygiene.data().toString(), QString());
        QCOMPARE(credentials->index(0, CredentialsModel::AgeColumn).data().toString(),
                 QStringLiteral("40 days"));
        QCOMPARE(
            credentials->headerData(CredentialsModel::HygieneColumn, Qt::Horizontal).toString(),
            QStringLiteral("Hygiene"));

        window.findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
        auto* dialog = waitForModalDialog<SettingsDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("unusedDaysSpin"))->value(), 90);
        QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("oldDaysSpin"))->value(), 365);
        dialog->findChild<QSpinBox*>(QStringLiteral("unusedDaysSpin"))->setValue(7);
        dialog->findChild<QSpinBox*>(QStringLiteral("oldDaysSpin"))->setValue(30);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

        QTRY_COMPARE(hygiene.data().toString(),
                     QStringLiteral("unused > 7 days, older than 30 days"));
        const Preferences saved = Preferences::load();
        QCOMPARE(saved.hygiene.unusedDays, 7);
        QCOMPARE(saved.hygiene.oldDays, 30);

        // Restore Defaults puts 90 and 365 back.
        window.findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
        dialog = waitForModalDialog<SettingsDialog>();
        QVERIFY(dialog);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog->preferences().hygiene.unusedDays, 90);
        QCOMPARE(dialog->preferences().hygiene.oldDays, 365);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(hygiene.data().toString(), QString());
    }

    void accountsTable_credentialCounts_askedForVisibleRowsOnly()
    {
        fake::FakeServer server(3);
        QVERIFY(server.listen(0));
        const fake::DemoIds demo = server.demoIds();
        ProfileStore profiles;
        SecretStore secrets(QStringLiteral("Keycard Admin tests"));
        MainWindow window(profiles, secrets);
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionConfig config;
        config.baseUrl = server.baseUrl();
        config.auth.clientId = server.demoClientId();
        config.auth.secret = SecretString(server.demoClientSecret());
        window.adoptSession(Session::create(config, {QString(), QStringLiteral("test")}));
        openOrganization(&window, demo.bigOrgId, PagedListModel::kDefaultPageSize);
        QTableView* accounts = accountsView(&window);
        QVERIFY(accounts->isColumnHidden(ServiceAccountsModel::CredentialCountColumn));
        server.resetRequestCounts();
        const int listedBefore = server.requestCount(QStringLiteral("listCredentials"));

        auto* toggle = window.findChild<QAction*>(QStringLiteral("actionShowCredentialCounts"));
        toggle->trigger();
        QVERIFY(!accounts->isColumnHidden(ServiceAccountsModel::CredentialCountColumn));
        const int lastVisible = accounts->rowAt(accounts->viewport()->height() - 1);
        QVERIFY(lastVisible > 3);
        const auto countAt = [&](int row) {
            return accounts->model()
                ->index(row, ServiceAccountsModel::CredentialCountColumn)
                .data()
                .toString();
        };
        QTRY_VERIFY(!countAt(lastVisible).isEmpty() && countAt(lastVisible) != QStringLiteral("…"));
        for (int row = 0; row <= lastVisible; ++row) {
            const QString id =
                accounts->model()->index(row, 0).data(PagedListModel::IdRole).toString();
            QTRY_COMPARE(countAt(row),
                         QString::number(server.store().credentialCount(demo.bigOrgId, id)));
        }
        // Only the rows on screen were asked for, not the page loaded nor the 5,000 listed.
        QVERIFY(countAt(lastVisible + 2).isEmpty());
        const int asked = server.requestCount(QStringLiteral("listCredentials")) - listedBefore;
        QVERIFY2(asked <= lastVisible + 1 + 1, qPrintable(QString::number(asked)));

        // Hidden again: nothing more is asked for while scrolling.
        toggle->trigger();
        QVERIFY(accounts->isColumnHidden(ServiceAccountsModel::CredentialCountColumn));
        accounts->scrollToBottom();
        const int afterHide = server.requestCount(QStringLiteral("listCredentials"));
        QTRY_VERIFY(accounts->model()->rowCount() >
                    PagedListModel::kDefaultPageSize); // the next page
        QCOMPARE(server.requestCount(QStringLiteral("listCredentials")), afterHide);
    }
};

QTEST_MAIN(HygieneWindowTest)
#include "tst_hygiene.moc"
