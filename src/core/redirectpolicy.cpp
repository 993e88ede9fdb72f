#include "redirectpolicy.h"

#include <QHostAddress>

namespace keycard {

bool RedirectPolicy::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

RedirectDecision RedirectPolicy::decide(const QUrl& from, const QUrl& to, int redirectsSoFar)
{
    if (redirectsSoFar >= maxRedirects || !to.isValid() || to.host().isEmpty())
        return RedirectDecision::Refuse;
    const QString scheme = to.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return RedirectDecision::Refuse;
    if (scheme == QLatin1String("http")) {
        if (from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
            return RedirectDecision::Refuse; // downgrade
        if (!isLoopbackHost(to.host()))
            return RedirectDecision::Refuse;
    }
    const bool sameOrigin = from.scheme().compare(scheme, Qt::CaseInsensitive) == 0 &&
                            from.host().compare(to.host(), Qt::CaseInsensitive) == 0 &&
                            from.port(scheme == QLatin1String("https") ? 443 : 80) ==
                                to.port(scheme == QLatin1String("https") ? 443 : 80);
    return sameOrigin ? RedirectDecision::Follow : RedirectDecision::FollowWithoutAuthorization;
}

} // namespace keycard
