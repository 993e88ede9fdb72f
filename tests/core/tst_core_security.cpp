// Security rules of the client: base URLs, redirects, configuration errors, and no secret in
// any log line.
#include "apiclient.h"
#include "fakeserver.h"
#include "redirectpolicy.h"
#include "scriptedserver.h"
#include "testsupport.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTest>
#include <memory>

using namespace keycard;
using keycard::test::Answer;
using keycard::test::ScriptedServer;

namespace {
QMutex g_logMutex;
QStringList g_log;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    QMutexLocker lock(&g_logMutex);
    g_log << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                 message;
}
} // namespace

class TestSecurity final : public QObject
{
    Q_OBJECT

private slots:
    void checkBaseUrl_rules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https remote") << QStringLiteral("https://api.keycard.ai") << true;
        QTest::newRow("https with path") << QStringLiteral("https://example.com/keycard/") << true;
        QTest::newRow("http remote") << QStringLiteral("http://example.com") << false;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("http 10.0.0.1") << QStringLiteral("http://10.0.0.1") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << false;
        QTest::newRow("relative") << QStringLiteral("/api") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("user info") << QStringLiteral("https://user:pw@example.com") << false;
    }

    void checkBaseUrl_rules()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const auto error = ApiClient::checkBaseUrl(QUrl(url));
        QCOMPARE(!error.has_value(), accepted);
        if (error) {
            QCOMPARE(error->kind(), ApiError::Kind::Configuration);
            QVERIFY(!error->message().isEmpty());
            QVERIFY(!describeError(*error).isEmpty());
        }
    }

    void plainHttpRemote_call_failsLaterWithConfigurationErrorAndNoRequest()
    {
        ConnectionConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://example.com"));
        c.auth.kind = AuthConfig::Kind::ApiKey;
        c.auth.secret = SecretString(QStringLiteral("key"));
        ApiClient client(c);
        Answer<Page<Organization>> answer;
        client.listOrganizations(PageRequest(), nullptr, answer.callback());
        QCOMPARE(answer.calls(), 0); // never synchronously
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Configuration);
        QVERIFY(describeError(answer.error()).contains(QStringLiteral("https://")));
    }

    void noCredentials_call_givesConfigurationError()
    {
        ConnectionConfig c;
        c.baseUrl = QUrl(QStringLiteral("https://api.keycard.ai"));
        ApiClient client(c);
        Answer<Empty> answer;
        client.signIn(nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Configuration);
    }

    void fromEnvironment_readsSdkVariables()
    {
        qputenv("KEYCARD_API_BASE_URL", "http://127.0.0.1:9999");
        qputenv("KEYCARD_API_CLIENT_ID", "cid");
        qputenv("KEYCARD_API_CLIENT_SECRET", "csecret");
        qputenv("KEYCARD_API_API_KEY", "");
        ConnectionConfig c = ConnectionConfig::fromEnvironment();
        QCOMPARE(c.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9999")));
        QCOMPARE(c.auth.kind, AuthConfig::Kind::ClientCredentials);
        QCOMPARE(c.auth.clientId, QStringLiteral("cid"));
        QCOMPARE(c.auth.secret.revealString(), QStringLiteral("csecret"));
        QVERIFY(c.hasCredentials());

        qputenv("KEYCARD_API_API_KEY", "jwt-key");
        qputenv("KEYCARD_API_BASE_URL", "");
        c = ConnectionConfig::fromEnvironment();
        QCOMPARE(c.auth.kind, AuthConfig::Kind::ApiKey);
        QCOMPARE(c.auth.secret.revealString(), QStringLiteral("jwt-key"));
        QCOMPARE(c.baseUrl, QUrl(QStringLiteral("https://api.keycard.ai")));
        for (const char* name : {"KEYCARD_API_BASE_URL", "KEYCARD_API_CLIENT_ID",
                                 "KEYCARD_API_CLIENT_SECRET", "KEYCARD_API_API_KEY"})
            qunsetenv(name);
        QVERIFY(!ConnectionConfig::fromEnvironment().hasCredentials());
    }

    void redirectPolicy_rules()
    {
        const QUrl https(QStringLiteral("https://api.keycard.ai/organizations"));
        QCOMPARE(RedirectPolicy::decide(https, QUrl(QStringLiteral("https://api.keycard.ai/x")), 0),
                 RedirectDecision::Follow);
        QCOMPARE(
            RedirectPolicy::decide(https, QUrl(QStringLiteral("https://cdn.example.com/x")), 0),
            RedirectDecision::FollowWithoutAuthorization);
        QCOMPARE(
            RedirectPolicy::decide(https, QUrl(QStringLiteral("https://api.keycard.ai:8443/x")), 0),
            RedirectDecision::FollowWithoutAuthorization);
        QCOMPARE(RedirectPolicy::decide(https, QUrl(QStringLiteral("http://api.keycard.ai/x")), 0),
                 RedirectDecision::Refuse); // downgrade
        QCOMPARE(RedirectPolicy::decide(https, QUrl(QStringLiteral("http://127.0.0.1/x")), 0),
                 RedirectDecision::Refuse); // downgrade, even to loopback
        QCOMPARE(RedirectPolicy::decide(https, QUrl(QStringLiteral("file:///etc/passwd")), 0),
                 RedirectDecision::Refuse);
        QCOMPARE(RedirectPolicy::decide(https, https, RedirectPolicy::maxRedirects),
                 RedirectDecision::Refuse);
    }

    void redirect_sameOrigin_keepsAuthorization()
    {
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        scripted.setAnswers(
            {ScriptedServer::answer(307, {}, {"Location: /moved/organizations/org1"}),
             ScriptedServer::answer(
                 200, R"({"id":"org1","created_at":"2024-01-01T00:00:00Z","label":"a","name":"A",)"
                      R"("sso_enabled":true,"updated_at":"2024-01-01T00:00:00Z"})")});
        ConnectionConfig c;
        c.baseUrl = scripted.baseUrl();
        c.auth.kind = AuthConfig::Kind::ApiKey;
        c.auth.secret = SecretString(QStringLiteral("the-key"));
        ApiClient client(c);
        Answer<Organization> answer;
        client.getOrganization(QStringLiteral("org1"), nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
        QVERIFY(answer.value().ssoEnabled);
        QCOMPARE(scripted.requestCount(), 2);
        QVERIFY(scripted.requests().at(1).startsWith("GET /moved/organizations/org1"));
        QVERIFY(scripted.requests().at(1).toLower().contains("authorization: bearer the-key"));
    }

    void redirect_toOtherHost_dropsAuthorization()
    {
        fake::FakeServer server(5);
        QVERIFY(server.listen(0));
        const QString key = server.issueApiKey();
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        QUrl target = server.baseUrl();
        target.setHost(QStringLiteral("localhost")); // another host name: another origin
        target.setPath(QStringLiteral("/organizations/") + server.demoIds().smallOrgId);
        scripted.setAnswers({ScriptedServer::answer(307, {}, {"Location: " + target.toEncoded()})});
        ConnectionConfig c;
        c.baseUrl = scripted.baseUrl(); // 127.0.0.1
        c.auth.kind = AuthConfig::Kind::ApiKey;
        c.auth.secret = SecretString(key);
        ApiClient client(c);
        Answer<Organization> answer;
        client.getOrganization(server.demoIds().smallOrgId, nullptr, answer.callback());
        QVERIFY(answer.wait());
        QCOMPARE(server.requestCount(QStringLiteral("retrieveOrganization")), 1);
        QVERIFY(server.lastRequestHeader(QStringLiteral("retrieveOrganization"), "Authorization")
                    .isEmpty());
        KC_COMPARE_KIND(answer, ApiError::Kind::Authentication);
    }

    void redirect_toPlainHttpRemote_isRefused()
    {
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        scripted.setAnswers(
            {ScriptedServer::answer(302, {}, {"Location: http://example.com/organizations"})});
        ConnectionConfig c;
        c.baseUrl = scripted.baseUrl();
        c.auth.kind = AuthConfig::Kind::ApiKey;
        c.auth.secret = SecretString(QStringLiteral("the-key"));
        ApiClient client(c);
        Answer<Page<Organization>> answer;
        client.listOrganizations(PageRequest(), nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Configuration);
        QCOMPARE(scripted.requestCount(), 1);
    }

    void selfSignedCertificate_isReportedAsTlsError()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("this Qt has no TLS backend");
        QFile certFile(QStringLiteral(KEYCARD_CORE_TEST_DATA "/selfsigned.crt"));
        QFile keyFile(QStringLiteral(KEYCARD_CORE_TEST_DATA "/selfsigned.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        QUrl base;
        base.setScheme(QStringLiteral("https"));
        base.setHost(QStringLiteral("127.0.0.1"));
        base.setPort(server.serverPort());
        ConnectionConfig c;
        c.baseUrl = base;
        c.auth.kind = AuthConfig::Kind::ApiKey;
        c.auth.secret = SecretString(QStringLiteral("the-key"));
        ApiClient client(c);
        Answer<Page<Organization>> answer;
        client.listOrganizations(PageRequest(), nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Tls);
        QVERIFY(!answer.error().retryable());
        QVERIFY(!answer.error().detail().isEmpty());
        QVERIFY(describeError(answer.error()).contains(answer.error().detail()));
    }

    void fullSession_withDebugLogging_neverLogsSecrets()
    {
        fake::FakeServer server(9);
        QVERIFY(server.listen(0));
        const fake::DemoIds ids = server.demoIds();
        const QString clientSecret = server.demoClientSecret();

        QLoggingCategory::setFilterRules(QStringLiteral("keycard.*=true\nqt.network.*=true"));
        {
            QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

        ConnectionConfig c;
        c.baseUrl = server.baseUrl();
        c.auth.clientId = server.demoClientId();
        c.auth.secret = SecretString(clientSecret);
        ApiClient client(c);

        Answer<Empty> signedIn;
        client.signIn(nullptr, signedIn.callback());
        QVERIFY(signedIn.wait());
        Answer<Page<Organization>> orgs;
        client.listOrganizations(PageRequest(), nullptr, orgs.callback());
        QVERIFY(orgs.wait());
        Answer<NewCredential> created;
        client.createCredential(ids.bigOrgId, ids.accountWithOneCredential,
                                Draft{QStringLiteral("leak-test"), QString()}, nullptr,
                                created.callback());
        QVERIFY(created.wait());
        Answer<Empty> tested;
        if (created.ok())
            client.testClientCredentials(created.value().credential.clientId,
                                         created.value().clientSecret, nullptr, tested.callback());
        QVERIFY(!created.ok() || tested.wait());
        // an error path and a renewal path too
        server.addFault(QStringLiteral("listServiceAccounts"), fake::Fault::httpStatus(401, 1));
        Answer<Page<ServiceAccount>> accounts;
        client.listServiceAccounts(ids.smallOrgId, PageRequest(), nullptr, accounts.callback());
        QVERIFY(accounts.wait());

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY2(signedIn.ok(), qPrintable(describeError(signedIn.error())));
        QVERIFY(orgs.ok());
        QVERIFY(created.ok());
        QVERIFY(tested.ok());
        QVERIFY(accounts.ok());

        const QByteArray bearer =
            server.lastRequestHeader(QStringLiteral("listOrganizations"), "Authorization");
        QVERIFY(bearer.startsWith("Bearer "));
        const QString accessToken = QString::fromLatin1(bearer.mid(7));
        const QString newSecret = created.value().clientSecret.revealString();
        const QString basic = QString::fromLatin1(
            server.lastRequestHeader(QStringLiteral("serviceAccountToken"), "Authorization"));
        QVERIFY(basic.startsWith(QStringLiteral("Basic ")));

        QMutexLocker lock(&g_logMutex);
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("keycard.core")), "debug logging was not captured");
        for (const QString& secret : {clientSecret, accessToken, newSecret, basic.mid(6)}) {
            QVERIFY(secret.size() >= 8);
            QVERIFY2(!all.contains(secret), "a secret appeared in the log output");
        }
        QVERIFY(!all.contains(QStringLiteral("Authorization:"), Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_core_security.moc"
