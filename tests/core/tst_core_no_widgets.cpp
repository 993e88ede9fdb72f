// Links keycard_core alone (no widgets, no fake server): the core layer stands on its own.
#include "apiclient.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTest>

using namespace keycard;

class TestNoWidgets final : public QObject
{
    Q_OBJECT

private slots:
    void coreOnly_clientRuns_andReportsRefusedConnection()
    {
        QVERIFY(!QCoreApplication::instance()->inherits("QApplication"));
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        ConnectionConfig c;
        c.baseUrl.setScheme(QStringLiteral("http"));
        c.baseUrl.setHost(QStringLiteral("127.0.0.1"));
        c.baseUrl.setPort(port);
        c.baseUrl.setPath(QString());
        c.auth.kind = AuthConfig::Kind::ApiKey;
        c.auth.secret = SecretString(QStringLiteral("key"));
        c.maxRetries = 0;
        ApiClient client(c);
        bool done = false;
        ApiError error;
        client.getOrganization(QStringLiteral("org"), nullptr, [&](const Result<Organization>& r) {
            done = true;
            error = r.error();
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        QCOMPARE(error.kind(), ApiError::Kind::Connection);
        QVERIFY(!describeError(error).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNoWidgets)
#include "tst_core_no_widgets.moc"
