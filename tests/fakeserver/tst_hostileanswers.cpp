// The fake server's hostile answers (issue 10) really have the property they are named after:
// the bytes are counted on a raw socket, the encoding is inflated with zlib, the structure is
// checked where it is small enough to parse.
#include "fakeserver.h"
#include "faultspec.h"
#include "httpprobe.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <functional>
#include <zlib.h>

using keycard::fake::FakeServer;
using keycard::fake::Fault;

namespace {
constexpr qint64 kMiB = 1024 * 1024;

// One GET on a raw socket that counts the body instead of keeping it: the head, the first
// `keep` bytes of the body and every body chunk handed to `sink`.
class RawGet final
{
public:
    RawGet(quint16 port, const QString& pathAndQuery, const QByteArray& token, qint64 keep = 0)
        : m_keep(keep)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { read(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket,
                         [this] { m_done = true; });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.write("GET " + pathAndQuery.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                       "Authorization: Bearer " + token + "\r\n\r\n");
    }

    std::function<void(const QByteArray&)> sink;
    bool done() const { return m_done; }
    bool headersArrived() const { return m_headerEnd >= 0; }
    qint64 bodyBytes() const { return m_bodyBytes; }
    qint64 contentLength() const { return header("content-length").toLongLong(); }
    const QByteArray& kept() const { return m_kept; }
    void close() { m_socket.abort(); }

    QByteArray header(const QByteArray& name) const
    {
        for (const QByteArray& line : m_head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

private:
    void read()
    {
        QByteArray data = m_socket.readAll();
        if (m_headerEnd < 0) {
            m_head += data;
            m_headerEnd = m_head.indexOf("\r\n\r\n");
            if (m_headerEnd < 0)
                return;
            data = m_head.mid(m_headerEnd + 4);
            m_head.truncate(m_headerEnd);
        }
        m_bodyBytes += data.size();
        if (m_kept.size() < m_keep)
            m_kept += data.left(m_keep - m_kept.size());
        if (sink)
            sink(data);
        if (m_bodyBytes >= contentLength())
            m_done = true;
    }

    QTcpSocket m_socket;
    QByteArray m_head;
    qsizetype m_headerEnd = -1;
    qint64 m_bodyBytes = 0;
    qint64 m_keep = 0;
    QByteArray m_kept;
    bool m_done = false;
};

// The longest run of `c` in `text`.
qint64 longestRun(const QByteArray& text, char c)
{
    qint64 longest = 0;
    qint64 run = 0;
    for (const char byte : text) {
        run = byte == c ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}
} // namespace

class TestHostileAnswers final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<HttpProbe> m_http;
    QString m_accountsPath;

    void hostile(Fault::Kind kind, qint64 size = -1, const QString& operation = {})
    {
        Fault fault = Fault::of(kind);
        fault.size = size;
        m_server->addFault(operation.isEmpty() ? QStringLiteral("listServiceAccounts") : operation,
                           fault);
    }

    std::unique_ptr<RawGet> rawGet(const QString& query = QStringLiteral("limit=5"),
                                   qint64 keep = 0)
    {
        return std::make_unique<RawGet>(m_server->port(), m_accountsPath + QLatin1Char('?') + query,
                                        m_http->token(), keep);
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

    void hugeString_firstNameFiftyMegabytes()
    {
        hostile(Fault::Kind::HugeString);
        auto get = rawGet(QStringLiteral("limit=5"), 4096);
        qint64 xs = 0;
        get->sink = [&xs](const QByteArray& chunk) {
            xs += chunk.count('x');
        };
        QTRY_VERIFY_WITH_TIMEOUT(get->done(), 30000);
        QCOMPARE(get->bodyBytes(), get->contentLength());
        QVERIFY(xs >= 50 * kMiB);
        QVERIFY(get->bodyBytes() < 50 * kMiB + 4096);
        QVERIFY(get->kept().contains("\"name\":\"xxxxxxxx"));
        QCOMPARE(m_http->get(m_accountsPath).status, 200); // the next answer is normal
    }

    void deepNesting_hundredThousandArrays()
    {
        hostile(Fault::Kind::DeepNesting);
        auto get = rawGet(QStringLiteral("limit=5"), 1 * kMiB);
        QTRY_VERIFY_WITH_TIMEOUT(get->done(), 10000);
        QCOMPARE(get->bodyBytes(), get->contentLength());
        QCOMPARE(longestRun(get->kept(), '['), 100000);
        QCOMPARE(longestRun(get->kept(), ']'), 100000);
        QVERIFY(get->kept().contains("\"nested\":[[["));
    }

    void hugeBody_twoHundredMegabytesStreamed()
    {
        hostile(Fault::Kind::HugeBody);
        auto get = rawGet(QStringLiteral("limit=5"), 64);
        QTRY_VERIFY_WITH_TIMEOUT(get->done(), 60000);
        QCOMPARE(get->contentLength(), 200 * kMiB);
        QCOMPARE(get->bodyBytes(), 200 * kMiB);
        QVERIFY(get->kept().startsWith("{\"items\":["));
    }

    void hugeBody_clientCloses_serverStopsAndServesOthers()
    {
        hostile(Fault::Kind::HugeBody);
        auto get = rawGet();
        QTRY_VERIFY_WITH_TIMEOUT(get->bodyBytes() > kMiB, 10000);
        get->close();
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_http->get(m_accountsPath + QStringLiteral("?limit=1")).status, 200);
        QVERIFY(timer.elapsed() < 2000);
    }

    void dripFeed_oneByteEachInterval()
    {
        Fault fault = Fault::of(Fault::Kind::DripFeed);
        fault.intervalMs = 50;
        m_server->addFault(QStringLiteral("listServiceAccounts"), fault);
        QElapsedTimer elapsed;
        elapsed.start();
        auto get = rawGet(QStringLiteral("limit=1"));
        QTRY_VERIFY_WITH_TIMEOUT(get->headersArrived(), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(get->bodyBytes() >= 3, 2000);
        // One byte an interval: never more than the time since the request allows.
        const qint64 allowed = elapsed.elapsed() / fault.intervalMs + 2;
        QVERIFY2(
            get->bodyBytes() <= allowed,
            qPrintable(QStringLiteral("%1 bytes, %2 allowed").arg(get->bodyBytes()).arg(allowed)));
        QVERIFY(get->contentLength() > 100);
        QVERIFY(!get->done());
    }

    void decompressionBomb_fewBytesInflateToTheSize_data()
    {
        QTest::addColumn<bool>("deflate");
        QTest::newRow("gzip") << false;
        QTest::newRow("deflate") << true;
    }

    void decompressionBomb_fewBytesInflateToTheSize()
    {
        QFETCH(bool, deflate);
        Fault fault = Fault::of(Fault::Kind::DecompressionBomb);
        fault.size = 256 * kMiB + 12345;
        fault.deflate = deflate;
        m_server->addFault(QStringLiteral("listServiceAccounts"), fault);
        auto get = rawGet();
        z_stream stream{};
        QCOMPARE(inflateInit2(&stream, deflate ? MAX_WBITS : 16 + MAX_WBITS), Z_OK);
        qint64 inflated = 0;
        int status = Z_OK;
        QByteArray start;
        get->sink = [&](const QByteArray& chunk) {
            stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(chunk.constData()));
            stream.avail_in = uInt(chunk.size());
            char out[65536];
            while (stream.avail_in > 0 && status == Z_OK) {
                stream.next_out = reinterpret_cast<Bytef*>(out);
                stream.avail_out = sizeof out;
                status = inflate(&stream, Z_NO_FLUSH);
                const qint64 produced = qint64(sizeof out - stream.avail_out);
                if (start.size() < 64)
                    start += QByteArray(out, qsizetype(std::min<qint64>(produced, 64)));
                inflated += produced;
            }
        };
        QTRY_VERIFY_WITH_TIMEOUT(get->done(), 60000);
        inflateEnd(&stream);
        QCOMPARE(get->header("content-encoding"), deflate ? QByteArray("deflate") : "gzip");
        QCOMPARE(status, Z_STREAM_END); // the check value and length in the trailer hold
        QCOMPARE(inflated, fault.size);
        QVERIFY(start.startsWith("{\"items\":["));
        QVERIFY2(get->bodyBytes() * 500 < inflated, qPrintable(QString::number(get->bodyBytes())));
    }

    void decompressionBomb_defaultInflatesToGigabytes()
    {
        hostile(Fault::Kind::DecompressionBomb);
        auto get = rawGet();
        QTRY_VERIFY_WITH_TIMEOUT(get->done(), 30000);
        QCOMPARE(get->header("content-encoding"), QByteArray("gzip"));
        QVERIFY(get->bodyBytes() < 8 * kMiB); // 4 GiB at about 1000:1
    }

    void itemsBeyondLimit_hundredThousandForFive()
    {
        hostile(Fault::Kind::ItemsBeyondLimit);
        const auto answer = m_http->get(m_accountsPath + QStringLiteral("?limit=5"));
        QCOMPARE(answer.status, 200);
        const QJsonArray items = answer.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 100000);
        QSet<QString> ids;
        for (const QJsonValue& item : items)
            ids.insert(item[QStringLiteral("id")].toString());
        QCOMPARE(ids.size(), 100000);
        QVERIFY(answer.json().value(QStringLiteral("page_info")).isObject());
    }

    void duplicateIds_everyPageSameItemFreshCursor()
    {
        Fault fault = Fault::of(Fault::Kind::DuplicateIds, -1);
        m_server->addFault(QStringLiteral("listServiceAccounts"), fault);
        QStringList ids;
        QSet<QString> cursors;
        QString after;
        for (int page = 0; page < 3; ++page) {
            QString path = m_accountsPath + QStringLiteral("?limit=10");
            if (!after.isEmpty())
                path +=
                    QStringLiteral("&after=") + QString::fromLatin1(QUrl::toPercentEncoding(after));
            const auto answer = m_http->get(path);
            QCOMPARE(answer.status, 200);
            const QJsonObject json = answer.json();
            for (const QJsonValue& item : json.value(QStringLiteral("items")).toArray())
                ids.append(item[QStringLiteral("id")].toString());
            const QJsonObject info = json.value(QStringLiteral("page_info")).toObject();
            QVERIFY(info.value(QStringLiteral("has_next_page")).toBool());
            after = info.value(QStringLiteral("end_cursor")).toString();
            QVERIFY(!after.isEmpty());
            QVERIFY(!cursors.contains(after));
            cursors.insert(after);
        }
        QCOMPARE(ids.size(), 6);
        QCOMPARE(ids.count(ids.first()), 6);
    }

    void hugeNumbers_listAndToken()
    {
        hostile(Fault::Kind::HugeNumbers);
        const auto list = m_http->get(m_accountsPath + QStringLiteral("?limit=5"));
        QCOMPARE(list.status, 200);
        QVERIFY(list.body.contains("\"total_count\":1e400"));
        QCOMPARE(list.body.count("\"revision\":1e400"), 5);

        Fault negative = Fault::of(Fault::Kind::HugeNumbers);
        negative.number = "-1e300";
        m_server->addFault(QStringLiteral("serviceAccountToken"), negative);
        const auto token =
            m_http->requestToken(m_server->demoClientId(), m_server->demoClientSecret());
        QCOMPARE(token.status, 200);
        QVERIFY2(token.body.contains("\"expires_in\":-1e300"), token.body.constData());
        QVERIFY(token.body.contains("\"access_token\":\""));
    }

    void manyPermissionKeys_listAndFirstItem()
    {
        hostile(Fault::Kind::ManyPermissionKeys);
        const auto answer =
            m_http->get(m_accountsPath + QStringLiteral("?limit=5&expand=permissions"));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.isJson());
        const QJsonObject json = answer.json();
        const QJsonObject list = json.value(QStringLiteral("permissions")).toObject();
        QVERIFY(list.size() >= 32000);
        QVERIFY(list.contains(QStringLiteral("service_accounts")));
        const QJsonArray items = json.value(QStringLiteral("items")).toArray();
        QVERIFY(items.at(0)[QStringLiteral("permissions")].toObject().size() >= 32000);
        QVERIFY(items.at(1)[QStringLiteral("permissions")].toObject().size() < 10);
    }

    void faultSpec_hostileKindsAndOptions()
    {
        QString error;
        auto spec = keycard::fake::parseFaultSpec(
            QStringLiteral("listServiceAccounts:huge-string,size=5M,count=-1"), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->fault.kind, Fault::Kind::HugeString);
        QCOMPARE(spec->fault.size, 5 * kMiB);
        QCOMPARE(spec->fault.count, -1);
        spec = keycard::fake::parseFaultSpec(QStringLiteral("*:decompression-bomb,deflate,size=1G"),
                                             &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->fault.kind, Fault::Kind::DecompressionBomb);
        QVERIFY(spec->fault.deflate);
        QCOMPARE(spec->fault.size, 1024 * kMiB);
        spec = keycard::fake::parseFaultSpec(
            QStringLiteral("serviceAccountToken:huge-numbers,number=-1e300"), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->fault.number, QByteArray("-1e300"));
        spec = keycard::fake::parseFaultSpec(QStringLiteral("listServiceAccounts:drip-feed,"
                                                            "interval=20"),
                                             &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->fault.intervalMs, 20);
        const QStringList kinds{QStringLiteral("deep-nesting"), QStringLiteral("huge-body"),
                                QStringLiteral("items-beyond-limit"),
                                QStringLiteral("duplicate-ids"),
                                QStringLiteral("many-permission-keys")};
        for (const QString& kind : kinds)
            QVERIFY2(keycard::fake::parseFaultSpec(QStringLiteral("x:") + kind, &error),
                     qPrintable(error));
        QVERIFY(!keycard::fake::parseFaultSpec(QStringLiteral("x:huge-body,size=lots"), &error));
        QVERIFY(
            !keycard::fake::parseFaultSpec(QStringLiteral("x:huge-numbers,number=big"), &error));
        QVERIFY(keycard::fake::faultSpecHelp().contains(QStringLiteral("decompression-bomb")));
    }
};

QTEST_GUILESS_MAIN(TestHostileAnswers)
#include "tst_hostileanswers.moc"
