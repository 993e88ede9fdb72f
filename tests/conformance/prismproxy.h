#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

// Prism's validating proxy (`prism proxy SPEC UPSTREAM --errors`) as a child process,
// run from tools/prism with the Node it brings.
class PrismProxy final
{
public:
    PrismProxy() = default;
    ~PrismProxy();
    Q_DISABLE_COPY_MOVE(PrismProxy)

    // Paths derived from KEYCARD_SOURCE_DIR; empty when that is not set.
    static QString prismExecutable();
    static QString specPath();

    // Starts Prism in front of `upstream` on a free loopback port. Returns false with *error set.
    bool start(const QUrl& upstream, QString* error);
    void stop();
    QUrl url() const;
    QString log();

private:
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
};
