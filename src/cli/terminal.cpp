#include "terminal.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace keycard::cli::terminal {

namespace {
bool isTerminal(FILE* stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

// Turns the terminal's echo off for as long as it lives.
class EchoOff final
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_mode) &&
                   SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
        std::fputc('\n', stderr); // the user's Enter was not echoed
    }
    Q_DISABLE_COPY_MOVE(EchoOff)

private:
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
    bool m_active = false;
};

// One line from stdin, into a buffer that is wiped by the caller.
std::optional<QByteArray> readLine()
{
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        if (c == '\n') {
            if (line.endsWith('\r'))
                line.chop(1);
            return line;
        }
        line.append(char(c));
    }
    if (line.isEmpty())
        return std::nullopt;
    return line;
}

void prompt(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}
} // namespace

bool stdinIsTerminal()
{
    return isTerminal(stdin);
}

bool stdoutIsTerminal()
{
    return isTerminal(stdout);
}

bool stderrIsTerminal()
{
    return isTerminal(stderr);
}

std::optional<QString> ask(const QString& text)
{
    prompt(text);
    const auto line = readLine();
    if (!line)
        return std::nullopt;
    return QString::fromLocal8Bit(*line);
}

std::optional<SecretString> askSecret(const QString& text)
{
    prompt(text);
    std::optional<QByteArray> line;
    if (stdinIsTerminal()) {
        EchoOff quiet;
        line = readLine();
    } else {
        line = readLine();
    }
    if (!line)
        return std::nullopt;
    SecretString secret(*line);
    SecretString::wipe(*line);
    return secret;
}

SecretString readSecretFromStdin()
{
    QByteArray all;
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0;)
        all.append(buffer, qsizetype(n));
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    if (all.endsWith('\n'))
        all.chop(1);
    if (all.endsWith('\r'))
        all.chop(1);
    SecretString secret(all);
    SecretString::wipe(all);
    return secret;
}

} // namespace keycard::cli::terminal
