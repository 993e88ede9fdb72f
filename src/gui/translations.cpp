#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
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

void installTranslations(QCoreApplication& app)
{
    installFrom(app, QStringLiteral("keycard"), {QStringLiteral(":/i18n")});
    installFrom(app, QStringLiteral("qtbase"),
                {QLibraryInfo::path(QLibraryInfo::TranslationsPath), QStringLiteral(":/i18n/qt")});
}

} // namespace keycard
