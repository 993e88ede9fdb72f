#pragma once

#include <QLoggingCategory>

namespace keycard {

Q_DECLARE_LOGGING_CATEGORY(lcApi)    // keycard.core.api: calls and their outcome
Q_DECLARE_LOGGING_CATEGORY(lcAuth)   // keycard.core.auth: token exchange (never the token)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)   // keycard.core.http: attempts, retries, redirects
Q_DECLARE_LOGGING_CATEGORY(lcDecode) // keycard.core.decode: contract violations
Q_DECLARE_LOGGING_CATEGORY(lcTasks)  // keycard.core.tasks: bulk deletes, creates, recoveries

} // namespace keycard
