// The filter over a paged list: it matches text case-insensitively and, when it hides most
// loaded rows, keeps fetching pages until the view is filled or the list ends.
#include "filteredlistmodel.h"
#include "modeltestsupport.h"
#include "serviceaccountsmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using keycard::FilteredListModel;
using keycard::PagedListModel;
using keycard::ServiceAccountsModel;
using keycard::fake::Fault;
using namespace keycard::test;

namespace {
using Tester = QAbstractItemModelTester;
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
const QString kListOp = QStringLiteral("listServiceAccounts");
} // namespace

class TestFilteredListModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void filter_rareMatches_fetchesUntilViewFilled();
    void filter_noMatch_pausesAfterAStepThenSearchesFurtherToTheEnd();
    void filter_stopSearch_pausesWithoutFurtherPages();
    void filter_change_oneLayoutChangeKeepsMatchingSelection();
    void filter_empty_fetchesNothingBeyondTheView();
    void filter_failedPage_stopsFillingUntilRetry();
    void filter_text_caseInsensitiveOnTextColumnsOnly();
    void sort_byCreated_usesTheRawTime();

private:
    // Source and proxy, each with a tester, bound to the big organization.
    void build(int pageSize, bool testProxy = true);
    bool waitFilled(int timeoutMs = 20000);
    int listRequests() const { return m_session->server.requestCount(kListOp); }
    int matchingRows(const QString& text) const;

    std::unique_ptr<ServerSession> m_session;
    std::unique_ptr<keycard::ApiClient> m_client;
    std::unique_ptr<ServiceAccountsModel> m_source;
    std::unique_ptr<FilteredListModel> m_proxy;
    std::unique_ptr<Tester> m_sourceTester;
    std::unique_ptr<Tester> m_proxyTester;
};

void TestFilteredListModel::init()
{
    m_session = std::make_unique<ServerSession>();
    QVERIFY(m_session->listening);
    m_client = m_session->makeClient(30000, 0);
}

void TestFilteredListModel::cleanup()
{
    m_proxyTester.reset();
    m_sourceTester.reset();
    m_proxy.reset();
    m_source.reset();
    m_client.reset();
    m_session.reset();
}

void TestFilteredListModel::build(int pageSize, bool testProxy)
{
    m_source = std::make_unique<ServiceAccountsModel>();
    m_sourceTester = std::make_unique<Tester>(m_source.get(), kFatal);
    m_proxy = std::make_unique<FilteredListModel>(m_source.get());
    if (testProxy)
        m_proxyTester = std::make_unique<Tester>(m_proxy.get(), kFatal);
    m_source->setPageSize(pageSize);
    m_source->setClient(m_client.get());
    m_source->setScope(m_session->server.demoIds().bigOrgId);
}

// Waits until the proxy stopped asking: no page in flight, and none started on the next turns.
bool TestFilteredListModel::waitFilled(int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            if (m_source->isLoading())
                return false;
            const int requests = listRequests();
            QTest::qWait(50);
            return !m_source->isLoading() && listRequests() == requests;
        },
        timeoutMs);
}

int TestFilteredListModel::matchingRows(const QString& text) const
{
    int count = 0;
    const QStringList ids =
        m_session->server.store().serviceAccountIds(m_session->server.demoIds().bigOrgId);
    for (const QString& id : ids) {
        const auto* account =
            m_session->server.store().serviceAccount(m_session->server.demoIds().bigOrgId, id);
        if (account->name.contains(text, Qt::CaseInsensitive) ||
            account->description.contains(text, Qt::CaseInsensitive))
            ++count;
    }
    return count;
}

void TestFilteredListModel::filter_rareMatches_fetchesUntilViewFilled()
{
    build(50);
    QVERIFY(fetchPage(*m_source));
    QVERIFY(matchingRows(QStringLiteral("canary")) > 100);

    m_proxy->setMinimumVisibleRows(20);
    m_proxy->setFilterText(QStringLiteral("CANARY"));
    QVERIFY(waitFilled());

    QVERIFY2(m_proxy->rowCount() >= 20, qPrintable(QString::number(m_proxy->rowCount())));
    QVERIFY(m_source->loadedCount() > 50);
    // It stopped once filled: far from the whole list.
    QVERIFY(m_source->loadedCount() < m_session->server.demoIds().bigOrgServiceAccountCount / 4);
    QVERIFY(m_source->hasMore());
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QVERIFY(m_proxy->index(row, ServiceAccountsModel::NameColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("canary")));
    }

    // A taller view wants more.
    const int loaded = m_source->loadedCount();
    m_proxy->setMinimumVisibleRows(40);
    QVERIFY(waitFilled());
    QVERIFY(m_proxy->rowCount() >= 40);
    QVERIFY(m_source->loadedCount() > loaded);
}

void TestFilteredListModel::filter_noMatch_pausesAfterAStepThenSearchesFurtherToTheEnd()
{
    build(100);
    m_proxy->setMinimumVisibleRows(10);
    m_proxy->setSearchStepRows(1000);
    QSignalSpy states(m_proxy.get(), &FilteredListModel::searchStateChanged);
    m_proxy->setFilterText(QStringLiteral("no-such-account-anywhere"));
    QVERIFY(waitFilled(30000));

    // It searched one step and paused on its own, saying how far it got.
    QCOMPARE(m_proxy->searchState(), FilteredListModel::SearchState::Paused);
    QVERIFY(states.size() >= 2); // Searching, then Paused
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_source->loadedCount(), 1000);
    // Ten pages searched; while it searched page after page, the next one was read ahead.
    QVERIFY2(listRequests() >= 10 && listRequests() <= 11,
             qPrintable(QString::number(listRequests())));
    QVERIFY(m_source->hasMore());
    QVERIFY2(m_proxy->searchStatusText().contains(QLocale().toString(1000)),
             qPrintable(m_proxy->searchStatusText()));

    m_proxy->searchFurther();
    QVERIFY(waitFilled(30000));
    QCOMPARE(m_proxy->searchState(), FilteredListModel::SearchState::Paused);
    QCOMPARE(m_source->loadedCount(), 2000);

    // A step as big as the organization finds the end and stops there.
    const int total =
        m_session->server.store().serviceAccountCount(m_session->server.demoIds().bigOrgId);
    m_proxy->setSearchStepRows(total);
    m_proxy->searchFurther();
    QVERIFY(waitFilled(30000));
    QCOMPARE(m_proxy->searchState(), FilteredListModel::SearchState::Idle);
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_source->loadedCount(), total);
    QCOMPARE(m_source->loadState(), PagedListModel::LoadState::Complete);
    QCOMPARE(listRequests(), (total + 99) / 100);
    QCOMPARE(toSet(loadedIds(*m_source)).size(), total);

    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), total);
}

void TestFilteredListModel::filter_stopSearch_pausesWithoutFurtherPages()
{
    build(50);
    m_proxy->setMinimumVisibleRows(10);
    m_proxy->setFilterText(QStringLiteral("no-such-account-anywhere"));
    QVERIFY(QTest::qWaitFor([&] { return listRequests() >= 3; }, 10000));
    QCOMPARE(m_proxy->searchState(), FilteredListModel::SearchState::Searching);
    m_proxy->stopSearch();
    QCOMPARE(m_proxy->searchState(), FilteredListModel::SearchState::Paused);
    QVERIFY(waitFilled());
    const int requests = listRequests();
    QVERIFY(m_source->loadedCount() <= requests * 50);
    QVERIFY(m_source->hasMore());

    // A new filter is a new search.
    m_proxy->setFilterText(QStringLiteral("canary"));
    QVERIFY(waitFilled());
    QVERIFY(m_proxy->rowCount() >= 10);
    QCOMPARE(m_proxy->searchState(), FilteredListModel::SearchState::Idle);
}

void TestFilteredListModel::filter_change_oneLayoutChangeKeepsMatchingSelection()
{
    build(100);
    QVERIFY(fetchPage(*m_source));
    QVERIFY(fetchPage(*m_source));
    m_proxy->setMinimumVisibleRows(0);
    m_proxy->setFilterText(QStringLiteral("canary"));
    QVERIFY(m_proxy->rowCount() > 1);
    const QPersistentModelIndex selected = m_proxy->index(1, ServiceAccountsModel::NameColumn);
    const QString selectedId = selected.data(PagedListModel::IdRole).toString();
    const QString selectedName = selected.data().toString();

    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy layouts(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    // Narrower: the selected row still matches and stays selected.
    m_proxy->setFilterText(selectedName);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(layouts.size(), 1);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(PagedListModel::IdRole).toString(), selectedId);

    // Back to every row: still there, and every loaded row is shown.
    m_proxy->setFilterText(QString());
    QCOMPARE(layouts.size(), 2);
    QCOMPARE(m_proxy->rowCount(), m_source->rowCount());
    QCOMPARE(selected.data(PagedListModel::IdRole).toString(), selectedId);

    // A filter it does not match drops it.
    m_proxy->setFilterText(QStringLiteral("no-such-account-anywhere"));
    QVERIFY(!selected.isValid());
}

void TestFilteredListModel::filter_empty_fetchesNothingBeyondTheView()
{
    build(50, false); // a proxy tester would play the view and ask for more itself
    QVERIFY(fetchPage(*m_source));
    m_proxy->setMinimumVisibleRows(500);
    QTest::qWait(200);
    QCOMPARE(listRequests(), 1);

    m_proxy->setFilterText(QStringLiteral("zzz-nothing"));
    QVERIFY(QTest::qWaitFor([&] { return listRequests() > 1; }, 5000));
    m_proxy->setFilterText(QString());
    QVERIFY(waitSettled(*m_source));
    const int requests = listRequests();
    QTest::qWait(200);
    QCOMPARE(listRequests(), requests);
    QCOMPARE(m_proxy->rowCount(), m_source->rowCount());
}

void TestFilteredListModel::filter_failedPage_stopsFillingUntilRetry()
{
    build(50);
    QVERIFY(fetchPage(*m_source));
    m_session->server.addFault(kListOp, Fault::httpStatus(500, 1));
    m_proxy->setMinimumVisibleRows(10);
    m_proxy->setFilterText(QStringLiteral("no-such-account-anywhere"));
    QVERIFY(waitFilled());

    QCOMPARE(m_source->loadState(), PagedListModel::LoadState::Failed);
    QCOMPARE(listRequests(), 2);
    QCOMPARE(m_source->rowCount(), 50);

    m_proxy->setFilterText(QStringLiteral("canary"));
    m_source->retry();
    QVERIFY(waitFilled());
    QVERIFY(m_proxy->rowCount() >= 10);
    QVERIFY(m_source->loadState() != PagedListModel::LoadState::Failed);
}

void TestFilteredListModel::filter_text_caseInsensitiveOnTextColumnsOnly()
{
    build(100);
    QVERIFY(fetchPage(*m_source));
    m_proxy->setMinimumVisibleRows(0); // this test is about matching, not filling

    m_proxy->setFilterText(QStringLiteral("oWnEr:"));
    QVERIFY(m_proxy->rowCount() > 0);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QVERIFY(m_proxy->index(row, ServiceAccountsModel::DescriptionColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Owner:")));
    }

    // Dates are shown but not searched: a year matches no name or description here.
    const QString year =
        m_source->index(0, ServiceAccountsModel::CreatedColumn).data().toString().left(4);
    m_proxy->setFilterText(year);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString name =
            m_proxy->index(row, ServiceAccountsModel::NameColumn).data().toString();
        const QString description =
            m_proxy->index(row, ServiceAccountsModel::DescriptionColumn).data().toString();
        QVERIFY(name.contains(year) || description.contains(year));
    }
    QCOMPARE(m_proxy->filterText(), year);
}

void TestFilteredListModel::sort_byCreated_usesTheRawTime()
{
    build(100);
    QVERIFY(fetchPage(*m_source));
    m_proxy->sort(ServiceAccountsModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(m_proxy->rowCount(), 100);
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const qint64 created = m_proxy->index(row, ServiceAccountsModel::CreatedColumn)
                                   .data(PagedListModel::SortRole)
                                   .toLongLong();
        QVERIFY(created >= previous);
        previous = created;
    }
}

QTEST_GUILESS_MAIN(TestFilteredListModel)
#include "tst_filteredlistmodel.moc"
