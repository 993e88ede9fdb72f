// The lists in the real main window: F5 keeps what is on screen until new rows arrive, the
// footer says how much is loaded, and a filter that matches nothing searches the server in
// bounded steps that the user can stop and continue.
#include "filteredlistmodel.h"
#include "listpanel.h"
#include "pagedlistmodel.h"
#include "store.h"
#include "windowfixture.h"
#include "windowparts.h"

#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace keycard;
using namespace keycard::test;

class ListPanelTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refresh_F5_keepsRowsSelectionAndScrollUntilNewRowsArrive();
    void footer_moreAvailable_saysHowManyAreLoaded();
    void scroll_pagesStreamIn_tablePaintsAndFooterFollows();
    void filter_hidesSelectedAccount_credentialsLetGo();
    void filter_noMatch_footerShowsProgressStopAndSearchFurther();

private:
    void openBigOrganization();
    QString accountsStatus() const { return accountsPanel(m_window)->statusText(); }
    QPushButton* footerButton(const char* name) const
    {
        return accountsPanel(m_window)->findChild<QPushButton*>(QLatin1String(name));
    }
    PagedListModel* accountsSource() const
    {
        return qobject_cast<FilteredListModel*>(accountsView(m_window)->model())->pagedSource();
    }

    WindowFixture m_fixture;
    // Short names for the fixture's parts.
    fake::FakeServer* m_server = nullptr;
    MainWindow* m_window = nullptr;
};

void ListPanelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KeycardTest"));
    QApplication::setApplicationName(QStringLiteral("tst_listpanel"));
}

void ListPanelTest::init()
{
    QVERIFY(m_fixture.start());
    m_server = m_fixture.server.get();
    m_window = m_fixture.window.get();
}

void ListPanelTest::cleanup()
{
    m_fixture.stop();
}

void ListPanelTest::openBigOrganization()
{
    m_fixture.signInAsDemo();
    openOrganization(m_window, m_server->demoIds().bigOrgId, PagedListModel::kDefaultPageSize);
}

void ListPanelTest::refresh_F5_keepsRowsSelectionAndScrollUntilNewRowsArrive()
{
    openBigOrganization();
    QTableView* view = accountsView(m_window);
    QAbstractItemModel* rows = view->model();
    constexpr int kPage = PagedListModel::kDefaultPageSize;
    rows->fetchMore({});
    QTRY_COMPARE(rows->rowCount(), 2 * kPage);

    // The user scrolled down and selected a row of the first page.
    const int selectedRow = 60;
    const QString selectedId = rows->index(selectedRow, 0).data(PagedListModel::IdRole).toString();
    const QString orgId = m_server->demoIds().bigOrgId;
    selectAccount(m_window, selectedId, m_server->store().credentialIds(orgId, selectedId).size());
    view->scrollTo(rows->index(selectedRow, 0), QAbstractItemView::PositionAtTop);
    const int scroll = view->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    // Meanwhile another admin deleted the top row.
    QVERIFY(m_server->store().deleteServiceAccount(
        orgId, rows->index(0, 0).data(PagedListModel::IdRole).toString()));

    m_server->addFault(QStringLiteral("listServiceAccounts"), fake::Fault::latency(300));
    QSignalSpy resets(rows, &QAbstractItemModel::modelReset);
    QTest::keyClick(m_window, Qt::Key_F5);
    QVERIFY(accountsSource()->isRefreshing());
    QTRY_COMPARE(accountsStatus(), QStringLiteral("Refreshing…"));
    // Until the new first page arrives, the rows, the selection and the scroll stay.
    QCOMPARE(rows->rowCount(), 2 * kPage);
    QCOMPARE(currentAccountId(m_window), selectedId);
    QCOMPARE(view->verticalScrollBar()->value(), scroll);

    QTRY_VERIFY(!accountsSource()->isRefreshing());
    QCOMPARE(rows->rowCount(), kPage);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(currentAccountId(m_window), selectedId);
    QCOMPARE(view->currentIndex().row(), selectedRow - 1);
    QVERIFY(view->selectionModel()->isRowSelected(selectedRow - 1, {}));
    QCOMPARE(view->verticalScrollBar()->value(), scroll);
    QCOMPARE(rows->index(0, 0).data(PagedListModel::IdRole).toString(),
             m_server->store().serviceAccountIds(orgId).first());
    // The credentials of the selected account are shown again, not emptied.
    QTRY_COMPARE(credentialsView(m_window)->model()->rowCount(),
                 m_server->store().credentialIds(orgId, selectedId).size());
}

void ListPanelTest::footer_moreAvailable_saysHowManyAreLoaded()
{
    openBigOrganization();
    QTRY_COMPARE(accountsStatus(), QStringLiteral("%1 loaded, more available")
                                       .arg(QLocale().toString(PagedListModel::kDefaultPageSize)));
}

void ListPanelTest::scroll_pagesStreamIn_tablePaintsAndFooterFollows()
{
    openBigOrganization();
    QTableView* view = accountsView(m_window);
    constexpr int kPage = PagedListModel::kDefaultPageSize;
    // Kept at the bottom, as a person holding End: the view asks for page after page.
    connect(view->model(), &QAbstractItemModel::rowsInserted, view,
            [view] { view->scrollToBottom(); });
    view->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 5 * kPage, 20000);
    disconnect(view->model(), &QAbstractItemModel::rowsInserted, view, nullptr);
    QTRY_VERIFY(!accountsSource()->isLoading());
    // Painting was held for a frame at a time while the rows streamed in, never for good.
    QTRY_VERIFY(view->updatesEnabled());
    QTRY_COMPARE(accountsStatus(), QStringLiteral("%1 loaded, more available")
                                       .arg(QLocale().toString(accountsSource()->loadedCount())));
}

void ListPanelTest::filter_hidesSelectedAccount_credentialsLetGo()
{
    openBigOrganization();
    QTableView* view = accountsView(m_window);
    const QString orgId = m_server->demoIds().bigOrgId;
    const QString selectedId = view->model()->index(3, 0).data(PagedListModel::IdRole).toString();
    const QString name = view->model()->index(3, 0).data().toString();
    selectAccount(m_window, selectedId, m_server->store().credentialIds(orgId, selectedId).size());
    QLineEdit* filter = accountsPanel(m_window)->filterEdit();

    // A filter the selected account matches keeps it selected, with its credentials.
    QTest::keyClicks(filter, name);
    QTRY_COMPARE(qobject_cast<FilteredListModel*>(view->model())->filterText(), name);
    QCOMPARE(currentAccountId(m_window), selectedId);
    QCOMPARE(credentialsView(m_window)->model()->rowCount(),
             m_server->store().credentialIds(orgId, selectedId).size());

    // One it does not match hides it, and the credentials panel no longer shows its credentials.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("no-such-account"));
    QTRY_COMPARE(currentAccountId(m_window), QString());
    QTRY_VERIFY(credentialsPanel(m_window)->emptyStateText().contains(
        QStringLiteral("Select a service account")));
}

void ListPanelTest::filter_noMatch_footerShowsProgressStopAndSearchFurther()
{
    openBigOrganization();
    // Every page answers slowly enough to see the search at work.
    fake::Fault slow = fake::Fault::latency(50);
    slow.count = -1;
    m_server->addFault(QStringLiteral("listServiceAccounts"), slow);
    QPushButton* stop = footerButton("stopSearchButton");
    QPushButton* further = footerButton("searchFurtherButton");
    QVERIFY(stop && further);
    QVERIFY(!stop->isVisible() && !further->isVisible());

    QLineEdit* filter = accountsPanel(m_window)->filterEdit();
    QTest::keyClicks(filter, QStringLiteral("no-such-account"));
    QTRY_VERIFY(stop->isVisible());
    QTRY_VERIFY2(accountsStatus().startsWith(QStringLiteral("Searching…")),
                 qPrintable(accountsStatus()));
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY(further->isVisible());
    QVERIFY(!stop->isVisible());
    QVERIFY2(accountsStatus().startsWith(QStringLiteral("Search paused after")),
             qPrintable(accountsStatus()));
    // Stopped means stopped: no page beyond the one that was in flight.
    QTRY_VERIFY(!accountsSource()->isLoading());
    QTRY_VERIFY2(accountsPanel(m_window)->emptyStateText().contains(QStringLiteral("no-such")),
                 qPrintable(accountsPanel(m_window)->emptyStateText()));
    const int loaded = accountsSource()->loadedCount();
    QSignalSpy requests(m_server, &fake::FakeServer::requestReceived);
    QVERIFY(!requests.wait(500));

    // Search further goes on from there until it pauses on its own after a step (smaller than
    // the default here, so that the demo organization does not end first).
    auto* proxy = qobject_cast<FilteredListModel*>(accountsView(m_window)->model());
    proxy->setSearchStepRows(1000);
    m_server->clearFaults();
    QTest::mouseClick(further, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(further->isVisible() && !accountsSource()->isLoading(),
                              qPrintable(QStringLiteral("%1 loaded, %2: %3")
                                             .arg(accountsSource()->loadedCount())
                                             .arg(int(proxy->searchState()))
                                             .arg(accountsStatus())),
                              20000);
    QCOMPARE(accountsSource()->loadedCount(), loaded + 1000);
    QVERIFY(accountsSource()->hasMore());
    QCOMPARE(accountsView(m_window)->model()->rowCount(), 0);
}

QTEST_MAIN(ListPanelTest)
#include "tst_listpanel.moc"
