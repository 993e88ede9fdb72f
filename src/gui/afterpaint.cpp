#include "afterpaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <utility>

namespace keycard {

void AfterPaint::run(QWidget* widget, std::function<void()> then)
{
    new AfterPaint(widget, std::move(then)); // owned by the widget until it has run
}

AfterPaint::AfterPaint(QWidget* widget, std::function<void()> then)
    : QObject(widget), m_widget(widget), m_then(std::move(then))
{
    if (widget->isVisible())
        widget->installEventFilter(this);
    else
        finish();
}

bool AfterPaint::eventFilter(QObject* watched, QEvent* event)
{
    // The filter sees the paint event before the widget paints: what follows is queued behind it.
    if (watched == m_widget && event->type() == QEvent::Paint)
        finish();
    else if (watched == m_widget && event->type() == QEvent::Hide)
        finish(); // no paint is coming
    return false;
}

void AfterPaint::finish()
{
    if (std::exchange(m_finishing, true))
        return;
    if (m_widget)
        m_widget->removeEventFilter(this);
    QTimer::singleShot(0, this, [this] {
        const std::function<void()> then = std::move(m_then);
        deleteLater();
        then();
    });
}

} // namespace keycard
