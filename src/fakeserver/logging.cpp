#include "logging.h"

namespace keycard::fake {
Q_LOGGING_CATEGORY(lcFakeServer, "keycard.fakeserver", QtInfoMsg)
} // namespace keycard::fake
