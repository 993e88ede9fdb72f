// The credentials table's age and hygiene columns, from timestamps the local server holds: the
// marks appear one second past the user's thresholds, not at them.
#include "credentialreportmodel.h"
#include "credentialsmodel.h"
#include "modeltestsupport.h"
#include "serviceaccountsmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimeZone>

using keycard::CredentialsModel;
using keycard::HygieneThresholds;
using namespace keycard::test;

namespace {
constexpr qint64 kDaySecs = 24 * 60 * 60;
} // namespace

class TestCredentialHygiene final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void hygieneColumn_serverTimestamps_marksPastTheThresholdsOnly();
    void hygieneColumn_otherThresholds_marksFollowAtOnce();
    void ageColumn_sortsByAgeAndSaysDays();
    void reportModel_appendedEntries_sameCellsAsTheCredentialsTable();
    void accountStats_requestedAccountsOnly_countAndOldestAcrossPages();

private:
    // An account of the small organization holding the given credentials (name -> times).
    void addAccount(const QList<std::tuple<QString, QDateTime, QDateTime>>& credentials);
    QString hygieneOf(const QString& name) const;
    QDateTime daysAgo(int days, int extraSeconds = 0) const
    {
        return m_now.addSecs(-(days * kDaySecs + extraSeconds));
    }

    std::unique_ptr<ServerSession> m_session;
    std::unique_ptr<keycard::ApiClient> m_client;
    std::unique_ptr<CredentialsModel> m_model;
    QString m_accountId;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(12, 0), QTimeZone::utc());
};

void TestCredentialHygiene::init()
{
    m_session = std::make_unique<ServerSession>();
    QVERIFY(m_session->listening);
    m_client = m_session->makeClient();
    m_model = std::make_unique<CredentialsModel>();
    m_model->setClient(m_client.get());
    m_model->setReferenceTime(m_now);
}

void TestCredentialHygiene::cleanup()
{
    m_model.reset();
    m_client.reset();
    m_session.reset();
}

void TestCredentialHygiene::addAccount(
    const QList<std::tuple<QString, QDateTime, QDateTime>>& credentials)
{
    auto& store = m_session->server.store();
    const QString org = m_session->server.demoIds().smallOrgId;
    m_accountId = store.createServiceAccount(org, QStringLiteral("hygiene"), {}, daysAgo(800));
    for (const auto& [name, created, lastUsed] : credentials)
        QVERIFY(!store.insertCredentialWithoutSecret(org, m_accountId, name, created, lastUsed)
                     .isEmpty());
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setScope(org, m_accountId);
    QVERIFY(scrollToEnd(*m_model));
    QCOMPARE(m_model->rowCount(), credentials.size());
}

QString TestCredentialHygiene::hygieneOf(const QString& name) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, CredentialsModel::NameColumn).data().toString() == name)
            return m_model->index(row, CredentialsModel::HygieneColumn).data().toString();
    }
    return QStringLiteral("<no row %1>").arg(name);
}

void TestCredentialHygiene::hygieneColumn_serverTimestamps_marksPastTheThresholdsOnly()
{
    addAccount({
        {QStringLiteral("used-today"), daysAgo(10), daysAgo(0)},
        {QStringLiteral("never-new"), daysAgo(10), QDateTime()},
        {QStringLiteral("used-90d"), daysAgo(200), daysAgo(90)},
        {QStringLiteral("used-90d+1s"), daysAgo(200), daysAgo(90, 1)},
        {QStringLiteral("never-90d+1s"), daysAgo(90, 1), QDateTime()},
        {QStringLiteral("created-365d"), daysAgo(365), daysAgo(1)},
        {QStringLiteral("created-365d+1s"), daysAgo(365, 1), daysAgo(1)},
    });
    QCOMPARE(hygieneOf(QStringLiteral("used-today")), QString());
    QCOMPARE(hygieneOf(QStringLiteral("never-new")), QStringLiteral("never used"));
    QCOMPARE(hygieneOf(QStringLiteral("used-90d")), QString());
    QCOMPARE(hygieneOf(QStringLiteral("used-90d+1s")), QStringLiteral("unused > 90 days"));
    QCOMPARE(hygieneOf(QStringLiteral("never-90d+1s")),
             QStringLiteral("never used, unused > 90 days"));
    QCOMPARE(hygieneOf(QStringLiteral("created-365d")), QString());
    QCOMPARE(hygieneOf(QStringLiteral("created-365d+1s")), QStringLiteral("older than 365 days"));

    // The tooltip says why in a sentence.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex cell = m_model->index(row, CredentialsModel::HygieneColumn);
        QCOMPARE(cell.data(Qt::ToolTipRole).toString().isEmpty(), cell.data().toString().isEmpty());
    }
}

void TestCredentialHygiene::hygieneColumn_otherThresholds_marksFollowAtOnce()
{
    addAccount({{QStringLiteral("mid"), daysAgo(40), daysAgo(10)}});
    QCOMPARE(hygieneOf(QStringLiteral("mid")), QString());
    m_model->setHygieneThresholds(HygieneThresholds{7, 30});
    QCOMPARE(hygieneOf(QStringLiteral("mid")),
             QStringLiteral("unused > 7 days, older than 30 days"));
}

void TestCredentialHygiene::ageColumn_sortsByAgeAndSaysDays()
{
    addAccount({
        {QStringLiteral("young"), daysAgo(1), QDateTime()},
        {QStringLiteral("old"), daysAgo(400), QDateTime()},
        {QStringLiteral("middle"), daysAgo(30), QDateTime()},
    });
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(m_model.get());
    sorted.setSortRole(keycard::PagedListModel::SortRole);
    sorted.sort(CredentialsModel::AgeColumn, Qt::DescendingOrder);
    QStringList order;
    QStringList ages;
    for (int row = 0; row < sorted.rowCount(); ++row) {
        order << sorted.index(row, CredentialsModel::NameColumn).data().toString();
        ages << sorted.index(row, CredentialsModel::AgeColumn).data().toString();
    }
    QCOMPARE(order.join(QLatin1Char(',')), QStringLiteral("old,middle,young"));
    QCOMPARE(ages.join(QLatin1Char(',')), QStringLiteral("400 days,30 days,1 day"));
}

void TestCredentialHygiene::reportModel_appendedEntries_sameCellsAsTheCredentialsTable()
{
    addAccount({
        {QStringLiteral("stale"), daysAgo(400), daysAgo(100)},
        {QStringLiteral("fresh"), daysAgo(2), daysAgo(0)},
    });
    keycard::CredentialReportModel report;
    QAbstractItemModelTester tester(&report, QAbstractItemModelTester::FailureReportingMode::Fatal);
    report.setReferenceTime(m_now);
    using Report = keycard::CredentialReportModel;
    for (int row = 0; row < m_model->rowCount(); ++row)
        report.append(
            {keycard::ReportEntry{m_accountId, QStringLiteral("hygiene"), m_model->itemAt(row)}});
    QCOMPARE(report.rowCount(), 2);
    const QList<QPair<int, int>> sameColumns{
        {Report::CreatedColumn, CredentialsModel::CreatedColumn},
        {Report::LastUsedColumn, CredentialsModel::LastUsedColumn},
        {Report::AgeColumn, CredentialsModel::AgeColumn},
        {Report::FlagsColumn, CredentialsModel::HygieneColumn}};
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(report.index(row, Report::CredentialColumn).data(),
                 m_model->index(row, CredentialsModel::NameColumn).data());
        QCOMPARE(report.index(row, Report::AccountColumn).data().toString(),
                 QStringLiteral("hygiene"));
        for (const auto& [reportColumn, tableColumn] : sameColumns) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                QCOMPARE(report.index(row, reportColumn).data(role),
                         m_model->index(row, tableColumn).data(role));
        }
    }
    // The filter text holds the marks, so "never used" or "older than" find rows.
    const int stale =
        report.index(0, Report::CredentialColumn).data() == QStringLiteral("stale") ? 0 : 1;
    QVERIFY(report.index(stale, 0)
                .data(Report::FilterTextRole)
                .toString()
                .contains(QStringLiteral("older than 365 days")));
}

void TestCredentialHygiene::accountStats_requestedAccountsOnly_countAndOldestAcrossPages()
{
    const keycard::fake::DemoIds demo = m_session->server.demoIds();
    keycard::ServiceAccountsModel accounts;
    QAbstractItemModelTester tester(&accounts,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    accounts.setClient(m_client.get());
    accounts.setReferenceTime(m_now);
    accounts.setScope(demo.bigOrgId);
    QVERIFY(loadFirstPage(accounts));
    m_session->server.resetRequestCounts();

    // The account with many credentials needs two pages; the others one each.
    const QStringList asked{demo.accountWithManyCredentials, demo.accountWithOneCredential,
                            demo.accountWithNoCredentials};
    keycard::CredentialStats& stats = accounts.credentialStats();
    stats.request(asked);
    QTRY_VERIFY(std::all_of(asked.cbegin(), asked.cend(),
                            [&](const QString& id) { return stats.has(id); }));
    QCOMPARE(m_session->server.requestCount(QStringLiteral("listCredentials")), 4);
    auto& store = m_session->server.store();
    for (const QString& id : asked) {
        QCOMPARE(stats.stats(id).count, store.credentialCount(demo.bigOrgId, id));
        QDateTime oldest;
        for (const QString& credentialId : store.credentialIds(demo.bigOrgId, id)) {
            const QDateTime created = store.credential(demo.bigOrgId, id, credentialId)->createdAt;
            if (!oldest.isValid() || created < oldest)
                oldest = created;
        }
        QCOMPARE(stats.stats(id).oldestCreatedAt.toSecsSinceEpoch(), oldest.toSecsSinceEpoch());
    }
    // Asked again: nothing is listed twice.
    stats.request(asked);
    QCOMPARE(m_session->server.requestCount(QStringLiteral("listCredentials")), 4);

    // The cells of a loaded row show them.
    const int row = accounts.rowOf(demo.accountWithNoCredentials);
    if (row >= 0) {
        QCOMPARE(accounts.index(row, keycard::ServiceAccountsModel::CredentialCountColumn)
                     .data()
                     .toString(),
                 QStringLiteral("0"));
    }
}

QTEST_GUILESS_MAIN(TestCredentialHygiene)
#include "tst_credentialhygiene.moc"
