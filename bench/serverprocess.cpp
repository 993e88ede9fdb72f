#include "serverprocess.h"

#include "fakeserver.h"
#include "store.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <cstdio>
#include <unistd.h>

ServerProcess::~ServerProcess()
{
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(3000))
        m_process.kill();
}

bool ServerProcess::start(int accounts)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--serve"), QString::number(accounts)});
    if (!m_process.waitForStarted(10000))
        return false;
    while (orgId.isEmpty()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(60000))
            return false;
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            const QString value = line.section(QLatin1Char('='), 1);
            if (line.startsWith(QLatin1String("BASE=")))
                baseUrl = QUrl(value);
            else if (line.startsWith(QLatin1String("ID=")))
                clientId = value;
            else if (line.startsWith(QLatin1String("SECRET=")))
                clientSecret = value;
            else if (line.startsWith(QLatin1String("ORG=")))
                orgId = value;
        }
    }
    return true;
}

int serve(int accounts)
{
    keycard::fake::FakeServer server(42);
    keycard::fake::Store& store = server.store();
    const QString org = store.createOrganization(QStringLiteral("bench"), QStringLiteral("Bench"));
    for (int i = 0; i < accounts; ++i)
        store.createServiceAccount(
            org, QStringLiteral("bench-account-%1").arg(i),
            QStringLiteral("Service account number %1 of the benchmark").arg(i));
    if (!server.listen(0))
        return 1;
    std::printf("BASE=%s\nID=%s\nSECRET=%s\nORG=%s\n", qPrintable(server.baseUrl().toString()),
                qPrintable(server.demoClientId()), qPrintable(server.demoClientSecret()),
                qPrintable(org));
    std::fflush(stdout);
    QSocketNotifier stdinClosed(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinClosed, &QSocketNotifier::activated, [] {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
