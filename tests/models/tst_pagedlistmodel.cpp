// Paging through the real client against the local server: each row once, one request at a
// time, and every fault mid-scroll behaving as the list promises.
#include "modeltestsupport.h"
#include "serviceaccountsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using keycard::ApiError;
using keycard::PagedListModel;
using keycard::ServiceAccountsModel;
using keycard::fake::Fault;
using namespace keycard::test;

namespace {
const QString kListOp = QStringLiteral("listServiceAccounts");
using LoadState = PagedListModel::LoadState;
} // namespace

class TestPagedListModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void scroll_bigOrganization_eachAccountOnceWithMinimalRequests();
    void fetchMore_whileLoading_startsNoSecondRequest();
    void scroll_serverErrorMidScroll_failsKeepsRowsAndRetryFinishes();
    void scroll_rateLimitedMidScroll_waitsAndFinishesWithoutFailing();
    void scroll_stallMidScroll_timesOutAndRetryFinishes();
    void scroll_malformedPageMidScroll_failsWithDecodeMessage();
    void scroll_schemaBreakMidScroll_failsWithDecodeMessage();
    void scroll_repeatedCursor_stopsAsBrokenWithoutFurtherRequests();
    void setScope_whilePageInFlight_dropsThatPage();
    void reset_whilePageInFlight_loadsFirstPageOnce();
    void setClient_null_emptiesAndFetchesNothing();
    void clientDestroyedWhileLoading_failsWithSessionEnded();
    void emptyOrganization_firstPage_completesWithNoRows();
    void statusText_idleWithMore_saysCountAndMore();
    void refresh_keepsRowsUntilFirstPage_thenReplacesKeepingSelectedIds();
    void fetchMore_streaming_readsOnePageAheadAndHoldsItUntilAsked();
    void streaming_nextRequestLeavesBeforeRowsAreAnnounced();
    void streaming_repeatedPageUnderNewCursor_breaksAndShowsNothingReadAhead();
    void streaming_schemaBreakMidStream_failsKeepsRowsAndRetryGoesOnInOrder();
    void refresh_failedFirstPage_keepsRowsAndRetryReplaces();

private:
    // A service accounts model with the tester attached, bound to `org` (big org by default).
    void makeModel(int pageSize, int inactivityTimeoutMs = 30000, int maxRetries = 2);
    void bindTo(const QString& orgId);
    int listRequests() const { return m_session->server.requestCount(kListOp); }
    void verifyEachAccountOnce(const QString& orgId);
    // The first `count` accounts of the organization, in order, each once; paging goes on.
    void verifyPrefixOfAccounts(const QString& orgId, int count);

    std::unique_ptr<ServerSession> m_session;
    std::unique_ptr<keycard::ApiClient> m_client;
    std::unique_ptr<ServiceAccountsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPagedListModel::init()
{
    m_session = std::make_unique<ServerSession>();
    QVERIFY(m_session->listening);
}

void TestPagedListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_session.reset();
}

void TestPagedListModel::makeModel(int pageSize, int inactivityTimeoutMs, int maxRetries)
{
    m_client = m_session->makeClient(inactivityTimeoutMs, maxRetries);
    m_model = std::make_unique<ServiceAccountsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setPageSize(pageSize);
    m_model->setClient(m_client.get());
}

void TestPagedListModel::bindTo(const QString& orgId)
{
    m_model->setScope(orgId);
}

void TestPagedListModel::verifyEachAccountOnce(const QString& orgId)
{
    const QStringList expected = m_session->server.store().serviceAccountIds(orgId);
    const QStringList ids = loadedIds(*m_model);
    QCOMPARE(ids.size(), expected.size());
    QCOMPARE(toSet(ids).size(), ids.size());
    QCOMPARE(toSet(ids), toSet(expected));
    QCOMPARE(m_model->loadState(), LoadState::Complete);
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(!m_model->hasMore());
}

void TestPagedListModel::verifyPrefixOfAccounts(const QString& orgId, int count)
{
    const QStringList expected = m_session->server.store().serviceAccountIds(orgId).mid(0, count);
    QCOMPARE(loadedIds(*m_model), expected);
    QCOMPARE(m_model->loadState(), LoadState::Idle);
    QVERIFY(m_model->canFetchMore({}));
}

void TestPagedListModel::scroll_bigOrganization_eachAccountOnceWithMinimalRequests()
{
    makeModel(100);
    const QString org = m_session->server.demoIds().bigOrgId;
    bindTo(org);
    const int total = m_session->server.store().serviceAccountCount(org);
    QVERIFY(total >= 5000);

    QVERIFY(scrollToEnd(*m_model));

    verifyEachAccountOnce(org);
    QCOMPARE(listRequests(), (total + 99) / 100);
    QCOMPARE(m_model->loadedCount(), total);
    QCOMPARE(m_model->statusText(), PagedListModel::tr("%1 loaded").arg(QLocale().toString(total)));
}

void TestPagedListModel::fetchMore_whileLoading_startsNoSecondRequest()
{
    makeModel(50);
    bindTo(m_session->server.demoIds().bigOrgId);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    QVERIFY(m_model->canFetchMore({}));
    m_model->fetchMore({});
    QCOMPARE(m_model->loadState(), LoadState::Loading);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->statusText(), PagedListModel::tr("Loading more…"));
    m_model->fetchMore({});
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 0); // rows come with the answer, not before

    QVERIFY(waitSettled(*m_model));
    QCOMPARE(listRequests(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 50);
    QCOMPARE(m_model->loadState(), LoadState::Idle);
    QVERIFY(m_model->hasMore());
}

void TestPagedListModel::scroll_serverErrorMidScroll_failsKeepsRowsAndRetryFinishes()
{
    makeModel(100, 30000, 1);
    const QString org = m_session->server.demoIds().bigOrgId;
    bindTo(org);
    for (int page = 0; page < 3; ++page)
        QVERIFY(fetchPage(*m_model));
    const QStringList before = loadedIds(*m_model);
    QCOMPARE(before.size(), 300);

    // Every attempt the client makes (the first and its one retry) fails.
    m_session->server.addFault(kListOp, Fault::httpStatus(503, 2));
    QVERIFY(fetchPage(*m_model));

    QCOMPARE(m_model->loadState(), LoadState::Failed);
    QCOMPARE(m_model->lastError().kind(), ApiError::Kind::Server);
    QCOMPARE(m_model->lastError().httpStatus(), 503);
    QCOMPARE(m_model->statusText(), keycard::describeError(m_model->lastError()));
    QVERIFY(!m_model->statusText().isEmpty());
    QCOMPARE(loadedIds(*m_model), before);
    QVERIFY(!m_model->canFetchMore({}));
    const int requestsAfterFailure = listRequests();
    m_model->fetchMore({}); // a view scrolling on does not hammer the server
    QCOMPARE(m_model->loadState(), LoadState::Failed);

    m_model->retry();
    QCOMPARE(m_model->loadState(), LoadState::Loading);
    QVERIFY(waitSettled(*m_model));
    QCOMPARE(m_model->loadState(), LoadState::Idle);
    QCOMPARE(m_model->rowCount(), 400);
    QCOMPARE(listRequests(), requestsAfterFailure + 1);
    QVERIFY(scrollToEnd(*m_model));
    verifyEachAccountOnce(org);
}

void TestPagedListModel::scroll_rateLimitedMidScroll_waitsAndFinishesWithoutFailing()
{
    makeModel(100);
    const QString org = m_session->server.demoIds().bigOrgId;
    bindTo(org);
    QVERIFY(fetchPage(*m_model));
    QList<LoadState> states;
    connect(m_model.get(), &PagedListModel::loadStateChanged, this,
            [&] { states.append(m_model->loadState()); });

    m_session->server.addFault(kListOp, Fault::httpStatus(429, 1, 1));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(fetchPage(*m_model));
    QVERIFY2(clock.elapsed() >= 900, "the client honours Retry-After");
    QCOMPARE(m_model->loadState(), LoadState::Idle);
    QCOMPARE(m_model->rowCount(), 200);

    QVERIFY(scrollToEnd(*m_model));
    QVERIFY(!states.contains(LoadState::Failed));
    verifyEachAccountOnce(org);
    const int total = m_session->server.store().serviceAccountCount(org);
    QCOMPARE(listRequests(), (total + 99) / 100 + 1); // the rate-limited attempt, once more
}

void TestPagedListModel::scroll_stallMidScroll_timesOutAndRetryFinishes()
{
    makeModel(100, 400, 0);
    const QString org = m_session->server.demoIds().bigOrgId;
    bindTo(org);
    QVERIFY(fetchPage(*m_model));
    QVERIFY(fetchPage(*m_model));

    m_session->server.addFault(kListOp, Fault::of(Fault::Kind::StallAfterHeaders));
    QVERIFY(fetchPage(*m_model));
    QCOMPARE(m_model->loadState(), LoadState::Failed);
    QCOMPARE(m_model->lastError().kind(), ApiError::Kind::Timeout);
    QCOMPARE(m_model->statusText(), keycard::describeError(m_model->lastError()));
    QCOMPARE(m_model->rowCount(), 200);

    m_model->retry();
    QVERIFY(waitSettled(*m_model));
    verifyPrefixOfAccounts(org, 300);
}

void TestPagedListModel::scroll_malformedPageMidScroll_failsWithDecodeMessage()
{
    makeModel(100, 30000, 0);
    const QString org = m_session->server.demoIds().bigOrgId;
    bindTo(org);
    QVERIFY(fetchPage(*m_model));

    m_session->server.addFault(kListOp, Fault::of(Fault::Kind::MalformedJson));
    QVERIFY(fetchPage(*m_model));
    QCOMPARE(m_model->loadState(), LoadState::Failed);
    QCOMPARE(m_model->lastError().kind(), ApiError::Kind::Decode);
    QCOMPARE(m_model->statusText(), keycard::describeError(m_model->lastError()));
    QVERIFY(!m_model->statusText().isEmpty());
    QCOMPARE(m_model->rowCount(), 100);

    m_model->retry();
    QVERIFY(waitSettled(*m_model));
    verifyPrefixOfAccounts(org, 200);
}

void TestPagedListModel::scroll_schemaBreakMidScroll_failsWithDecodeMessage()
{
    makeModel(100, 30000, 0);
    const QString org = m_session->server.demoIds().bigOrgId;
    bindTo(org);
    QVERIFY(fetchPage(*m_model));

    m_session->server.addFault(kListOp, Fault::of(Fault::Kind::SchemaBreak));
    QVERIFY(fetchPage(*m_model));
    QCOMPARE(m_model->loadState(), LoadState::Failed);
    QCOMPARE(m_model->lastError().kind(), ApiError::Kind::Decode);
    QCOMPARE(m_model->rowCount(), 100); // nothing of the broken page is shown

    m_model->retry();
    QVERIFY(waitSettled(*m_model));
    QCOMPARE(m_model->rowCount(), 200);
}

void TestPagedListModel::scroll_repeatedCursor_stopsAsBrokenWithoutFurtherRequests()
{
    makeModel(100);
    bindTo(m_session->server.demoIds().bigOrgId);
    QVERIFY(fetchPage(*m_model));

    // The second page comes back with the cursor that asked for it.
    m_session->server.addFault(kListOp, Fault::of(Fault::Kind::RepeatCursor));
    QVERIFY(fetchPage(*m_model));

    QCOMPARE(m_model->loadState(), LoadState::Broken);
    QCOMPARE(m_model->statusText(),
             PagedListModel::tr("The server repeated a page cursor; paging stopped."));
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(!m_model->hasMore());
    QCOMPARE(m_model->rowCount(), 200);
    QCOMPARE(toSet(loadedIds(*m_model)).size(), 200);
    QCOMPARE(listRequests(), 2);

    m_model->fetchMore({});
    m_model->retry();
    QTest::qWait(200);
    QCOMPARE(listRequests(), 2);
    QCOMPARE(m_model->loadState(), LoadState::Broken);

    m_model->reset(); // a refresh starts over
    QVERIFY(fetchPage(*m_model));
    QCOMPARE(m_model->loadState(), LoadState::Idle);
    QCOMPARE(m_model->rowCount(), 100);
}

void TestPagedListModel::setScope_whilePageInFlight_dropsThatPage()
{
    makeModel(50);
    const keycard::fake::DemoIds demo = m_session->server.demoIds();
    bindTo(demo.bigOrgId);
    const QSet<QString> bigIds = toSet(m_session->server.store().serviceAccountIds(demo.bigOrgId));
    const QSet<QString> smallIds =
        toSet(m_session->server.store().serviceAccountIds(demo.smallOrgId));
    QVERIFY(!smallIds.isEmpty());

    m_session->server.addFault(kListOp, Fault::latency(600));
    m_model->fetchMore({});
    QCOMPARE(m_model->loadState(), LoadState::Loading);
    QVERIFY(QTest::qWaitFor([&] { return listRequests() == 1; }, 5000)); // it reached the server

    bindTo(demo.smallOrgId);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->loadState(), LoadState::Idle);
    QVERIFY(fetchPage(*m_model));
    const int firstPage = std::min(int(smallIds.size()), 50);
    QCOMPARE(m_model->rowCount(), firstPage);

    QTest::qWait(900); // the big organization's page has been answered by now
    QCOMPARE(m_model->rowCount(), firstPage);
    const QSet<QString> shown = toSet(loadedIds(*m_model));
    QVERIFY(shown.intersects(bigIds) == false);
    QVERIFY(smallIds.contains(shown));
}

void TestPagedListModel::reset_whilePageInFlight_loadsFirstPageOnce()
{
    makeModel(50);
    bindTo(m_session->server.demoIds().bigOrgId);
    QVERIFY(fetchPage(*m_model));
    QCOMPARE(m_model->rowCount(), 50);

    m_session->server.addFault(kListOp, Fault::latency(500));
    m_model->fetchMore({});
    QVERIFY(m_model->isLoading());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->reset();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isLoading());

    QVERIFY(fetchPage(*m_model));
    QTest::qWait(700);
    QCOMPARE(m_model->rowCount(), 50);
    QCOMPARE(toSet(loadedIds(*m_model)).size(), 50);
    QCOMPARE(loadedIds(*m_model), m_session->server.store()
                                      .serviceAccountIds(m_session->server.demoIds().bigOrgId)
                                      .mid(0, 50));
}

void TestPagedListModel::refresh_keepsRowsUntilFirstPage_thenReplacesKeepingSelectedIds()
{
    makeModel(50);
    const QString org = m_session->server.demoIds().bigOrgId;
    bindTo(org);
    QVERIFY(fetchPage(*m_model));
    QVERIFY(fetchPage(*m_model));
    QCOMPARE(m_model->rowCount(), 100);
    // What a view's selection holds: a row that stays on the first page, one that is renamed,
    // one that is deleted meanwhile, and one beyond the first page.
    const QPersistentModelIndex kept = m_model->index(10, ServiceAccountsModel::NameColumn);
    const QPersistentModelIndex renamed = m_model->index(20, ServiceAccountsModel::NameColumn);
    const QPersistentModelIndex deleted = m_model->index(0, ServiceAccountsModel::NameColumn);
    const QPersistentModelIndex beyond = m_model->index(80, ServiceAccountsModel::NameColumn);
    const QString keptId = m_model->idAt(10);
    const QString renamedId = m_model->idAt(20);
    QVERIFY(m_session->server.store().updateServiceAccount(
        org, renamedId, QStringLiteral("renamed-while-shown"), std::nullopt));
    QVERIFY(m_session->server.store().deleteServiceAccount(org, m_model->idAt(0)));

    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_session->server.addFault(kListOp, Fault::latency(300));
    m_model->refresh();
    // Until the new first page arrives, every loaded row stays.
    QVERIFY(m_model->isLoading());
    QVERIFY(m_model->isRefreshing());
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(m_model->statusText(), QStringLiteral("Refreshing…"));
    QVERIFY(kept.isValid() && beyond.isValid());

    QVERIFY(waitSettled(*m_model));
    QVERIFY(!m_model->isRefreshing());
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(loadedIds(*m_model), m_session->server.store().serviceAccountIds(org).mid(0, 50));
    QVERIFY(kept.isValid());
    QCOMPARE(m_model->idAt(kept.row()), keptId);
    QCOMPARE(kept.row(), 9); // the deleted row above it is gone
    QVERIFY(renamed.isValid());
    QCOMPARE(m_model->idAt(renamed.row()), renamedId);
    QCOMPARE(renamed.data().toString(), QStringLiteral("renamed-while-shown"));
    QVERIFY(!deleted.isValid());
    QVERIFY(!beyond.isValid());

    // Paging goes on from the refreshed first page.
    QVERIFY(fetchPage(*m_model));
    QCOMPARE(loadedIds(*m_model), m_session->server.store().serviceAccountIds(org).mid(0, 100));
}

void TestPagedListModel::fetchMore_streaming_readsOnePageAheadAndHoldsItUntilAsked()
{
    makeModel(50);
    const QString org = m_session->server.demoIds().bigOrgId;
    bindTo(org);
    QVERIFY(fetchPage(*m_model));
    QCOMPARE(listRequests(), 1); // a consumer that waits between pages gets no page read ahead

    // A consumer that asks again on the next turn after each page, as a view kept at the bottom
    // does, for three more pages.
    int asked = 0;
    connect(m_model.get(), &PagedListModel::loadStateChanged, this, [&] {
        if (m_model->loadState() == LoadState::Idle && asked < 3) {
            ++asked;
            QTimer::singleShot(0, m_model.get(), [&] { m_model->fetchMore({}); });
        }
    });
    ++asked;
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 200);
    QVERIFY(waitSettled(*m_model));
    // The page after them was asked for while they arrived, and is held, not shown.
    QTRY_COMPARE(listRequests(), 5);
    QSignalSpy received(&m_session->server, &keycard::fake::FakeServer::requestReceived);
    QVERIFY(!received.wait(300));
    QCOMPARE(m_model->rowCount(), 200);
    QCOMPARE(m_model->loadState(), LoadState::Idle);

    // Asked for, it is there at once, without another request.
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 250);
    QCOMPARE(listRequests(), 5);
    QVERIFY(waitSettled(*m_model));
    verifyPrefixOfAccounts(org, 250);

    // A reset drops it: the first page is asked for again.
    m_model->reset();
    QVERIFY(fetchPage(*m_model));
    verifyPrefixOfAccounts(org, 50);
}

// While a view streams, the request for the next page is on its way before the rows of the page
// that names it are announced, so that the server works on it while they are inserted and
// painted; and each page is asked for once.
void TestPagedListModel::streaming_nextRequestLeavesBeforeRowsAreAnnounced()
{
    makeModel(50);
    const QString org = m_session->server.demoIds().bigOrgId;
    bindTo(org);
    QVERIFY(fetchPage(*m_model));

    int sent = 0;
    int pagesShown = 1;
    QList<bool> nextWasOnItsWay; // for each page, when its rows were announced
    connect(m_client.get(), &keycard::ApiClient::requestStarted, this, [&] { ++sent; });
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, [&] {
        ++pagesShown;
        nextWasOnItsWay << (sent >= pagesShown);
    });
    connect(m_model.get(), &PagedListModel::loadStateChanged, this, [&] {
        if (m_model->loadState() == LoadState::Idle && m_model->rowCount() < 300)
            QTimer::singleShot(0, m_model.get(), [&] { m_model->fetchMore({}); });
    });
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 300);
    QVERIFY(waitSettled(*m_model));
    // Once the stream is going, every page's rows come after the next page's request left.
    QCOMPARE(nextWasOnItsWay.size(), 5);
    QVERIFY2(nextWasOnItsWay.last() && nextWasOnItsWay.at(3),
             qPrintable(QStringLiteral("%1 requests for %2 pages").arg(sent).arg(pagesShown)));
    // No page was asked for twice: the 300 rows and the page read ahead behind them.
    QTRY_COMPARE(listRequests(), 7);
    QCOMPARE(sent, 6);
    verifyPrefixOfAccounts(org, 300);
}

// While streaming, the next page is asked for as soon as a page's cursor is seen, before the page
// is decoded and its IDs are checked: a page that turns out to repeat loaded rows under a new
// cursor ends paging, and what was asked for behind it never shows.
void TestPagedListModel::streaming_repeatedPageUnderNewCursor_breaksAndShowsNothingReadAhead()
{
    makeModel(50, 30000, 0);
    const QString org = m_session->server.demoIds().bigOrgId;
    bindTo(org);
    QVERIFY(fetchPage(*m_model));
    connect(m_model.get(), &PagedListModel::loadStateChanged, this, [&] {
        if (m_model->loadState() != LoadState::Idle || m_model->rowCount() >= 400)
            return;
        if (m_model->rowCount() == 150) {
            Fault repeat = Fault::of(Fault::Kind::DuplicateIds);
            repeat.count = -1; // every page from here on holds the same item
            m_session->server.addFault(kListOp, repeat);
        }
        m_model->fetchMore({});
    });
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->loadState(), LoadState::Broken);
    const QStringList shown = loadedIds(*m_model);
    QVERIFY(shown.size() == 150 || shown.size() == 151); // the repeated item shows once at most
    QCOMPARE(shown.mid(0, 150), m_session->server.store().serviceAccountIds(org).mid(0, 150));
    QVERIFY(!m_model->canFetchMore({}));

    // Whatever the server still answers, nothing more arrives in the table.
    m_session->server.clearFaults();
    const int requestsBefore = listRequests();
    ServiceAccountsModel sentinel(m_client.get(), org);
    QVERIFY(fetchPage(sentinel));
    QVERIFY(listRequests() > requestsBefore);
    QCOMPARE(loadedIds(*m_model), shown);
    QCOMPARE(m_model->loadState(), LoadState::Broken);
}

// While streaming, the page after the one that arrives is already asked for: a page that breaks
// the contract must stop the stream there, whichever of the two it is, and retry goes on.
void TestPagedListModel::streaming_schemaBreakMidStream_failsKeepsRowsAndRetryGoesOnInOrder()
{
    makeModel(50, 30000, 0);
    const QString org = m_session->server.demoIds().bigOrgId;
    bindTo(org);
    QVERIFY(fetchPage(*m_model));

    // A consumer that asks again as soon as each page is in, as a filter searching does. At
    // 150 rows the page after them is on its way already; the next one or the one after it
    // breaks the contract.
    bool streaming = true;
    connect(m_model.get(), &PagedListModel::loadStateChanged, this, [&] {
        if (!streaming || m_model->loadState() != LoadState::Idle || m_model->rowCount() >= 400)
            return;
        if (m_model->rowCount() == 150)
            m_session->server.addFault(kListOp, Fault::of(Fault::Kind::SchemaBreak));
        m_model->fetchMore({});
    });
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->loadState(), LoadState::Failed);
    QCOMPARE(m_model->lastError().kind(), ApiError::Kind::Decode);
    // Whatever page the broken one was (the one asked for, or the one read ahead behind it),
    // nothing after it is shown and nothing is out of order.
    const int kept = m_model->rowCount();
    QVERIFY(kept == 150 || kept == 200);
    QCOMPARE(loadedIds(*m_model), m_session->server.store().serviceAccountIds(org).mid(0, kept));

    m_model->retry();
    QTRY_COMPARE(m_model->rowCount(), 400);
    streaming = false;
    QVERIFY(waitSettled(*m_model));
    QVERIFY(scrollToEnd(*m_model));
    QCOMPARE(loadedIds(*m_model), m_session->server.store().serviceAccountIds(org));
    verifyEachAccountOnce(org);
}

void TestPagedListModel::refresh_failedFirstPage_keepsRowsAndRetryReplaces()
{
    makeModel(50, 30000, 0);
    const QString org = m_session->server.demoIds().bigOrgId;
    bindTo(org);
    QVERIFY(fetchPage(*m_model));
    QVERIFY(fetchPage(*m_model));
    const QStringList before = loadedIds(*m_model);
    QVERIFY(m_session->server.store().deleteServiceAccount(org, before.at(5)));

    // Only the refresh's first page fails, not the page the model may have read ahead behind
    // the two it shows (that request is on its way already, and cancelling it does not stop
    // the server from answering it).
    Fault firstPage = Fault::httpStatus(500, 1);
    firstPage.firstPageOnly = true;
    m_session->server.addFault(kListOp, firstPage);
    m_model->refresh();
    QVERIFY(waitSettled(*m_model));
    QCOMPARE(m_model->loadState(), PagedListModel::LoadState::Failed);
    QCOMPARE(loadedIds(*m_model), before); // nothing loaded is lost

    m_model->retry();
    QVERIFY(waitSettled(*m_model));
    QCOMPARE(m_model->loadState(), PagedListModel::LoadState::Idle);
    QCOMPARE(loadedIds(*m_model), m_session->server.store().serviceAccountIds(org).mid(0, 50));
}

void TestPagedListModel::setClient_null_emptiesAndFetchesNothing()
{
    makeModel(50);
    bindTo(m_session->server.demoIds().bigOrgId);
    QVERIFY(fetchPage(*m_model));

    m_model->setClient(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({});
    QVERIFY(!m_model->isLoading());

    m_model->setClient(m_client.get()); // signing in again
    QVERIFY(fetchPage(*m_model));
    QCOMPARE(m_model->rowCount(), 50);
}

void TestPagedListModel::clientDestroyedWhileLoading_failsWithSessionEnded()
{
    makeModel(50);
    bindTo(m_session->server.demoIds().bigOrgId);
    m_session->server.addFault(kListOp, Fault::latency(2000));
    m_model->fetchMore({});
    QVERIFY(m_model->isLoading());

    m_client.reset(); // the session ends: the page's answer will never come
    QCOMPARE(m_model->loadState(), LoadState::Failed);
    QCOMPARE(m_model->lastError().kind(), ApiError::Kind::SessionEnded);
    QVERIFY2(m_model->statusText().contains(QStringLiteral("session ended")),
             qPrintable(m_model->statusText()));
    QVERIFY(!m_model->canFetchMore({}));
}

void TestPagedListModel::emptyOrganization_firstPage_completesWithNoRows()
{
    makeModel(50);
    bindTo(m_session->server.demoIds().emptyOrgId);
    QVERIFY(fetchPage(*m_model));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->loadState(), LoadState::Complete);
    QVERIFY(!m_model->canFetchMore({}));
}

void TestPagedListModel::statusText_idleWithMore_saysCountAndMore()
{
    makeModel(100);
    bindTo(m_session->server.demoIds().bigOrgId);
    QSignalSpy counts(m_model.get(), &PagedListModel::countsChanged);
    QVERIFY(fetchPage(*m_model));
    QVERIFY(fetchPage(*m_model));
    QVERIFY(counts.size() >= 2);
    QCOMPARE(m_model->statusText(),
             PagedListModel::tr("%1 loaded, more available").arg(QLocale().toString(200)));
}

QTEST_GUILESS_MAIN(TestPagedListModel)
#include "tst_pagedlistmodel.moc"
