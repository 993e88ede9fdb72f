// keycardctl report, as a script meets it: every credential of a 5,000-account organization
// exactly once through rate limits, the export's columns in JSON and CSV, never a secret.
#include "clitestsupport.h"
#include "reportexport.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>

using namespace keycard;
using keycard::clitest::CliRunner;
using keycard::clitest::Run;

class TestCliReport final : public QObject
{
    Q_OBJECT

private:
    fake::FakeServer m_server{13};
    CliRunner m_cli{m_server};
    QString m_org;
    QByteArray m_secret; // of a credential of m_org: never in a report

    QStringList report(const QString& org, const QString& format) const
    {
        return {QStringLiteral("--organization"), org, QStringLiteral("report"),
                QStringLiteral("--output"), format};
    }

    // Every credential of `org`, from the server's own store.
    QStringList storedCredentialIds(const QString& org)
    {
        QStringList ids;
        for (const QString& account : m_server.store().serviceAccountIds(org))
            ids += m_server.store().credentialIds(org, account);
        return ids;
    }

    void verifyNoSecret(const Run& r)
    {
        QVERIFY(!r.out.contains(m_secret));
        QVERIFY(!r.err.contains(m_secret));
        QVERIFY(!r.out.contains(m_server.demoClientSecret().toUtf8()));
        QVERIFY(!r.out.contains("client_secret"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen(0));
        m_org = m_server.demoIds().bigOrgId;
        QVERIFY(m_server.store().serviceAccountCount(m_org) >= 5000);
        const QString account = m_server.store().serviceAccountIds(m_org).first();
        m_secret = m_server.store()
                       .createCredentialWithSecret(m_org, account, QStringLiteral("with-secret"))
                       .secret;
        QVERIFY(!m_secret.isEmpty());
    }

    void init()
    {
        m_server.clearFaults();
        m_server.resetRequestCounts();
    }

    void reportJson_bigOrganizationWith429s_everyCredentialOnceWithTheExportColumns()
    {
        // Some 429s the client's retries absorb, and three in a row (Retry-After: 1) that pause
        // the whole walk before the request is repeated.
        m_server.addFault(QStringLiteral("listServiceAccounts"),
                          fake::Fault::httpStatus(429, 2, 0));
        m_server.addFault(QStringLiteral("listCredentials"), fake::Fault::httpStatus(429, 3, 1));
        const Run r = m_cli.run(report(m_org, QStringLiteral("json")), m_cli.signedIn());
        QVERIFY2(r.finished && r.exitCode == 0, r.describe());
        // One request a page of credentials, and one more for each 429 answered.
        int pages = 0;
        for (const QString& account : m_server.store().serviceAccountIds(m_org))
            pages += std::max(1, (m_server.store().credentialCount(m_org, account) + 99) / 100);
        QCOMPARE(m_server.requestCount(QStringLiteral("listCredentials")), pages + 3);

        const QJsonArray rows = r.jsonArray();
        const QStringList expected = storedCredentialIds(m_org);
        QCOMPARE(rows.size(), expected.size());
        QSet<QString> reported;
        const QStringList columns = ReportExport::columns();
        const QSet<QString> columnSet(columns.cbegin(), columns.cend());
        for (const QJsonValue& row : rows) {
            const QJsonObject object = row.toObject();
            const QStringList keys = object.keys();
            QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), columnSet);
            reported.insert(object.value(QStringLiteral("credential_id")).toString());
        }
        QCOMPARE(reported, QSet<QString>(expected.cbegin(), expected.cend()));
        // Progress goes to a terminal only; this stderr is a pipe.
        QVERIFY(!r.err.contains("service accounts,"));
        verifyNoSecret(r);
    }

    void reportCsv_headerIsTheNineColumnsAndEveryCredentialOneRow()
    {
        const Run r = m_cli.run(report(m_org, QStringLiteral("csv")), m_cli.signedIn());
        QVERIFY2(r.finished && r.exitCode == 0, r.describe());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("account_id,account_name,credential_id,credential_name,client_id,"
                            "created_at,last_used_at,age_days,flags"));
        const QStringList expected = storedCredentialIds(m_org);
        QCOMPARE(lines.size() - 1, expected.size());
        for (const QString& id : expected)
            QVERIFY2(r.out.contains(QByteArray(',' + id.toUtf8() + ',')), qPrintable(id));
        verifyNoSecret(r);
    }

    void reportTable_smallOrganization_readableColumns()
    {
        const QString small = m_server.demoIds().smallOrgId;
        const Run r = m_cli.run(report(small, QStringLiteral("table")), m_cli.signedIn());
        QVERIFY2(r.finished && r.exitCode == 0, r.describe());
        for (const char* column :
             {"ACCOUNT_NAME", "CREDENTIAL_NAME", "CLIENT_ID", "LAST_USED_AT", "AGE_DAYS", "FLAGS"})
            QVERIFY2(r.out.contains(column), column);
        QCOMPARE(r.out.trimmed().split('\n').size() - 1, storedCredentialIds(small).size());
    }

    void reportOnTerminal_stdoutToFile_progressWithEstimateOnStderrOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        const Run r = m_cli.runOnTerminal(report(m_org, QStringLiteral("csv")), m_cli.signedIn(),
                                          {}, QStringLiteral("> '%1'").arg(path));
        QVERIFY2(r.finished && r.exitCode == 0, r.describe());
        // What the terminal showed: progress with the time left, never a row.
        QVERIFY2(r.out.contains("service accounts,"), r.out.left(2000));
        QVERIFY2(r.out.contains("s left"), r.out.left(2000));
        QVERIFY(!r.out.contains("account_id,"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("account_id,"));
        QVERIFY(!csv.contains("s left"));
        QCOMPARE(csv.trimmed().split('\n').size() - 1, storedCredentialIds(m_org).size());
    }

    void reportThresholds_asGiven_flagsFollowThem()
    {
        const QString small = m_server.demoIds().smallOrgId;
        const QProcessEnvironment env = m_cli.signedIn();
        const auto flagged = [](const Run& r, const QString& flag) {
            int count = 0;
            for (const QJsonValue& row : r.jsonArray())
                count += row.toObject()
                             .value(QStringLiteral("flags"))
                             .toArray()
                             .contains(QJsonValue(flag));
            return count;
        };
        const Run lenient =
            m_cli.run(report(small, QStringLiteral("json")) +
                          QStringList{QStringLiteral("--old-days"), QStringLiteral("36500")},
                      env);
        const Run strict =
            m_cli.run(report(small, QStringLiteral("json")) +
                          QStringList{QStringLiteral("--old-days"), QStringLiteral("1")},
                      env);
        QVERIFY2(lenient.exitCode == 0 && strict.exitCode == 0, strict.describe());
        const int rows = int(strict.jsonArray().size());
        QVERIFY(rows > 0);
        QCOMPARE(flagged(lenient, QStringLiteral("old")), 0);
        // Every demo credential was created more than a day ago.
        QCOMPARE(flagged(strict, QStringLiteral("old")), rows);

        const Run bad =
            m_cli.run(report(small, QStringLiteral("json")) +
                          QStringList{QStringLiteral("--unused-days"), QStringLiteral("0")},
                      env);
        QVERIFY2(bad.exitCode == 2, bad.describe());
    }

    void report_accountThatCannotBeListed_namedAndExitsOne()
    {
        const QString small = m_server.demoIds().smallOrgId;
        m_server.addFault(QStringLiteral("listCredentials"), fake::Fault::httpStatus(403, 1));
        const Run r = m_cli.run(report(small, QStringLiteral("json")), m_cli.signedIn());
        QVERIFY2(r.finished && r.exitCode == 1, r.describe());
        QVERIFY(r.err.contains("could not be listed"));
        QVERIFY(r.err.contains("incomplete"));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
