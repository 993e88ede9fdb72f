// What the decoders refuse and what they keep, whatever the field: JSON syntax, text, numbers,
// nesting and repeated keys; and that no body (cut off anywhere, nested deeply, very large)
// makes them crash. Each case goes through a real decode function, beside a control that
// decodes.
#include "jsondecoder.h"

#include <QTest>

using namespace keycard;

namespace {
const QString kRequestId = QStringLiteral("req-strict");

// A valid service account with extra members (each starting with a comma).
QByteArray account(const QByteArray& extra = {})
{
    return R"({"id":"sa1","name":"ci","created_at":"2024-05-01T10:00:00Z",)"
           R"("updated_at":"2024-05-02T10:00:00Z")" +
           extra + "}";
}

QByteArray page(const QByteArray& items)
{
    return R"({"items":[)" + items +
           R"(],"page_info":{"has_next_page":false,"has_prev_page":false}})";
}
} // namespace

class TestStrictness final : public QObject
{
    Q_OBJECT

private slots:
    void strings_escapesAreUndone_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray(R"("abc")") << QStringLiteral("abc");
        QTest::newRow("empty") << QByteArray(R"("")") << QString();
        QTest::newRow("simple escapes")
            << QByteArray("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"") << QStringLiteral("\"\\/\b\f\n\r\t");
        QTest::newRow("u escape") << QByteArray(R"("a\u00e9b")") << QStringLiteral("a\u00e9b");
        QTest::newRow("u escape upper hex")
            << QByteArray(R"("\u00C9")") << QStringLiteral("\u00c9");
        QTest::newRow("u nul") << QByteArray(R"("\u0000")") << QString(QChar(0));
        QTest::newRow("surrogate pair")
            << QByteArray(R"("\ud83d\ude00")") << QString::fromUtf8("\xF0\x9F\x98\x80");
        QTest::newRow("raw utf-8")
            << QByteArray("\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"")
            << QString::fromUtf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80");
        QTest::newRow("mixed") << QByteArray("\"\xC3\xA9\\n\\u20ac\"")
                               << QString::fromUtf8("\xC3\xA9\n\xE2\x82\xAC");
        QTest::newRow("leading BOM raw") << QByteArray("\"\xEF\xBB\xBF"
                                                       "ci\"")
                                         << QString(QChar(0xFEFF)) + QStringLiteral("ci");
        QTest::newRow("leading BOM escaped")
            << QByteArray(R"("\ufeffci")") << QString(QChar(0xFEFF)) + QStringLiteral("ci");
        QTest::newRow("only a BOM") << QByteArray("\"\xEF\xBB\xBF\"") << QString(QChar(0xFEFF));
        QTest::newRow("two BOMs") << QByteArray("\"\xEF\xBB\xBF\xEF\xBB\xBF\"")
                                  << QString(2, QChar(0xFEFF));
        QTest::newRow("inner BOM")
            << QByteArray("\"c\xEF\xBB\xBFi\"") << QStringLiteral("c") + QChar(0xFEFF) + u'i';
    }

    void strings_escapesAreUndone()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QByteArray name = "\"name\":" + json;
        const QByteArray body = account(",\"description\":" + json).replace(R"("name":"ci")", name);
        const auto r = json::decodeServiceAccount(body, kRequestId);
        QVERIFY2(r.ok(), qPrintable(r.error().detail()));
        QCOMPARE(r.value().name, expected);
        QCOMPARE(r.value().description, expected);
    }

    void byteOrderMark_isContentInIdsAndKeys()
    {
        const auto id = json::decodeServiceAccount(
            account().replace(R"("id":"sa1")", "\"id\":\"\xEF\xBB\xBFsa1\""), kRequestId);
        QVERIFY2(id.ok(), qPrintable(id.error().detail()));
        QCOMPARE(id.value().id, QString(QChar(0xFEFF)) + QStringLiteral("sa1"));
        QVERIFY(id.value().id != QStringLiteral("sa1"));

        // "\ufeffid" is another key than "id": the account has no ID
        const auto key = json::decodeServiceAccount(
            account().replace(R"("id":"sa1")", "\"\xEF\xBB\xBFid\":\"sa1\""), kRequestId);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().field(), QStringLiteral("id"));

        // A byte order mark before the whole body is skipped (RFC 8259 allows that).
        const auto body = json::decodeServiceAccount("\xEF\xBB\xBF" + account(), kRequestId);
        QVERIFY2(body.ok(), qPrintable(body.error().detail()));
        QCOMPARE(body.value().id, QStringLiteral("sa1"));
    }

    void invalidValues_areRefused_data()
    {
        // Each is the value of a member the decoder does not even read: the body is checked
        // whole.
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("bad escape") << QByteArray(R"("\x")");
        QTest::newRow("short u escape") << QByteArray(R"("\u12")");
        QTest::newRow("non-hex u escape") << QByteArray(R"("\u12g4")");
        QTest::newRow("lone high surrogate") << QByteArray(R"("\ud83d")");
        QTest::newRow("high surrogate then text") << QByteArray(R"("\ud83dabcdef")");
        QTest::newRow("high then high") << QByteArray(R"("\ud83d\ud83d")");
        QTest::newRow("lone low surrogate") << QByteArray(R"("\ude00")");
        QTest::newRow("raw newline") << QByteArray("\"a\nb\"");
        QTest::newRow("raw tab") << QByteArray("\"a\tb\"");
        QTest::newRow("raw nul") << QByteArray("\"a\0b\"", 5);
        QTest::newRow("bad utf-8 lead") << QByteArray("\"\xFF\"");
        QTest::newRow("lone continuation") << QByteArray("\"\x80\"");
        QTest::newRow("overlong") << QByteArray("\"\xC0\xAF\"");
        QTest::newRow("overlong 3") << QByteArray("\"\xE0\x80\xAF\"");
        QTest::newRow("utf-8 surrogate") << QByteArray("\"\xED\xA0\x80\"");
        QTest::newRow("above U+10FFFF") << QByteArray("\"\xF4\x90\x80\x80\"");
        QTest::newRow("cut utf-8") << QByteArray("\"\xE2\x82\"");
        QTest::newRow("leading zero") << QByteArray("01");
        QTest::newRow("negative leading zero") << QByteArray("-01");
        QTest::newRow("plus sign") << QByteArray("+1");
        QTest::newRow("bare minus") << QByteArray("-");
        QTest::newRow("dot without digits") << QByteArray("1.");
        QTest::newRow("leading dot") << QByteArray(".5");
        QTest::newRow("exponent without digits") << QByteArray("1e");
        QTest::newRow("exponent sign only") << QByteArray("1e+");
        QTest::newRow("out of range") << QByteArray("1e400");
        QTest::newRow("negative out of range") << QByteArray("-1e400");
        QTest::newRow("integer above 64 bits") << QByteArray("99999999999999999999");
        QTest::newRow("negative integer above 64 bits") << QByteArray("-99999999999999999999");
        QTest::newRow("hex") << QByteArray("0x10");
        QTest::newRow("NaN") << QByteArray("NaN");
        QTest::newRow("Infinity") << QByteArray("Infinity");
        QTest::newRow("True") << QByteArray("True");
        QTest::newRow("tru") << QByteArray("tru");
        QTest::newRow("nulls") << QByteArray("nulls");
        QTest::newRow("single quotes") << QByteArray("'v'");
        QTest::newRow("trailing comma object") << QByteArray(R"({"a":1,})");
        QTest::newRow("trailing comma array") << QByteArray("[1,]");
        QTest::newRow("unquoted key") << QByteArray("{v:1}");
        QTest::newRow("missing colon") << QByteArray(R"({"v" 1})");
        QTest::newRow("missing comma") << QByteArray(R"({"a":1 "b":2})");
        QTest::newRow("wrong close") << QByteArray("[1}");
    }

    void invalidValues_areRefused()
    {
        QFETCH(QByteArray, value);
        QVERIFY(json::decodeServiceAccount(account(",\"v\":\"ok\""), kRequestId).ok());
        const auto r = json::decodeServiceAccount(account(",\"v\":" + value), kRequestId);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ApiError::Kind::Decode);
        QCOMPARE(r.error().field(), QString()); // the body, not one field
        QCOMPARE(r.error().requestId(), kRequestId);
        QVERIFY(r.error().detail().contains(QStringLiteral("not valid JSON")));
    }

    void invalidDocuments_areRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("  \n ");
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("trailing garbage") << account() + "x";
        QTest::newRow("trailing comma") << account() + ",";
        QTest::newRow("two documents") << account() + " {}";
        QTest::newRow("comment") << account() + " // no";
        QTest::newRow("html") << QByteArray("<html>oops</html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("string") << QByteArray(R"("s")");
        QTest::newRow("number") << QByteArray("12");
        QTest::newRow("null") << QByteArray("null");
    }

    void invalidDocuments_areRefused()
    {
        QFETCH(QByteArray, body);
        const auto r = json::decodeServiceAccount(body, kRequestId);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ApiError::Kind::Decode);
        QCOMPARE(r.error().field(), QString());
        QCOMPARE(r.error().requestId(), kRequestId);
    }

    void literalsAndContainers_inUnknownFields_areAccepted()
    {
        const auto r = json::decodeServiceAccount(
            " \r\n\t" +
                account(R"(, "t" : true , "f":false,"n":null,"a":[1,[],{},"x"],)"
                        R"("o":{"k":[true]},"e":{},"num":[0,-42,0.25,1e3,-2.5E-2,5e+1,1e-400,)"
                        R"(9007199254740993,18446744073709551615,-9223372036854775808])") +
                " \n",
            kRequestId);
        QVERIFY2(r.ok(), qPrintable(r.error().detail()));
        QCOMPARE(r.value().id, QStringLiteral("sa1"));
    }

    void repeatedKeys_thatAreRead_areRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("id") << account(R"(,"id":"sa2")") << QStringLiteral("id");
        QTest::newRow("escaped spelling") << account(R"(,"\u0069d":"sa2")") << QStringLiteral("id");
        QTest::newRow("same value") << account(R"(,"name":"ci")") << QStringLiteral("name");
        QTest::newRow("optional") << account(R"(,"description":"a","description":null)")
                                  << QStringLiteral("description");
        QTest::newRow("permissions resource")
            << account(R"(,"permissions":{"credentials":{"read":true},"credentials":{}})")
            << QStringLiteral("permissions.credentials");
        QTest::newRow("permissions action")
            << account(R"(,"permissions":{"credentials":{"read":true,"read":true}})")
            << QStringLiteral("permissions.credentials.read");
    }

    void repeatedKeys_thatAreRead_areRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto r = json::decodeServiceAccount(body, kRequestId);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ApiError::Kind::Decode);
        QCOMPARE(r.error().field(), field);
        QCOMPARE(r.error().requestId(), kRequestId);
    }

    void repeatedKeys_thatAreIgnored_areAccepted()
    {
        const auto r = json::decodeServiceAccount(account(R"(,"future":1,"future":{"x":1,"x":2})"),
                                                  kRequestId);
        QVERIFY2(r.ok(), qPrintable(r.error().detail()));
    }

    void repeatedKeys_inPageAndPageInfo_areRefused()
    {
        const auto items = json::decodeServiceAccountPage(
            R"({"items":[],"items":[],"page_info":{"has_next_page":false,"has_prev_page":false}})",
            kRequestId, 100);
        QVERIFY(!items.ok());
        QCOMPARE(items.error().field(), QStringLiteral("items"));
        const auto info = json::decodeServiceAccountPage(
            R"({"items":[],"page_info":{"has_next_page":false,"has_prev_page":false,"has_next_page":true}})",
            kRequestId, 100);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().field(), QStringLiteral("page_info.has_next_page"));
    }

    void truncatedDocument_failsCleanlyAtEveryLength()
    {
        const QByteArray doc =
            page(account(",\"description\":\"a\\u00e9\\ud83d\\ude00 \xF0\x9F\x98\x80\","
                         R"("n":-1.5e2,"t":true,)"
                         R"("f":false,"z":null,"permissions":{"r":{"w":true}},"e":[],"o":{})"));
        QVERIFY(json::decodeServiceAccountPage(doc, kRequestId, 100).ok());
        for (qsizetype length = 0; length < doc.size(); ++length) {
            // A detached copy, so that reading past the end would be seen by sanitizers.
            const QByteArray cut(doc.constData(), length);
            const auto r = json::decodeServiceAccountPage(cut, kRequestId, 100);
            QVERIFY2(!r.ok(), cut.constData());
            QCOMPARE(r.error().kind(), ApiError::Kind::Decode);
        }
    }

    void deepNesting_isBounded()
    {
        // Unknown members may nest: the answer itself is the first level, so 63 more fit.
        const auto nested = [](int depth) {
            return account(",\"v\":" + QByteArray(depth, '[') + QByteArray(depth, ']'));
        };
        QVERIFY(json::decodeServiceAccount(nested(63), kRequestId).ok());
        QVERIFY(!json::decodeServiceAccount(nested(64), kRequestId).ok());
        QVERIFY(!json::decodeServiceAccount(nested(1000000), kRequestId).ok());
        QByteArray objects;
        for (int i = 0; i < 100000; ++i)
            objects += "{\"a\":";
        const auto r =
            json::decodeServiceAccount(objects + "1" + QByteArray(100000, '}'), kRequestId);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ApiError::Kind::Decode);
    }

    void bigDocument_isRead()
    {
        QByteArray unknown = "[";
        const int count = 100000;
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                unknown += ',';
            unknown += "{\"id\":\"" + QByteArray::number(i) + "\",\"text\":\"" +
                       QByteArray(40, 'x') + "\"}";
        }
        unknown += ']';
        const QByteArray body = account(",\"v\":" + unknown + R"(,"description":"last")");
        QVERIFY(body.size() > 4 * 1024 * 1024);
        const auto r = json::decodeServiceAccount(body, kRequestId);
        QVERIFY2(r.ok(), qPrintable(r.error().detail()));
        QCOMPARE(r.value().description, QStringLiteral("last"));
    }

    void bytesBehindTheBody_areNotRead()
    {
        // What lies in the body's allocation behind its end is not part of the answer.
        QByteArray body = account();
        body.reserve(body.size() + 1024);
        const qsizetype size = body.size();
        body.append(R"(,"id":"sa2"})");
        body.truncate(size);
        QVERIFY(body.capacity() - body.size() >= 64);
        const auto r = json::decodeServiceAccount(body, kRequestId);
        QVERIFY2(r.ok(), qPrintable(r.error().detail()));
        QCOMPARE(r.value().id, QStringLiteral("sa1"));
        body.chop(1);
        QVERIFY(!json::decodeServiceAccount(body, kRequestId).ok());
    }
};

QTEST_GUILESS_MAIN(TestStrictness)
#include "tst_core_strictness.moc"
