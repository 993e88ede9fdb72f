#include "session.h"

#include "apiclient.h"
#include "apierror.h"
#include "sessiontask.h"

#include <QCoreApplication>
#include <QTimer>
#include <algorithm>

namespace keycard {

SessionPtr Session::create(ConnectionConfig config, SessionIdentity identity)
{
    // Not make_shared: the constructor is private.
    return SessionPtr(new Session(std::move(config), std::move(identity)));
}

Session::Session(ConnectionConfig config, SessionIdentity identity)
    : m_client(std::make_unique<ApiClient>(std::move(config))), m_identity(std::move(identity))
{}

Session::~Session()
{
    // Tasks learn first, while the client still exists, so that they can report what they know.
    m_ending = true;
    const auto tasks = std::move(m_tasks);
    for (const auto& task : tasks)
        task->sessionEnding();
}

const ConnectionConfig& Session::config() const
{
    return m_client->config();
}

void Session::adopt(std::unique_ptr<SessionTask> task)
{
    SessionTask* raw = task.get();
    connect(raw, &SessionTask::finished, this, [this, raw] { taskFinished(raw); });
    m_tasks.push_back(std::move(task));
    raw->begin();
}

void Session::taskFinished(SessionTask* task)
{
    if (m_ending)
        return;
    // The task is inside its own finished() signal: delete it once that has returned.
    const auto it = std::find_if(m_tasks.begin(), m_tasks.end(),
                                 [task](const auto& owned) { return owned.get() == task; });
    if (it == m_tasks.end())
        return;
    const bool wasCreate = task->carriesSecret();
    SessionTask* done = it->release();
    done->setParent(this); // deleted with the session should that come first
    done->deleteLater();
    m_tasks.erase(it);
    if (wasCreate && createsInFlight() == 0)
        emit createsSettled();
}

int Session::createsInFlight() const
{
    return int(std::count_if(m_tasks.begin(), m_tasks.end(), [](const auto& task) {
        return task->carriesSecret() && !task->isFinished();
    }));
}

void Session::releaseLater(SessionPtr session)
{
    if (session)
        QTimer::singleShot(0, QCoreApplication::instance(), [keep = std::move(session)] {});
}

void Session::whenEnded(const WeakSession& session, QObject* receiver,
                        const std::function<void()>& ended)
{
    if (const SessionPtr alive = session.lock())
        connect(alive.get(), &QObject::destroyed, receiver, ended);
    else
        QTimer::singleShot(0, receiver, ended);
}

SessionIdentity environmentIdentity(const QUrl& baseUrl)
{
    // The launcher's translation context, where this text has always been translated: the
    // keychain name must not change with this move.
    return {{},
            QCoreApplication::translate("keycard::Launcher", "%1 (from the environment)")
                .arg(baseUrl.host())};
}

QString Session::sessionEndedMessage()
{
    return describeError(ApiError(ApiError::Kind::SessionEnded));
}

} // namespace keycard
