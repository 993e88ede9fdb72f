#include "windowgeometry.h"

#include <QtGlobal>

namespace keycard {

QRect fitToScreen(const QRect& window, const QRect& available)
{
    if (!window.isValid() || !available.isValid())
        return window;
    QRect fitted(window.topLeft(), window.size().boundedTo(available.size()));
    fitted.moveLeft(
        qBound(available.left(), fitted.left(), available.right() - fitted.width() + 1));
    fitted.moveTop(qBound(available.top(), fitted.top(), available.bottom() - fitted.height() + 1));
    return fitted;
}

} // namespace keycard
