// The organization-wide credential report against the local server: every credential of a
// 5,000-account organization exactly once despite rate limits, a bounded number of requests,
// cancel stops the requests, and the export never holds more than the nine agreed columns.
#include "credentialreport.h"
#include "fakeserver.h"
#include "reportexport.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace keycard;

namespace {
const QString kListAccounts = QStringLiteral("listServiceAccounts");
const QString kListCredentials = QStringLiteral("listCredentials");

int pagesFor(int items)
{
    return qMax(1, (items + CredentialReport::kPageSize - 1) / CredentialReport::kPageSize);
}
} // namespace

class ReportTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void report_bigOrganizationWith429s_everyCredentialOnceInBoundedRequests();
    void report_rateLimitBeyondClientRetries_waitsRetryAfterAndCompletes();
    void report_oneAccountRefused_othersReportedAndFailureNamed();
    void report_cancelled_stopsEveryRequest();
    void export_csvAndJson_sameNineColumnsQuotedAndNull();

private:
    SessionPtr session(int maxRetries = 2) const;
    // Every credential ID of the organization, as the server holds it.
    QSet<QString> credentialIdsOf(const QString& orgId, int* expectedCredentialPages) const;

    std::unique_ptr<fake::FakeServer> m_server;
};

void ReportTest::init()
{
    m_server = std::make_unique<fake::FakeServer>(11);
    QVERIFY(m_server->listen(0));
}

void ReportTest::cleanup()
{
    m_server.reset();
}

SessionPtr ReportTest::session(int maxRetries) const
{
    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = m_server->demoClientId();
    config.auth.secret = SecretString(m_server->demoClientSecret());
    config.maxRetries = maxRetries;
    return Session::create(config, {QStringLiteral("tester"), QStringLiteral("tester")});
}

QSet<QString> ReportTest::credentialIdsOf(const QString& orgId, int* expectedCredentialPages) const
{
    QSet<QString> ids;
    int pages = 0;
    for (const QString& account : m_server->store().serviceAccountIds(orgId)) {
        const QStringList credentials = m_server->store().credentialIds(orgId, account);
        pages += pagesFor(int(credentials.size()));
        for (const QString& id : credentials)
            ids.insert(id);
    }
    *expectedCredentialPages = pages;
    return ids;
}

void ReportTest::report_bigOrganizationWith429s_everyCredentialOnceInBoundedRequests()
{
    const QString org = m_server->demoIds().bigOrgId;
    const int accounts = m_server->store().serviceAccountCount(org);
    QVERIFY(accounts >= 5000);
    int credentialPages = 0;
    const QSet<QString> expected = credentialIdsOf(org, &credentialPages);
    // 429s with Retry-After on both lists, absorbed by the client's own retries.
    m_server->addFault(kListAccounts, fake::Fault::httpStatus(429, 2, 0));
    m_server->addFault(kListCredentials, fake::Fault::httpStatus(429, 6, 0));
    m_server->resetRequestCounts();

    const SessionPtr s = session();
    auto* report = s->start(std::make_unique<CredentialReport>(s, org));
    QSignalSpy finished(report, &SessionTask::finished);
    QVERIFY(finished.wait(90000));
    QCOMPARE(report->outcome(), SessionTask::Outcome::Done);
    QVERIFY(report->failures().isEmpty());

    QStringList reported;
    QSet<QString> accountsSeen;
    for (const ReportEntry& entry : report->entries()) {
        reported << entry.credential.id;
        accountsSeen.insert(entry.accountId);
        QVERIFY(!entry.accountName.isEmpty());
        QVERIFY(!entry.credential.clientId.isEmpty());
    }
    QCOMPARE(reported.size(), expected.size()); // none twice
    QCOMPARE(QSet<QString>(reported.cbegin(), reported.cend()), expected);

    const ReportProgress progress = report->progress();
    QCOMPARE(progress.accountsListed, accounts);
    QCOMPARE(progress.accountsDone, accounts);
    QVERIFY(progress.listingComplete);
    QCOMPARE(progress.credentials, expected.size());
    // One request per page, plus one repeat per 429 answered.
    QVERIFY2(m_server->requestCount(kListAccounts) <= pagesFor(accounts) + 1 + 2,
             qPrintable(QString::number(m_server->requestCount(kListAccounts))));
    QCOMPARE(m_server->requestCount(kListCredentials), credentialPages + 6);
}

void ReportTest::report_rateLimitBeyondClientRetries_waitsRetryAfterAndCompletes()
{
    const QString org = m_server->demoIds().smallOrgId;
    int credentialPages = 0;
    const QSet<QString> expected = credentialIdsOf(org, &credentialPages);
    m_server->addFault(kListCredentials, fake::Fault::httpStatus(429, 2, 1));
    m_server->resetRequestCounts();

    const SessionPtr s = session(0); // the client does not retry: the report waits
    auto* report = s->start(std::make_unique<CredentialReport>(s, org));
    QSignalSpy finished(report, &SessionTask::finished);
    QTRY_VERIFY(report->isPaused());
    QVERIFY(finished.wait(30000));
    QCOMPARE(report->outcome(), SessionTask::Outcome::Done);
    QCOMPARE(report->entries().size(), expected.size());
    QCOMPARE(m_server->requestCount(kListCredentials), credentialPages + 2);
}

void ReportTest::report_oneAccountRefused_othersReportedAndFailureNamed()
{
    const QString org = m_server->demoIds().smallOrgId;
    int credentialPages = 0;
    const QSet<QString> all = credentialIdsOf(org, &credentialPages);
    m_server->addFault(kListCredentials, fake::Fault::httpStatus(403, 1));

    const SessionPtr s = session();
    auto* report = s->start(std::make_unique<CredentialReport>(s, org));
    QSignalSpy finished(report, &SessionTask::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(report->outcome(), SessionTask::Outcome::Failed);
    QCOMPARE(report->failures().size(), 1);
    const ReportFailure failure = report->failures().first();
    QCOMPARE(failure.error.kind(), ApiError::Kind::Permission);
    QVERIFY(!failure.accountName.isEmpty());
    const int missing = int(m_server->store().credentialIds(org, failure.accountId).size());
    QCOMPARE(report->entries().size(), all.size() - missing);
    QCOMPARE(report->progress().accountsDone, m_server->store().serviceAccountCount(org));
}

void ReportTest::report_cancelled_stopsEveryRequest()
{
    const QString org = m_server->demoIds().bigOrgId;
    auto slow = fake::Fault::latency(30);
    slow.count = -1;
    m_server->addFault(kListCredentials, slow);
    m_server->resetRequestCounts();

    const SessionPtr s = session();
    auto* report = s->start(std::make_unique<CredentialReport>(s, org));
    const QPointer<CredentialReport> guard = report;
    QSignalSpy finished(report, &SessionTask::finished);
    QTRY_VERIFY(report->progress().accountsDone >= 20);
    report->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(report->outcome(), SessionTask::Outcome::Cancelled);
    const int sent = report->progress().requestsSent;
    QVERIFY(sent < 200); // it had not walked the organization

    // Nothing more reaches the server than what was out when it was cancelled.
    QSignalSpy received(m_server.get(), &fake::FakeServer::requestReceived);
    while (received.wait(1000)) {
    }
    QVERIFY2(m_server->requestCount(kListAccounts) + m_server->requestCount(kListCredentials) <=
                 sent,
             qPrintable(QString::number(sent)));
    // The session let go of the finished task meanwhile; nothing of it is left running.
    QTRY_VERIFY(!guard);
}

void ReportTest::export_csvAndJson_sameNineColumnsQuotedAndNull()
{
    const QDateTime now(QDate(2026, 11, 29), QTime(12, 0), QTimeZone::utc());
    ReportEntry plain{QStringLiteral("sa1"), QStringLiteral("ci, \"deploy\""), {}};
    plain.credential.id = QStringLiteral("c1");
    plain.credential.clientId = QStringLiteral("client-1");
    plain.credential.name = QStringLiteral("=HYPERLINK(\"x\")");
    plain.credential.createdAt = now.addDays(-400);
    ReportEntry used{QStringLiteral("sa2"), QStringLiteral("billing"), {}};
    used.credential.id = QStringLiteral("c2");
    used.credential.clientId = QStringLiteral("client-2");
    used.credential.name = QStringLiteral("nightly");
    used.credential.createdAt = now.addDays(-10);
    used.credential.lastUsedAt = now.addSecs(-60);
    const QList<ReportEntry> entries{plain, used};

    const QString csv = QString::fromUtf8(ReportExport::toCsv(entries, now, HygieneThresholds{}));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0), QStringLiteral("account_id,account_name,credential_id,credential_name,"
                                         "client_id,created_at,last_used_at,age_days,flags"));
    QCOMPARE(lines.at(1), QStringLiteral("sa1,\"ci, \"\"deploy\"\"\",c1,\"'=HYPERLINK(\"\"x\"\")\","
                                         "client-1,2025-10-25T12:00:00Z,,400,"
                                         "never_used;unused;old"));
    QCOMPARE(lines.at(2), QStringLiteral("sa2,billing,c2,nightly,client-2,2026-11-19T12:00:00Z,"
                                         "2026-11-29T11:59:00Z,10,"));
    QCOMPARE(lines.size(), 4); // the last line ends with CRLF too

    const QJsonArray json =
        QJsonDocument::fromJson(ReportExport::toJson(entries, now, HygieneThresholds{})).array();
    QCOMPARE(json.size(), 2);
    const QJsonObject first = json.at(0).toObject();
    QStringList keys = first.keys();
    QStringList columns = ReportExport::columns();
    keys.sort();
    columns.sort();
    QCOMPARE(keys, columns);
    QCOMPARE(first.value(QStringLiteral("account_name")).toString(),
             QStringLiteral("ci, \"deploy\""));
    QCOMPARE(first.value(QStringLiteral("credential_name")).toString(), plain.credential.name);
    QVERIFY(first.value(QStringLiteral("last_used_at")).isNull());
    QCOMPARE(first.value(QStringLiteral("age_days")).toInt(), 400);
    QCOMPARE(first.value(QStringLiteral("flags")).toArray().size(), 3);
    QCOMPARE(json.at(1).toObject().value(QStringLiteral("last_used_at")).toString(),
             QStringLiteral("2026-11-29T11:59:00Z"));
}

QTEST_GUILESS_MAIN(ReportTest)
#include "tst_core_report.moc"
