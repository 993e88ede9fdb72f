#pragma once

#include "types.h"

#include <QStringList>
#include <QUrl>

namespace keycard {

// The limit a page request sends (1..100); a page's answer may hold no more items than this.
int sentPageLimit(const PageRequest& page);

// {base}/a/b/c: `parts` are appended as they are (percent-encode each ID first, so "/" in an ID
// stays inside its segment). With `page`: limit, and the `after`/`before` cursors
// percent-encoded, whatever text they hold; `expand=permissions` when asked for (a page
// request's own flag wins). No fragment.
QUrl apiUrl(const QUrl& base, const QStringList& parts, const PageRequest* page,
            bool expandPermissions);

} // namespace keycard
