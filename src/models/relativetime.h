#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace keycard {

// Ages for people: "just now", "5 minutes ago", "3 days ago", "2 years ago".
class RelativeTime final
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    // `now` is injected so that tests (and a view that refreshes) decide what "now" is.
    // An invalid `when` gives an empty string; a time in the future counts as "just now".
    static QString describe(const QDateTime& when, const QDateTime& now);
    static QString describe(const QDateTime& when);
};

} // namespace keycard
