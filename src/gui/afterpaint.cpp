#include "afterpaint.h"

#include <QCoreApplication>
#include <QEvent>
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

namespace {
const QEvent::Type kRunEvent = static_cast<QEvent::Type>(QEvent::registerEventType());
} // namespace

void AfterPaint::finish()
{
    if (std::exchange(m_finishing, true))
        return;
    if (m_widget)
        m_widget->removeEventFilter(this);
    // Ahead of what is already queued (the next repaint, when the window has just been activated)
    // so that it runs right after this paint, not after the one behind it.
    QCoreApplication::postEvent(this, new QEvent(kRunEvent), Qt::HighEventPriority);
}

bool AfterPaint::event(QEvent* event)
{
    if (event->type() != kRunEvent)
        return QObject::event(event);
    const std::function<void()> then = std::move(m_then);
    deleteLater();
    then();
    return true;
}

} // namespace keycard
