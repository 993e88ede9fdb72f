// The settings dialog changes what the app does; the About dialog tells the versions; the
// window comes back with the layout the user left.
#include "aboutdialog.h"
#include "credentialsmodel.h"
#include "idletimer.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "preferences.h"
#include "profilestore.h"
#include "secretstore.h"
#include "secureclipboard.h"
#include "serviceaccountsmodel.h"
#include "settingsdialog.h"
#include "windowparts.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace keycard;
using namespace keycard::test;

class SettingsDialogsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("KeycardTest"));
        QApplication::setApplicationName(QStringLiteral("tst_settingsdialogs"));
        QSettings().clear();
    }

    void settings_changedAndSaved_appliedToClipboardAndPaging()
    {
        ProfileStore profiles;
        SecretStore secrets(QStringLiteral("Keycard Admin tests"));
        MainWindow window(profiles, secrets);
        window.show();
        QCOMPARE(secureClipboard(&window)->clearTimeoutSeconds(), 30); // the default

        window.findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
        SettingsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget())));
        dialog->findChild<QSpinBox*>(QStringLiteral("clipboardSpin"))->setValue(12);
        dialog->findChild<QSpinBox*>(QStringLiteral("pageSizeSpin"))->setValue(80);
        dialog->findChild<QCheckBox*>(QStringLiteral("storeCheck"))->setChecked(false);
        auto* lockSpin = dialog->findChild<QSpinBox*>(QStringLiteral("lockSpin"));
        QCOMPARE(lockSpin->value(), 15); // the default
        lockSpin->setValue(0);
        QCOMPARE(lockSpin->text(), QStringLiteral("Never"));
        lockSpin->setValue(5);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

        QTRY_COMPARE(secureClipboard(&window)->clearTimeoutSeconds(), 12);
        const Preferences saved = Preferences::load();
        QCOMPARE(saved.clipboardClearSeconds, 12);
        QCOMPARE(saved.pageSize, 80);
        QCOMPARE(saved.storeNewSecretsInKeychain, false);
        QCOMPARE(saved.lockAfterIdleMinutes, 5);
        QCOMPARE(windowPart<IdleTimer>(&window)->timeout(), std::chrono::minutes(5));
        auto* accounts = qobject_cast<ServiceAccountsModel*>(
            qobject_cast<QAbstractProxyModel*>(accountsView(&window)->model())->sourceModel());
        QVERIFY(accounts);
        QCOMPARE(accounts->pageSize(), 80);

        // Restore Defaults brings the defaults back into the form.
        window.findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
        QTRY_VERIFY((dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget())));
        QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("clipboardSpin"))->value(), 12);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog->preferences().clipboardClearSeconds, 30);
        QCOMPARE(dialog->preferences().storeNewSecretsInKeychain, true);
        QCOMPARE(dialog->preferences().lockAfterIdleMinutes, 15);
        dialog->reject();
    }

    void about_showsVersionsAndLicence()
    {
        AboutDialog about;
        QVERIFY(about.versionsText().contains(QStringLiteral(KEYCARD_VERSION)));
        QVERIFY(about.versionsText().contains(QString::fromLatin1(qVersion())));
        QVERIFY(about.versionsText().contains(QStringLiteral("QtKeychain 0.")));
        QVERIFY(about.findChild<QLabel*>(QStringLiteral("licenseLabel"))
                    ->text()
                    .contains(QStringLiteral("MIT")));
    }

    void layout_closedAndReopened_isRemembered()
    {
        ProfileStore profiles;
        SecretStore secrets(QStringLiteral("Keycard Admin tests"));
        QList<int> sizes;
        int nameWidth = 0;
        {
            MainWindow window(profiles, secrets);
            // Inside the offscreen platform's 800x600 screen: from Qt 6.8 on, restoreGeometry()
            // fits a window that was larger than the screen into it.
            window.resize(700, 540);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* splitter = window.findChild<QSplitter*>(QStringLiteral("splitter"));
            splitter->setSizes({150, 400});
            sizes = splitter->sizes();
            accountsView(&window)->setColumnWidth(0, 333);
            nameWidth = accountsView(&window)->columnWidth(0);
            window.close();
        }
        MainWindow again(profiles, secrets);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(700, 540));
        QCOMPARE(again.findChild<QSplitter*>(QStringLiteral("splitter"))->sizes(), sizes);
        QCOMPARE(accountsView(&again)->columnWidth(0), nameWidth);
    }
};

QTEST_MAIN(SettingsDialogsTest)
#include "tst_settingsdialogs.moc"
