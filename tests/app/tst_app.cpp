// Runs the real keycard-admin binary offscreen, as a person or a script would start it.
#include "fakeserver.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class AppTest final : public QObject
{
    Q_OBJECT

private slots:
    void version_printsProjectVersion();
    void versionAndHelp_withoutDisplay_printAndExitZero_data();
    void versionAndHelp_withoutDisplay_printAndExitZero();
    void demo_showsFirstPageOfServiceAccounts();
    void environmentCredentials_signInWithoutDialog_storeNothing();
    void badBaseUrl_exitsWithMessage();
    void binary_linksNoTechnologyPreviewModule();

private:
    QProcessEnvironment environment(const QString& home) const;
    int run(QProcess& process, const QStringList& args, int timeoutMs = 30000);
};

QProcessEnvironment AppTest::environment(const QString& home) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    // No keychain for these runs: they must not need one.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent"));
    for (const char* name : {"KEYCARD_API_BASE_URL", "KEYCARD_API_CLIENT_ID",
                             "KEYCARD_API_CLIENT_SECRET", "KEYCARD_API_API_KEY"})
        env.remove(QString::fromLatin1(name));
    return env;
}

int AppTest::run(QProcess& process, const QStringList& args, int timeoutMs)
{
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(KEYCARD_ADMIN_BINARY), args);
    if (!process.waitForStarted(10000))
        return -1;
    // Wait with a spinning event loop: the in-process server must keep answering.
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -2;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
}

void AppTest::version_printsProjectVersion()
{
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(environment(home.path()));
    QCOMPARE(run(process, {QStringLiteral("--version")}), 0);
    QVERIFY(process.readAllStandardOutput().contains(KEYCARD_VERSION));
}

void AppTest::versionAndHelp_withoutDisplay_printAndExitZero_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("--version") << QStringLiteral("--version") << QByteArray(KEYCARD_VERSION);
    QTest::newRow("-v") << QStringLiteral("-v") << QByteArray(KEYCARD_VERSION);
    QTest::newRow("--help") << QStringLiteral("--help") << QByteArray("Usage:");
    QTest::newRow("-h") << QStringLiteral("-h") << QByteArray("--base-url");
}

void AppTest::versionAndHelp_withoutDisplay_printAndExitZero()
{
    // As on a server over ssh: no display and no platform chosen.
    QFETCH(QString, option);
    QFETCH(QByteArray, expected);
    QTemporaryDir home;
    QProcessEnvironment env = environment(home.path());
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(env);
    const int code = run(process, {option});
    const QByteArray output = process.readAllStandardOutput();
    QVERIFY2(code == 0, process.readAllStandardError().constData());
    QVERIFY2(output.contains(expected), output.constData());
}

void AppTest::demo_showsFirstPageOfServiceAccounts()
{
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(environment(home.path()));
    const int code = run(process, {QStringLiteral("--demo"), QStringLiteral("--smoke-test")});
    QVERIFY2(code == 0, process.readAllStandardError().constData());
    QVERIFY(process.readAllStandardOutput().contains("first page of service accounts shown"));
}

void AppTest::environmentCredentials_signInWithoutDialog_storeNothing()
{
    keycard::fake::FakeServer server(11);
    QVERIFY(server.listen(0));
    QTemporaryDir home;
    QProcessEnvironment env = environment(home.path());
    env.insert(QStringLiteral("KEYCARD_API_BASE_URL"), server.baseUrl().toString());
    env.insert(QStringLiteral("KEYCARD_API_CLIENT_ID"), server.demoClientId());
    env.insert(QStringLiteral("KEYCARD_API_CLIENT_SECRET"), server.demoClientSecret());
    QProcess process;
    process.setProcessEnvironment(env);
    const int code = run(process, {QStringLiteral("--smoke-test"), QStringLiteral("--organization"),
                                   server.demoIds().bigOrgLabel});
    QVERIFY2(code == 0, process.readAllStandardError().constData());
    QVERIFY(server.requestCount(QStringLiteral("serviceAccountToken")) >= 1);
    QVERIFY(server.requestCount(QStringLiteral("listServiceAccounts")) >= 1);

    // Nothing of the credential was written anywhere under HOME.
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY2(!contents.contains(server.demoClientSecret().toUtf8()),
                 qPrintable(file.fileName()));
        QVERIFY2(!contents.contains(server.demoClientId().toUtf8()), qPrintable(file.fileName()));
    }
}

void AppTest::badBaseUrl_exitsWithMessage()
{
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(environment(home.path()));
    QCOMPARE(run(process, {QStringLiteral("--base-url"), QStringLiteral("::not a url")}), 2);
    QVERIFY(process.readAllStandardError().contains("Not a usable URL"));
}

void AppTest::binary_linksNoTechnologyPreviewModule()
{
#ifndef Q_OS_LINUX
    QSKIP("ldd is the Linux tool");
#endif
    QProcess ldd;
    QSignalSpy finished(&ldd, &QProcess::finished);
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(KEYCARD_ADMIN_BINARY)});
    QVERIFY2(finished.wait(30000), qPrintable(ldd.errorString()));
    QCOMPARE(ldd.exitStatus(), QProcess::NormalExit);
    QCOMPARE(ldd.exitCode(), 0);
    const QByteArray libraries = ldd.readAllStandardOutput();
    QVERIFY2(libraries.contains("libQt6Widgets"), libraries.constData()); // ldd really listed them
    QVERIFY2(!libraries.contains("libQt6HttpServer"), libraries.constData());
    QVERIFY2(!libraries.contains("libQt6WebSockets"), libraries.constData());
}

QTEST_GUILESS_MAIN(AppTest)
#include "tst_app.moc"
