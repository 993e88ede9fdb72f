#include "modelslogging.h"

namespace keycard {

Q_LOGGING_CATEGORY(lcModels, "keycard.models")

} // namespace keycard
