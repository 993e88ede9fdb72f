#pragma once

#include <QLoggingCategory>

namespace keycard::fake {
Q_DECLARE_LOGGING_CATEGORY(lcFakeServer)
} // namespace keycard::fake
