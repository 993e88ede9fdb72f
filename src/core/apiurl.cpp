#include "apiurl.h"

namespace keycard {

namespace {

QString segment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

int sentPageLimit(const PageRequest& page)
{
    return qBound(1, page.limit, 100);
}

QUrl apiUrl(const QUrl& base, const QStringList& parts, const PageRequest* page,
            bool expandPermissions)
{
    QUrl u = base;
    QString path = u.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const QString& part : parts)
        path += QLatin1Char('/') + part;
    u.setPath(path, QUrl::TolerantMode);
    QStringList query;
    if (page) {
        query << QStringLiteral("limit=%1").arg(sentPageLimit(*page));
        if (!page->after.isEmpty())
            query << QStringLiteral("after=") + segment(page->after);
        if (!page->before.isEmpty())
            query << QStringLiteral("before=") + segment(page->before);
        expandPermissions = page->expandPermissions;
    }
    if (expandPermissions)
        query << QStringLiteral("expand=permissions");
    u.setQuery(query.isEmpty() ? QString() : query.join(QLatin1Char('&')), QUrl::TolerantMode);
    u.setFragment(QString());
    return u;
}

} // namespace keycard
