// No message may set the main window's width, and a saved geometry never outgrows the screen
// (issue 12): a long server error under the accounts table, in the counts label and in the
// status bar keeps the window as wide as it was; a saved size larger than the screen, or a
// position off it, comes back within the screen's available geometry.
#include "connectionconfig.h"
#include "elidedlabel.h"
#include "fakeserver.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "secretstore.h"
#include "session.h"
#include "toolbarreach.h"
#include "windowgeometry.h"
#include "windowparts.h"

#include <QApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace keycard;
using namespace keycard::test;

namespace {
constexpr int kWindowWidth = 1000;

// About 2,000 characters as a failing server might send them: one token with no place to break a
// line, then sentences. (The app may shorten what it quotes; the token comes first.)
QString longServerMessage()
{
    QString message = QStringLiteral("trace=") + QString(300, QLatin1Char('x')) + QLatin1Char(' ');
    while (message.size() < 2000)
        message += QStringLiteral("The upstream directory did not answer in time; ");
    return message;
}

QString describe(const QRect& window, const QRect& available)
{
    const auto rect = [](const QRect& r) {
        return QStringLiteral("%1x%2%3%4%5%6")
            .arg(r.width())
            .arg(r.height())
            .arg(r.x() < 0 ? QString() : QStringLiteral("+"))
            .arg(r.x())
            .arg(r.y() < 0 ? QString() : QStringLiteral("+"))
            .arg(r.y());
    };
    return QStringLiteral("window %1, available %2").arg(rect(window), rect(available));
}
} // namespace

class WindowSizeTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fitToScreen_cases_data();
    void fitToScreen_cases();
    void failedPage_longServerMessage_keepsWindowWidth();
    void statusBar_longMessage_keepsWindowWidth();
    void elidedLabel_textThatFits_isShownWhole();
    void restore_savedSizeLargerThanScreen_fitsScreen();
    void restore_savedPositionOffScreen_comesBackOnScreen();
    void firstStart_formLargerThanScreen_fitsScreen();
    void smallWindow_everyToolbarActionReachable_data();
    void smallWindow_everyToolbarActionReachable();
    void toolbar_actionsHaveIcons();
    void defaultSize_credentialColumnsFitTheTable();

private:
    void openWindow();
    void verifyWidthKept();
    int screenWidth() const;

    std::unique_ptr<fake::FakeServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

void WindowSizeTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KeycardTest"));
    QApplication::setApplicationName(QStringLiteral("tst_windowsize"));
}

void WindowSizeTest::init()
{
    QSettings().clear();
    m_server = std::make_unique<fake::FakeServer>(7);
    QVERIFY(m_server->listen(0));
    m_profiles = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("Keycard Admin tests"));
}

void WindowSizeTest::cleanup()
{
    m_window.reset();
    m_server.reset();
}

void WindowSizeTest::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_profiles, *m_secrets);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

int WindowSizeTest::screenWidth() const
{
    return m_window->screen()->availableGeometry().width();
}

void WindowSizeTest::verifyWidthKept()
{
    QApplication::processEvents();
    QCOMPARE(m_window->width(), kWindowWidth);
    QVERIFY2(m_window->minimumSizeHint().width() < screenWidth(),
             qPrintable(QStringLiteral("minimumSizeHint %1 px, screen %2 px")
                            .arg(m_window->minimumSizeHint().width())
                            .arg(screenWidth())));
    QVERIFY2(m_window->minimumWidth() < screenWidth(),
             qPrintable(QString::number(m_window->minimumWidth())));
}

void WindowSizeTest::fitToScreen_cases_data()
{
    QTest::addColumn<QRect>("window");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("expected");
    const QRect screen(0, 0, 1280, 800);
    QTest::newRow("inside stays") << QRect(100, 50, 800, 600) << screen << QRect(100, 50, 800, 600);
    QTest::newRow("exactly the screen") << screen << screen << screen;
    QTest::newRow("wider than the screen")
        << QRect(0, 0, 1594, 700) << screen << QRect(0, 0, 1280, 700);
    QTest::newRow("larger both ways, off the corner")
        << QRect(-200, -100, 3000, 2000) << screen << screen;
    QTest::newRow("right edge past the screen")
        << QRect(1000, 100, 800, 600) << screen << QRect(480, 100, 800, 600);
    QTest::newRow("far off screen")
        << QRect(6000, 5000, 400, 300) << screen << QRect(880, 500, 400, 300);
    QTest::newRow("left of a second screen")
        << QRect(1000, 0, 400, 300) << QRect(1280, 24, 1920, 1056) << QRect(1280, 24, 400, 300);
    QTest::newRow("panel at the top")
        << QRect(10, 0, 400, 300) << QRect(0, 32, 1280, 768) << QRect(10, 32, 400, 300);
    QTest::newRow("no screen: unchanged")
        << QRect(5, 5, 3000, 2000) << QRect() << QRect(5, 5, 3000, 2000);
}

void WindowSizeTest::fitToScreen_cases()
{
    QFETCH(QRect, window);
    QFETCH(QRect, available);
    QFETCH(QRect, expected);
    QCOMPARE(fitToScreen(window, available), expected);
}

void WindowSizeTest::failedPage_longServerMessage_keepsWindowWidth()
{
    openWindow();
    m_window->resize(kWindowWidth, 700);
    const QString message = longServerMessage();
    fake::Fault fault = fake::Fault::httpStatus(500, -1);
    fault.message = message;
    m_server->addFault(QStringLiteral("listServiceAccounts"), fault);

    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = m_server->demoClientId();
    config.auth.secret = SecretString(m_server->demoClientSecret());
    m_window->adoptSession(Session::create(config, {QString(), QStringLiteral("test")}));
    QComboBox* picker = organizationPicker(m_window.get());
    QTRY_VERIFY(picker->count() >= 3);
    picker->setCurrentIndex(picker->findData(m_server->demoIds().bigOrgId, PagedListModel::IdRole));

    ListPanel* panel = accountsPanel(m_window.get());
    auto* retry = panel->findChild<QPushButton*>(QStringLiteral("retryButton"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 20000);
    // The server's words are there to read, under the table and in the counts label's tooltip.
    const QString quoted = message.left(320);
    QVERIFY2(panel->statusText().contains(quoted), qPrintable(panel->statusText()));
    auto* counts = windowPart<QWidget>(m_window.get(), QStringLiteral("countsLabel"));
    QVERIFY(counts->isVisible());
    verifyWidthKept();
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(counts->minimumSizeHint().width() < screenWidth(),
             qPrintable(QString::number(counts->minimumSizeHint().width())));
    QVERIFY2(counts->width() < kWindowWidth, qPrintable(QString::number(counts->width())));
    QVERIFY2(counts->toolTip().contains(quoted), qPrintable(counts->toolTip()));
}

void WindowSizeTest::statusBar_longMessage_keepsWindowWidth()
{
    openWindow();
    m_window->resize(kWindowWidth, 700);
    const QString message = longServerMessage();
    m_window->statusBar()->showMessage(message, 8000);
    QCOMPARE(m_window->statusBar()->currentMessage(), message);
    verifyWidthKept();
}

void WindowSizeTest::elidedLabel_textThatFits_isShownWhole()
{
    // Laid out at its own size hint, a short text must never lose its last characters (the
    // counts label showed "Credentials: 2 load…" with room to spare: a pixel short).
    for (const QString& text :
         {QStringLiteral("Service accounts: 50 loaded, more available · Credentials: 2 loaded"),
          QStringLiteral("Credentials: 2 loaded"), QStringLiteral("iiiiiiiiiiiiiiiiiiiiiiil")}) {
        ElidedLabel label;
        label.setText(text);
        label.resize(label.sizeHint());
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        QVERIFY2(!label.isElided(), qPrintable(text));
    }
}

void WindowSizeTest::restore_savedSizeLargerThanScreen_fitsScreen()
{
    openWindow();
    m_window->resize(3000, 2000);
    QApplication::processEvents();
    QVERIFY(m_window->close()); // saves the layout
    m_window.reset();

    openWindow();
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(available.contains(m_window->geometry()),
             qPrintable(describe(m_window->geometry(), available)));
}

void WindowSizeTest::restore_savedPositionOffScreen_comesBackOnScreen()
{
    openWindow();
    m_window->resize(480, 400); // above the window's minimum size (the toolbar's icons)
    m_window->move(6000, 5000);
    QApplication::processEvents();
    QVERIFY(m_window->close());
    m_window.reset();

    openWindow();
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(available.contains(m_window->geometry()),
             qPrintable(describe(m_window->geometry(), available)));
    QCOMPARE(m_window->size(), QSize(480, 400));
}

void WindowSizeTest::firstStart_formLargerThanScreen_fitsScreen()
{
    // The offscreen screen is 800x600: smaller than the form's 1100x720.
    openWindow();
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(available.width() < 1100, qPrintable(describe(QRect(), available)));
    QVERIFY2(available.contains(m_window->geometry()),
             qPrintable(describe(m_window->geometry(), available)));
}

void WindowSizeTest::smallWindow_everyToolbarActionReachable_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("800 px") << 800;
    QTest::newRow("480 px") << 480;
}

void WindowSizeTest::smallWindow_everyToolbarActionReachable()
{
    QFETCH(int, width);
    openWindow();
    m_window->resize(width, 600);
    QTRY_COMPARE(m_window->width(), width);
    QCOMPARE(toolbarItemsOutOfReach(m_window.get()), QStringList());
    QCOMPARE(toolbarActionsMissingFromMenus(m_window.get()), QStringList());

    // Behind the extension button the rest of the toolbar is there to click.
    auto* toolBar = windowPart<QToolBar>(m_window.get(), QStringLiteral("toolBar"));
    auto* extension = toolBar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
    if (width < 600) {
        QVERIFY(extension && extension->isVisible());
        extension->click();
        for (QAction* action : toolBar->actions())
            if (!action->isSeparator())
                QTRY_VERIFY2(toolBar->widgetForAction(action)->isVisible(),
                             qPrintable(action->text()));
    }
}

void WindowSizeTest::toolbar_actionsHaveIcons()
{
    openWindow();
    auto* toolBar = windowPart<QToolBar>(m_window.get(), QStringLiteral("toolBar"));
    for (QAction* action : toolBar->actions())
        if (!action->isSeparator() && !toolBar->widgetForAction(action)->inherits("QComboBox") &&
            !toolBar->widgetForAction(action)->inherits("QLabel"))
            QVERIFY2(!action->icon().pixmap(QSize(24, 24)).isNull(), qPrintable(action->text()));
}

// At the form's size every credential column is in view without scrolling sideways (the Age and
// Hygiene columns once pushed Hygiene off the table).
void WindowSizeTest::defaultSize_credentialColumnsFitTheTable()
{
    openWindow();
    m_window->resize(1100, 720);
    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = m_server->demoClientId();
    config.auth.secret = SecretString(m_server->demoClientSecret());
    m_window->adoptSession(Session::create(config, {QString(), QStringLiteral("test")}));
    const fake::DemoIds ids = m_server->demoIds();
    openOrganization(m_window.get(), ids.smallOrgId,
                     m_server->store().serviceAccountCount(ids.smallOrgId));
    const QString accountId = currentAccountId(m_window.get());
    selectAccount(m_window.get(), accountId,
                  m_server->store().credentialCount(ids.smallOrgId, accountId));
    QTableView* view = credentialsView(m_window.get());
    QTRY_COMPARE(m_window->width(), 1100);
    const QHeaderView* header = view->horizontalHeader();
    QTRY_VERIFY2(header->length() <= view->viewport()->width(),
                 qPrintable(QStringLiteral("columns %1 px, table %2 px")
                                .arg(header->length())
                                .arg(view->viewport()->width())));
}

QTEST_MAIN(WindowSizeTest)
#include "tst_windowsize.moc"
