#pragma once

#include "connectionconfig.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

namespace keycard {

class ApiClient;
class SessionTask;

// Who a session speaks for: the saved profile it came from (empty for connections that are not
// saved: the demo server, the KEYCARD_API_* variables) and how the window names it.
struct SessionIdentity
{
    QString profileName;
    QString title;

    // The name this session's secrets are kept under in the keychain.
    QString keychainProfile() const { return profileName.isEmpty() ? title : profileName; }

    friend bool operator==(const SessionIdentity& a, const SessionIdentity& b)
    {
        return a.profileName == b.profileName && a.title == b.title;
    }
    friend bool operator!=(const SessionIdentity& a, const SessionIdentity& b) { return !(a == b); }
};

// A sign-in with the KEYCARD_API_* variables to `baseUrl`: the app's title for it, which is also
// the name its secrets are kept under in the keychain. The app and keycardctl both take it from
// here so that either finds what the other stored.
SessionIdentity environmentIdentity(const QUrl& baseUrl);

class Session;
using SessionPtr = std::shared_ptr<Session>;
using WeakSession = std::weak_ptr<Session>;

// One signed-in connection: the ApiClient (and through it the network manager and the token
// provider) and the identity it was signed in as. Shared by whoever needs the connection now;
// dialogs, models and tasks hold a WeakSession and end with sessionEndedMessage() when it is gone.
//
// It also owns the tasks that outlive a dialog (bulk deletes, lost-create recoveries, creates in
// flight): when the session ends they finish with SessionTask::Outcome::SessionEnded.
class Session final : public QObject
{
    Q_OBJECT

public:
    static SessionPtr create(ConnectionConfig config, SessionIdentity identity);
    ~Session() override;
    Q_DISABLE_COPY_MOVE(Session)

    ApiClient& client() const { return *m_client; }
    const ConnectionConfig& config() const;
    const SessionIdentity& identity() const { return m_identity; }

    // Takes over a task and starts it. The task finishes (exactly once) even when the session
    // ends first; it is deleted later, after its finished() signal.
    template <typename Task>
    Task* start(std::unique_ptr<Task> task)
    {
        Task* raw = task.get();
        adopt(std::move(task));
        return raw;
    }

    // Creates still waiting for their answer: a secret may be on its way.
    int createsInFlight() const;

    // Lets go of `session` on the next pass of the event loop: for code that runs inside one of
    // the session's own calls, where destroying it would destroy the call under itself.
    static void releaseLater(SessionPtr session);

    // Runs `ended` when the session goes (at once, later, when it is gone already), unless
    // `receiver` is gone first. For dialogs that hold a WeakSession.
    static void whenEnded(const WeakSession& session, QObject* receiver,
                          const std::function<void()>& ended);

    // "The session ended …": for work that finds its session gone.
    static QString sessionEndedMessage();

signals:
    // The last create in flight has finished (its outcome has been delivered).
    void createsSettled();

private:
    Session(ConnectionConfig config, SessionIdentity identity);
    void adopt(std::unique_ptr<SessionTask> task);
    void taskFinished(SessionTask* task);

    std::unique_ptr<ApiClient> m_client;
    SessionIdentity m_identity;
    std::vector<std::unique_ptr<SessionTask>> m_tasks;
    bool m_ending = false;
};

} // namespace keycard
