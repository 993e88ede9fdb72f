// What start-up does to be fast without being seen: the sign-in starts before the window is
// built, the window appears with its first page, and work that can wait runs after a paint.
#include "afterpaint.h"
#include "fakeserver.h"
#include "filteredlistmodel.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "pagedlistmodel.h"
#include "signin.h"
#include "signindialog.h"
#include "windowfixture.h"
#include "windowparts.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

using namespace keycard;
using namespace keycard::test;

namespace {
// Counts the paint events a widget receives.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget* widget) : QObject(widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};
} // namespace

class StartupTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void afterPaint_shownWidget_runsOnlyAfterItPainted();
    void afterPaint_hiddenWidget_runsOnNextTurn();
    void afterPaint_widgetGoneFirst_neverRuns();
    void afterPaint_housekeepingOnParent_waitsForChildAnnouncement();
    void hiddenWindow_getsFirstPageThenPaintsItBeforeSayingShown();
    void filterClearButton_comesAfterFirstPaint();
    void expectedOrganization_opensBeforeListArrives();
    void expectedOrganization_notListed_isLetGo();
    void signInStartedBeforeWindow_isTakenOver();
    void signInStartedBeforeWindow_fails_showsWindowWithDialog();

private:
    WindowFixture m_fixture;
};

void StartupTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KeycardTest"));
    QApplication::setApplicationName(QStringLiteral("tst_startup"));
}

void StartupTest::cleanup()
{
    m_fixture.stop();
}

void StartupTest::afterPaint_shownWidget_runsOnlyAfterItPainted()
{
    QWidget widget;
    widget.resize(200, 100);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTRY_VERIFY(!widget.visibleRegion().isEmpty());
    PaintCounter* counter = nullptr;
    int paintsWhenRun = -1;
    AfterPaint::run(&widget, [&] { paintsWhenRun = counter->paints; });
    counter = new PaintCounter(&widget);
    QCoreApplication::processEvents(); // nothing asked for a paint: it waits
    QCOMPARE(paintsWhenRun, -1);
    widget.update();
    QTRY_VERIFY(paintsWhenRun >= 0);
    QCOMPARE(paintsWhenRun, 1);
}

void StartupTest::afterPaint_hiddenWidget_runsOnNextTurn()
{
    QWidget widget;
    bool ran = false;
    AfterPaint::run(&widget, [&] { ran = true; });
    QVERIFY(!ran); // never inside run(): the caller finishes first
    QTRY_VERIFY(ran);
}

void StartupTest::afterPaint_widgetGoneFirst_neverRuns()
{
    bool ran = false;
    {
        QWidget widget;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        AfterPaint::run(&widget, [&] { ran = true; });
        widget.update();
    }
    bool turned = false; // queued behind anything the widget could still have left
    QTimer::singleShot(0, [&] { turned = true; });
    QTRY_VERIFY(turned);
    QVERIFY(!ran);
}

void StartupTest::afterPaint_housekeepingOnParent_waitsForChildAnnouncement()
{
    QWidget window;
    window.resize(200, 100);
    auto* table = new QWidget(&window);
    table->setGeometry(10, 10, 100, 50);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList order;
    // As at start-up: the window icon is asked for first, the table's announcement after it.
    AfterPaint::run(
        &window, [&] { order << QStringLiteral("icon"); }, AfterPaint::Kind::Housekeeping);
    AfterPaint::run(table, [&] { order << QStringLiteral("table painted"); });
    window.update(); // the window paints, then the table inside it
    QTRY_COMPARE(order.size(), 2);
    QCOMPARE(order, (QStringList{QStringLiteral("table painted"), QStringLiteral("icon")}));
}

void StartupTest::hiddenWindow_getsFirstPageThenPaintsItBeforeSayingShown()
{
    QVERIFY(m_fixture.start(7, QSize(1000, 700), WindowFixture::Show::Later));
    MainWindow* window = m_fixture.window.get();
    window->setPreferredOrganization(m_fixture.server->demoIds().bigOrgId);
    QSignalSpy arrived(window, &MainWindow::firstAccountsArrived);
    QSignalSpy shown(window, &MainWindow::accountsShown);
    // As the launcher does: the window appears once its first page is there.
    connect(window, &MainWindow::firstAccountsArrived, window, [window] { window->show(); });
    PaintCounter* viewportPaints = nullptr;
    int paintsWhenShown = -1;
    bool clearButtonWhenShown = true;
    connect(window, &MainWindow::accountsShown, window, [&] {
        paintsWhenShown = viewportPaints ? viewportPaints->paints : -1;
        clearButtonWhenShown = accountsPanel(window)->filterEdit()->isClearButtonEnabled();
    });
    viewportPaints = new PaintCounter(accountsView(window)->viewport());

    m_fixture.signInAsDemo();
    // A view that has never been shown does not ask for pages: the window must.
    QVERIFY(arrived.wait(10000));
    QVERIFY(accountsView(window)->model()->rowCount() > 0);
    QVERIFY(shown.wait(10000));
    QVERIFY(paintsWhenShown > 0);
    // Work that waits for the first paint comes after saying it is done, not before.
    QVERIFY(!clearButtonWhenShown);
    QTRY_VERIFY(accountsPanel(window)->filterEdit()->isClearButtonEnabled());
    QCOMPARE(arrived.count(), 1);
}

void StartupTest::filterClearButton_comesAfterFirstPaint()
{
    QVERIFY(m_fixture.start());
    QLineEdit* filter = accountsPanel(m_fixture.window.get())->filterEdit();
    QTRY_VERIFY(filter->isClearButtonEnabled());
    filter->setText(QStringLiteral("x"));
    const auto buttons = filter->findChildren<QToolButton*>();
    QVERIFY(std::any_of(buttons.begin(), buttons.end(),
                        [](const QToolButton* b) { return b->isVisibleTo(b->parentWidget()); }));
}

void StartupTest::expectedOrganization_opensBeforeListArrives()
{
    QVERIFY(m_fixture.start());
    fake::Fault slowList;
    slowList.kind = fake::Fault::Kind::Latency;
    slowList.latencyMs = 60000; // the list stays on its way for the whole test
    m_fixture.server->addFault(QStringLiteral("listOrganizations"), slowList);
    MainWindow* window = m_fixture.window.get();
    window->setPreferredOrganization(m_fixture.server->demoIds().bigOrgId);
    m_fixture.signInAsDemo();
    QTRY_VERIFY(accountsView(window)->model()->rowCount() > 0);
    QCOMPARE(organizationPicker(window)->count(), 0);
    QCOMPARE(m_fixture.server->requestCount(QStringLiteral("listServiceAccounts")), 1);
}

void StartupTest::expectedOrganization_notListed_isLetGo()
{
    QVERIFY(m_fixture.start());
    MainWindow* window = m_fixture.window.get();
    window->setPreferredOrganization(QStringLiteral("no-such-organization"));
    m_fixture.signInAsDemo();
    QTRY_VERIFY(organizationPicker(window)->count() > 1);
    QTRY_COMPARE(m_fixture.server->requestCount(QStringLiteral("listServiceAccounts")), 1);
    const auto* filtered = qobject_cast<FilteredListModel*>(accountsView(window)->model());
    QVERIFY(filtered);
    QTRY_VERIFY(!filtered->pagedSource()->hasScope());
    QCOMPARE(organizationPicker(window)->currentIndex(), -1);
    QCOMPARE(accountsView(window)->model()->rowCount(), 0);
    // What was opened ahead and failed is not left on screen: the panel asks for a choice.
    QCOMPARE(accountsPanel(window)->emptyStateText(),
             QStringLiteral("Choose an organization to see its service accounts."));
}

void StartupTest::signInStartedBeforeWindow_isTakenOver()
{
    QVERIFY(m_fixture.start(7, QSize(1000, 700), WindowFixture::Show::Later));
    auto signIn = std::make_unique<SignIn>();
    signIn->start(m_fixture.demoConfig(), {QString(), QStringLiteral("early")});
    MainWindow* window = m_fixture.window.get();
    QSignalSpy started(window, &MainWindow::sessionStarted);
    window->signIn(std::move(signIn));
    QVERIFY(started.wait(10000));
    QVERIFY(window->session());
    QCOMPARE(window->session()->identity().title, QStringLiteral("early"));
    QTRY_VERIFY(organizationPicker(window)->count() > 0);
}

void StartupTest::signInStartedBeforeWindow_fails_showsWindowWithDialog()
{
    QVERIFY(m_fixture.start(7, QSize(1000, 700), WindowFixture::Show::Later));
    ConnectionConfig config = m_fixture.demoConfig();
    config.auth.secret = SecretString(QStringLiteral("kcs_not-the-secret"));
    auto signIn = std::make_unique<SignIn>();
    signIn->start(config, {QString(), QStringLiteral("early")});
    MainWindow* window = m_fixture.window.get();
    window->signIn(std::move(signIn), QStringLiteral("Early sign-in failed:"));
    QVERIFY(!window->isVisible());
    auto* dialog = waitForModalDialog<SignInDialog>();
    QVERIFY(dialog);
    QVERIFY(window->isVisible()); // the dialog is never shown without its window
    QCOMPARE(dialog->parentWidget(), window);
    dialog->reject();
}

QTEST_MAIN(StartupTest)
#include "tst_startup.moc"
