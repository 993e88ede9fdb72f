// keycardctl's reading side, as a script meets it: help without display or network, every list in
// every format, streaming of a 5,000-account organization, retries, exit codes.
#include "clitestsupport.h"

#include <QRegularExpression>

using namespace keycard;
using keycard::clitest::CliRunner;
using keycard::clitest::Run;

class TestCliLists final : public QObject
{
    Q_OBJECT

private:
    QStringList inOrg(const QString& org, const QStringList& rest) const
    {
        return QStringList{QStringLiteral("--organization"), org} + rest;
    }

    fake::FakeServer m_server{7};
    CliRunner m_cli{m_server};

private slots:
    void initTestCase() { QVERIFY(m_server.listen(0)); }

    void init()
    {
        m_server.clearFaults();
        m_server.resetRequestCounts();
    }

    void help_withoutDisplayOrNetwork_printsWithoutAsking()
    {
        const QProcessEnvironment env = CliRunner::bare();
        const Run help = m_cli.run({QStringLiteral("--help")}, env);
        QVERIFY2(help.finished && help.exitCode == 0, help.describe());
        for (const char* text : {"Usage: keycardctl", "accounts list", "credentials create",
                                 "profiles add", "Exit status:", "--output"})
            QVERIFY2(help.out.contains(text), text);

        const Run version = m_cli.run({QStringLiteral("--version")}, env);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("keycardctl " KEYCARD_VERSION));

        const Run topic = m_cli.run(
            {QStringLiteral("help"), QStringLiteral("credentials"), QStringLiteral("create")}, env);
        QCOMPARE(topic.exitCode, 0);
        QVERIFY(topic.out.contains("--secret-to stdout|FILE"));
        QVERIFY(topic.out.contains("--store"));

        const Run after = m_cli.run(
            {QStringLiteral("accounts"), QStringLiteral("delete"), QStringLiteral("--help")}, env);
        QCOMPARE(after.exitCode, 0);
        QVERIFY(after.out.contains("--with-credentials"));
        QCOMPARE(m_server.requestCount(QStringLiteral("serviceAccountToken")), 0);
    }

    void usage_badCommandLines_exitTwoWithReason()
    {
        const QProcessEnvironment env = m_cli.signedIn();
        const QList<QStringList> bad{
            {},
            {QStringLiteral("nonsense")},
            {QStringLiteral("accounts")},
            {QStringLiteral("accounts"), QStringLiteral("frobnicate")},
            {QStringLiteral("accounts"), QStringLiteral("create")},
            {QStringLiteral("credentials"), QStringLiteral("list"), QStringLiteral("a"),
             QStringLiteral("b")},
            {QStringLiteral("--output"), QStringLiteral("xml"), QStringLiteral("organizations"),
             QStringLiteral("list")},
            {QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--no-such")},
            {QStringLiteral("--organization"), m_server.demoIds().smallOrgId,
             QStringLiteral("accounts"), QStringLiteral("update"), QStringLiteral("x")},
            {QStringLiteral("--organization"), m_server.demoIds().smallOrgId,
             QStringLiteral("accounts"), QStringLiteral("create"), QStringLiteral("x"),
             QStringLiteral("--description"), QString(501, QLatin1Char('d'))},
        };
        for (const QStringList& arguments : bad) {
            const Run r = m_cli.run(arguments, env);
            QVERIFY2(r.finished && r.exitCode == 2,
                     qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') +
                                QString::fromUtf8(r.describe())));
            QVERIFY2(!r.err.isEmpty(), qPrintable(arguments.join(QLatin1Char(' '))));
            QVERIFY(r.out.isEmpty() || arguments.isEmpty() || arguments.size() == 1);
        }
        QCOMPARE(m_server.requestCount(QStringLiteral("createServiceAccount")), 0);
        QCOMPARE(m_server.requestCount(QStringLiteral("updateServiceAccount")), 0);
    }

    void signIn_refusedOrMissing_exitsFour()
    {
        QProcessEnvironment wrong = m_cli.signedIn();
        wrong.insert(QStringLiteral("KEYCARD_API_CLIENT_SECRET"), QStringLiteral("kcs_wrong"));
        const Run refused =
            m_cli.run({QStringLiteral("organizations"), QStringLiteral("list")}, wrong);
        QVERIFY2(refused.exitCode == 4, refused.describe());
        QVERIFY(refused.err.contains("Request ID"));
        QVERIFY(!refused.err.contains("kcs_wrong"));
        // Said once, by keycardctl, not again by the core's log.
        QVERIFY2(!refused.err.contains("keycard.core"), refused.err);
        QVERIFY(refused.out.isEmpty());

        const Run nobody =
            m_cli.run({QStringLiteral("organizations"), QStringLiteral("list")}, CliRunner::bare());
        QVERIFY2(nobody.exitCode == 4, nobody.describe());
        QVERIFY(nobody.err.contains("KEYCARD_API_CLIENT_ID"));
    }

    void signIn_variablesAndProfile_variablesWinAsInTheApp()
    {
        const Run r = m_cli.run({QStringLiteral("--profile"), QStringLiteral("never-saved"),
                                 QStringLiteral("organizations"), QStringLiteral("list")},
                                m_cli.signedIn());
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.jsonArray().size(), 3);

        // Without the variables the profile is needed, and this one does not exist.
        const Run missing = m_cli.run({QStringLiteral("--profile"), QStringLiteral("never-saved"),
                                       QStringLiteral("organizations"), QStringLiteral("list")},
                                      CliRunner::bare());
        QVERIFY2(missing.exitCode == 4, missing.describe());
        QVERIFY(missing.err.contains("never-saved"));
    }

    void organizationsList_eachFormat_printsTheApiFields()
    {
        const QProcessEnvironment env = m_cli.signedIn();
        // Not a terminal: JSON without being asked.
        const Run json = m_cli.run({QStringLiteral("organizations"), QStringLiteral("list")}, env);
        QVERIFY2(json.exitCode == 0, json.describe());
        const QJsonArray orgs = json.jsonArray();
        QCOMPARE(orgs.size(), 3);
        const QJsonObject big = orgs.at(0).toObject();
        QCOMPARE(big.value(QStringLiteral("id")).toString(), m_server.demoIds().bigOrgId);
        QCOMPARE(big.value(QStringLiteral("label")).toString(), m_server.demoIds().bigOrgLabel);
        for (const char* field : {"name", "sso_enabled", "created_at", "updated_at"})
            QVERIFY2(big.contains(QLatin1String(field)), field);
        QVERIFY(
            QDateTime::fromString(big.value(QStringLiteral("created_at")).toString(), Qt::ISODate)
                .isValid());

        const Run csv = m_cli.run({QStringLiteral("--output"), QStringLiteral("csv"),
                                   QStringLiteral("organizations"), QStringLiteral("list")},
                                  env);
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("id,label,name,sso_enabled,created_at,updated_at"));
        QVERIFY(lines.at(1).startsWith(QByteArray(m_server.demoIds().bigOrgId.toUtf8() + ',')));

        const Run table = m_cli.run({QStringLiteral("organizations"), QStringLiteral("list"),
                                     QStringLiteral("-o"), QStringLiteral("table")},
                                    env);
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith("ID "));
        QVERIFY(table.out.contains(m_server.demoIds().bigOrgLabel.toUtf8()));
        QCOMPARE(table.out.count('\n'), 4);
    }

    void accountsList_fiveThousandAccounts_streamsEachPageOnce()
    {
        const fake::DemoIds ids = m_server.demoIds();
        QVERIFY(ids.bigOrgServiceAccountCount >= 5000);
        const int pages = (ids.bigOrgServiceAccountCount + 99) / 100;
        int listsBeforeFirstRow = -1;
        const Run r =
            m_cli.run(inOrg(ids.bigOrgLabel, {QStringLiteral("accounts"), QStringLiteral("list")}),
                      m_cli.signedIn(), {}, [&](const QByteArray& piece) {
                          if (listsBeforeFirstRow < 0 && piece.contains('{'))
                              listsBeforeFirstRow =
                                  m_server.requestCount(QStringLiteral("listServiceAccounts"));
                      });
        QVERIFY2(r.exitCode == 0, r.describe().left(500));
        const QJsonArray accounts = r.jsonArray();
        QCOMPARE(accounts.size(), ids.bigOrgServiceAccountCount);
        QSet<QString> seen;
        for (const QJsonValue& account : accounts)
            seen.insert(account.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(seen.size(), ids.bigOrgServiceAccountCount);
        // Each page once, 100 a page, and the first rows out before the last page was asked for.
        QCOMPARE(m_server.requestCount(QStringLiteral("listServiceAccounts")), pages);
        QCOMPARE(m_server.lastRequestQuery(QStringLiteral("listServiceAccounts"))
                     .queryItemValue(QStringLiteral("limit")),
                 QStringLiteral("100"));
        QVERIFY2(listsBeforeFirstRow > 0 && listsBeforeFirstRow < pages,
                 qPrintable(QString::number(listsBeforeFirstRow)));
    }

    // `keycardctl accounts list | head`: once the reader has gone, no more pages are asked for
    // (a 100,000-account organization would otherwise be read to its end for nobody), nothing
    // is said about it, and the exit code is not 0.
    void accountsList_readerLeaves_stopsPagingQuietly()
    {
        const fake::DemoIds ids = m_server.demoIds();
        const int pages = (ids.bigOrgServiceAccountCount + 99) / 100;
        const Run r = m_cli.runReaderLeaves(
            inOrg(ids.bigOrgLabel, {QStringLiteral("-o"), QStringLiteral("csv"),
                                    QStringLiteral("accounts"), QStringLiteral("list")}),
            m_cli.signedIn(), 1);
        QVERIFY(r.finished);
        QVERIFY(r.out.startsWith("id,name,"));
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const int asked = m_server.requestCount(QStringLiteral("listServiceAccounts"));
        QVERIFY2(asked >= 1 && asked <= 3,
                 qPrintable(QStringLiteral("%1 of %2 pages").arg(asked).arg(pages)));
    }

    // `keycardctl accounts list > file` on a full disk: it says so and fails, never exit 0 with
    // half a list.
    void accountsList_diskFull_saysSoAndFails()
    {
        const fake::DemoIds ids = m_server.demoIds();
        const Run r = m_cli.runToFile(
            inOrg(ids.bigOrgLabel, {QStringLiteral("-o"), QStringLiteral("csv"),
                                    QStringLiteral("accounts"), QStringLiteral("list")}),
            m_cli.signedIn(), QStringLiteral("/dev/full"));
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("The output could not be written"), r.err.constData());
        QCOMPARE(m_server.requestCount(QStringLiteral("listServiceAccounts")), 1);
    }

    void progress_onlyOnATerminalNotShowingTheRows()
    {
        const QStringList list = inOrg(m_server.demoIds().bigOrgLabel,
                                       {QStringLiteral("accounts"), QStringLiteral("list")});
        const Run piped = m_cli.run(list, m_cli.signedIn());
        QCOMPARE(piped.exitCode, 0);
        QVERIFY2(!piped.err.contains("so far"), piped.err.left(300));

        // stderr on a terminal, the rows into a file: progress, cleared at the end.
        const Run watched =
            m_cli.runOnTerminal(list, m_cli.signedIn(), {}, QStringLiteral(">/dev/null"));
        QVERIFY2(watched.exitCode == 0, watched.describe());
        QVERIFY2(watched.out.contains("so far"), watched.out.left(300));
        QVERIFY(watched.out.endsWith("\r\x1b[K"));

        const Run quiet = m_cli.runOnTerminal(QStringList{QStringLiteral("--quiet")} + list,
                                              m_cli.signedIn(), {}, QStringLiteral(">/dev/null"));
        QVERIFY2(quiet.exitCode == 0, quiet.describe());
        QVERIFY2(quiet.out.trimmed().isEmpty(), quiet.out.left(300));

        // The rows on the terminal: a table, and no progress between them.
        const Run table =
            m_cli.runOnTerminal(inOrg(m_server.demoIds().smallOrgId,
                                      {QStringLiteral("accounts"), QStringLiteral("list")}),
                                m_cli.signedIn(), {});
        QVERIFY2(table.exitCode == 0, table.describe());
        QVERIFY(table.out.startsWith("ID "));
        QVERIFY(!table.out.contains("so far"));
    }

    void accountsList_filter_printsOnlyMatchingRows()
    {
        const fake::DemoIds ids = m_server.demoIds();
        const Run all =
            m_cli.run(inOrg(ids.smallOrgId, {QStringLiteral("accounts"), QStringLiteral("list")}),
                      m_cli.signedIn());
        QCOMPARE(all.exitCode, 0);
        const QJsonArray accounts = all.jsonArray();
        QVERIFY(accounts.size() >= 2);
        const QString name = accounts.at(0).toObject().value(QStringLiteral("name")).toString();

        const Run filtered =
            m_cli.run(inOrg(ids.smallOrgId, {QStringLiteral("accounts"), QStringLiteral("list"),
                                             QStringLiteral("--filter"), name.toUpper()}),
                      m_cli.signedIn());
        QCOMPARE(filtered.exitCode, 0);
        const QJsonArray matches = filtered.jsonArray();
        QVERIFY(!matches.isEmpty());
        QVERIFY(matches.size() < accounts.size());
        for (const QJsonValue& match : matches) {
            const QJsonObject o = match.toObject();
            QVERIFY(
                o.value(QStringLiteral("name")).toString().contains(name, Qt::CaseInsensitive) ||
                o.value(QStringLiteral("description"))
                    .toString()
                    .contains(name, Qt::CaseInsensitive) ||
                o.value(QStringLiteral("id")).toString().contains(name, Qt::CaseInsensitive));
        }

        const Run none =
            m_cli.run(inOrg(ids.emptyOrgId, {QStringLiteral("accounts"), QStringLiteral("list"),
                                             QStringLiteral("--output"), QStringLiteral("csv")}),
                      m_cli.signedIn());
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out.trimmed(), QByteArray("id,name,description,created_at,updated_at"));
    }

    void organization_severalWithoutOption_exitTwoListingThem()
    {
        const Run r =
            m_cli.run({QStringLiteral("accounts"), QStringLiteral("list")}, m_cli.signedIn());
        QVERIFY2(r.exitCode == 2, r.describe());
        QVERIFY(r.err.contains(m_server.demoIds().bigOrgId.toUtf8()));
        QVERIFY(r.err.contains("--organization"));
        QCOMPARE(m_server.requestCount(QStringLiteral("listServiceAccounts")), 0);
    }

    void accountsList_503WithRetryAfter_waitsAndCompletes()
    {
        const fake::DemoIds ids = m_server.demoIds();
        m_server.addFault(QStringLiteral("listServiceAccounts"),
                          fake::Fault::httpStatus(503, 1, 1));
        const Run r =
            m_cli.run(inOrg(ids.smallOrgId, {QStringLiteral("--verbose"),
                                             QStringLiteral("accounts"), QStringLiteral("list")}),
                      m_cli.signedIn());
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.jsonArray().size(), m_server.store().serviceAccountCount(ids.smallOrgId));
        QCOMPARE(m_server.requestCount(QStringLiteral("listServiceAccounts")), 2);
        QVERIFY2(r.err.contains("answered 503 - trying again"), r.err);
        QVERIFY(!r.err.contains(m_server.demoClientSecret().toUtf8()));
    }

    void accountsList_serverKeepsFailing_exitsOneWithRequestId()
    {
        m_server.addFault(QStringLiteral("listServiceAccounts"), fake::Fault::httpStatus(500, -1));
        const Run r = m_cli.run(inOrg(m_server.demoIds().smallOrgId,
                                      {QStringLiteral("accounts"), QStringLiteral("list")}),
                                m_cli.signedIn());
        QVERIFY2(r.exitCode == 1, r.describe());
        static const QRegularExpression requestId(
            QStringLiteral("Request ID: [0-9a-f]{8}-[0-9a-f]{4}-"));
        QVERIFY2(requestId.match(QString::fromUtf8(r.err)).hasMatch(), r.err);
        // Tried three times (two retries), and no half list passes for a whole one.
        QCOMPARE(m_server.requestCount(QStringLiteral("listServiceAccounts")), 3);
        QVERIFY(r.jsonArray().isEmpty());
    }

    void accountsList_repeatedCursor_stopsWithError()
    {
        m_server.addFault(QStringLiteral("listServiceAccounts"),
                          fake::Fault::of(fake::Fault::Kind::RepeatCursor, -1));
        const Run r = m_cli.run(inOrg(m_server.demoIds().bigOrgId,
                                      {QStringLiteral("accounts"), QStringLiteral("list")}),
                                m_cli.signedIn());
        QVERIFY2(r.exitCode == 1, r.describe().left(600));
        QVERIFY(m_server.requestCount(QStringLiteral("listServiceAccounts")) <= 3);
    }
};

QTEST_GUILESS_MAIN(TestCliLists)
#include "tst_cli_lists.moc"
