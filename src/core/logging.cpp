#include "logging.h"

namespace keycard {

Q_LOGGING_CATEGORY(lcApi, "keycard.core.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "keycard.core.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "keycard.core.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDecode, "keycard.core.decode", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTasks, "keycard.core.tasks", QtInfoMsg)

} // namespace keycard
