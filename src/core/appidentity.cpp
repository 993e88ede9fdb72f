#include "appidentity.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace keycard {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Keycard Admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("Keycard"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("keycard.ai"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYCARD_VERSION));
}

void installTranslations(QCoreApplication& app)
{
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("keycard"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace keycard
