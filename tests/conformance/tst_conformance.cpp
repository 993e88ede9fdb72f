// Runs the fake server behind Prism's validating proxy and exercises every operation of
// openapi.yaml, error answers included. Any contract violation Prism reports fails the test.
#include "fakeserver.h"
#include "httpprobe.h"
#include "prismproxy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using keycard::fake::FakeServer;

class TestConformance final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeServer> m_server;
    PrismProxy m_prism;
    std::unique_ptr<HttpProbe> m_http;
    QString m_org;
    QString m_accounts;

    // Sends through Prism with a fresh request ID; fails on a violation or an unexpected status.
    HttpProbe::Answer call(const QByteArray& verb, const QString& path, int expectedStatus,
                           const QByteArray& body = {}, HttpProbe::Headers headers = {})
    {
        headers.append(
            {"X-Client-Request-ID", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
        HttpProbe::Answer answer = m_http->send(verb, path, body, headers, 15000);
        const QByteArray violations = answer.header("sl-violations");
        if (!violations.isEmpty() || answer.status != expectedStatus) {
            qWarning().noquote() << verb << path << "->" << answer.status << answer.body
                                 << "\nsl-violations:" << violations << "\nPrism log tail:\n"
                                 << m_prism.log().right(3000);
        }
        return answer;
    }

    bool conforms(const HttpProbe::Answer& answer, int expectedStatus) const
    {
        return answer.header("sl-violations").isEmpty() && answer.status == expectedStatus;
    }

    QByteArray json(const QJsonObject& object) const
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    HttpProbe::Headers jsonType() const { return {{"Content-Type", "application/json"}}; }

    // Sends through Prism; records a test failure on a violation or an unexpected status.
    HttpProbe::Answer expect(const QByteArray& verb, const QString& path, int status,
                             const QByteArray& body = {}, const HttpProbe::Headers& headers = {})
    {
        HttpProbe::Answer answer = call(verb, path, status, body, headers);
        if (!conforms(answer, status)) {
            QTest::qFail(qPrintable(QStringLiteral("%1 %2 answered %3 (expected %4) or broke the "
                                                   "contract: %5")
                                        .arg(QString::fromLatin1(verb), path)
                                        .arg(answer.status)
                                        .arg(status)
                                        .arg(QString::fromUtf8(answer.header("sl-violations")))),
                         __FILE__, __LINE__);
        }
        return answer;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<FakeServer>(1);
        QVERIFY(m_server->listen(0));
        QString error;
        if (!m_prism.start(m_server->baseUrl(), &error))
            QFAIL(qPrintable(QStringLiteral("Cannot run the conformance test: ") + error));
        m_http = std::make_unique<HttpProbe>(m_prism.url());
        // Prism needs a moment to load the spec; poll until it answers.
        bool ready = false;
        for (int attempt = 0; attempt < 120 && !ready; ++attempt) {
            ready = m_http->send("GET", QStringLiteral("/organizations"), {}, {}, 1000).status != 0;
            if (!ready)
                QTest::qWait(250);
        }
        if (!ready)
            QFAIL(qPrintable(QStringLiteral("Prism did not answer within 30 s. Log:\n") +
                             m_prism.log()));
        m_org = m_server->demoIds().bigOrgId;
        m_accounts = QStringLiteral("/organizations/%1/service-accounts").arg(m_org);
    }

    void cleanupTestCase() { m_prism.stop(); }

    void serviceAccountToken_successAndErrors()
    {
        HttpProbe::Headers form{{"Content-Type", "application/x-www-form-urlencoded"}};
        const auto basic = [](const QString& id, const QString& secret) -> QByteArray {
            return "Basic " + (id + QLatin1Char(':') + secret).toUtf8().toBase64();
        };
        auto ok = form;
        ok.append({"Authorization", basic(m_server->demoClientId(), m_server->demoClientSecret())});
        const auto answer = expect("POST", QStringLiteral("/service-account-token"), 200,
                                   "grant_type=client_credentials", ok);
        QVERIFY(!QTest::currentTestFailed());
        m_http->setToken(answer.json().value(QStringLiteral("access_token")).toString().toLatin1());
        QVERIFY(!m_http->token().isEmpty());
        auto wrong = form;
        wrong.append({"Authorization", basic(m_server->demoClientId(), QStringLiteral("wrong"))});
        expect("POST", QStringLiteral("/service-account-token"), 401,
               "grant_type=client_credentials", wrong);
    }

    void organizations_listAndRetrieve()
    {
        const auto list = expect("GET", QStringLiteral("/organizations?limit=2"), 200);
        const QString end =
            list.json()[QStringLiteral("page_info")][QStringLiteral("end_cursor")].toString();
        expect("GET", QStringLiteral("/organizations?expand=permissions&limit=2&after=") + end,
               200);
        expect("GET", QStringLiteral("/organizations?before=") + end, 200);
        expect("GET", QStringLiteral("/organizations/acme?expand=permissions"), 200);
        expect("GET", QStringLiteral("/organizations/") + m_org, 200);
        expect("GET", QStringLiteral("/organizations/no-such-label"), 404);
        expect("GET", QStringLiteral("/organizations"), 401, QByteArray(),
               HttpProbe::Headers{{"Authorization", "Bearer not-a-valid-token"}});
    }

    void serviceAccounts_everyOperation()
    {
        const auto page = expect("GET", m_accounts + QStringLiteral("?limit=100"), 200);
        const QString end =
            page.json()[QStringLiteral("page_info")][QStringLiteral("end_cursor")].toString();
        const auto next = expect(
            "GET", m_accounts + QStringLiteral("?limit=100&expand=permissions&after=") + end, 200);
        const QString start =
            next.json()[QStringLiteral("page_info")][QStringLiteral("start_cursor")].toString();
        expect("GET", m_accounts + QStringLiteral("?before=") + start, 200);
        expect("GET", QStringLiteral("/organizations/initech/service-accounts"), 200);
        expect("GET", QStringLiteral("/organizations/no-such-label/service-accounts"), 404);

        const auto created =
            expect("POST", m_accounts, 201,
                   json({{QStringLiteral("name"), QStringLiteral("conformance")},
                         {QStringLiteral("description"), QStringLiteral("made by "
                                                                        "tst_conformance")}}),
                   jsonType());
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        expect("POST", m_accounts, 201, json({{QStringLiteral("name"), QStringLiteral("no-desc")}}),
               jsonType());
        expect("POST", m_accounts, 422, json({{QStringLiteral("name"), QStringLiteral("  ")}}),
               jsonType());
        const QString path = m_accounts + QLatin1Char('/') + id;
        expect("GET", path + QStringLiteral("?expand=permissions"), 200);
        expect("GET", m_accounts + QStringLiteral("/UNKNOWNUNKNOWNUNKNOWNUNKNO"), 404);
        expect("PATCH", path, 200, json({{QStringLiteral("name"), QStringLiteral("renamed")}}),
               jsonType());
        expect("PATCH", path, 422, json({{QStringLiteral("name"), QString()}}), jsonType());
        expect("PATCH", m_accounts + QStringLiteral("/UNKNOWNUNKNOWNUNKNOWNUNKNO"), 404,
               json({{QStringLiteral("name"), QStringLiteral("x")}}), jsonType());
        expect("DELETE", path, 204);
        expect("DELETE", path, 404);
        expect("GET", path, 404);
    }

    void credentials_everyOperation()
    {
        const auto ids = m_server->demoIds();
        // Every page of the account with many credentials: never used, used today, years old.
        const QString many = m_accounts + QLatin1Char('/') + ids.accountWithManyCredentials +
                             QStringLiteral("/credentials");
        QString after;
        int pages = 0;
        for (;;) {
            const auto page =
                expect("GET",
                       many + QStringLiteral("?limit=100&expand=permissions") +
                           (after.isEmpty() ? QString() : QStringLiteral("&after=") + after),
                       200);
            const QJsonObject info = page.json()[QStringLiteral("page_info")].toObject();
            ++pages;
            if (!info.value(QStringLiteral("has_next_page")).toBool() || pages > 5)
                break;
            after = info.value(QStringLiteral("end_cursor")).toString();
        }
        QCOMPARE(pages, 2);
        expect("GET",
               m_accounts + QLatin1Char('/') + ids.accountWithNoCredentials +
                   QStringLiteral("/credentials"),
               200);
        expect("GET", m_accounts + QStringLiteral("/UNKNOWNUNKNOWNUNKNOWNUNKNO/credentials"), 404);

        const QString list = m_accounts + QLatin1Char('/') + ids.accountWithOneCredential +
                             QStringLiteral("/credentials");
        const auto created = expect("POST", list, 201,
                                    json({{QStringLiteral("name"), QStringLiteral("conformance")},
                                          {QStringLiteral("description"), QStringLiteral("d")}}),
                                    jsonType());
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QVERIFY(!created.json().value(QStringLiteral("client_secret")).toString().isEmpty());
        expect("POST", list, 422, json({{QStringLiteral("name"), QString()}}), jsonType());
        expect("POST", m_accounts + QStringLiteral("/UNKNOWNUNKNOWNUNKNOWNUNKNO/credentials"), 404,
               json({{QStringLiteral("name"), QStringLiteral("x")}}), jsonType());

        // Sign in with the new credential so that it has a last_used_at.
        HttpProbe direct(m_server->baseUrl());
        QVERIFY(!direct
                     .signIn(created.json().value(QStringLiteral("client_id")).toString(),
                             created.json().value(QStringLiteral("client_secret")).toString())
                     .isEmpty());
        const QString path = list + QLatin1Char('/') + id;
        const auto fetched = expect("GET", path + QStringLiteral("?expand=permissions"), 200);
        QVERIFY(fetched.json().contains(QStringLiteral("last_used_at")));
        expect("GET", list + QStringLiteral("/UNKNOWNUNKNOWNUNKNOWNUNKNO"), 404);
        expect("PATCH", path, 200, json({{QStringLiteral("description"), QStringLiteral("e")}}),
               jsonType());
        expect("PATCH", path, 422, json({{QStringLiteral("name"), QString()}}), jsonType());
        expect("PATCH", list + QStringLiteral("/UNKNOWNUNKNOWNUNKNOWNUNKNO"), 404,
               json({{QStringLiteral("name"), QStringLiteral("x")}}), jsonType());
        expect("DELETE", path, 204);
        expect("DELETE", path, 404);
    }

    void readOnlyCredential_writesForbidden()
    {
        const auto ids = m_server->demoIds();
        HttpProbe direct(m_server->baseUrl());
        const QByteArray token =
            direct.signIn(m_server->readOnlyClientId(), m_server->readOnlyClientSecret());
        QVERIFY(!token.isEmpty());
        const QByteArray readerToken = m_http->token();
        m_http->setToken(token);
        const QString account = m_accounts + QLatin1Char('/') + ids.accountWithOneCredential;
        const QString credential =
            account + QStringLiteral("/credentials/") +
            m_server->store().credentialIds(m_org, ids.accountWithOneCredential).first();
        const QByteArray body = json({{QStringLiteral("name"), QStringLiteral("x")}});
        expect("GET", account + QStringLiteral("?expand=permissions"), 200);
        expect("POST", m_accounts, 403, body, jsonType());
        expect("PATCH", account, 403, body, jsonType());
        expect("DELETE", account, 403);
        expect("POST", account + QStringLiteral("/credentials"), 403, body, jsonType());
        expect("PATCH", credential, 403, body, jsonType());
        expect("DELETE", credential, 403);
        m_http->setToken(readerToken);
    }

    void unauthorized_everyBearerOperation_401()
    {
        const QByteArray token = m_http->token();
        m_http->setToken("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjB9.expired");
        const QString account = m_accounts + QStringLiteral("/UNKNOWNUNKNOWNUNKNOWNUNKNO");
        const QByteArray body = json({{QStringLiteral("name"), QStringLiteral("x")}});
        expect("GET", QStringLiteral("/organizations/acme"), 401);
        expect("GET", m_accounts, 401);
        expect("POST", m_accounts, 401, body, jsonType());
        expect("GET", account, 401);
        expect("PATCH", account, 401, body, jsonType());
        expect("DELETE", account, 401);
        expect("GET", account + QStringLiteral("/credentials"), 401);
        expect("POST", account + QStringLiteral("/credentials"), 401, body, jsonType());
        expect("GET", account + QStringLiteral("/credentials/UNKNOWNUNKNOWNUNKNOWNUNKNO"), 401);
        expect("PATCH", account + QStringLiteral("/credentials/UNKNOWNUNKNOWNUNKNOWNUNKNO"), 401,
               body, jsonType());
        expect("DELETE", account + QStringLiteral("/credentials/UNKNOWNUNKNOWNUNKNOWNUNKNO"), 401);
        m_http->setToken(token);
    }

    void rateLimited_429ConformsToo()
    {
        m_server->addFault(QStringLiteral("listServiceAccounts"),
                           keycard::fake::Fault::httpStatus(429, 1, 1));
        const auto limited = expect("GET", m_accounts, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
        m_server->clearFaults();
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
