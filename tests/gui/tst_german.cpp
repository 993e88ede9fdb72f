// The German catalogues (the app's and Qt's own) load as the app loads them and translate the
// main window and Qt's standard buttons.
#include "appidentity.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "secretstore.h"
#include "windowparts.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace keycard;
using namespace keycard::test;

class GermanTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        installTranslations(*QCoreApplication::instance());
    }

    void mainWindow_germanLocale_isTranslated()
    {

        ProfileStore profiles;
        SecretStore secrets(QStringLiteral("Keycard Admin tests"));
        MainWindow window(profiles, secrets);
        QStringList menus;
        for (QAction* action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus, QStringList({QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                     QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("actionNewServiceAccount"))->text(),
                 QStringLiteral("Neues &Dienstkonto…"));
        QCOMPARE(accountsPanel(&window)->findChild<QLabel*>(QStringLiteral("titleLabel"))->text(),
                 QStringLiteral("Dienstkonten"));
        QCOMPARE(accountsPanel(&window)->emptyStateText(),
                 QStringLiteral("Wählen Sie eine Organisation, um ihre Dienstkonten zu sehen."));
        // Text from the core layer, too.
        QCOMPARE(QCoreApplication::translate("keycard::ApiError", "Request ID: %1"),
                 QStringLiteral("Anfrage-ID: %1"));
    }

    // Qt's own catalogue: the standard buttons every dialog shows.
    void standardButtons_germanLocale_areGerman()
    {
        QDialogButtonBox box(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Schließen"));
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }

    // The app carries Qt's German catalogue itself, so an installer or a system without
    // qt6-translations-l10n still shows German buttons.
    void qtCatalogue_isBuiltIn()
    {
        QTranslator builtIn;
        QVERIFY(builtIn.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                             QStringLiteral(":/i18n/qt")));
        QCOMPARE(builtIn.translate("QPlatformTheme", "Close"), QStringLiteral("Schließen"));
    }
};

QTEST_MAIN(GermanTest)
#include "tst_german.moc"
