#include "afterpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>
#include <utility>

namespace keycard {

void AfterPaint::run(QWidget* widget, std::function<void()> then, Kind kind)
{
    new AfterPaint(widget, std::move(then), kind); // owned by the widget until it has run
}

AfterPaint::AfterPaint(QWidget* widget, std::function<void()> then, Kind kind)
    : QObject(widget), m_widget(widget), m_then(std::move(then)), m_kind(kind)
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
    if (m_kind == Kind::Housekeeping && !std::exchange(m_queuedAgain, true)) {
        // Once more round the queue: a parent paints before its children, and the announcements
        // their paint has queued since (the table's first page) go first. Posted at the same
        // priority, so that a stream of other events cannot hold it back.
        QCoreApplication::postEvent(this, new QEvent(kRunEvent), Qt::HighEventPriority);
        return true;
    }
    const std::function<void()> then = std::move(m_then);
    deleteLater();
    then();
    return true;
}

} // namespace keycard
