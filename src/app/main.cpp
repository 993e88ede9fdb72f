#include "commandline.h"
#include "launcher.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace {
void installTranslations(QApplication& app)
{
    // The app's own catalogue (embedded) and Qt's, for the system's language.
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("keycard"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/keycard-admin-%1.png").arg(size), QSize(size, size));
    return icon;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Quiet by default (warnings only); QT_LOGGING_RULES="keycard.*=true" brings the details back.
    QLoggingCategory::setFilterRules(QStringLiteral("keycard.*.debug=false\nkeycard.*.info=false"));
    QApplication::setApplicationName(QStringLiteral("Keycard Admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keycard Admin"));
    QApplication::setOrganizationName(QStringLiteral("Keycard"));
    QApplication::setOrganizationDomain(QStringLiteral("keycard.ai"));
    QApplication::setApplicationVersion(QStringLiteral(KEYCARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("ai.keycard.KeycardAdmin"));
    QApplication::setWindowIcon(appIcon());
    installTranslations(app);

    const auto options = keycard::parseCommandLine(app);
    if (!options)
        return 2;

    keycard::Launcher launcher(*options);
    if (!launcher.start())
        return 1;
    return QApplication::exec();
}
