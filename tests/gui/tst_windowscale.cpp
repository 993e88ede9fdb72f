// The main window at QT_SCALE_FACTOR=2 on a 1280x800 screen (issue 12): it opened larger than
// the screen and its toolbar was cut. Now it fits, and every toolbar action can be reached
// there and in a menu. The scale and the screen are set before QApplication exists.
#include "mainwindow.h"
#include "profilestore.h"
#include "secretstore.h"
#include "toolbarreach.h"
#include "windowparts.h"

#include <QApplication>
#include <QComboBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace keycard;
using namespace keycard::test;

class WindowScaleTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scale2_window_fitsScreenWithToolbarInReach();
};

void WindowScaleTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QCOMPARE(qApp->devicePixelRatio(), 2.0);
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(640, 400)); // logical
}

void WindowScaleTest::scale2_window_fitsScreenWithToolbarInReach()
{
    ProfileStore profiles;
    SecretStore secrets(QStringLiteral("Keycard Admin tests"));
    MainWindow window(profiles, secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("window %1x%2%3, screen %4x%5")
                            .arg(window.frameGeometry().width())
                            .arg(window.frameGeometry().height())
                            .arg(window.minimumSizeHint().height())
                            .arg(available.width())
                            .arg(available.height())));
    QCOMPARE(toolbarItemsOutOfReach(&window), QStringList());
    QCOMPARE(toolbarActionsMissingFromMenus(&window), QStringList());
    QVERIFY(organizationPicker(&window)->isVisible());
}

int main(int argc, char** argv)
{
    qputenv("QT_SCALE_FACTOR", "2");
    const QByteArray platform =
        QByteArray("offscreen:configfile=") + QByteArray(KEYCARD_TEST_SCREEN_CONFIG);
    qputenv("QT_QPA_PLATFORM", platform);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KeycardTest"));
    QApplication::setApplicationName(QStringLiteral("tst_windowscale"));
    WindowScaleTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowscale.moc"
