// keycardctl: Keycard administration for scripts and terminals, on keycard_core alone.
#include "appidentity.h"
#include "command.h"
#include "privatememory.h"
#include "runner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <csignal>

namespace {
bool hasFlag(const QStringList& arguments, const QString& flag)
{
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--"))
            return false;
        if (argument == flag)
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    keycard::keepMemoryPrivate(); // before anything can hold a secret
#if defined(SIGPIPE)
    // A reader that leaves (`keycardctl … | head`) is seen as a failed write, never as a signal
    // that kills the program halfway: a new secret meant for stdout is then reported lost, and
    // a list stops asking for pages. (Qt's sockets ignore SIGPIPE too, but only once made.)
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QCoreApplication app(argc, argv);
    // The app's names: the same settings (profiles, stored-secret marks) and keychain service.
    keycard::setApplicationIdentity();
    keycard::installTranslations(app);

    const QStringList arguments = QCoreApplication::arguments();
    // keycardctl reports every failure itself, once, with the request ID: the core's own log lines
    // (never secrets) come to stderr with --verbose only.
    const bool verbose = hasFlag(arguments, QStringLiteral("--verbose"));
    QString rules = QStringLiteral("keycard.*.debug=false\n");
    rules += verbose ? QStringLiteral("keycard.*.info=true\nkeycard.*.warning=true\n")
                     : QStringLiteral("keycard.*.info=false\nkeycard.*.warning=false\n");
    QLoggingCategory::setFilterRules(rules);

    keycard::cli::Runner runner;
    const int answered = runner.prepare(arguments);
    if (answered >= 0)
        return answered;
    QObject::connect(runner.command(), &keycard::cli::Command::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    runner.command()->start();
    return QCoreApplication::exec();
}
