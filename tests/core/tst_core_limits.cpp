// Hostile and oversized answers (issue 10): the size and time bounds of one answer, answers that
// break off, and Retry-After values that must be clamped before they are converted.
#include "apiclient.h"
#include "apirequest.h"
#include "scriptedserver.h"
#include "serverlimits.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTcpSocket>
#include <QTest>

using namespace keycard;
using keycard::test::Answer;
using keycard::test::ScriptedServer;

namespace {
const QByteArray kOrganization = ScriptedServer::organizationJson();

constexpr qint64 kMB = 1024 * 1024;

QByteArray head(int status, const QList<QByteArray>& headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    out += "Content-Type: application/json\r\n";
    for (const QByteArray& h : headers)
        out += h + "\r\n";
    return out + "\r\n";
}

// What HTTP calls "deflate" is a zlib stream: qCompress() without its 4-byte length prefix.
QByteArray deflated(const QByteArray& data)
{
    return qCompress(data).mid(4);
}
} // namespace

class TestLimits final : public QObject
{
    Q_OBJECT

private:
    static ConnectionConfig config(const ScriptedServer& server, int maxRetries = 0)
    {
        ConnectionConfig c;
        c.baseUrl = server.baseUrl();
        c.auth.kind = AuthConfig::Kind::ApiKey;
        c.auth.secret = SecretString(QStringLiteral("test-api-key"));
        c.maxRetries = maxRetries;
        return c;
    }

    static RetryPolicy policy()
    {
        RetryPolicy p;
        p.maxRetryAfterSeconds = 60;
        return p;
    }

    static int delayFor(const QByteArray& header, const QByteArray& value)
    {
        RawResponse response;
        response.headers.append({header, value});
        return ApiRequest::retryDelayMs(response, 1, policy());
    }

private slots:
    // --- answer size ---------------------------------------------------------------------------

    void get_announcedLengthAboveLimit_refusedBeforeTheBody()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setResponder([&server](QTcpSocket* socket) {
            server.stream(socket, head(200, {"Content-Length: " + QByteArray::number(200 * kMB)}),
                          200 * kMB);
        });
        ApiClient client(config(server, 2));
        Answer<Organization> answer;
        client.getOrganization(QStringLiteral("org1"), nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::TooLarge);
        QVERIFY(!answer.error().retryable());
        QCOMPARE(server.requestCount(), 1); // not retried
        const QString text = describeError(answer.error());
        QVERIFY2(text.contains(QStringLiteral("larger than 8 MB")), qPrintable(text));
        QVERIFY(!answer.error().requestId().isEmpty());
        QVERIFY2(text.contains(answer.error().requestId()), qPrintable(text));
        // Refused from the head: far less than the limit went out.
        QVERIFY2(server.bodyBytesSent() < limits::kMaxAnswerBytes,
                 qPrintable(QString::number(server.bodyBytesSent())));
    }

    void get_unannouncedHugeBody_abortedSoonAfterTheLimit()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        const qint64 body = 200 * kMB;
        server.setResponder([&server, body](QTcpSocket* socket) {
            server.stream(socket, head(200, {"Connection: close"}), body);
        });
        ApiClient client(config(server, 2));
        Answer<Organization> answer;
        client.getOrganization(QStringLiteral("org1"), nullptr, answer.callback());
        QVERIFY(answer.wait(30000));
        KC_COMPARE_KIND(answer, ApiError::Kind::TooLarge);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(describeError(answer.error()).contains(answer.error().requestId()));
        // The reply was aborted: the server could not hand over more than the limit plus what
        // the loopback socket buffers hold, and saw the connection go.
        QTRY_VERIFY(server.peerClosed());
        QVERIFY2(server.bodyBytesSent() >= limits::kMaxAnswerBytes,
                 qPrintable(QString::number(server.bodyBytesSent())));
        QVERIFY2(server.bodyBytesSent() < limits::kMaxAnswerBytes + 24 * kMB,
                 qPrintable(QString::number(server.bodyBytesSent())));
    }

    void get_bodyJustUnderLimit_isRead()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        // Valid JSON padded with whitespace to just under the limit.
        QByteArray body = kOrganization;
        body.append(QByteArray(limits::kMaxAnswerBytes - body.size(), ' '));
        server.setAnswers({ScriptedServer::answer(200, body)});
        ApiClient client(config(server));
        Answer<Organization> answer;
        client.getOrganization(QStringLiteral("org1"), nullptr, answer.callback());
        QVERIFY(answer.wait(30000));
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
        QCOMPARE(answer.value().name, QStringLiteral("Acme"));
    }

    void get_decompressionBomb_isTransportNotDecode()
    {
        // 64 MB of spaces in well under 1 MB: stopped (by Qt's own ratio check or by the answer
        // limit) and reported as what it is, never as a JSON error about an empty answer.
        ScriptedServer server;
        QVERIFY(server.listen());
        const QByteArray bomb = deflated(QByteArray(64 * kMB, ' '));
        QVERIFY(bomb.size() < kMB);
        server.setAnswers({ScriptedServer::answer(200, bomb, {"Content-Encoding: deflate"})});
        ApiClient client(config(server, 2));
        Answer<Organization> answer;
        client.getOrganization(QStringLiteral("org1"), nullptr, answer.callback());
        QVERIFY(answer.wait(30000));
        const ApiError::Kind kind = answer.kind();
        const QString text = describeError(answer.error());
        QVERIFY2(kind == ApiError::Kind::Transport || kind == ApiError::Kind::TooLarge,
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("compressed")) ||
                     text.contains(QStringLiteral("larger than 8 MB")),
                 qPrintable(text));
        QVERIFY2(text.contains(answer.error().requestId()), qPrintable(text));
        QCOMPARE(server.requestCount(), 1); // not retried
    }

    void get_deflatedAnswer_isUnpacked()
    {
        // The counterpart of the bomb: what Qt accepts as Content-Encoding: deflate is read.
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setAnswers(
            {ScriptedServer::answer(200, deflated(kOrganization), {"Content-Encoding: deflate"})});
        ApiClient client(config(server));
        Answer<Organization> answer;
        client.getOrganization(QStringLiteral("org1"), nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(answer.ok(), qPrintable(describeError(answer.error())));
    }

    void get_corruptCompressedBody_isTransportNotDecode()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        QByteArray corrupt = deflated(kOrganization);
        for (qsizetype i = 2; i < corrupt.size(); ++i)
            corrupt[i] = char(0xff);
        server.setAnswers({ScriptedServer::answer(200, corrupt, {"Content-Encoding: deflate"})});
        ApiClient client(config(server, 2));
        Answer<Organization> answer;
        client.getOrganization(QStringLiteral("org1"), nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Transport);
        const QString text = describeError(answer.error());
        QVERIFY2(text.contains(QStringLiteral("compressed")), qPrintable(text));
        QVERIFY2(text.contains(answer.error().requestId()), qPrintable(text));
        QCOMPARE(server.requestCount(), 1); // the same bytes would come again
    }

    // --- answers that break off ----------------------------------------------------------------

    void get_bodyShorterThanContentLength_isTransportCutOff()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setResponder([&server](QTcpSocket* socket) {
            server.stream(socket, head(200, {"Content-Length: 1000"}), 1000, 100);
        });
        ApiClient client(config(server));
        Answer<Organization> answer;
        client.getOrganization(QStringLiteral("org1"), nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Transport);
        QVERIFY(answer.error().retryable());
        const QString text = describeError(answer.error());
        QVERIFY2(text.contains(QStringLiteral("cut off")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("of 1000 bytes")), qPrintable(text));
        QVERIFY2(text.contains(answer.error().requestId()), qPrintable(text));
    }

    void get_connectionResetMidBody_isTransport()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setResponder([](QTcpSocket* socket) {
            socket->write(head(200, {"Content-Length: 1000"}) + QByteArray(100, ' '));
            socket->flush();
            QTimer::singleShot(100, socket, [socket] { ScriptedServer::reset(socket); });
        });
        ApiClient client(config(server));
        Answer<Organization> answer;
        client.getOrganization(QStringLiteral("org1"), nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::Transport);
        QVERIFY2(!describeError(answer.error()).contains(QStringLiteral("JSON")),
                 qPrintable(describeError(answer.error())));
    }

    // --- time per attempt ----------------------------------------------------------------------

    void get_drippingAnswer_stopsAfterAttemptTimeAndIsRetriedOnce()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        const QByteArray raw = ScriptedServer::answer(200, kOrganization);
        server.setResponder([&server, raw](QTcpSocket* socket) { server.drip(socket, raw, 20); });
        ConnectionConfig c = config(server, 1);
        c.attemptTimeoutMs = 400; // every byte is progress: only the total time stops it
        ApiClient client(c);
        Answer<Organization> answer;
        QElapsedTimer timer;
        timer.start();
        client.getOrganization(QStringLiteral("org1"), nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::TooSlow);
        QCOMPARE(server.requestCount(), 2); // a safe GET: retried within the budget
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        const QString text = describeError(answer.error());
        QVERIFY2(text.contains(QStringLiteral("longer than 400 ms")), qPrintable(text));
        QVERIFY2(text.contains(answer.error().requestId()), qPrintable(text));
    }

    void create_drippingAnswer_isNotRepeated()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        const QByteArray raw = ScriptedServer::answer(201, kOrganization);
        server.setResponder([&server, raw](QTcpSocket* socket) { server.drip(socket, raw, 20); });
        ConnectionConfig c = config(server, 2);
        c.attemptTimeoutMs = 300;
        ApiClient client(c);
        Answer<ServiceAccount> answer;
        Draft input;
        input.name = QStringLiteral("svc");
        client.createServiceAccount(QStringLiteral("org1"), input, nullptr, answer.callback());
        QVERIFY(answer.wait());
        KC_COMPARE_KIND(answer, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(server.requestCount(), 1);
    }

    // --- Retry-After ---------------------------------------------------------------------------

    void retryDelay_hostileValues_areClamped_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("lowest");
        QTest::addColumn<int>("highest");
        const int cap = 60000;
        // Backoff for attempt 1: 500 ms less up to 25 % jitter.
        for (const QByteArray& header : {QByteArray("Retry-After"), QByteArray("retry-after-ms")}) {
            const QByteArray tag = header + ": ";
            QTest::newRow(QByteArray(tag + "1e300").constData())
                << header << QByteArray("1e300") << cap << cap;
            QTest::newRow(QByteArray(tag + "inf").constData())
                << header << QByteArray("inf") << cap << cap;
            QTest::newRow(QByteArray(tag + "-inf").constData())
                << header << QByteArray("-inf") << 375 << 500;
            QTest::newRow(QByteArray(tag + "nan").constData())
                << header << QByteArray("nan") << 375 << 500;
            QTest::newRow(QByteArray(tag + "-5").constData())
                << header << QByteArray("-5") << 375 << 500;
            QTest::newRow(QByteArray(tag + "1e-300").constData())
                << header << QByteArray("1e-300") << 0 << 1;
            QTest::newRow(QByteArray(tag + "9.3e18").constData())
                << header << QByteArray("9.3e18") << cap << cap;
        }
        QTest::newRow("Retry-After: year 9999")
            << QByteArray("Retry-After") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << cap
            << cap;
        QTest::newRow("Retry-After: 2.5")
            << QByteArray("Retry-After") << QByteArray("2.5") << 2500 << 2500;
    }

    void retryDelay_hostileValues_areClamped()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(int, lowest);
        QFETCH(int, highest);
        const int delay = delayFor(header, value);
        QVERIFY2(delay >= lowest && delay <= highest, qPrintable(QString::number(delay)));
    }

    void retryDelay_capAboveIntRange_staysInRange()
    {
        RetryPolicy p;
        p.maxRetryAfterSeconds = std::numeric_limits<int>::max();
        RawResponse response;
        response.headers.append({QByteArray("Retry-After"), QByteArray("inf")});
        QCOMPARE(ApiRequest::retryDelayMs(response, 1, p), std::numeric_limits<int>::max());
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_core_limits.moc"
