#pragma once

#include <QUrl>

namespace keycard {

enum class RedirectDecision { Follow, FollowWithoutAuthorization, Refuse };

// Where a redirect may lead: never from https to http, never to plain http on a host that is not
// loopback, never to another scheme, at most a few hops; and Authorization only within the same
// origin (scheme, host and port).
class RedirectPolicy final
{
public:
    static constexpr int maxRedirects = 5;
    static RedirectDecision decide(const QUrl& from, const QUrl& to, int redirectsSoFar);
    static bool isLoopbackHost(const QString& host);
};

} // namespace keycard
