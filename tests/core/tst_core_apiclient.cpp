// Every operation of ApiClient against the fake server over loopback, with authentication,
// cancellation and the inactivity time-out.
#include "apiclient.h"
#include "fakeserver.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace keycard;
using keycard::test::Answer;

class TestApiClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<fake::FakeServer> m_server;
    fake::DemoIds m_ids;

    ConnectionConfig config() const
    {
        ConnectionConfig c;
        c.baseUrl = m_server->baseUrl();
        c.auth.kind = AuthConfig::Kind::ClientCredentials;
        c.auth.clientId = m_server->demoClientId();
        c.auth.secret = SecretString(m_server->demoClientSecret());
        return c;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<fake::FakeServer>(7);
        QVERIFY(m_server->listen(0));
        m_ids = m_server->demoIds();
    }
    void cleanup() { m_server.reset(); }

    void signIn_clientCredentials_fetchesOneToken()
    {
        ApiClient client(config());
        Answer<Empty> answer;
        client.signIn(nullptr, answer.callback());
        QCOMPARE(answer.calls(), 0); // never inside the call
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
        QCOMPARE(m_server->requestCount(QStringLiteral("serviceAccountToken")), 1);
        const QByteArray basic =
            m_server->lastRequestHeader(QStringLiteral("serviceAccountToken"), "Authorization");
        QVERIFY(basic.startsWith("Basic "));
        QCOMPARE(m_server->lastRequestBody(QStringLiteral("serviceAccountToken")),
                 QByteArray("grant_type=client_credentials"));
    }

    void signIn_wrongSecret_givesAuthenticationError()
    {
        ConnectionConfig c = config();
        c.auth.secret = SecretString(QStringLiteral("not-the-secret"));
        ApiClient client(c);
        Answer<Empty> answer;
        client.signIn(nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY(!answer.ok());
        KC_COMPARE_KIND(answer, ApiError::Kind::Authentication);
        QVERIFY(!answer.error().message().isEmpty());
        QVERIFY(!answer.error().requestId().isEmpty());
        QVERIFY(describeError(answer.error()).contains(answer.error().requestId()));
    }

    void signIn_apiKey_usesBearerAsIs()
    {
        ConnectionConfig c;
        c.baseUrl = m_server->baseUrl();
        c.auth.kind = AuthConfig::Kind::ApiKey;
        const QString key = m_server->issueApiKey();
        c.auth.secret = SecretString(key);
        ApiClient client(c);
        Answer<Empty> answer;
        client.signIn(nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
        QCOMPARE(m_server->requestCount(QStringLiteral("serviceAccountToken")), 0);
        QCOMPARE(m_server->lastRequestHeader(QStringLiteral("listOrganizations"), "Authorization"),
                 QByteArray("Bearer " + key.toUtf8()));
    }

    void listOrganizations_firstPage_decodesItemsAndPermissions()
    {
        ApiClient client(config());
        Answer<Page<Organization>> answer;
        PageRequest page;
        page.limit = 2;
        client.listOrganizations(page, nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
        const auto& orgs = answer.value();
        QVERIFY(!orgs.items.isEmpty());
        QVERIFY(orgs.items.size() <= 2);
        for (const Organization& o : orgs.items) {
            QVERIFY(!o.id.isEmpty());
            QVERIFY(o.createdAt.isValid());
            QCOMPARE(o.createdAt.timeSpec(), Qt::UTC);
        }
        const QUrlQuery query = m_server->lastRequestQuery(QStringLiteral("listOrganizations"));
        QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
        QCOMPARE(query.allQueryItemValues(QStringLiteral("expand")),
                 QStringList{QStringLiteral("permissions")});
        QVERIFY(orgs.items.first().permissions.present);
    }

    void getOrganization_byLabel_findsIt()
    {
        ApiClient client(config());
        Answer<Organization> answer;
        client.getOrganization(m_ids.bigOrgLabel, nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
        QCOMPARE(answer.value().id, m_ids.bigOrgId);
        QCOMPARE(answer.value().label, m_ids.bigOrgLabel);
    }

    void getOrganization_unknown_givesNotFoundWithServerMessage()
    {
        ApiClient client(config());
        Answer<Organization> answer;
        client.getOrganization(QStringLiteral("no-such-org"), nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::NotFound);
        QCOMPARE(answer.error().httpStatus(), 404);
        QVERIFY(!answer.error().message().isEmpty());
        QVERIFY(!answer.error().retryable());
        const QString sentence = describeError(answer.error());
        QVERIFY(sentence.contains(answer.error().message()));
        QVERIFY(sentence.contains(QStringLiteral("Request ID: ") + answer.error().requestId()));
    }

    void listServiceAccounts_pages_followEndCursorWithoutOverlap()
    {
        ApiClient client(config());
        PageRequest page;
        page.limit = 30;
        QStringList seen;
        for (int i = 0; i < 3; ++i) {
            Answer<Page<ServiceAccount>> answer;
            client.listServiceAccounts(m_ids.bigOrgId, page, nullptr, answer.callback());
            QVERIFY(answer.wait());
            QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
            QCOMPARE(m_server->lastRequestQuery(QStringLiteral("listServiceAccounts"))
                         .queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded),
                     page.after);
            QCOMPARE(answer.value().items.size(), 30);
            for (const ServiceAccount& a : answer.value().items) {
                QVERIFY(!seen.contains(a.id));
                seen << a.id;
            }
            QVERIFY(answer.value().pageInfo.hasNextPage);
            QVERIFY(!answer.value().pageInfo.endCursor.isEmpty());
            page.after = answer.value().pageInfo.endCursor;
        }
    }

    void listServiceAccounts_emptyOrg_givesNoItems()
    {
        ApiClient client(config());
        Answer<Page<ServiceAccount>> answer;
        client.listServiceAccounts(m_ids.emptyOrgId, PageRequest(), nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
        QVERIFY(answer.value().items.isEmpty());
        QVERIFY(!answer.value().pageInfo.hasNextPage);
    }

    void serviceAccount_createGetUpdateDelete_roundTrips()
    {
        ApiClient client(config());
        Answer<ServiceAccount> created;
        client.createServiceAccount(m_ids.smallOrgId, Draft{QStringLiteral("ci-runner"), QString()},
                                    nullptr, created.callback());
        QVERIFY(created.wait());
        QVERIFY2(created.ok(), qPrintable(describeError(created.error())));
        QCOMPARE(created.value().name, QStringLiteral("ci-runner"));
        // description omitted when empty
        const QJsonObject body =
            QJsonDocument::fromJson(
                m_server->lastRequestBody(QStringLiteral("createServiceAccount")))
                .object();
        QCOMPARE(body.keys(), QStringList{QStringLiteral("name")});
        QCOMPARE(
            m_server->lastRequestHeader(QStringLiteral("createServiceAccount"), "Content-Type"),
            QByteArray("application/json"));
        const QString id = created.value().id;

        Answer<ServiceAccount> fetched;
        client.getServiceAccount(m_ids.smallOrgId, id, nullptr, fetched.callback());
        QVERIFY(fetched.wait());
        QVERIFY(fetched.ok());
        QCOMPARE(fetched.value().id, id);

        Patch patch;
        patch.description = QStringLiteral("Builds the app");
        Answer<ServiceAccount> updated;
        client.updateServiceAccount(m_ids.smallOrgId, id, patch, nullptr, updated.callback());
        QVERIFY(updated.wait());
        QVERIFY2(updated.ok(), qPrintable(describeError(updated.error())));
        QCOMPARE(updated.value().description, QStringLiteral("Builds the app"));
        QCOMPARE(updated.value().name, QStringLiteral("ci-runner"));
        const QJsonObject patchBody =
            QJsonDocument::fromJson(
                m_server->lastRequestBody(QStringLiteral("updateServiceAccount")))
                .object();
        QCOMPARE(patchBody.keys(), QStringList{QStringLiteral("description")}); // only the change

        Answer<Empty> deleted;
        client.deleteServiceAccount(m_ids.smallOrgId, id, nullptr, deleted.callback());
        QVERIFY(deleted.wait());
        QVERIFY2(deleted.ok(), qPrintable(describeError(deleted.error())));

        Answer<ServiceAccount> gone;
        client.getServiceAccount(m_ids.smallOrgId, id, nullptr, gone.callback());
        QVERIFY(gone.wait());
        KC_COMPARE_KIND(gone, ApiError::Kind::NotFound);
    }

    void credentials_listCreateGetUpdateDelete_roundTrips()
    {
        ApiClient client(config());
        const QString org = m_ids.bigOrgId;
        const QString account = m_ids.accountWithManyCredentials;
        Answer<Page<Credential>> list;
        PageRequest page;
        page.limit = 5;
        client.listCredentials(org, account, page, nullptr, list.callback());
        QVERIFY(list.wait());
        QVERIFY2(list.ok(), qPrintable(describeError(list.error())));
        QCOMPARE(list.value().items.size(), 5);
        QVERIFY(!list.value().items.first().clientId.isEmpty());

        Answer<NewCredential> created;
        client.createCredential(org, account,
                                Draft{QStringLiteral("deploy"), QStringLiteral("for deploys")},
                                nullptr, created.callback());
        QVERIFY(created.wait());
        QVERIFY2(created.ok(), qPrintable(describeError(created.error())));
        QVERIFY(!created.value().clientSecret.isEmpty());
        QCOMPARE(created.value().credential.name, QStringLiteral("deploy"));
        QCOMPARE(created.value().credential.description, QStringLiteral("for deploys"));
        QVERIFY(!created.value().credential.lastUsedAt.isValid());
        const QString id = created.value().credential.id;

        // the new secret works at the token endpoint, and a wrong one does not
        Answer<Empty> tested;
        client.testClientCredentials(created.value().credential.clientId,
                                     created.value().clientSecret, nullptr, tested.callback());
        QVERIFY(tested.wait());
        QVERIFY2(tested.ok(), qPrintable(describeError(tested.error())));
        Answer<Empty> wrong;
        client.testClientCredentials(created.value().credential.clientId,
                                     SecretString(QStringLiteral("wrong")), nullptr,
                                     wrong.callback());
        QVERIFY(wrong.wait());
        KC_COMPARE_KIND(wrong, ApiError::Kind::Authentication);

        Answer<Credential> fetched;
        client.getCredential(org, account, id, nullptr, fetched.callback());
        QVERIFY(fetched.wait());
        QVERIFY(fetched.ok());
        QCOMPARE(fetched.value().clientId, created.value().credential.clientId);

        Patch patch;
        patch.name = QStringLiteral("deploy-prod");
        Answer<Credential> updated;
        client.updateCredential(org, account, id, patch, nullptr, updated.callback());
        QVERIFY(updated.wait());
        QVERIFY(updated.ok());
        QCOMPARE(updated.value().name, QStringLiteral("deploy-prod"));
        QCOMPARE(updated.value().description, QStringLiteral("for deploys"));
        QCOMPARE(
            QJsonDocument::fromJson(m_server->lastRequestBody(QStringLiteral("updateCredential")))
                .object()
                .keys(),
            QStringList{QStringLiteral("name")});

        Answer<Empty> deleted;
        client.deleteCredential(org, account, id, nullptr, deleted.callback());
        QVERIFY(deleted.wait());
        QVERIFY(deleted.ok());
        Answer<Credential> gone;
        client.getCredential(org, account, id, nullptr, gone.callback());
        QVERIFY(gone.wait());
        KC_COMPARE_KIND(gone, ApiError::Kind::NotFound);
    }

    void readOnlyCredential_create_givesPermissionError()
    {
        ConnectionConfig c = config();
        c.auth.clientId = m_server->readOnlyClientId();
        c.auth.secret = SecretString(m_server->readOnlyClientSecret());
        ApiClient client(c);
        Answer<ServiceAccount> answer;
        client.createServiceAccount(m_ids.smallOrgId, Draft{QStringLiteral("x"), QString()},
                                    nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Permission);
        QCOMPARE(answer.error().httpStatus(), 403);
    }

    void requests_eachCall_carriesFreshRequestIdAndUserAgent()
    {
        ApiClient client(config());
        QSignalSpy finished(&client, &ApiClient::requestFinished);
        QStringList ids;
        for (int i = 0; i < 2; ++i) {
            Answer<Organization> answer;
            client.getOrganization(m_ids.smallOrgId, nullptr, answer.callback());
            QVERIFY(answer.wait());
            QVERIFY(answer.ok());
            const QByteArray id = m_server->lastRequestHeader(
                QStringLiteral("retrieveOrganization"), "X-Client-Request-ID");
            QVERIFY(!QUuid::fromString(QString::fromLatin1(id)).isNull());
            ids << QString::fromLatin1(id);
        }
        QVERIFY(ids.at(0) != ids.at(1));
        const QByteArray agent =
            m_server->lastRequestHeader(QStringLiteral("retrieveOrganization"), "User-Agent");
        QVERIFY2(agent.startsWith("KeycardAdmin/" KEYCARD_VERSION " (Qt "), agent.constData());
        QVERIFY(finished.size() >= 2);
        QCOMPARE(finished.last().at(1).toInt(), 200);
    }

    void concurrentCalls_needingToken_shareOneExchange()
    {
        ApiClient client(config());
        std::vector<std::unique_ptr<Answer<Page<ServiceAccount>>>> answers;
        for (int i = 0; i < 6; ++i) {
            answers.push_back(std::make_unique<Answer<Page<ServiceAccount>>>());
            client.listServiceAccounts(m_ids.smallOrgId, PageRequest(), nullptr,
                                       answers.back()->callback());
        }
        for (auto& a : answers) {
            QVERIFY(a->wait());
            QVERIFY2(a->ok(), qPrintable(describeError(a->error())));
        }
        QCOMPARE(m_server->requestCount(QStringLiteral("serviceAccountToken")), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("listServiceAccounts")), 6);
    }

    void unauthorized_once_renewsTokenAndRepeatsOnce()
    {
        ApiClient client(config());
        Answer<Empty> signedIn;
        client.signIn(nullptr, signedIn.callback());
        QVERIFY(signedIn.wait());
        QVERIFY(signedIn.ok());
        m_server->addFault(QStringLiteral("listServiceAccounts"), fake::Fault::httpStatus(401, 1));
        Answer<Page<ServiceAccount>> answer;
        client.listServiceAccounts(m_ids.smallOrgId, PageRequest(), nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
        QCOMPARE(m_server->requestCount(QStringLiteral("serviceAccountToken")), 2);
        QCOMPARE(m_server->requestCount(QStringLiteral("listServiceAccounts")), 2);
    }

    void unauthorized_twice_givesAuthenticationErrorWithoutLooping()
    {
        ApiClient client(config());
        m_server->addFault(QStringLiteral("listServiceAccounts"), fake::Fault::httpStatus(401, 5));
        Answer<Page<ServiceAccount>> answer;
        client.listServiceAccounts(m_ids.smallOrgId, PageRequest(), nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Authentication);
        QCOMPARE(m_server->requestCount(QStringLiteral("listServiceAccounts")), 2);
        QCOMPARE(m_server->requestCount(QStringLiteral("serviceAccountToken")), 2);
    }

    void expiringToken_isRenewedBeforeUse()
    {
        m_server->setTokenLifetime(1);
        ApiClient client(config());
        Answer<Organization> first;
        client.getOrganization(m_ids.smallOrgId, nullptr, first.callback());
        QVERIFY(first.wait());
        QVERIFY(first.ok());
        QTest::qWait(1100);
        Answer<Organization> second;
        client.getOrganization(m_ids.smallOrgId, nullptr, second.callback());
        QVERIFY(second.wait());
        QVERIFY2(second.ok(), qPrintable(describeError(second.error())));
        QCOMPARE(m_server->requestCount(QStringLiteral("serviceAccountToken")), 2);
        QCOMPARE(m_server->requestCount(QStringLiteral("retrieveOrganization")), 2); // no 401 round
    }

    void cancel_beforeAnswer_callbackNeverRuns()
    {
        ApiClient client(config());
        m_server->addFault(QStringLiteral("listServiceAccounts"), fake::Fault::latency(300));
        Answer<Page<ServiceAccount>> answer;
        RequestHandle handle =
            client.listServiceAccounts(m_ids.smallOrgId, PageRequest(), nullptr, answer.callback());
        QVERIFY(handle.isActive());
        QVERIFY(QTest::qWaitFor(
            [&] { return m_server->requestCount(QStringLiteral("listServiceAccounts")) == 1; },
            5000));
        handle.cancel();
        QVERIFY(!handle.isActive());
        QTest::qWait(600);
        QCOMPARE(answer.calls(), 0);
    }

    void cancel_whileWaitingForToken_callbackNeverRuns()
    {
        ApiClient client(config());
        m_server->addFault(QStringLiteral("serviceAccountToken"), fake::Fault::latency(200));
        Answer<Organization> answer;
        RequestHandle handle = client.getOrganization(m_ids.smallOrgId, nullptr, answer.callback());
        handle.cancel();
        QTest::qWait(500);
        QCOMPARE(answer.calls(), 0);
        QCOMPARE(m_server->requestCount(QStringLiteral("retrieveOrganization")), 0);
    }

    void destroyedContext_callbackNeverRuns()
    {
        ApiClient client(config());
        m_server->addFault(QStringLiteral("retrieveOrganization"), fake::Fault::latency(300));
        auto context = std::make_unique<QObject>();
        Answer<Organization> answer;
        RequestHandle handle =
            client.getOrganization(m_ids.smallOrgId, context.get(), answer.callback());
        QVERIFY(QTest::qWaitFor(
            [&] { return m_server->requestCount(QStringLiteral("retrieveOrganization")) == 1; },
            5000));
        context.reset();
        QVERIFY(!handle.isActive());
        QTest::qWait(600);
        QCOMPARE(answer.calls(), 0);
    }

    void finishedCall_handleInactive_callbackRanOnce()
    {
        ApiClient client(config());
        QObject context;
        Answer<Organization> answer;
        RequestHandle handle =
            client.getOrganization(m_ids.smallOrgId, &context, answer.callback());
        QVERIFY(answer.wait());
        QTest::qWait(50);
        QCOMPARE(answer.calls(), 1);
        QVERIFY(!handle.isActive());
        handle.cancel(); // harmless
    }

    void callback_destroyingTheClient_isSafe()
    {
        auto* client = new ApiClient(config());
        bool ran = false;
        bool ok = false;
        client->getOrganization(m_ids.smallOrgId, nullptr, [&](const Result<Organization>& r) {
            ran = true;
            ok = r.ok();
            delete client; // e.g. a window that closes and owns its client
        });
        QVERIFY(QTest::qWaitFor([&] { return ran; }, 10000));
        QVERIFY(ok);
        QTest::qWait(50);
    }

    void destroyingTheClient_withCallsInFlight_silencesThem()
    {
        auto client = std::make_unique<ApiClient>(config());
        // Both answers are held back, so that both calls are surely in flight when the client
        // goes (a fixed wait once let the organization's answer arrive first).
        m_server->addFault(QStringLiteral("listServiceAccounts"), fake::Fault::latency(200));
        m_server->addFault(QStringLiteral("retrieveOrganization"), fake::Fault::latency(200));
        Answer<Page<ServiceAccount>> list;
        Answer<Organization> org;
        client->listServiceAccounts(m_ids.smallOrgId, PageRequest(), nullptr, list.callback());
        client->getOrganization(m_ids.smallOrgId, nullptr, org.callback());
        QTRY_VERIFY(m_server->requestCount(QStringLiteral("listServiceAccounts")) == 1 &&
                    m_server->requestCount(QStringLiteral("retrieveOrganization")) == 1);
        client.reset();
        // A sentinel held back as long, sent after them: once it is answered, the server has
        // answered the first two too, and nothing may have called back.
        m_server->addFault(QStringLiteral("retrieveOrganization"), fake::Fault::latency(200));
        ApiClient sentinelClient(config());
        Answer<Organization> sentinel;
        sentinelClient.getOrganization(m_ids.smallOrgId, nullptr, sentinel.callback());
        QVERIFY(sentinel.wait());
        QVERIFY(sentinel.ok());
        QCOMPARE(list.calls(), 0);
        QCOMPARE(org.calls(), 0);
    }

    void stallAfterHeaders_onGet_timesOutAfterRetries()
    {
        ConnectionConfig c = config();
        c.inactivityTimeoutMs = 300;
        c.maxRetries = 1;
        ApiClient client(c);
        m_server->addFault(QStringLiteral("retrieveOrganization"),
                           fake::Fault::of(fake::Fault::Kind::StallAfterHeaders, -1));
        Answer<Organization> answer;
        QElapsedTimer timer;
        timer.start();
        client.getOrganization(m_ids.smallOrgId, nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Timeout);
        QVERIFY(answer.error().retryable());
        QCOMPARE(m_server->requestCount(QStringLiteral("retrieveOrganization")), 2);
        QVERIFY(timer.elapsed() < 5000);
    }

    void slowButProgressing_answer_doesNotTimeOut()
    {
        ConnectionConfig c = config();
        c.inactivityTimeoutMs = 1500;
        ApiClient client(c);
        m_server->addFault(QStringLiteral("retrieveOrganization"), fake::Fault::latency(600));
        Answer<Organization> answer;
        client.getOrganization(m_ids.smallOrgId, nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_core_apiclient.moc"
