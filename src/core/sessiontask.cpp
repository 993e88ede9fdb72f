#include "sessiontask.h"

namespace keycard {

SessionTask::SessionTask(const SessionPtr& session) : m_session(session) {}

SessionTask::~SessionTask() = default;

void SessionTask::cancel(Outcome why)
{
    if (isFinished())
        return;
    stop(why);
    finish(why);
}

void SessionTask::finish(Outcome outcome)
{
    if (isFinished() || outcome == Outcome::Running)
        return;
    m_outcome = outcome;
    emit finished(outcome);
}

void SessionTask::sessionEnding()
{
    cancel(Outcome::SessionEnded);
}

} // namespace keycard
