#include "timetext.h"

namespace keycard {

QString TimeText::readable(const QDateTime& when)
{
    if (!when.isValid())
        return {};
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString TimeText::exact(const QDateTime& when)
{
    if (!when.isValid())
        return {};
    const QString local = when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
    const QString utc = when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return tr("%1 (%2 UTC)").arg(local, utc);
}

} // namespace keycard
