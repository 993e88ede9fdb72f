#include "prismproxy.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTcpServer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace {
QString sourceDir()
{
    return qEnvironmentVariable("KEYCARD_SOURCE_DIR");
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

PrismProxy::~PrismProxy()
{
    stop();
}

QString PrismProxy::prismExecutable()
{
    return sourceDir().isEmpty()
               ? QString()
               : sourceDir() + QStringLiteral("/tools/prism/node_modules/.bin/prism");
}

QString PrismProxy::specPath()
{
    return sourceDir().isEmpty()
               ? QString()
               : QDir::cleanPath(sourceDir() + QStringLiteral("/../shared/api/openapi.yaml"));
}

bool PrismProxy::start(const QUrl& upstream, QString* error)
{
    const QString prism = prismExecutable();
    if (sourceDir().isEmpty()) {
        *error = QStringLiteral("KEYCARD_SOURCE_DIR is not set (run the test through ctest)");
        return false;
    }
    if (!QFileInfo(prism).isExecutable()) {
        *error = QStringLiteral("Prism is missing at %1; run ./scripts/bootstrap").arg(prism);
        return false;
    }
    const QString binDir = QFileInfo(prism).absolutePath();
    if (!QFileInfo(binDir + QStringLiteral("/node")).isExecutable()) {
        *error =
            QStringLiteral("Prism's Node is missing in %1; run ./scripts/bootstrap").arg(binDir);
        return false;
    }
    if (!QFileInfo::exists(specPath())) {
        *error = QStringLiteral("The contract is missing at %1").arg(specPath());
        return false;
    }
    m_port = freePort();
    if (m_port == 0) {
        *error = QStringLiteral("No free loopback port for Prism");
        return false;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"),
                       binDir + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_process, &QProcess::readyRead, &m_process,
                     [this] { m_log += m_process.readAll(); });
#ifdef Q_OS_LINUX
    // Prism must not outlive a test that crashes.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start(prism, {QStringLiteral("proxy"), specPath(),
                            upstream.toString(QUrl::StripTrailingSlash), QStringLiteral("--errors"),
                            QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                            QString::number(m_port)});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("Prism did not start: %1").arg(m_process.errorString());
        return false;
    }
    return true;
}

void PrismProxy::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl PrismProxy::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString PrismProxy::log()
{
    m_log += m_process.readAll();
    return QString::fromUtf8(m_log);
}
