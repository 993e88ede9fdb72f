// The strict JSON reader the decoders stand on: what it accepts, what it refuses, and that no
// body (cut off anywhere, nested deeply) makes it crash.
#include "jsontree.h"

#include <QTest>

using namespace keycard::json;

namespace {
// The root's value of a document like {"v": ...}.
int member(const JsonTree& tree, const char* key)
{
    return tree.find(JsonTree::kRoot, QLatin1String(key));
}
} // namespace

class TestJsonTree final : public QObject
{
    Q_OBJECT

private slots:
    void strings_escapes_areUndone_data()
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
    }

    void strings_escapes_areUndone()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        JsonTree tree;
        QVERIFY2(tree.parse("{\"v\":" + json + "}"), qPrintable(tree.errorString()));
        const int v = member(tree, "v");
        QCOMPARE(tree.type(v), JsonTree::Type::String);
        QCOMPARE(tree.toString(v), expected);
    }

    void invalidDocuments_areRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("  \n ");
        QTest::newRow("bad escape") << QByteArray(R"({"v":"\x"})");
        QTest::newRow("short u escape") << QByteArray(R"({"v":"\u12"})");
        QTest::newRow("non-hex u escape") << QByteArray(R"({"v":"\u12g4"})");
        QTest::newRow("lone high surrogate") << QByteArray(R"({"v":"\ud83d"})");
        QTest::newRow("high surrogate then text") << QByteArray(R"({"v":"\ud83dabcdef"})");
        QTest::newRow("high then high") << QByteArray(R"({"v":"\ud83d\ud83d"})");
        QTest::newRow("lone low surrogate") << QByteArray(R"({"v":"\ude00"})");
        QTest::newRow("raw newline") << QByteArray("{\"v\":\"a\nb\"}");
        QTest::newRow("raw tab") << QByteArray("{\"v\":\"a\tb\"}");
        QTest::newRow("raw nul") << QByteArray("{\"v\":\"a\0b\"}", 11);
        QTest::newRow("bad utf-8 lead") << QByteArray("{\"v\":\"\xFF\"}");
        QTest::newRow("lone continuation") << QByteArray("{\"v\":\"\x80\"}");
        QTest::newRow("overlong") << QByteArray("{\"v\":\"\xC0\xAF\"}");
        QTest::newRow("overlong 3") << QByteArray("{\"v\":\"\xE0\x80\xAF\"}");
        QTest::newRow("utf-8 surrogate") << QByteArray("{\"v\":\"\xED\xA0\x80\"}");
        QTest::newRow("above U+10FFFF") << QByteArray("{\"v\":\"\xF4\x90\x80\x80\"}");
        QTest::newRow("cut utf-8") << QByteArray("{\"v\":\"\xE2\x82\"}");
        QTest::newRow("leading zero") << QByteArray(R"({"v":01})");
        QTest::newRow("negative leading zero") << QByteArray(R"({"v":-01})");
        QTest::newRow("plus sign") << QByteArray(R"({"v":+1})");
        QTest::newRow("bare minus") << QByteArray(R"({"v":-})");
        QTest::newRow("dot without digits") << QByteArray(R"({"v":1.})");
        QTest::newRow("leading dot") << QByteArray(R"({"v":.5})");
        QTest::newRow("exponent without digits") << QByteArray(R"({"v":1e})");
        QTest::newRow("exponent sign only") << QByteArray(R"({"v":1e+})");
        QTest::newRow("out of range") << QByteArray(R"({"v":1e400})");
        QTest::newRow("hex") << QByteArray(R"({"v":0x10})");
        QTest::newRow("NaN") << QByteArray(R"({"v":NaN})");
        QTest::newRow("True") << QByteArray(R"({"v":True})");
        QTest::newRow("tru") << QByteArray(R"({"v":tru})");
        QTest::newRow("nulls") << QByteArray(R"({"v":nulls})");
        QTest::newRow("single quotes") << QByteArray(R"({'v':1})");
        QTest::newRow("unquoted key") << QByteArray(R"({v:1})");
        QTest::newRow("trailing comma object") << QByteArray(R"({"v":1,})");
        QTest::newRow("trailing comma array") << QByteArray(R"({"v":[1,]})");
        QTest::newRow("missing colon") << QByteArray(R"({"v" 1})");
        QTest::newRow("missing comma") << QByteArray(R"({"a":1 "b":2})");
        QTest::newRow("wrong close") << QByteArray(R"({"v":[1}})");
        QTest::newRow("trailing garbage") << QByteArray(R"({"v":1}x)");
        QTest::newRow("two documents") << QByteArray(R"({} {})");
        QTest::newRow("comment") << QByteArray("{} // no");
        QTest::newRow("html") << QByteArray("<html>oops</html>");
    }

    void invalidDocuments_areRefused()
    {
        QFETCH(QByteArray, json);
        JsonTree tree;
        QVERIFY(!tree.parse(json));
        QVERIFY(!tree.errorString().isEmpty());
        QVERIFY(tree.errorOffset() >= 0 && tree.errorOffset() <= json.size());
    }

    void numbers_areRead_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<double>("expected");
        QTest::newRow("zero") << QByteArray("0") << 0.0;
        QTest::newRow("int") << QByteArray("3600") << 3600.0;
        QTest::newRow("negative") << QByteArray("-42") << -42.0;
        QTest::newRow("fraction") << QByteArray("0.25") << 0.25;
        QTest::newRow("exponent") << QByteArray("1e3") << 1000.0;
        QTest::newRow("exponent upper signed") << QByteArray("-2.5E-2") << -0.025;
        QTest::newRow("exponent plus") << QByteArray("5e+1") << 50.0;
        QTest::newRow("large") << QByteArray("9007199254740993") << 9007199254740992.0;
    }

    void numbers_areRead()
    {
        QFETCH(QByteArray, json);
        QFETCH(double, expected);
        JsonTree tree;
        QVERIFY2(tree.parse("{\"v\":" + json + "}"), qPrintable(tree.errorString()));
        const int v = member(tree, "v");
        QCOMPARE(tree.type(v), JsonTree::Type::Number);
        QCOMPARE(tree.toDouble(v), expected);
    }

    void literalsAndContainers_areRead()
    {
        JsonTree tree;
        QVERIFY2(tree.parse("\xEF\xBB\xBF \r\n\t{ \"t\" : true , \"f\":false,\"n\":null,"
                            "\"a\":[1,[],{},\"x\"],\"o\":{\"k\":[true]},\"e\":{}} \n"),
                 qPrintable(tree.errorString()));
        QCOMPARE(tree.type(JsonTree::kRoot), JsonTree::Type::Object);
        QCOMPARE(tree.count(JsonTree::kRoot), 6);
        QCOMPARE(tree.type(member(tree, "t")), JsonTree::Type::Bool);
        QVERIFY(tree.toBool(member(tree, "t")));
        QVERIFY(!tree.toBool(member(tree, "f")));
        QVERIFY(tree.isNull(member(tree, "n")));
        QCOMPARE(member(tree, "missing"), JsonTree::kNone);

        const int a = member(tree, "a");
        QCOMPARE(tree.type(a), JsonTree::Type::Array);
        QCOMPARE(tree.count(a), 4);
        QList<JsonTree::Type> types;
        for (int e = tree.firstChild(a); e != JsonTree::kNone; e = tree.next(e, a))
            types.append(tree.type(e));
        QCOMPARE(types, (QList<JsonTree::Type>{JsonTree::Type::Number, JsonTree::Type::Array,
                                               JsonTree::Type::Object, JsonTree::Type::String}));
        QCOMPARE(tree.raw(a), QByteArrayView("[1,[],{},\"x\"]"));

        const int o = member(tree, "o");
        const int k = tree.find(o, QLatin1String("k"));
        QCOMPARE(tree.count(k), 1);
        QVERIFY(tree.toBool(tree.firstChild(k)));
        QCOMPARE(tree.count(member(tree, "e")), 0);
        QCOMPARE(tree.firstChild(member(tree, "e")), JsonTree::kNone);

        QVERIFY(tree.parse("[]"));
        QCOMPARE(tree.type(JsonTree::kRoot), JsonTree::Type::Array);
        QVERIFY(tree.parse("\"s\""));
        QCOMPARE(tree.toString(JsonTree::kRoot), QStringLiteral("s"));
        QVERIFY(tree.parse(" 12 "));
        QCOMPARE(tree.toDouble(JsonTree::kRoot), 12.0);
    }

    void duplicateKeys_lastOneWins()
    {
        JsonTree tree;
        QVERIFY(tree.parse(R"({"a":1,"b":2,"a":{"x":3},"\u0062":4})"));
        const int a = member(tree, "a");
        QCOMPARE(tree.type(a), JsonTree::Type::Object);
        QCOMPARE(tree.toDouble(tree.find(a, QLatin1String("x"))), 3.0);
        QCOMPARE(tree.toDouble(member(tree, "b")), 4.0); // an escaped key is the same key
        QVERIFY(tree.keysEqual(tree.firstChild(JsonTree::kRoot),
                               tree.next(tree.firstChild(JsonTree::kRoot) + 3, JsonTree::kRoot)));
    }

    void truncatedDocument_failsCleanlyAtEveryLength()
    {
        const QByteArray doc =
            R"({"items":[{"id":"a\u00e9\ud83d\ude00","n":-1.5e2,"t":true,"f":false,"z":null,)"
            R"("p":{"r":{"w":true}},"e":[],"o":{}}],"page_info":{"has_next_page":false}})";
        JsonTree tree;
        QVERIFY2(tree.parse(doc), qPrintable(tree.errorString()));
        for (qsizetype length = 0; length < doc.size(); ++length) {
            // A detached copy, so that reading past the end would be seen by sanitizers.
            const QByteArray cut(doc.constData(), length);
            QVERIFY2(!tree.parse(cut), cut.constData());
            QVERIFY(tree.errorOffset() <= length);
        }
        // Cut inside a multi-byte UTF-8 character, too.
        const QByteArray utf8 = "{\"v\":\"\xF0\x9F\x98\x80\"}";
        for (qsizetype length = 0; length < utf8.size(); ++length)
            QVERIFY(!tree.parse(QByteArray(utf8.constData(), length)));
    }

    void deepNesting_isRefusedWithoutRecursion()
    {
        JsonTree tree;
        const int depth = JsonTree::kMaxDepth;
        QVERIFY(tree.parse(QByteArray(depth, '[') + QByteArray(depth, ']')));
        QVERIFY(!tree.parse(QByteArray(depth + 1, '[') + QByteArray(depth + 1, ']')));
        QVERIFY(tree.errorString().contains(QStringLiteral("deep")));
        QVERIFY(!tree.parse(QByteArray(1000000, '[') + QByteArray(1000000, ']')));
        QByteArray objects;
        for (int i = 0; i < 100000; ++i)
            objects += "{\"a\":";
        QVERIFY(!tree.parse(objects + "1" + QByteArray(100000, '}')));
        QVERIFY(tree.parse("[[[1]]]", 3));
        QVERIFY(!tree.parse("[[[[1]]]]", 3));
    }

    void bigDocument_isRead()
    {
        QByteArray doc = "[";
        const int count = 100000;
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                doc += ',';
            doc += "{\"id\":\"" + QByteArray::number(i) + "\",\"text\":\"" + QByteArray(40, 'x') +
                   "\"}";
        }
        doc += ']';
        QVERIFY(doc.size() > 4 * 1024 * 1024);
        JsonTree tree;
        QVERIFY(tree.parse(doc));
        QCOMPARE(tree.count(JsonTree::kRoot), count);
        int last = JsonTree::kNone;
        for (int e = tree.firstChild(JsonTree::kRoot); e != JsonTree::kNone;
             e = tree.next(e, JsonTree::kRoot))
            last = e;
        QCOMPARE(tree.toString(tree.find(last, QLatin1String("id"))), QString::number(count - 1));
    }
};

QTEST_GUILESS_MAIN(TestJsonTree)
#include "tst_core_jsontree.moc"
