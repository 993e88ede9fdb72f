#include "context.h"

#include "profilestore.h"
#include "secretstore.h"
#include "storedsecretsindex.h"
#include "terminal.h"

#include <cstdio>

namespace keycard::cli {

namespace {
void printLine(const QString& text)
{
    std::fputs((text + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}
} // namespace

Context::Context(GlobalOptions options)
    : m_options(std::move(options)), m_profiles(std::make_unique<ProfileStore>()),
      m_secrets(std::make_unique<SecretStore>()),
      m_storedSecrets(std::make_unique<StoredSecretsIndex>())
{
    m_clock.start();
    m_showProgress =
        !m_options.quiet && terminal::stderrIsTerminal() && !terminal::stdoutIsTerminal();
}

Context::~Context() = default;

void Context::error(const QString& text) const
{
    progress({});
    printLine(QStringLiteral("keycardctl: ") + text);
}

void Context::note(const QString& text) const
{
    if (!m_options.quiet)
        printLine(text);
}

void Context::verbose(const QString& text) const
{
    if (m_options.verbose)
        printLine(QStringLiteral("[%1 ms] %2").arg(m_clock.elapsed(), 6).arg(text));
}

void Context::progress(const QString& text) const
{
    if (!m_showProgress)
        return;
    // \r and "erase to the end of the line": the next progress or message starts clean.
    std::fputs((QStringLiteral("\r\x1b[K") + text).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

} // namespace keycard::cli
