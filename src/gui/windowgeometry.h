#pragma once

#include <QRect>

namespace keycard {

// `window` made to fit `available` (a screen's available geometry): no larger than it, and moved
// the least so that all of it lies inside. An invalid rectangle is returned as it is.
QRect fitToScreen(const QRect& window, const QRect& available);

} // namespace keycard
