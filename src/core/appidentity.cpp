#include "appidentity.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace keycard {

namespace {
bool installFrom(QCoreApplication& app, const QString& name, const QStringList& folders)
{
    for (const QString& folder : folders) {
        auto* translator = new QTranslator(&app);
        if (translator->load(QLocale(), name, QStringLiteral("_"), folder))
            return QCoreApplication::installTranslator(translator);
        delete translator;
    }
    return false;
}
} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Keycard Admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("Keycard"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("keycard.ai"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYCARD_VERSION));
}

// Qt's catalogue (qtbase: the standard buttons, "Close", the context menus) comes from the Qt
// installation when it is there (qt6-translations-l10n on Debian) and otherwise from the copy
// built into the app, so an installer never leaves the standard buttons in English.
void installTranslations(QCoreApplication& app)
{
    installFrom(app, QStringLiteral("keycard"), {QStringLiteral(":/i18n")});
    installFrom(app, QStringLiteral("qtbase"),
                {QLibraryInfo::path(QLibraryInfo::TranslationsPath), QStringLiteral(":/i18n/qt")});
}

} // namespace keycard
