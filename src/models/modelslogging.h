#pragma once

#include <QLoggingCategory>

namespace keycard {

Q_DECLARE_LOGGING_CATEGORY(lcModels) // keycard.models: paging, resets, dropped answers

} // namespace keycard
