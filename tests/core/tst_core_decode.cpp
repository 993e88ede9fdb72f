// Strict decoding: every field checked, errors that name the field and the request ID, and
// answers broken by the fake server; plus the small value types (SecretString, Permissions).
#include "apiclient.h"
#include "fakeserver.h"
#include "jsondecoder.h"
#include "qtcompat.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace keycard;
using keycard::test::Answer;

namespace {
const QString kRequestId = QStringLiteral("req-123");

QByteArray account(const QByteArray& extra = {})
{
    return R"({"id":"sa1","name":"ci","created_at":"2024-05-01T10:00:00Z",)"
           R"("updated_at":"2024-05-02T10:00:00.123456Z")" +
           extra + "}";
}
} // namespace

class TestDecode final : public QObject
{
    Q_OBJECT

private slots:
    void serviceAccount_valid_decodesAllFields()
    {
        const auto r = json::decodeServiceAccount(
            account(
                R"(,"description":"d","permissions":{"service_accounts":{"update":true,"delete":false}},"future_field":[1,2])"),
            kRequestId);
        QVERIFY2(r.ok(), qPrintable(r.error().detail()));
        QCOMPARE(r.value().id, QStringLiteral("sa1"));
        QCOMPARE(r.value().description, QStringLiteral("d"));
        QCOMPARE(r.value().createdAt,
                 keycard::compat::utcDateTime(QDate(2024, 5, 1), QTime(10, 0)));
        QCOMPARE(r.value().updatedAt.time().msec(), 123);
        QCOMPARE(r.value().updatedAt.timeSpec(), Qt::UTC);
        QVERIFY(r.value().permissions.present);
        QVERIFY(r.value().permissions.allows(QStringLiteral("service_accounts"),
                                             QStringLiteral("update")));
        QVERIFY(!r.value().permissions.allows(QStringLiteral("service_accounts"),
                                              QStringLiteral("delete")));
        QVERIFY(
            !r.value().permissions.allows(QStringLiteral("credentials"), QStringLiteral("create")));
    }

    void serviceAccount_nullOptional_isAccepted()
    {
        const auto r = json::decodeServiceAccount(
            account(R"(,"description":null,"permissions":null)"), kRequestId);
        QVERIFY2(r.ok(), qPrintable(r.error().detail()));
        QVERIFY(r.value().description.isEmpty());
        QVERIFY(!r.value().permissions.present);
        QVERIFY(r.value().permissions.allows(QStringLiteral("x"), QStringLiteral("y"))); // unknown
    }

    void timestamp_withOffset_isConvertedToUtc()
    {
        const QDateTime t = json::parseTimestamp(QStringLiteral("2024-05-01T12:30:00+02:00"));
        QCOMPARE(t, keycard::compat::utcDateTime(QDate(2024, 5, 1), QTime(10, 30)));
        QCOMPARE(t.timeSpec(), Qt::UTC);
        QVERIFY(!json::parseTimestamp(QStringLiteral("yesterday")).isValid());
        QVERIFY(!json::parseTimestamp(QStringLiteral("2024-13-01T00:00:00Z")).isValid());
    }

    void brokenBodies_giveDecodeErrorNamingField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("not json") << QByteArray("<html>oops</html>") << QString();
        QTest::newRow("cut off") << QByteArray(R"({"items":[{"id":"a")") << QString();
        QTest::newRow("array root") << QByteArray("[]") << QString();
        QTest::newRow("no items")
            << QByteArray(R"({"page_info":{"has_next_page":false,"has_prev_page":false}})")
            << QStringLiteral("items");
        QTest::newRow("items not array")
            << QByteArray(R"({"items":{},"page_info":{}})") << QStringLiteral("items");
        QTest::newRow("item not object")
            << QByteArray(
                   R"({"items":[3],"page_info":{"has_next_page":false,"has_prev_page":false}})")
            << QStringLiteral("items[0]");
        QTest::newRow("wrong type deep")
            << QByteArray(R"({"items":[)" + account() + "," +
                          account(R"(,"name":42)").replace(R"("name":"ci",)", "") +
                          R"(],"page_info":{"has_next_page":false,"has_prev_page":false}})")
            << QStringLiteral("items[1].name");
        QTest::newRow("missing created_at")
            << QByteArray(
                   R"({"items":[{"id":"x","name":"n","updated_at":"2024-01-01T00:00:00Z"}],"page_info":{"has_next_page":false,"has_prev_page":false}})")
            << QStringLiteral("items[0].created_at");
        QTest::newRow("bad timestamp")
            << QByteArray(
                   R"({"items":[{"id":"x","name":"n","created_at":"soon","updated_at":"2024-01-01T00:00:00Z"}],"page_info":{"has_next_page":false,"has_prev_page":false}})")
            << QStringLiteral("items[0].created_at");
        QTest::newRow("page_info missing")
            << QByteArray(R"({"items":[]})") << QStringLiteral("page_info");
        QTest::newRow("has_next_page string")
            << QByteArray(
                   R"({"items":[],"page_info":{"has_next_page":"yes","has_prev_page":false}})")
            << QStringLiteral("page_info.has_next_page");
        QTest::newRow("permission not bool")
            << QByteArray(
                   R"({"items":[],"page_info":{"has_next_page":false,"has_prev_page":false},"permissions":{"service_accounts":{"read":"yes"}}})")
            << QStringLiteral("permissions.service_accounts.read");
    }

    void brokenBodies_giveDecodeErrorNamingField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto r = json::decodeServiceAccountPage(body, kRequestId);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ApiError::Kind::Decode);
        QCOMPARE(r.error().field(), field);
        QCOMPARE(r.error().requestId(), kRequestId);
        QVERIFY(describeError(r.error()).contains(kRequestId));
    }

    void newCredential_withoutSecret_isDecodeError()
    {
        const auto r = json::decodeNewCredential(
            R"({"id":"c1","client_id":"cid","name":"n","created_at":"2024-01-01T00:00:00Z"})",
            kRequestId);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field(), QStringLiteral("client_secret"));
    }

    void token_variants()
    {
        QVERIFY(json::decodeToken(R"({"access_token":"t","token_type":"Bearer","expires_in":60})",
                                  kRequestId)
                    .ok());
        QVERIFY(
            json::decodeToken(R"({"access_token":"t","token_type":"bearer"})", kRequestId).ok());
        QCOMPARE(json::decodeToken(R"({"token_type":"Bearer"})", kRequestId).error().field(),
                 QStringLiteral("access_token"));
        QCOMPARE(json::decodeToken(
                     R"({"access_token":"t","token_type":"Bearer","expires_in":"1h"})", kRequestId)
                     .error()
                     .field(),
                 QStringLiteral("expires_in"));
    }

    void hugePage_isDecoded()
    {
        QJsonArray items;
        const int count = 20000;
        for (int i = 0; i < count; ++i) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), QStringLiteral("sa%1").arg(i));
            o.insert(QStringLiteral("name"), QStringLiteral("an account with a long enough name"));
            o.insert(QStringLiteral("description"), QString(120, QLatin1Char('x')));
            o.insert(QStringLiteral("created_at"), QStringLiteral("2024-05-01T10:00:00Z"));
            o.insert(QStringLiteral("updated_at"), QStringLiteral("2024-05-01T10:00:00Z"));
            items.append(o);
        }
        QJsonObject pageInfo;
        pageInfo.insert(QStringLiteral("has_next_page"), true);
        pageInfo.insert(QStringLiteral("has_prev_page"), false);
        pageInfo.insert(QStringLiteral("end_cursor"), QStringLiteral("c"));
        QJsonObject root;
        root.insert(QStringLiteral("items"), items);
        root.insert(QStringLiteral("page_info"), pageInfo);
        const QByteArray body = QJsonDocument(root).toJson(QJsonDocument::Compact);
        QVERIFY(body.size() > 4 * 1024 * 1024);
        const auto r = json::decodeServiceAccountPage(body, kRequestId);
        QVERIFY(r.ok());
        QCOMPARE(r.value().items.size(), count);
    }

    void deeplyNested_doesNotCrash()
    {
        const QByteArray body = QByteArray(100000, '[') + QByteArray(100000, ']');
        const auto r = json::decodeOrganization(body, kRequestId);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ApiError::Kind::Decode);
    }

    void encode_draftAndPatch_sendOnlyWhatIsSet()
    {
        QCOMPARE(json::encodeDraft(Draft{QStringLiteral("n"), QString()}),
                 QByteArray(R"({"name":"n"})"));
        QCOMPARE(json::encodeDraft(Draft{QStringLiteral("n"), QStringLiteral("d")}),
                 QByteArray(R"({"description":"d","name":"n"})"));
        Patch patch;
        QCOMPARE(json::encodePatch(patch), QByteArray("{}"));
        patch.description = QString(); // set to empty: clearing it is a change
        QCOMPARE(json::encodePatch(patch), QByteArray(R"({"description":""})"));
    }

    void secretString_copiesCompareAndReveal()
    {
        const SecretString a(QStringLiteral("s3cr3t"));
        SecretString b = a;
        QVERIFY(a == b);
        QCOMPARE(b.revealString(), QStringLiteral("s3cr3t"));
        b = SecretString(QByteArray("other"));
        QVERIFY(a != b);
        SecretString c(std::move(b));
        QVERIFY(b.isEmpty());
        QCOMPARE(c.reveal(), QByteArray("other"));
        c.clear();
        QVERIFY(c.isEmpty());
        QByteArray bytes("wipe me");
        bytes.detach();
        SecretString::wipe(bytes);
        QVERIFY(bytes.isEmpty());
    }

    void server_schemaBreak_namesTheField()
    {
        fake::FakeServer server(3);
        QVERIFY(server.listen(0));
        ConnectionConfig c;
        c.baseUrl = server.baseUrl();
        c.auth.clientId = server.demoClientId();
        c.auth.secret = SecretString(server.demoClientSecret());
        ApiClient client(c);
        server.addFault(QStringLiteral("listServiceAccounts"),
                        fake::Fault::of(fake::Fault::Kind::SchemaBreak, 1));
        Answer<Page<ServiceAccount>> answer;
        client.listServiceAccounts(server.demoIds().smallOrgId, PageRequest(), nullptr,
                                   answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Decode);
        QCOMPARE(answer.error().field(), QStringLiteral("items[0].name"));
        QCOMPARE(answer.error().requestId(),
                 QString::fromLatin1(server.lastRequestHeader(QStringLiteral("listServiceAccounts"),
                                                              "X-Client-Request-ID")));
        QCOMPARE(server.requestCount(QStringLiteral("listServiceAccounts")), 1); // not retried

        server.addFault(QStringLiteral("retrieveOrganization"),
                        fake::Fault::of(fake::Fault::Kind::SchemaBreak, 1));
        Answer<Organization> org;
        client.getOrganization(server.demoIds().smallOrgId, nullptr, org.callback());
        QVERIFY(org.wait());
        KC_COMPARE_KIND(org, ApiError::Kind::Decode);
        QCOMPARE(org.error().field(), QStringLiteral("id"));
    }

    void server_malformedJson_givesDecodeError()
    {
        fake::FakeServer server(3);
        QVERIFY(server.listen(0));
        ConnectionConfig c;
        c.baseUrl = server.baseUrl();
        c.auth.clientId = server.demoClientId();
        c.auth.secret = SecretString(server.demoClientSecret());
        ApiClient client(c);
        server.addFault(QStringLiteral("listCredentials"),
                        fake::Fault::of(fake::Fault::Kind::MalformedJson, 1));
        Answer<Page<Credential>> answer;
        client.listCredentials(server.demoIds().bigOrgId,
                               server.demoIds().accountWithManyCredentials, PageRequest(), nullptr,
                               answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Decode);
        QVERIFY(!answer.error().requestId().isEmpty());
        QVERIFY(describeError(answer.error()).contains(answer.error().requestId()));

        // a broken token answer is a decode error too, at sign-in
        server.addFault(QStringLiteral("serviceAccountToken"),
                        fake::Fault::of(fake::Fault::Kind::SchemaBreak, 1));
        ApiClient fresh(c);
        Answer<Empty> signIn;
        fresh.signIn(nullptr, signIn.callback());
        QVERIFY(signIn.wait());
        KC_COMPARE_KIND(signIn, ApiError::Kind::Decode);
        QCOMPARE(signIn.error().field(), QStringLiteral("access_token"));
    }
};

QTEST_GUILESS_MAIN(TestDecode)
#include "tst_core_decode.moc"
