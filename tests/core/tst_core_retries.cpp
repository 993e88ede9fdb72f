// The retry rules: what is tried again, how often, how long it waits, and the create that is
// never repeated once it may have reached the server.
#include "apiclient.h"
#include "apirequest.h"
#include "fakeserver.h"
#include "scriptedserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace keycard;
using keycard::test::Answer;
using keycard::test::ScriptedServer;

namespace {
const QByteArray kOrganization = ScriptedServer::organizationJson();

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

class TestRetries final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<fake::FakeServer> m_server;
    fake::DemoIds m_ids;

    ConnectionConfig config(const QUrl& base = {}) const
    {
        ConnectionConfig c;
        c.baseUrl = base.isEmpty() ? m_server->baseUrl() : base;
        c.auth.kind = AuthConfig::Kind::ClientCredentials;
        c.auth.clientId = m_server->demoClientId();
        c.auth.secret = SecretString(m_server->demoClientSecret());
        return c;
    }

    static ConnectionConfig apiKeyConfig(const QUrl& base)
    {
        ConnectionConfig c;
        c.baseUrl = base;
        c.auth.kind = AuthConfig::Kind::ApiKey;
        c.auth.secret = SecretString(QStringLiteral("test-api-key"));
        return c;
    }

    int credentialCount() const
    {
        return m_server->store().credentialCount(m_ids.bigOrgId, m_ids.accountWithOneCredential);
    }

    void signIn(ApiClient& client)
    {
        Answer<Empty> answer;
        client.signIn(nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY(answer.ok());
    }

private slots:
    void init()
    {
        m_server = std::make_unique<fake::FakeServer>(11);
        QVERIFY(m_server->listen(0));
        m_ids = m_server->demoIds();
    }
    void cleanup() { m_server.reset(); }

    void get_serverErrorTwice_succeedsOnThirdAttempt()
    {
        ApiClient client(config());
        m_server->addFault(QStringLiteral("retrieveOrganization"), fake::Fault::httpStatus(503, 2));
        Answer<Organization> answer;
        client.getOrganization(m_ids.smallOrgId, nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
        QCOMPARE(m_server->requestCount(QStringLiteral("retrieveOrganization")), 3);
    }

    void get_serverErrorPersists_givesUpAfterTwoRetries()
    {
        ApiClient client(config());
        m_server->addFault(QStringLiteral("retrieveOrganization"),
                           fake::Fault::httpStatus(500, -1));
        Answer<Organization> answer;
        client.getOrganization(m_ids.smallOrgId, nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Server);
        QCOMPARE(answer.error().httpStatus(), 500);
        QVERIFY(answer.error().retryable());
        QCOMPARE(m_server->requestCount(QStringLiteral("retrieveOrganization")), 3);
    }

    void get_notFound_isNotRetried()
    {
        ApiClient client(config());
        Answer<Organization> answer;
        client.getOrganization(QStringLiteral("missing"), nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::NotFound);
        QCOMPARE(m_server->requestCount(QStringLiteral("retrieveOrganization")), 1);
    }

    void get_rateLimitedWithRetryAfter_waitsThatLong()
    {
        ApiClient client(config());
        signIn(client);
        m_server->addFault(QStringLiteral("listServiceAccounts"),
                           fake::Fault::httpStatus(429, 1, 1));
        Answer<Page<ServiceAccount>> answer;
        QElapsedTimer timer;
        timer.start();
        client.listServiceAccounts(m_ids.smallOrgId, PageRequest(), nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_server->requestCount(QStringLiteral("listServiceAccounts")), 2);
    }

    void get_rateLimitedPersisting_givesRateLimitedWithServerMessage()
    {
        ConnectionConfig c = config();
        c.maxRetries = 0;
        ApiClient client(c);
        m_server->addFault(QStringLiteral("listServiceAccounts"),
                           fake::Fault::httpStatus(429, 1, 7));
        Answer<Page<ServiceAccount>> answer;
        client.listServiceAccounts(m_ids.smallOrgId, PageRequest(), nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::RateLimited);
        QCOMPARE(answer.error().retryAfterSeconds(), 7);
        QVERIFY(answer.error().retryable());
        QVERIFY(!answer.error().message().isEmpty());
    }

    void get_hugeRetryAfter_isCapped()
    {
        ConnectionConfig c = config();
        c.maxRetryAfterSeconds = 1;
        ApiClient client(c);
        signIn(client);
        m_server->addFault(QStringLiteral("retrieveOrganization"),
                           fake::Fault::httpStatus(503, 1, 3600));
        Answer<Organization> answer;
        QElapsedTimer timer;
        timer.start();
        client.getOrganization(m_ids.smallOrgId, nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY(answer.ok());
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void get_retryAfterHttpDate_isHonoured()
    {
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(2);
        const QByteArray date =
            QLocale::c()
                .toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                .toLatin1();
        scripted.setAnswers(
            {ScriptedServer::answer(503, R"({"message":"busy"})", {"Retry-After: " + date}),
             ScriptedServer::answer(200, kOrganization)});
        ApiClient client(apiKeyConfig(scripted.baseUrl()));
        Answer<Organization> answer;
        QElapsedTimer timer;
        timer.start();
        client.getOrganization(QStringLiteral("org1"), nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
        QCOMPARE(scripted.requestCount(), 2);
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    }

    void get_shouldRetryTrue_retriesEvenA400()
    {
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        scripted.setAnswers(
            {ScriptedServer::answer(400, R"({"message":"try again"})", {"x-should-retry: true"}),
             ScriptedServer::answer(200, kOrganization)});
        ApiClient client(apiKeyConfig(scripted.baseUrl()));
        Answer<Organization> answer;
        client.getOrganization(QStringLiteral("org1"), nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
        QCOMPARE(scripted.requestCount(), 2);
    }

    void get_shouldRetryFalse_doesNotRetryA503()
    {
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        scripted.setAnswers({ScriptedServer::answer(503, R"({"message":"down","code":"maint"})",
                                                    {"x-should-retry: false"}),
                             ScriptedServer::answer(200, kOrganization)});
        ApiClient client(apiKeyConfig(scripted.baseUrl()));
        Answer<Organization> answer;
        client.getOrganization(QStringLiteral("org1"), nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Server);
        QVERIFY(!answer.error().retryable());
        QCOMPARE(answer.error().code(), QStringLiteral("maint"));
        QCOMPARE(answer.error().message(), QStringLiteral("down"));
        QCOMPARE(scripted.requestCount(), 1);
    }

    void get_htmlErrorFromProxy_givesServerErrorWithoutMessage()
    {
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        scripted.setAnswers({ScriptedServer::answer(502, "<html><body>Bad Gateway</body></html>")});
        ConnectionConfig c = apiKeyConfig(scripted.baseUrl());
        c.maxRetries = 0;
        ApiClient client(c);
        Answer<Organization> answer;
        client.getOrganization(QStringLiteral("org1"), nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Server);
        QCOMPARE(answer.error().httpStatus(), 502);
        QVERIFY(answer.error().message().isEmpty());
        QVERIFY(describeError(answer.error()).contains(QStringLiteral("502")));
    }

    void get_closeMidBody_isRetried()
    {
        ApiClient client(config());
        m_server->addFault(QStringLiteral("retrieveOrganization"),
                           fake::Fault::of(fake::Fault::Kind::CloseMidBody, 1));
        Answer<Organization> answer;
        client.getOrganization(m_ids.smallOrgId, nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
        QCOMPARE(m_server->requestCount(QStringLiteral("retrieveOrganization")), 2);
    }

    void get_connectionRefused_givesConnectionErrorAfterRetries()
    {
        QUrl base;
        base.setScheme(QStringLiteral("http"));
        base.setHost(QStringLiteral("127.0.0.1"));
        base.setPort(freePort());
        ApiClient client(apiKeyConfig(base));
        Answer<Organization> answer;
        QElapsedTimer timer;
        timer.start();
        client.getOrganization(QStringLiteral("org"), nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Connection);
        QVERIFY(answer.error().retryable());
        QCOMPARE(answer.error().httpStatus(), 0);
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed()))); // backoff
    }

    void patch_serverError_isRetried()
    {
        ApiClient client(config());
        m_server->addFault(QStringLiteral("updateServiceAccount"), fake::Fault::httpStatus(502, 1));
        Patch patch;
        patch.name = QStringLiteral("renamed");
        Answer<ServiceAccount> answer;
        client.updateServiceAccount(m_ids.bigOrgId, m_ids.accountWithOneCredential, patch, nullptr,
                                    answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
        QCOMPARE(answer.value().name, QStringLiteral("renamed"));
        QCOMPARE(m_server->requestCount(QStringLiteral("updateServiceAccount")), 2);
    }

    void delete_serverError_isRetried()
    {
        ApiClient client(config());
        m_server->addFault(QStringLiteral("deleteServiceAccount"), fake::Fault::httpStatus(500, 1));
        Answer<Empty> answer;
        client.deleteServiceAccount(m_ids.bigOrgId, m_ids.accountWithNoCredentials, nullptr,
                                    answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
        QCOMPARE(m_server->requestCount(QStringLiteral("deleteServiceAccount")), 2);
    }

    void create_droppedAfterCreate_notRepeatedOutcomeUnknown()
    {
        ApiClient client(config());
        signIn(client);
        const int before = credentialCount();
        m_server->addFault(QStringLiteral("createCredential"),
                           fake::Fault::of(fake::Fault::Kind::DropAfterCreate, 1));
        Answer<NewCredential> answer;
        client.createCredential(m_ids.bigOrgId, m_ids.accountWithOneCredential,
                                Draft{QStringLiteral("ci"), QString()}, nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::OutcomeUnknown);
        QVERIFY(!answer.error().retryable());
        QTest::qWait(1500); // time for any (wrong) repetition to arrive
        QCOMPARE(m_server->requestCount(QStringLiteral("createCredential")), 1);
        QCOMPARE(credentialCount(), before + 1);
        QVERIFY(describeError(answer.error()).contains(answer.error().requestId()));
    }

    void create_stalledAnswer_notRepeatedOutcomeUnknown()
    {
        ConnectionConfig c = config();
        c.inactivityTimeoutMs = 300;
        ApiClient client(c);
        signIn(client);
        m_server->addFault(QStringLiteral("createCredential"),
                           fake::Fault::of(fake::Fault::Kind::StallAfterHeaders, 1));
        Answer<NewCredential> answer;
        client.createCredential(m_ids.bigOrgId, m_ids.accountWithOneCredential,
                                Draft{QStringLiteral("ci"), QString()}, nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::OutcomeUnknown);
        QTest::qWait(1500);
        QCOMPARE(m_server->requestCount(QStringLiteral("createCredential")), 1);
    }

    void create_cutOffAnswer_notRepeatedOutcomeUnknown()
    {
        ApiClient client(config());
        signIn(client);
        m_server->addFault(QStringLiteral("createServiceAccount"),
                           fake::Fault::of(fake::Fault::Kind::CloseMidBody, 1));
        Answer<ServiceAccount> answer;
        client.createServiceAccount(m_ids.smallOrgId, Draft{QStringLiteral("sa"), QString()},
                                    nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::OutcomeUnknown);
        QTest::qWait(1500);
        QCOMPARE(m_server->requestCount(QStringLiteral("createServiceAccount")), 1);
    }

    void create_serverError_isNotRepeated()
    {
        ApiClient client(config());
        m_server->addFault(QStringLiteral("createServiceAccount"), fake::Fault::httpStatus(503, 1));
        Answer<ServiceAccount> answer;
        client.createServiceAccount(m_ids.smallOrgId, Draft{QStringLiteral("sa"), QString()},
                                    nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Server);
        QCOMPARE(m_server->requestCount(QStringLiteral("createServiceAccount")), 1);
    }

    void create_connectionRefused_isRepeatedOnceServerListens()
    {
        // Nothing listens on the port at first: the create provably never left this machine,
        // so it is sent again once the server is up.
        const quint16 port = freePort();
        fake::FakeServer late(11);
        QUrl base;
        base.setScheme(QStringLiteral("http"));
        base.setHost(QStringLiteral("127.0.0.1"));
        base.setPort(port);
        ConnectionConfig c;
        c.baseUrl = base;
        c.auth.kind = AuthConfig::Kind::ApiKey;
        c.auth.secret = SecretString(late.issueApiKey());
        ApiClient client(c);
        Answer<ServiceAccount> answer;
        client.createServiceAccount(late.demoIds().smallOrgId,
                                    Draft{QStringLiteral("sa"), QString()}, nullptr,
                                    answer.callback());
        QTimer::singleShot(150, &late, [&late, port] { late.listen(port); });
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
        QCOMPARE(late.requestCount(QStringLiteral("createServiceAccount")), 1);
    }

    void retryDelay_backoffGrowsWithJitter()
    {
        RetryPolicy policy;
        RawResponse none;
        for (int i = 0; i < 20; ++i) {
            const int first = ApiRequest::retryDelayMs(none, 1, policy);
            const int second = ApiRequest::retryDelayMs(none, 2, policy);
            const int late = ApiRequest::retryDelayMs(none, 10, policy);
            QVERIFY(first >= 375 && first <= 500);
            QVERIFY(second >= 750 && second <= 1000);
            QVERIFY(late >= 6000 && late <= 8000);
        }
        RawResponse withHeader;
        withHeader.headers.append({QByteArray("Retry-After"), QByteArray("2")});
        QCOMPARE(ApiRequest::retryDelayMs(withHeader, 1, policy), 2000);
        withHeader.headers = {{QByteArray("retry-after-ms"), QByteArray("250")}};
        QCOMPARE(ApiRequest::retryDelayMs(withHeader, 1, policy), 250);
    }
};

QTEST_GUILESS_MAIN(TestRetries)
#include "tst_core_retries.moc"
