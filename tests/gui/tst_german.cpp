// The German catalogue loads from the app's resources and translates the main window.
#include "listpanel.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "secretstore.h"
#include "windowparts.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace keycard;
using namespace keycard::test;

class GermanTest final : public QObject
{
    Q_OBJECT

private slots:
    void mainWindow_germanLocale_isTranslated()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QTranslator translator;
        QVERIFY(translator.load(QLocale(), QStringLiteral("keycard"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QVERIFY(QApplication::installTranslator(&translator));

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
};

QTEST_MAIN(GermanTest)
#include "tst_german.moc"
