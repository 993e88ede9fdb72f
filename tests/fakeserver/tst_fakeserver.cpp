#include "fakeserver.h"
#include "faultspec.h"
#include "httpprobe.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using keycard::fake::FakeServer;
using keycard::fake::Fault;

namespace {
struct ListPage
{
    QStringList ids;
    QJsonObject pageInfo;
    QString start() const { return pageInfo.value(QStringLiteral("start_cursor")).toString(); }
    QString end() const { return pageInfo.value(QStringLiteral("end_cursor")).toString(); }
    bool hasNext() const { return pageInfo.value(QStringLiteral("has_next_page")).toBool(); }
    bool hasPrev() const { return pageInfo.value(QStringLiteral("has_prev_page")).toBool(); }
};

QStringList idsOf(const QJsonObject& list)
{
    QStringList ids;
    const QJsonArray items = list.value(QStringLiteral("items")).toArray();
    for (const QJsonValue& item : items)
        ids.append(item.toObject().value(QStringLiteral("id")).toString());
    return ids;
}
} // namespace

class TestFakeServer final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<HttpProbe> m_http;
    QString m_accountsPath;

    ListPage listPage(const QString& path, const QString& query)
    {
        const auto answer = m_http->get(path + QStringLiteral("?") + query);
        if (answer.status != 200)
            qWarning() << "list failed" << answer.status << answer.body;
        const QJsonObject json = answer.json();
        return {idsOf(json), json.value(QStringLiteral("page_info")).toObject()};
    }

    QString cursorArg(const char* name, const QString& cursor)
    {
        return QLatin1String(name) + QLatin1Char('=') +
               QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeServer>(1);
        QVERIFY(m_server->listen(0));
        m_http = std::make_unique<HttpProbe>(m_server->baseUrl());
        QVERIFY(!m_http->signIn(m_server->demoClientId(), m_server->demoClientSecret()).isEmpty());
        m_accountsPath =
            QStringLiteral("/organizations/%1/service-accounts").arg(m_server->demoIds().bigOrgId);
    }

    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void demoData_sameSeed_sameDataAndShape()
    {
        FakeServer again(1);
        FakeServer other(2);
        const auto ids = m_server->demoIds();
        QCOMPARE(again.demoIds().bigOrgId, ids.bigOrgId);
        QCOMPARE(again.store().serviceAccountIds(ids.bigOrgId),
                 m_server->store().serviceAccountIds(ids.bigOrgId));
        QVERIFY(other.demoIds().bigOrgId != ids.bigOrgId);
        QVERIFY(ids.bigOrgServiceAccountCount >= 5000);
        QCOMPARE(m_server->store().serviceAccountCount(ids.bigOrgId),
                 ids.bigOrgServiceAccountCount);
        QVERIFY(m_server->store().serviceAccountCount(ids.smallOrgId) > 0);
        QCOMPARE(m_server->store().serviceAccountCount(ids.emptyOrgId), 0);
        QCOMPARE(m_server->store().credentialCount(ids.bigOrgId, ids.accountWithNoCredentials), 0);
        QCOMPARE(m_server->store().credentialCount(ids.bigOrgId, ids.accountWithOneCredential), 1);
        const QString many = ids.accountWithManyCredentials;
        QVERIFY(m_server->store().credentialCount(ids.bigOrgId, many) >= 150);
        int never = 0, today = 0, yearsOld = 0;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QStringList credentialIds = m_server->store().credentialIds(ids.bigOrgId, many);
        for (const QString& id : credentialIds) {
            const auto* credential = m_server->store().credential(ids.bigOrgId, many, id);
            if (!credential->lastUsedAt.isValid())
                ++never;
            else if (credential->lastUsedAt.secsTo(now) < 24 * 3600)
                ++today;
            else if (credential->lastUsedAt.daysTo(now) > 365)
                ++yearsOld;
        }
        QVERIFY(never > 0);
        QVERIFY(today > 0);
        QVERIFY(yearsOld > 0);
        QVERIFY(m_server->store().credential(ids.bigOrgId, ids.demoServiceAccountId,
                                             ids.demoCredentialId));
    }

    void paging_forwardsAndBackwards_eachAccountExactlyOnce()
    {
        const QStringList expected =
            m_server->store().serviceAccountIds(m_server->demoIds().bigOrgId);
        QVERIFY(expected.size() >= 5000);
        QStringList forwards;
        ListPage page = listPage(m_accountsPath, QStringLiteral("limit=100"));
        QVERIFY(!page.hasPrev());
        forwards += page.ids;
        while (page.hasNext()) {
            page = listPage(m_accountsPath,
                            QStringLiteral("limit=100&") + cursorArg("after", page.end()));
            QVERIFY(!page.ids.isEmpty());
            QVERIFY(page.hasPrev());
            forwards += page.ids;
        }
        QCOMPARE(forwards, expected);

        // Backwards from the last page to the first.
        QStringList backwards = page.ids;
        while (page.hasPrev()) {
            page = listPage(m_accountsPath,
                            QStringLiteral("limit=100&") + cursorArg("before", page.start()));
            QVERIFY(!page.ids.isEmpty());
            QVERIFY(page.hasNext());
            backwards = page.ids + backwards;
        }
        QCOMPARE(backwards, expected);
    }

    void paging_whileInsertingAndDeleting_noRepeatNoSkip()
    {
        auto& store = m_server->store();
        const QString org = m_server->demoIds().bigOrgId;
        for (const bool forwards : {true, false}) {
            const QStringList before = store.serviceAccountIds(org);
            QSet<QString> deleted;
            QStringList seen;
            QRandomGenerator random(42);
            ListPage page;
            if (forwards) {
                page = listPage(m_accountsPath, QStringLiteral("limit=97"));
            } else {
                // Start from the oldest item and walk towards the newest.
                ListPage last = listPage(m_accountsPath, QStringLiteral("limit=1"));
                while (last.hasNext())
                    last = listPage(m_accountsPath,
                                    QStringLiteral("limit=100&") + cursorArg("after", last.end()));
                page = last;
            }
            for (;;) {
                seen += page.ids;
                for (int i = 0; i < 3; ++i)
                    store.createServiceAccount(org, QStringLiteral("inserted-while-paging"));
                for (int i = 0; i < 2; ++i) {
                    const QStringList current = store.serviceAccountIds(org);
                    const QString victim = current.at(random.bounded(int(current.size())));
                    store.deleteServiceAccount(org, victim);
                    deleted.insert(victim);
                }
                if (forwards ? !page.hasNext() : !page.hasPrev())
                    break;
                page = listPage(m_accountsPath, QStringLiteral("limit=97&") +
                                                    (forwards ? cursorArg("after", page.end())
                                                              : cursorArg("before", page.start())));
            }
            const QSet<QString> unique(seen.cbegin(), seen.cend());
            QCOMPARE(unique.size(), seen.size());
            for (const QString& id : before) {
                if (!deleted.contains(id) && !unique.contains(id))
                    QFAIL(qPrintable(QStringLiteral("skipped %1").arg(id)));
            }
        }
    }

    void paging_emptyList_noCursors()
    {
        const auto answer = m_http->get(QStringLiteral("/organizations/initech/service-accounts"));
        QCOMPARE(answer.status, 200);
        const QJsonObject pageInfo = answer.json().value(QStringLiteral("page_info")).toObject();
        QVERIFY(answer.json().value(QStringLiteral("items")).toArray().isEmpty());
        QVERIFY(!pageInfo.contains(QStringLiteral("end_cursor")));
        QVERIFY(!pageInfo.contains(QStringLiteral("start_cursor")));
        QCOMPARE(pageInfo.value(QStringLiteral("has_next_page")), QJsonValue(false));
        QVERIFY(!answer.body.contains("null"));
    }

    void paging_defaultLimit_fifty()
    {
        QCOMPARE(listPage(m_accountsPath, QString()).ids.size(), 50);
    }

    void paging_limitOutOfRange_422WithMessage()
    {
        for (const char* limit : {"0", "101", "-1", "abc"}) {
            const auto answer =
                m_http->get(m_accountsPath + QStringLiteral("?limit=") + QLatin1String(limit));
            QCOMPARE(answer.status, 422);
            QVERIFY(!answer.json().value(QStringLiteral("message")).toString().isEmpty());
        }
        QCOMPARE(m_http->get(m_accountsPath + QStringLiteral("?limit=1")).status, 200);
        QCOMPARE(m_http->get(m_accountsPath + QStringLiteral("?limit=100")).status, 200);
    }

    void paging_forgedOrForeignCursor_rejected()
    {
        const ListPage page = listPage(m_accountsPath, QStringLiteral("limit=5"));
        QVERIFY(page.end().size() <= 255);
        QString forged = page.end();
        forged[3] = forged.at(3) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const auto ids = m_server->demoIds();
        const QString credentialsPath = m_accountsPath + QLatin1Char('/') +
                                        ids.accountWithManyCredentials +
                                        QStringLiteral("/credentials");
        const ListPage foreign = listPage(credentialsPath, QStringLiteral("limit=5"));
        for (const QString& cursor : {forged, QStringLiteral("not-a-cursor"), foreign.end()}) {
            const auto answer =
                m_http->get(m_accountsPath + QLatin1Char('?') + cursorArg("after", cursor));
            QCOMPARE(answer.status, 422);
            QVERIFY(!answer.json().value(QStringLiteral("message")).toString().isEmpty());
        }
    }

    void organization_byIdOrLabel_foundAndUnknownLabel404()
    {
        const auto ids = m_server->demoIds();
        const auto byLabel = m_http->get(QStringLiteral("/organizations/") + ids.bigOrgLabel);
        QCOMPARE(byLabel.status, 200);
        QCOMPARE(byLabel.json().value(QStringLiteral("id")).toString(), ids.bigOrgId);
        QCOMPARE(m_http->get(QStringLiteral("/organizations/") + ids.bigOrgId).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/organizations/acme/service-accounts?limit=1")).status,
                 200);
        const auto unknown = m_http->get(QStringLiteral("/organizations/no-such-label"));
        QCOMPARE(unknown.status, 404);
        QVERIFY(!unknown.json().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(
            m_http->get(QStringLiteral("/organizations/no-such-label/service-accounts")).status,
            404);
        QCOMPARE(m_http->get(m_accountsPath + QStringLiteral("/UNKNOWNUNKNOWNUNKNOWNUNKNO")).status,
                 404);
        const auto orgs = m_http->get(QStringLiteral("/organizations"));
        QCOMPARE(orgs.status, 200);
        QVERIFY(idsOf(orgs.json()).contains(ids.smallOrgId));
    }

    void auth_missingInvalidOrExpiredToken_401()
    {
        HttpProbe anonymous(m_server->baseUrl());
        const auto missing = anonymous.get(m_accountsPath);
        QCOMPARE(missing.status, 401);
        QVERIFY(!missing.json().value(QStringLiteral("message")).toString().isEmpty());
        anonymous.setToken("eyJhbGciOiJIUzI1NiJ9.e30.forged");
        QCOMPARE(anonymous.get(m_accountsPath).status, 401);

        m_server->setTokenLifetime(0);
        HttpProbe expired(m_server->baseUrl());
        const auto token =
            expired.requestToken(m_server->demoClientId(), m_server->demoClientSecret());
        QCOMPARE(token.status, 200);
        QCOMPARE(token.json().value(QStringLiteral("expires_in")).toInt(-1), 0);
        expired.setToken(token.json().value(QStringLiteral("access_token")).toString().toLatin1());
        QCOMPARE(expired.get(m_accountsPath).status, 401);

        HttpProbe apiKey(m_server->baseUrl());
        apiKey.setToken(m_server->issueApiKey().toLatin1());
        QCOMPARE(apiKey.get(m_accountsPath + QStringLiteral("?limit=1")).status, 200);
    }

    void token_endpoint_checksCredentialsAndUpdatesLastUsed()
    {
        auto& store = m_server->store();
        const auto ids = m_server->demoIds();
        const auto created = store.createCredentialWithSecret(
            ids.bigOrgId, ids.accountWithNoCredentials, QStringLiteral("fresh"));
        QVERIFY(!store.credential(ids.bigOrgId, ids.accountWithNoCredentials, created.id)
                     ->lastUsedAt.isValid());
        HttpProbe probe(m_server->baseUrl());
        QCOMPARE(probe.requestToken(created.clientId, QStringLiteral("wrong")).status, 401);
        QCOMPARE(probe.requestToken(QStringLiteral("unknown"), QStringLiteral("x")).status, 401);
        QCOMPARE(
            probe.requestToken(created.clientId, QString::fromLatin1(created.secret), "password")
                .status,
            400);
        const auto noAuth = probe.send("POST", QStringLiteral("/service-account-token"),
                                       "grant_type=client_credentials",
                                       {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(noAuth.status, 401);
        const auto ok = probe.requestToken(created.clientId, QString::fromLatin1(created.secret));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(QStringLiteral("token_type")).toString(),
                 QStringLiteral("Bearer"));
        QCOMPARE(ok.json().value(QStringLiteral("expires_in")).toInt(), 3600);
        QVERIFY(!ok.json().value(QStringLiteral("access_token")).toString().isEmpty());
        const auto fetched =
            m_http->get(m_accountsPath + QLatin1Char('/') + ids.accountWithNoCredentials +
                        QStringLiteral("/credentials/") + created.id);
        QCOMPARE(fetched.status, 200);
        const QDateTime lastUsed = QDateTime::fromString(
            fetched.json().value(QStringLiteral("last_used_at")).toString(), Qt::ISODate);
        QVERIFY(lastUsed.isValid());
        QVERIFY(qAbs(lastUsed.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void createCredential_secretOnlyInCreateAnswer()
    {
        const auto ids = m_server->demoIds();
        const QString path = m_accountsPath + QLatin1Char('/') + ids.accountWithOneCredential +
                             QStringLiteral("/credentials");
        const auto created = m_http->post(
            path, {{QStringLiteral("name"), QStringLiteral("new")},
                   {QStringLiteral("description"), QStringLiteral("made by the test")}});
        QCOMPARE(created.status, 201);
        const QJsonObject json = created.json();
        const QString secret = json.value(QStringLiteral("client_secret")).toString();
        QVERIFY(secret.size() >= 32);
        const QString id = json.value(QStringLiteral("id")).toString();
        QCOMPARE(id.size(), 26);
        QVERIFY(!json.contains(QStringLiteral("last_used_at")));
        const auto fetched = m_http->get(path + QLatin1Char('/') + id);
        QCOMPARE(fetched.status, 200);
        QVERIFY(!fetched.body.contains("client_secret"));
        QVERIFY(!fetched.body.contains(secret.toLatin1()));
        const auto list = m_http->get(path);
        QCOMPARE(list.status, 200);
        QVERIFY(idsOf(list.json()).contains(id));
        QCOMPARE(idsOf(list.json()).first(), id); // newest first
        QVERIFY(!list.body.contains("client_secret"));
        HttpProbe probe(m_server->baseUrl());
        QVERIFY(
            !probe.signIn(json.value(QStringLiteral("client_id")).toString(), secret).isEmpty());
    }

    void serviceAccount_createUpdateValidate()
    {
        const auto created = m_http->post(
            m_accountsPath, {{QStringLiteral("name"), QStringLiteral("made-by-test")}});
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QVERIFY(!created.json().contains(QStringLiteral("description")));
        QCOMPARE(idsOf(m_http->get(m_accountsPath + QStringLiteral("?limit=1")).json()).first(),
                 id);
        const auto updated = m_http->patch(m_accountsPath + QLatin1Char('/') + id,
                                           {{QStringLiteral("description"), QStringLiteral("d")}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json().value(QStringLiteral("name")).toString(),
                 QStringLiteral("made-by-test"));
        QCOMPARE(updated.json().value(QStringLiteral("description")).toString(),
                 QStringLiteral("d"));

        const auto missingName = m_http->post(m_accountsPath, {});
        QCOMPARE(missingName.status, 422);
        QVERIFY(!missingName.json().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_http->post(m_accountsPath, {{QStringLiteral("name"), QString()}}).status, 422);
        const QString longText(501, QLatin1Char('x'));
        const auto tooLong =
            m_http->post(m_accountsPath, {{QStringLiteral("name"), QStringLiteral("n")},
                                          {QStringLiteral("description"), longText}});
        QCOMPARE(tooLong.status, 422);
        QCOMPARE(m_http
                     ->patch(m_accountsPath + QLatin1Char('/') + id,
                             {{QStringLiteral("description"), longText}})
                     .status,
                 422);
        QCOMPARE(m_http->send("POST", m_accountsPath, "not json").status, 400);
    }

    void deleteServiceAccount_204EmptyBody_credentialsDeletedToo()
    {
        const auto ids = m_server->demoIds();
        auto& store = m_server->store();
        const QString account = ids.accountWithManyCredentials;
        const QString credential = store.credentialIds(ids.bigOrgId, account).first();
        const int before = store.serviceAccountCount(ids.bigOrgId);
        const auto deleted = m_http->send("DELETE", m_accountsPath + QLatin1Char('/') + account);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        QCOMPARE(store.serviceAccountCount(ids.bigOrgId), before - 1);
        QCOMPARE(store.credentialCount(ids.bigOrgId, account), 0);
        QCOMPARE(m_http->get(m_accountsPath + QLatin1Char('/') + account).status, 404);
        QCOMPARE(m_http
                     ->get(m_accountsPath + QLatin1Char('/') + account +
                           QStringLiteral("/credentials/") + credential)
                     .status,
                 404);
        QCOMPARE(m_http->send("DELETE", m_accountsPath + QLatin1Char('/') + account).status, 404);

        const QString one = ids.accountWithOneCredential;
        const QString onlyCredential = store.credentialIds(ids.bigOrgId, one).first();
        const auto credentialDeleted =
            m_http->send("DELETE", m_accountsPath + QLatin1Char('/') + one +
                                       QStringLiteral("/credentials/") + onlyCredential);
        QCOMPARE(credentialDeleted.status, 204);
        QVERIFY(credentialDeleted.body.isEmpty());
        QCOMPARE(store.credentialCount(ids.bigOrgId, one), 0);
    }

    void requestId_echoedBack()
    {
        const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const auto answer = m_http->send("GET", m_accountsPath + QStringLiteral("?limit=1"), {},
                                         {{"X-Client-Request-ID", requestId}});
        QCOMPARE(answer.header("X-Client-Request-ID"), requestId);
        QCOMPARE(m_server->lastRequestHeader(QStringLiteral("listServiceAccounts"),
                                             "X-Client-Request-ID"),
                 requestId);
        const auto error = m_http->send("GET", QStringLiteral("/organizations/nope"), {},
                                        {{"X-Client-Request-ID", requestId}});
        QCOMPARE(error.status, 404);
        QCOMPARE(error.header("X-Client-Request-ID"), requestId);
    }

    void expandPermissions_fillsPermissions_readOnlyCannotWrite()
    {
        const auto plain = m_http->get(m_accountsPath + QStringLiteral("?limit=2"));
        QVERIFY(!plain.body.contains("permissions"));
        const auto expanded = m_http->get(
            m_accountsPath + QStringLiteral("?limit=2&expand=permissions&expand=total_count"));
        QCOMPARE(expanded.status, 200);
        const QJsonObject json = expanded.json();
        QVERIFY(json.value(QStringLiteral(
            "permissions"))[QStringLiteral("service_accounts")][QStringLiteral("create")]
                    .toBool());
        QVERIFY(json.value(QStringLiteral("items"))[0][QStringLiteral(
            "permissions")][QStringLiteral("service_accounts")][QStringLiteral("delete")]
                    .toBool());

        HttpProbe reader(m_server->baseUrl());
        QVERIFY(!reader.signIn(m_server->readOnlyClientId(), m_server->readOnlyClientSecret())
                     .isEmpty());
        const auto readOnly =
            reader.get(m_accountsPath + QStringLiteral("?limit=2&expand=permissions"));
        QCOMPARE(readOnly.status, 200);
        QCOMPARE(readOnly.json().value(QStringLiteral(
                     "permissions"))[QStringLiteral("service_accounts")][QStringLiteral("create")],
                 QJsonValue(false));
        QCOMPARE(readOnly.json().value(QStringLiteral("items"))[0][QStringLiteral(
                     "permissions")][QStringLiteral("service_accounts")][QStringLiteral("read")],
                 QJsonValue(true));
    }

    void readOnlyCredential_writes_403()
    {
        const auto ids = m_server->demoIds();
        HttpProbe reader(m_server->baseUrl());
        QVERIFY(!reader.signIn(m_server->readOnlyClientId(), m_server->readOnlyClientSecret())
                     .isEmpty());
        const QString account = m_accountsPath + QLatin1Char('/') + ids.accountWithOneCredential;
        const QString credential =
            account + QStringLiteral("/credentials/") +
            m_server->store().credentialIds(ids.bigOrgId, ids.accountWithOneCredential).first();
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("x")}};
        QCOMPARE(reader.get(account).status, 200);
        QCOMPARE(reader.post(m_accountsPath, body).status, 403);
        QCOMPARE(reader.patch(account, body).status, 403);
        QCOMPARE(reader.post(account + QStringLiteral("/credentials"), body).status, 403);
        QCOMPARE(reader.patch(credential, body).status, 403);
        QCOMPARE(reader.send("DELETE", credential).status, 403);
        const auto denied = reader.send("DELETE", account);
        QCOMPARE(denied.status, 403);
        QVERIFY(!denied.json().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_server->store().credentialCount(ids.bigOrgId, ids.accountWithOneCredential), 1);
    }

    void requestCounts_countedPerOperation()
    {
        m_server->resetRequestCounts();
        QSignalSpy received(m_server.get(), &FakeServer::requestReceived);
        m_http->get(m_accountsPath + QStringLiteral("?limit=1"));
        m_http->get(m_accountsPath + QStringLiteral("?limit=1&expand=permissions"));
        QCOMPARE(m_server->requestCount(QStringLiteral("listServiceAccounts")), 2);
        QCOMPARE(received.size(), 2);
        QCOMPARE(m_server->lastRequestQuery(QStringLiteral("listServiceAccounts"))
                     .queryItemValue(QStringLiteral("expand")),
                 QStringLiteral("permissions"));
    }

    void fault_status_nextNRequestsWithRetryAfter()
    {
        m_server->addFault(QStringLiteral("listServiceAccounts"), Fault::httpStatus(429, 2, 3));
        const QString path = m_accountsPath + QStringLiteral("?limit=1");
        for (int i = 0; i < 2; ++i) {
            const auto limited = m_http->get(path);
            QCOMPARE(limited.status, 429);
            QCOMPARE(limited.header("Retry-After"), QByteArray("3"));
            QVERIFY(!limited.json().value(QStringLiteral("message")).toString().isEmpty());
        }
        QCOMPARE(m_http->get(path).status, 200);
        // Other operations are not affected; "*" hits every operation.
        m_server->addFault(QStringLiteral("*"), Fault::httpStatus(503, 1));
        QCOMPARE(m_http->get(QStringLiteral("/organizations")).status, 503);
        QCOMPARE(m_http->get(QStringLiteral("/organizations")).status, 200);
        // A share of requests: 0 never, 1 always.
        Fault never = Fault::httpStatus(502, -1);
        never.share = 0.0;
        m_server->addFault(QStringLiteral("retrieveOrganization"), never);
        QCOMPARE(m_http->get(QStringLiteral("/organizations/acme")).status, 200);
        m_server->clearFaults();
        m_server->addFault(QStringLiteral("retrieveOrganization"), Fault::httpStatus(500, -1));
        QCOMPARE(m_http->get(QStringLiteral("/organizations/acme")).status, 500);
        QCOMPARE(m_http->get(QStringLiteral("/organizations/acme")).status, 500);
        QCOMPARE(m_server->requestCount(QStringLiteral("retrieveOrganization")), 3);
    }

    void fault_latency_delaysAnswers()
    {
        m_server->addFault(QStringLiteral("listServiceAccounts"), Fault::latency(300));
        const auto slow = m_http->get(m_accountsPath + QStringLiteral("?limit=1"));
        QCOMPARE(slow.status, 200);
        QVERIFY2(slow.elapsedMs >= 290, qPrintable(QString::number(slow.elapsedMs)));
        m_server->clearFaults();
        m_server->addFault(QStringLiteral("*"), Fault::latency(100, 200));
        const auto ranged = m_http->get(QStringLiteral("/organizations"));
        QCOMPARE(ranged.status, 200);
        QVERIFY(ranged.elapsedMs >= 95);
    }

    void fault_stallAfterHeaders_headersButNoBody()
    {
        m_server->addFault(QStringLiteral("listServiceAccounts"),
                           Fault::of(Fault::Kind::StallAfterHeaders));
        const auto stalled = m_http->send("GET", m_accountsPath, {}, {}, 800);
        QVERIFY(!stalled.finished);
        QVERIFY(stalled.headersArrived);
        QVERIFY(stalled.elapsedMs >= 790);
        QCOMPARE(m_http->get(m_accountsPath + QStringLiteral("?limit=1")).status, 200);
    }

    void fault_closeMidBody_connectionClosedWithPartialBody()
    {
        m_server->addFault(QStringLiteral("listServiceAccounts"),
                           Fault::of(Fault::Kind::CloseMidBody));
        const auto cut = m_http->get(m_accountsPath);
        QVERIFY(cut.finished);
        QVERIFY(cut.error != QNetworkReply::NoError);
        QVERIFY(!cut.isJson());
        QCOMPARE(m_http->get(m_accountsPath).status, 200);
    }

    void fault_malformedJson_200WithInvalidBody()
    {
        m_server->addFault(QStringLiteral("listServiceAccounts"),
                           Fault::of(Fault::Kind::MalformedJson));
        const auto broken = m_http->get(m_accountsPath);
        QCOMPARE(broken.status, 200);
        QCOMPARE(broken.error, QNetworkReply::NoError);
        QVERIFY(!broken.body.isEmpty());
        QVERIFY(!broken.isJson());
    }

    void fault_schemaBreak_nameBecomesNumber()
    {
        m_server->addFault(QStringLiteral("listServiceAccounts"),
                           Fault::of(Fault::Kind::SchemaBreak));
        const auto broken = m_http->get(m_accountsPath);
        QCOMPARE(broken.status, 200);
        QVERIFY(broken.isJson());
        QVERIFY(broken.json().value(QStringLiteral("items"))[0][QStringLiteral("name")].isDouble());
        const auto fine = m_http->get(m_accountsPath);
        QVERIFY(fine.json().value(QStringLiteral("items"))[0][QStringLiteral("name")].isString());
    }

    void fault_repeatCursor_secondPageRepeatsEndCursor()
    {
        m_server->addFault(QStringLiteral("listServiceAccounts"),
                           Fault::of(Fault::Kind::RepeatCursor));
        const ListPage first = listPage(m_accountsPath, QStringLiteral("limit=10"));
        QVERIFY(first.hasNext());
        const ListPage second =
            listPage(m_accountsPath, QStringLiteral("limit=10&") + cursorArg("after", first.end()));
        QCOMPARE(second.end(), first.end());
        QVERIFY(second.hasNext());
        const ListPage third =
            listPage(m_accountsPath, QStringLiteral("limit=10&") + cursorArg("after", first.end()));
        QVERIFY(third.end() != first.end());
    }

    void fault_dropAfterCreate_createdButNoAnswer()
    {
        m_server->addFault(QStringLiteral("createServiceAccount"),
                           Fault::of(Fault::Kind::DropAfterCreate, -1));
        auto& store = m_server->store();
        const QString org = m_server->demoIds().bigOrgId;
        const int before = store.serviceAccountCount(org);
        const auto dropped =
            m_http->post(m_accountsPath, {{QStringLiteral("name"), QStringLiteral("dropped")}});
        QVERIFY(dropped.finished);
        QCOMPARE(dropped.status, 0);
        QVERIFY(dropped.error != QNetworkReply::NoError);
        QVERIFY(store.serviceAccountCount(org) > before);
        const auto& newest = *store.serviceAccount(org, store.serviceAccountIds(org).first());
        QCOMPARE(newest.name, QStringLiteral("dropped"));
        // QNetworkAccessManager resends a request whose connection closed before any answer,
        // so the server may have received (and performed) it more than once.
        QCOMPARE(store.serviceAccountCount(org) - before,
                 m_server->requestCount(QStringLiteral("createServiceAccount")));
    }

    void faultSpec_parsesCommandLineForms()
    {
        QString error;
        auto spec = keycard::fake::parseFaultSpec(
            QStringLiteral("listServiceAccounts:status=503,count=2"), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->operationId, QStringLiteral("listServiceAccounts"));
        QCOMPARE(spec->fault.kind, Fault::Kind::Status);
        QCOMPARE(spec->fault.status, 503);
        QCOMPARE(spec->fault.count, 2);
        spec = keycard::fake::parseFaultSpec(QStringLiteral("*:latency=50-200"), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->fault.kind, Fault::Kind::Latency);
        QCOMPARE(spec->fault.latencyMs, 50);
        QCOMPARE(spec->fault.latencyMaxMs, 200);
        QCOMPARE(spec->fault.count, -1);
        spec = keycard::fake::parseFaultSpec(
            QStringLiteral("listServiceAccounts:status=429:retry-after=2,share=0.5"), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->fault.retryAfterSeconds, 2);
        QCOMPARE(spec->fault.share, 0.5);
        spec = keycard::fake::parseFaultSpec(QStringLiteral("createCredential:drop-after-create"),
                                             &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->fault.kind, Fault::Kind::DropAfterCreate);
        QVERIFY(!keycard::fake::parseFaultSpec(QStringLiteral("nothing"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!keycard::fake::parseFaultSpec(QStringLiteral("x:explode"), &error));
    }

    void tool_printsThreeLinesAndServes()
    {
        QProcess tool;
        tool.start(QStringLiteral(KEYCARD_FAKE_SERVER_TOOL),
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                    QStringLiteral("3"), QStringLiteral("--fault"),
                    QStringLiteral("retrieveOrganization:status=503,count=1")});
        QVERIFY(tool.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(tool.canReadLine() && tool.peek(4096).count('\n') >= 3, 10000);
        const QString baseLine = QString::fromUtf8(tool.readLine()).trimmed();
        const QString idLine = QString::fromUtf8(tool.readLine()).trimmed();
        const QString secretLine = QString::fromUtf8(tool.readLine()).trimmed();
        QVERIFY2(baseLine.startsWith(QStringLiteral("KEYCARD_API_BASE_URL=http://127.0.0.1:")),
                 qPrintable(baseLine));
        QVERIFY(idLine.startsWith(QStringLiteral("KEYCARD_API_CLIENT_ID=")));
        QVERIFY(secretLine.startsWith(QStringLiteral("KEYCARD_API_CLIENT_SECRET=")));
        HttpProbe probe(QUrl(baseLine.section(QLatin1Char('='), 1)));
        QVERIFY(!probe
                     .signIn(idLine.section(QLatin1Char('='), 1),
                             secretLine.section(QLatin1Char('='), 1))
                     .isEmpty());
        QCOMPARE(probe.get(QStringLiteral("/organizations/acme")).status, 503);
        QCOMPARE(probe.get(QStringLiteral("/organizations/acme")).status, 200);
        tool.kill();
        tool.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestFakeServer)
#include "tst_fakeserver.moc"
