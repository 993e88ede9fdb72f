#include "logging.h"

namespace keycard {

Q_LOGGING_CATEGORY(lcApi, "keycard.core.api")
Q_LOGGING_CATEGORY(lcAuth, "keycard.core.auth")
Q_LOGGING_CATEGORY(lcHttp, "keycard.core.http")
Q_LOGGING_CATEGORY(lcDecode, "keycard.core.decode")

} // namespace keycard
