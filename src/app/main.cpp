#include "appidentity.h"
#include "commandline.h"
#include "launcher.h"
#include "privatememory.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>

namespace {
// --help and --version only print: they must work without a display (a server over ssh), where
// QApplication would abort before the command line is read. Options end at "--".
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" ||
            arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    keycard::keepMemoryPrivate(); // before anything can hold a secret
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        keycard::setApplicationIdentity();
        keycard::installTranslations(app);
        // Prints the help or the version and exits; it returns when "--help" was only the value
        // of another option, and the window starts as usual.
        if (!keycard::parseCommandLine(app))
            return 2;
    }

    QApplication app(argc, argv);
    // Quiet by default (warnings only); QT_LOGGING_RULES="keycard.*=true" brings the details back.
    QLoggingCategory::setFilterRules(QStringLiteral("keycard.*.debug=false\nkeycard.*.info=false"));
    keycard::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Keycard Admin"));
    QApplication::setDesktopFileName(QStringLiteral("ai.keycard.KeycardAdmin"));
    keycard::installTranslations(app);

    const auto options = keycard::parseCommandLine(app);
    if (!options)
        return 2;

    keycard::Launcher launcher(*options);
    if (!launcher.start())
        return 1;
    return QApplication::exec();
}
