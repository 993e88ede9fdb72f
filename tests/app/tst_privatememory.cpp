// A crash of keycard-admin or keycardctl leaves no core file with the secrets they hold, and
// other processes of the user cannot read their memory.
#include "fakeserver.h"
#include "privatememory.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/prctl.h>
#include <sys/resource.h>

using keycard::fake::FakeServer;
using keycard::fake::Fault;

class PrivateMemoryTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runningProgram_allowsNoCoreFile_data();
    void runningProgram_allowsNoCoreFile();
    void keepMemoryPrivate_makesProcessUndumpable();

private:
    rlimit m_coreLimit{};
};

void PrivateMemoryTest::initTestCase()
{
    QVERIFY(getrlimit(RLIMIT_CORE, &m_coreLimit) == 0);
    // The programs are started with core files allowed, as they are where a desktop keeps
    // crashes: with a hard limit of 0 nothing here could tell the programs' own limit apart.
    QVERIFY2(m_coreLimit.rlim_max != 0, "this machine allows no core files at all (ulimit -Hc)");
}

void PrivateMemoryTest::runningProgram_allowsNoCoreFile_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("keycard-admin")
        << QStringLiteral(KEYCARD_ADMIN_BINARY) << QStringList{QStringLiteral("--smoke-test")};
    QTest::newRow("keycardctl") << QStringLiteral(KEYCARDCTL_PATH)
                                << QStringList{QStringLiteral("organizations"),
                                               QStringLiteral("list")};
}

void PrivateMemoryTest::runningProgram_allowsNoCoreFile()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    FakeServer server(11);
    QVERIFY(server.listen(0));
    // The token never comes: the program waits in its sign-in, holding the client secret.
    server.addFault(QStringLiteral("serviceAccountToken"),
                    Fault::of(Fault::Kind::StallAfterHeaders, -1));
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("KEYCARD_API_BASE_URL"), server.baseUrl().toString());
    env.insert(QStringLiteral("KEYCARD_API_CLIENT_ID"), server.demoClientId());
    env.insert(QStringLiteral("KEYCARD_API_CLIENT_SECRET"), server.demoClientSecret());

    QProcess process;
    process.setProcessEnvironment(env);
    const rlimit allowed{m_coreLimit.rlim_max, m_coreLimit.rlim_max};
    process.setChildProcessModifier([allowed] { setrlimit(RLIMIT_CORE, &allowed); });
    process.start(program, arguments);
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount(QStringLiteral("serviceAccountToken")) >= 1,
                             20000);

    QFile limits(QStringLiteral("/proc/%1/limits").arg(process.processId()));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    QByteArray coreLine;
    for (const QByteArray& line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size"))
            coreLine = line.simplified();
    }
    QSignalSpy finished(&process, &QProcess::finished);
    process.kill();
    QVERIFY(finished.wait(10000));
    // "Max core file size <soft> <hard> bytes"
    QCOMPARE(coreLine, QByteArray("Max core file size 0 0 bytes"));
}

void PrivateMemoryTest::keepMemoryPrivate_makesProcessUndumpable()
{
    keycard::keepMemoryPrivate();
    rlimit limit{};
    QVERIFY(getrlimit(RLIMIT_CORE, &limit) == 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0));
#if defined(__SANITIZE_ADDRESS__)
    // LeakSanitizer inspects the process with ptrace: sanitizer builds keep it dumpable.
    QCOMPARE(prctl(PR_GET_DUMPABLE), 1);
#else
    QCOMPARE(prctl(PR_GET_DUMPABLE), 0);
#endif
}

QTEST_GUILESS_MAIN(PrivateMemoryTest)
#include "tst_privatememory.moc"
