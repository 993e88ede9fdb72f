// Strict decoding: every field checked, errors that name the field and the request ID, and
// answers broken by the fake server; plus the small value types (SecretString, Permissions).
#include "apiclient.h"
#include "cursorpeek.h"
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
QByteArray pageOf(const QByteArray& items, const QByteArray& pageInfoExtra = {})
{
    return "{\"items\":[" + items +
           "],\"page_info\":{\"has_next_page\":false,\"has_prev_page\":false" + pageInfoExtra +
           "}}";
}

QByteArray accounts(int count)
{
    QByteArray items;
    for (int i = 0; i < count; ++i)
        items += (i ? "," : "") +
                 account().replace("\"sa1\"", QByteArray('"' + QByteArray::number(i) + '"'));
    return items;
}

// A permissions object with `resources` resources of two actions each.
QByteArray manyPermissions(int resources)
{
    QByteArray p = "{";
    for (int i = 0; i < resources; ++i)
        p += (i ? ",\"r" : "\"r") + QByteArray::number(i) + "\":{\"read\":true,\"update\":false}";
    return p + ",\"service_accounts\":{\"read\":true,\"update\":false}}";
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

    // The next page's cursor, read before the answer is decoded so that the next page can be
    // asked for meanwhile: what the answer's own page_info says, or nothing.
    void peekNextCursor_readsOnlyTheAnswersPageInfo_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        const QByteArray next = R"("page_info":{"end_cursor":"c2","has_next_page":true})";
        QTest::newRow("next page")
            << QByteArray("{\"items\":[" + accounts(3) + "]," + next + "}") << QStringLiteral("c2");
        QTest::newRow("keys in another order, spaces")
            << QByteArray(R"({ "items" : [ ] ,)"
                          "\n\t"
                          R"("page_info":{ "has_next_page" : true , "end_cursor" : "c2" } })")
            << QStringLiteral("c2");
        QTest::newRow("page_info first")
            << QByteArray(R"({"page_info":{"has_next_page":true,"end_cursor":"c2"},"items":[]})")
            << QStringLiteral("c2");
        QTest::newRow("list permissions after page_info")
            << QByteArray("{\"items\":[]," + next +
                          R"(,"permissions":{"service_accounts":{"create":true}}})")
            << QStringLiteral("c2");
        QTest::newRow("escaped cursor")
            << QByteArray("{\"items\":[],\"page_info\":{\"end_cursor\":\"a\\/b\\u0041\","
                          "\"has_next_page\":true}}")
            << QStringLiteral("a/bA");
        QTest::newRow("last page") << pageOf(accounts(2), R"(,"end_cursor":"c2")") << QString();
        QTest::newRow("page_info only inside an item's text")
            << QByteArray("{\"items\":[" +
                          account(",\"description\":\"\\\"page_info\\\":{\\\"end_cursor\\\":"
                                  "\\\"x\\\",\\\"has_next_page\\\":true}\"") +
                          "]," + next + "}")
            << QStringLiteral("c2");
        QTest::newRow("page_info inside an item")
            << QByteArray("{\"items\":[" +
                          account(R"(,"page_info":{"end_cursor":"x","has_next_page":true})") +
                          "]," + next + "}")
            << QStringLiteral("c2");
        // What the peek cannot tell apart from the answer's own page_info, it does not guess.
        QTest::newRow("page_info inside what follows the answer's")
            << QByteArray("{\"items\":[]," + next +
                          R"(,"x":{"page_info":{"end_cursor":"x",)"
                          R"("has_next_page":true}}})")
            << QString();
        QTest::newRow("a key ending in page_info after the answer's")
            << QByteArray("{\"items\":[]," + next +
                          ",\"x\\\"page_info\":{\"end_cursor\":\"x\",\"has_next_page\":true}}")
            << QString();
        QTest::newRow("space before the colon")
            << QByteArray(R"({"items":[],"page_info" :{"end_cursor":"c2","has_next_page":true}})")
            << QString();
        QTest::newRow("no cursor")
            << QByteArray(R"({"items":[],"page_info":{"has_next_page":true}})") << QString();
        QTest::newRow("empty cursor")
            << QByteArray(R"({"items":[],"page_info":{"end_cursor":"","has_next_page":true}})")
            << QString();
        QTest::newRow("cursor too long")
            << QByteArray(R"({"items":[],"page_info":{"end_cursor":")" + QByteArray(256, 'c') +
                          R"(","has_next_page":true}})")
            << QString();
        QTest::newRow("has_next_page not a boolean")
            << QByteArray(R"({"items":[],"page_info":{"end_cursor":"c2","has_next_page":"true"}})")
            << QString();
        QTest::newRow("cut off before page_info")
            << QByteArray("{\"items\":[" + accounts(3)) << QString();
        QTest::newRow("not JSON") << QByteArray("<html>502</html>") << QString();
        QTest::newRow("an array") << QByteArray("[1,2]") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        // Only the end of the answer is read.
        QTest::newRow("600 KB") << QByteArray("{\"items\":[" + accounts(6000) + "]," + next + "}")
                                << QStringLiteral("c2");
        QTest::newRow("page_info before 4 KB of items")
            << QByteArray("{" + next + ",\"items\":[" + accounts(40) + "]}") << QString();
    }

    void peekNextCursor_readsOnlyTheAnswersPageInfo()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(peekNextCursor(body), expected);
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

    // Dates at the calendar's edges read as the same instant as Qt's own QDate and QTime give,
    // and the dates and times they refuse are refused.
    void timestamp_calendarEdges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0) {
            return keycard::compat::utcDateTime(QDate(y, mo, d), QTime(h, mi, s, ms));
        };
        QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z") << utc(1970, 1, 1);
        QTest::newRow("before the epoch")
            << QStringLiteral("1969-12-31T23:59:59.999Z") << utc(1969, 12, 31, 23, 59, 59, 999);
        QTest::newRow("year 1") << QStringLiteral("0001-01-01T00:00:00Z") << utc(1, 1, 1);
        QTest::newRow("year 9999")
            << QStringLiteral("9999-12-31T23:59:59Z") << utc(9999, 12, 31, 23, 59, 59);
        QTest::newRow("leap day 2000")
            << QStringLiteral("2000-02-29T12:00:00Z") << utc(2000, 2, 29, 12);
        QTest::newRow("leap day 2024")
            << QStringLiteral("2024-02-29T00:00:00.5Z") << utc(2024, 2, 29, 0, 0, 0, 500);
        QTest::newRow("March after a leap year")
            << QStringLiteral("2024-03-01T00:00:00Z") << utc(2024, 3, 1);
        QTest::newRow("offset across a year")
            << QStringLiteral("2024-12-31T23:30:00-01:00") << utc(2025, 1, 1, 0, 30);
        QTest::newRow("offset before the epoch")
            << QStringLiteral("1970-01-01T00:15:00+0030") << utc(1969, 12, 31, 23, 45);
        QTest::newRow("no year 0") << QStringLiteral("0000-01-01T00:00:00Z") << QDateTime();
        QTest::newRow("no 29 February 1900")
            << QStringLiteral("1900-02-29T00:00:00Z") << QDateTime();
        QTest::newRow("no 29 February 2023")
            << QStringLiteral("2023-02-29T00:00:00Z") << QDateTime();
        QTest::newRow("no 31 April") << QStringLiteral("2024-04-31T00:00:00Z") << QDateTime();
        QTest::newRow("no day 0") << QStringLiteral("2024-04-00T00:00:00Z") << QDateTime();
        QTest::newRow("no month 0") << QStringLiteral("2024-00-10T00:00:00Z") << QDateTime();
        QTest::newRow("no hour 24") << QStringLiteral("2024-04-10T24:00:00Z") << QDateTime();
        QTest::newRow("no minute 60") << QStringLiteral("2024-04-10T10:60:00Z") << QDateTime();
        QTest::newRow("no leap second") << QStringLiteral("2016-12-31T23:59:60Z") << QDateTime();
    }

    void timestamp_calendarEdges()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime t = json::parseTimestamp(text);
        QCOMPARE(t.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(t, expected);
            QCOMPARE(t.timeSpec(), Qt::UTC);
        }
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
        const auto r = json::decodeServiceAccountPage(body, kRequestId, 100);
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

    void token_expiresIn_isRangeCheckedBeforeConversion_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<int>("expected"); // -2: a decode error naming expires_in
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("hour") << QByteArray("3600") << 3600;
        QTest::newRow("whole double") << QByteArray("3600.0") << 3600;
        QTest::newRow("exponent") << QByteArray("1e3") << 1000;
        QTest::newRow("exponent plus") << QByteArray("5e+1") << 50;
        QTest::newRow("underflow") << QByteArray("1e-400") << 0;
        QTest::newRow("at the ceiling") << QByteArray("1000000000") << 1000000000;
        QTest::newRow("above int") << QByteArray("4294967296") << 1000000000;
        QTest::newRow("int64 max") << QByteArray("9223372036854775807") << 1000000000;
        QTest::newRow("uint64 max") << QByteArray("18446744073709551615") << 1000000000;
        QTest::newRow("1e300") << QByteArray("1e300") << 1000000000;
        QTest::newRow("largest double") << QByteArray("1.7976931348623157e308") << 1000000000;
        QTest::newRow("-1e300") << QByteArray("-1e300") << -2;
        QTest::newRow("negative") << QByteArray("-1") << -2;
        QTest::newRow("int64 min") << QByteArray("-9223372036854775808") << -2;
        QTest::newRow("fraction") << QByteArray("0.5") << -2;
        QTest::newRow("negative fraction") << QByteArray("-2.5E-2") << -2;
        QTest::newRow("string") << QByteArray(R"("1h")") << -2;
        QTest::newRow("bool") << QByteArray("true") << -2;
        QTest::newRow("null") << QByteArray("null") << -1;
    }

    void token_expiresIn_isRangeCheckedBeforeConversion()
    {
        QFETCH(QByteArray, number);
        QFETCH(int, expected);
        const auto r = json::decodeToken(
            R"({"access_token":"t","token_type":"Bearer","expires_in":)" + number + "}",
            kRequestId);
        if (expected == -2) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind(), ApiError::Kind::Decode);
            QCOMPARE(r.error().field(), QStringLiteral("expires_in"));
            QCOMPARE(r.error().requestId(), kRequestId);
        } else {
            QVERIFY2(r.ok(), qPrintable(r.error().detail()));
            QCOMPARE(r.value().expiresInSeconds, expected);
        }
    }

    void page_moreItemsThanTheLimit_isDecodeError()
    {
        QVERIFY(json::decodeServiceAccountPage(pageOf(accounts(3)), kRequestId, 3).ok());
        const auto r = json::decodeServiceAccountPage(pageOf(accounts(3)), kRequestId, 2);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ApiError::Kind::Decode);
        QCOMPARE(r.error().field(), QStringLiteral("items"));
        QCOMPARE(r.error().requestId(), kRequestId);
        QVERIFY(r.error().detail().contains(QStringLiteral("3 items")));
        QVERIFY(json::decodeServiceAccountPage(pageOf(accounts(100)), kRequestId, 100).ok());
        QVERIFY(!json::decodeServiceAccountPage(pageOf(accounts(101)), kRequestId, 100).ok());
        QVERIFY(!json::decodeOrganizationPage(pageOf(QByteArray("{}")), kRequestId, 0).ok());
        QVERIFY(!json::decodeCredentialPage(pageOf(QByteArray("{},{}")), kRequestId, 1).ok());
    }

    void lengths_theContractBounds_areChecked_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field"); // empty: decodes
        const QByteArray id255(255, 'a'), id256(256, 'a');
        QByteArray wide255; // 255 characters in 765 bytes: characters count, not bytes
        for (int i = 0; i < 255; ++i)
            wide255 += "\xE2\x82\xAC";
        QTest::newRow("id 255") << pageOf(account().replace("sa1", id255)) << QString();
        QTest::newRow("id 255 wide") << pageOf(account().replace("sa1", wide255)) << QString();
        QTest::newRow("id 256") << pageOf(account().replace("sa1", id256))
                                << QStringLiteral("items[0].id");
        QTest::newRow("id 256 wide")
            << pageOf(account().replace("sa1", QByteArray(wide255 + "\xE2\x82\xAC")))
            << QStringLiteral("items[0].id");
        QTest::newRow("id empty") << pageOf(account().replace("sa1", ""))
                                  << QStringLiteral("items[0].id");
        QTest::newRow("description 500")
            << pageOf(account(",\"description\":\"" + QByteArray(500, 'd') + '"')) << QString();
        QTest::newRow("description 501")
            << pageOf(account(",\"description\":\"" + QByteArray(501, 'd') + '"'))
            << QStringLiteral("items[0].description");
        QTest::newRow("description 501 escaped")
            << pageOf(account(",\"description\":\"" + QByteArray(500, 'd') + "\\u00e9\""))
            << QStringLiteral("items[0].description");
        QTest::newRow("name unbounded")
            << pageOf(account().replace(R"("ci")", QByteArray('"' + QByteArray(10000, 'n') + '"')))
            << QString();
        QTest::newRow("end_cursor 255")
            << pageOf({}, ",\"end_cursor\":\"" + id255 + '"') << QString();
        QTest::newRow("end_cursor 256") << pageOf({}, ",\"end_cursor\":\"" + id256 + '"')
                                        << QStringLiteral("page_info.end_cursor");
        QTest::newRow("start_cursor 256") << pageOf({}, ",\"start_cursor\":\"" + id256 + '"')
                                          << QStringLiteral("page_info.start_cursor");
        QTest::newRow("end_cursor empty")
            << pageOf({}, R"(,"end_cursor":"")") << QStringLiteral("page_info.end_cursor");
    }

    void lengths_theContractBounds_areChecked()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto r = json::decodeServiceAccountPage(body, kRequestId, 100);
        if (field.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error().detail()));
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ApiError::Kind::Decode);
        QCOMPARE(r.error().field(), field);
        QCOMPARE(r.error().requestId(), kRequestId);
        QVERIFY(describeError(r.error()).contains(kRequestId));
    }

    void lengths_ofSingleItems_areChecked()
    {
        const QByteArray long501 = '"' + QByteArray(501, 'd') + '"';
        const auto credential = json::decodeCredential(
            R"({"id":"c1","client_id":"cid","name":"n","created_at":"2024-01-01T00:00:00Z","description":)" +
                long501 + "}",
            kRequestId);
        QCOMPARE(credential.error().field(), QStringLiteral("description"));
        const auto created =
            json::decodeNewCredential("{\"id\":\"" + QByteArray(256, 'c') +
                                          "\",\"client_id\":\"cid\",\"client_secret\":\"s\","
                                          "\"name\":\"n\",\"created_at\":\"2024-01-01T00:00:00Z\"}",
                                      kRequestId);
        QCOMPARE(created.error().field(), QStringLiteral("id"));
        const auto org = json::decodeOrganization(
            "{\"id\":\"" + QByteArray(256, 'o') +
                "\",\"label\":\"l\",\"name\":\"n\",\"sso_enabled\":false,\"created_at\":\"2024-01-"
                "01T00:00:00Z\",\"updated_at\":\"2024-01-01T00:00:00Z\"}",
            kRequestId);
        QCOMPARE(org.error().field(), QStringLiteral("id"));
        QCOMPARE(org.error().requestId(), kRequestId);
    }

    void permissions_manyKeys_decode_data()
    {
        // The old reader rescanned the remaining keys for every key: 16,000 took 2.6 s, so
        // 300,000 would have taken about 15 minutes and blown this test's time-out many times.
        QTest::addColumn<int>("resources");
        QTest::newRow("16,000") << 16000;
        QTest::newRow("32,000") << 32000;
        QTest::newRow("300,000") << 300000;
    }

    void permissions_manyKeys_decode()
    {
        QFETCH(int, resources);
        const auto r = json::decodeServiceAccount(
            account(",\"permissions\":" + manyPermissions(resources)), kRequestId);
        QVERIFY2(r.ok(), qPrintable(r.error().detail()));
        // Only the resource types the app acts on are kept: thousands of others cost memory.
        QCOMPARE(r.value().permissions.grants.size(), 1);
        const QString accounts = QStringLiteral("service_accounts");
        QVERIFY(r.value().permissions.allows(accounts, QStringLiteral("read")));
        QVERIFY(!r.value().permissions.allows(accounts, QStringLiteral("update")));
        // An unknown resource is still checked for its shape.
        const auto broken = json::decodeServiceAccount(
            account(R"(,"permissions":{"widgets":{"read":1}})"), kRequestId);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().field(), QStringLiteral("permissions.widgets"));
    }

    void permissions_sharedAcrossRows_areEachRowsOwn()
    {
        // Equal grants are decoded once per page; rows whose grants differ keep their own.
        const QByteArray same =
            R"(,"permissions":{"service_accounts":{"read":true,"update":true}})";
        const QByteArray other =
            R"(,"permissions":{"service_accounts":{"read":true,"update":false}})";
        const QByteArray fewer = R"(,"permissions":{"service_accounts":{"read":true}})";
        const QByteArray broken = R"(,"permissions":{"service_accounts":{"read":true,"update":1}})";
        const QByteArray more =
            R"(,"permissions":{"service_accounts":{"read":true,"update":true,"delete":true}})";
        const QByteArray anotherResource = R"(,"permissions":{"service_accounts":{"read":true,)"
                                           R"("update":true},"credentials":{"create":true}})";
        const QByteArray renamed = R"(,"permissions":{"credentials":{"read":true,"update":true}})";
        const QByteArray otherAction =
            R"(,"permissions":{"service_accounts":{"read":true,"delete":true}})";
        const auto r = json::decodeServiceAccountPage(
            pageOf(account(same) + "," + account(same) + "," + account(other) + "," +
                   account(fewer) + "," + account(same) + "," + account(more) + "," +
                   account(same) + "," + account(anotherResource) + "," + account(same) + "," +
                   account(renamed) + "," + account(same) + "," + account(otherAction)),
            kRequestId, 100);
        QVERIFY2(r.ok(), qPrintable(r.error().detail()));
        const QString sa = QStringLiteral("service_accounts"), update = QStringLiteral("update");
        const QString credentials = QStringLiteral("credentials");
        const auto& items = r.value().items;
        QVERIFY(items[0].permissions.allows(sa, update));
        QVERIFY(items[1].permissions.allows(sa, update));
        QVERIFY(!items[2].permissions.allows(sa, update));
        QCOMPARE(items[3].permissions.grants.value(sa).size(), 1);
        QVERIFY(items[4].permissions.allows(sa, update));
        QVERIFY(items[5].permissions.allows(sa, QStringLiteral("delete")));
        QVERIFY(!items[6].permissions.allows(sa, QStringLiteral("delete")));
        QVERIFY(items[7].permissions.allows(credentials, QStringLiteral("create")));
        QVERIFY(!items[8].permissions.grants.contains(credentials));
        QVERIFY(!items[9].permissions.grants.contains(sa));
        QVERIFY(items[9].permissions.allows(credentials, update));
        QVERIFY(items[10].permissions.allows(sa, update));
        QVERIFY(!items[11].permissions.allows(sa, update));
        QVERIFY(items[11].permissions.allows(sa, QStringLiteral("delete")));
        const auto bad = json::decodeServiceAccountPage(
            pageOf(account(same) + "," + account(broken)), kRequestId, 100);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field(),
                 QStringLiteral("items[1].permissions.service_accounts.update"));
    }

    void serverMessage_isReadLeniently()
    {
        const auto m = json::decodeServerMessage(
            R"({"message":"\ufeffnot found","code":"not_found","status":404})");
        QCOMPARE(m.message, QString(QChar(0xFEFF)) + QStringLiteral("not found"));
        QCOMPARE(m.code, QStringLiteral("not_found"));
        // Plain literals here: moc's preprocessor reads raw strings inside macro arguments wrongly.
        QCOMPARE(json::decodeServerMessage("{\"message\":\"m\",\"code\":429}").code,
                 QStringLiteral("429"));
        QCOMPARE(json::decodeServerMessage("{\"message\":\"m\",\"code\":1e300}").code,
                 QStringLiteral("1e+300"));
        QVERIFY(json::decodeServerMessage("<html>").message.isEmpty());
        QVERIFY(json::decodeServerMessage("{\"message\":\"cut").message.isEmpty());
        QVERIFY(json::decodeServerMessage("[\"message\"]").message.isEmpty());
        QVERIFY(json::decodeServerMessage("{\"message\":7}").message.isEmpty());
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
        const auto r = json::decodeServiceAccountPage(body, kRequestId, count);
        QVERIFY(r.ok());
        QCOMPARE(r.value().items.size(), count);
        const auto tooMany = json::decodeServiceAccountPage(body, kRequestId, count - 1);
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.error().field(), QStringLiteral("items"));
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
