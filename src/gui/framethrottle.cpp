#include "framethrottle.h"

namespace keycard {

FrameThrottle::FrameThrottle(std::function<void()> run, QObject* parent)
    : QObject(parent), m_run(std::move(run))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FrameThrottle::runNow);
}

void FrameThrottle::request()
{
    if (m_timer.isActive())
        return;
    const qint64 since = m_sinceRun.isValid() ? m_sinceRun.elapsed() : kFrameMs;
    if (since >= kFrameMs)
        runNow();
    else
        m_timer.start(int(kFrameMs - since));
}

void FrameThrottle::runNow()
{
    m_sinceRun.start();
    m_run();
}

} // namespace keycard
