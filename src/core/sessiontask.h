#pragma once

#include "session.h"

#include <QObject>

namespace keycard {

// Work that belongs to a session rather than to the dialog that asked for it. It ends exactly
// once with finished(): done, failed, cancelled, or because its session ended. Tasks are owned
// by their Session (Session::start) and hold it only weakly; the GUI watches them through a
// QPointer and only shows what they report.
class SessionTask : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Running, Done, Failed, Cancelled, SessionEnded };
    Q_ENUM(Outcome)

    ~SessionTask() override;
    Q_DISABLE_COPY_MOVE(SessionTask)

    Outcome outcome() const { return m_outcome; }
    bool isFinished() const { return m_outcome != Outcome::Running; }
    // True for a create whose answer may carry a secret: a session switch or quit waits for it.
    virtual bool carriesSecret() const { return false; }

    // Stops the task; finished(why) follows unless it had finished already. `why` is Cancelled,
    // or SessionEnded for a task stopped because another one it belongs to ended with its session.
    void cancel(Outcome why = Outcome::Cancelled);

signals:
    void finished(keycard::SessionTask::Outcome outcome);

protected:
    explicit SessionTask(const SessionPtr& session);

    // The session, or null once it has ended.
    SessionPtr session() const { return m_session.lock(); }
    // Ends the task (once; later calls are ignored) and emits finished().
    void finish(Outcome outcome);

    virtual void run() = 0;
    // Aborts what is in flight, because of `why` (Cancelled or SessionEnded); finished(why)
    // follows. The task may still report what it knows (signals of its own) before that.
    virtual void stop(Outcome why) = 0;

private:
    friend class Session;
    void begin() { run(); }
    void sessionEnding();

    WeakSession m_session;
    Outcome m_outcome = Outcome::Running;
};

} // namespace keycard
