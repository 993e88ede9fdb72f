#pragma once

// Runs the real keycardctl program (KEYCARDCTL_PATH) against an in-process fake server over
// loopback, waiting on signals only: the server answers from this process's event loop.
#include "appidentity.h"
#include "fakeserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTest>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <unistd.h>

namespace keycard::clitest {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonArray jsonArray() const { return QJsonDocument::fromJson(out).array(); }
    QJsonObject jsonObject() const { return QJsonDocument::fromJson(out).object(); }
    // For QVERIFY2: what the program said.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(2000) +
               "\nstderr: " + err.left(2000);
    }
};

class CliRunner
{
public:
    explicit CliRunner(fake::FakeServer& server) : m_server(server) {}

    // The KEYCARD_API_* variables of the server's demo credential, and no display at all.
    QProcessEnvironment signedIn() const
    {
        QProcessEnvironment env = bare();
        env.insert(QStringLiteral("KEYCARD_API_BASE_URL"), m_server.baseUrl().toString());
        env.insert(QStringLiteral("KEYCARD_API_CLIENT_ID"), m_server.demoClientId());
        env.insert(QStringLiteral("KEYCARD_API_CLIENT_SECRET"), m_server.demoClientSecret());
        return env;
    }

    static QProcessEnvironment bare()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name :
             {"KEYCARD_API_BASE_URL", "KEYCARD_API_CLIENT_ID", "KEYCARD_API_CLIENT_SECRET",
              "KEYCARD_API_API_KEY", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        return env;
    }

    // Runs keycardctl with `arguments`; `input` goes to its stdin, which is then closed.
    // `onOutput` sees each piece of stdout as it arrives.
    Run run(const QStringList& arguments, const QProcessEnvironment& env,
            const QByteArray& input = {},
            const std::function<void(const QByteArray&)>& onOutput = {}) const
    {
        return runProgram(QStringLiteral(KEYCARDCTL_PATH), arguments, env, input, onOutput);
    }

    // Runs keycardctl on a pseudo-terminal (util-linux `script`): stdin, stdout and stderr are a
    // terminal unless `shellRedirect` (e.g. "</dev/null") says otherwise. stdout holds what the
    // terminal showed.
    Run runOnTerminal(const QStringList& arguments, const QProcessEnvironment& env,
                      const QByteArray& typed, const QString& shellRedirect = {}) const
    {
        QStringList quoted{shellQuote(QStringLiteral(KEYCARDCTL_PATH))};
        for (const QString& argument : arguments)
            quoted.append(shellQuote(argument));
        const QString command = quoted.join(QLatin1Char(' ')) + QLatin1Char(' ') + shellRedirect;
        return runProgram(QStringLiteral("script"),
                          {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")}, env,
                          typed, {});
    }

    // Runs keycardctl with stdout written to `path` (/dev/full: a disk that is full).
    Run runToFile(const QStringList& arguments, const QProcessEnvironment& env,
                  const QString& path) const
    {
        return runProgram(QStringLiteral(KEYCARDCTL_PATH), arguments, env, {}, {},
                          [path](QProcess& process) { process.setStandardOutputFile(path); });
    }

    // Runs keycardctl with stdout a pipe whose reader leaves, as `| head` does, once `keepBytes`
    // have arrived; with 0 it has left before the program starts. `out` holds what arrived.
    // (QProcess::closeReadChannel() only stops reading: the pipe stays open.)
    Run runReaderLeaves(const QStringList& arguments, const QProcessEnvironment& env,
                        qint64 keepBytes) const
    {
        int ends[2];
        if (::pipe2(ends, O_CLOEXEC) != 0)
            return {};
        const int readEnd = ends[0];
        const int writeEnd = ends[1];
        QByteArray kept;
        std::unique_ptr<QSocketNotifier> reader;
        if (keepBytes == 0) {
            ::close(readEnd);
        } else {
            reader = std::make_unique<QSocketNotifier>(readEnd, QSocketNotifier::Read);
            QObject::connect(reader.get(), &QSocketNotifier::activated, reader.get(),
                             [&reader, &kept, readEnd, keepBytes] {
                                 char buffer[65536];
                                 const ssize_t got = ::read(readEnd, buffer, sizeof buffer);
                                 if (got > 0)
                                     kept.append(buffer, got);
                                 if (got <= 0 || kept.size() >= keepBytes) {
                                     reader->setEnabled(false);
                                     ::close(readEnd);
                                 }
                             });
        }
        Run result = runProgram(
            QStringLiteral(KEYCARDCTL_PATH), arguments, env, {}, {},
            [writeEnd](QProcess& process) {
                process.setChildProcessModifier([writeEnd] { ::dup2(writeEnd, STDOUT_FILENO); });
            },
            [writeEnd](QProcess&) { ::close(writeEnd); });
        if (reader && reader->isEnabled())
            ::close(readEnd);
        result.out = kept;
        return result;
    }

private:
    static QString shellQuote(QString text)
    {
        text.replace(QLatin1String("'"), QLatin1String("'\\''"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }

    static Run runProgram(const QString& program, const QStringList& arguments,
                          const QProcessEnvironment& env, const QByteArray& input,
                          const std::function<void(const QByteArray&)>& onOutput,
                          const std::function<void(QProcess&)>& beforeStart = {},
                          const std::function<void(QProcess&)>& afterStart = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        if (beforeStart)
            beforeStart(process);
        Run result;
        if (onOutput) {
            QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                             [&process, &result, &onOutput] {
                                 const QByteArray piece = process.readAllStandardOutput();
                                 result.out += piece;
                                 onOutput(piece);
                             });
        }
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(program, arguments);
        if (afterStart)
            afterStart(process);
        if (!process.waitForStarted(10000))
            return result;
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        result.finished = finished.wait(120000);
        if (!result.finished)
            process.kill();
        result.exitCode = process.exitCode();
        result.out += process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    fake::FakeServer& m_server;
};

} // namespace keycard::clitest
