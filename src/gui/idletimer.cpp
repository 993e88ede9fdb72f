#include "idletimer.h"

#include <QCoreApplication>
#include <QEvent>

namespace keycard {

namespace {
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}
} // namespace

IdleTimer::IdleTimer(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleTimer::idle);
    // Every event of the application passes here: the test above is all it costs.
    QCoreApplication::instance()->installEventFilter(this);
}

IdleTimer::~IdleTimer()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleTimer::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    restart();
}

bool IdleTimer::eventFilter(QObject* watched, QEvent* event)
{
    if (isInput(event->type()))
        restart();
    return QObject::eventFilter(watched, event);
}

void IdleTimer::restart()
{
    if (m_timeout.count() > 0)
        m_timer.start(m_timeout);
    else
        m_timer.stop();
}

} // namespace keycard
