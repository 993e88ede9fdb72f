// SecretString::wipe only ever zeroes a buffer nobody else refers to, and the places that build
// or hand on a secret leave the SecretString they read from intact.
#include "apirequest.h"
#include "scriptedserver.h"
#include "secretstring.h"
#include "tokenprovider.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace keycard;
using keycard::test::ScriptedServer;

class TestSecretWipe final : public QObject
{
    Q_OBJECT

private slots:
    void wipe_sharedBuffer_leavesOtherHolderIntact()
    {
        const SecretString secret(QByteArray("s3cr3t"));
        const QByteArray bytes = secret.reveal();
        const QString text = secret.revealString();
        QByteArray bytesCopy = bytes;
        QString textCopy = text;
        SecretString::wipe(bytesCopy);
        SecretString::wipe(textCopy);
        QVERIFY(bytesCopy.isEmpty());
        QVERIFY(textCopy.isEmpty());
        QCOMPARE(bytes, QByteArray("s3cr3t"));
        QCOMPARE(text, QStringLiteral("s3cr3t"));
    }

    void wipe_rawData_leavesTheRawBufferIntact()
    {
        char raw[] = "not ours";
        QByteArray view = QByteArray::fromRawData(raw, qsizetype(sizeof(raw) - 1));
        SecretString::wipe(view);
        QVERIFY(view.isEmpty());
        QCOMPARE(QByteArray(raw), QByteArray("not ours"));
    }

    void reveal_returnsAnUnsharedCopy_wipingItKeepsTheSecret()
    {
        const SecretString secret(QByteArray("s3cr3t"));
        QByteArray revealed = secret.reveal();
        QVERIFY(revealed.isDetached()); // so that a wipe really zeroes it
        SecretString::wipe(revealed);
        QCOMPARE(secret.reveal(), QByteArray("s3cr3t"));
    }

    void prefixedAndBase64_buildNewSecrets_originalIntact()
    {
        const SecretString token(QByteArray("tok-123"));
        QCOMPARE(token.prefixed("Bearer ").reveal(), QByteArray("Bearer tok-123"));
        QCOMPARE(token.toBase64().reveal(), QByteArray("tok-123").toBase64());
        QCOMPARE(token.reveal(), QByteArray("tok-123"));
        QCOMPARE(SecretString().prefixed("Bearer ").reveal(), QByteArray("Bearer "));
    }

    void exchangeSpec_basicHeader_clientSecretIntact()
    {
        const SecretString clientSecret(QByteArray("s3cr3t"));
        const RequestSpec spec =
            TokenProvider::exchangeSpec(QUrl(QStringLiteral("http://127.0.0.1:1/api/v1")),
                                        QStringLiteral("client-1"), clientSecret);
        QCOMPARE(spec.authorization.reveal(),
                 QByteArray("Basic ") + QByteArray("client-1:s3cr3t").toBase64());
        QCOMPARE(clientSecret.reveal(), QByteArray("s3cr3t"));
    }

    // The header handed to Qt is Qt's until the reply is gone: a wipe of that buffer would
    // corrupt what is sent, and a wipe of the spec's own secret would leave a retry without it.
    void apiRequest_everyAttemptCarriesTheAuthorization()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setAnswers({ScriptedServer::answer(503, R"({"message":"busy"})",
                                                  {"x-should-retry: true", "retry-after-ms: 1"}),
                           ScriptedServer::answer(200, R"({})")});
        QNetworkAccessManager nam;
        RequestSpec spec;
        spec.verb = "GET";
        spec.url = server.baseUrl();
        spec.authorization = SecretString(QByteArray("Bearer tok-123"));
        RetryPolicy policy;
        policy.baseBackoffMs = 1;
        ApiRequest request(&nam, std::move(spec), policy);
        int status = -1;
        connect(&request, &ApiRequest::finished, this,
                [&status](const RawResponse& response) { status = response.status; });
        request.start();
        QTRY_VERIFY_WITH_TIMEOUT(status != -1, 15000);
        QCOMPARE(status, 200);
        QCOMPARE(server.requestCount(), 2);
        // Header names are case-insensitive (Qt 6.8 sends them in lower case).
        for (const QByteArray& head : server.requests())
            QVERIFY2(head.toLower().contains("\r\nauthorization: bearer tok-123\r\n"),
                     head.constData());
    }
};

QTEST_GUILESS_MAIN(TestSecretWipe)
#include "tst_core_secretwipe.moc"
