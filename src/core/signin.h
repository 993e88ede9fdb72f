#pragma once

#include "connectionconfig.h"
#include "requesthandle.h"
#include "session.h"

#include <QObject>
#include <QPointer>

namespace keycard {

class ProfileStore;
class SecretStore;

// The one sign-in flow of the app (start-up, the profiles menu, the sign-in dialog): makes a
// Session for a connection and checks its credentials with the server, without blocking.
// Emits exactly one of succeeded() or failed(), later, never inside a call; nothing after
// cancel() or destruction. While it runs, the new session belongs to this object alone: the
// callback of its own call never owns it.
class SignIn final : public QObject
{
    Q_OBJECT

public:
    explicit SignIn(QObject* parent = nullptr);
    ~SignIn() override;
    Q_DISABLE_COPY_MOVE(SignIn)

    // Signs in with the given connection.
    void start(const ConnectionConfig& config, const SessionIdentity& identity);
    // Signs in with a saved profile, reading its secret from the keychain first. Fails with a
    // message that says what to do when the profile, or its secret, cannot be had.
    void startWithProfile(const QString& profileName, const ProfileStore& profiles,
                          SecretStore& secrets);
    void cancel();
    bool isRunning() const { return m_running; }

    // What is being signed in to (the base URL), for "Signing in to …".
    QUrl baseUrl() const { return m_baseUrl; }
    QString profileName() const { return m_identity.profileName; }

signals:
    void succeeded(const keycard::SessionPtr& session);
    // `message` is for people: what failed and why, with the request ID when there is one.
    void failed(const QString& message);

private:
    void failLater(const QString& message);

    SessionPtr m_session;
    SessionIdentity m_identity;
    QUrl m_baseUrl;
    RequestHandle m_call;
    QPointer<QObject> m_keychainRead; // receiver of the keychain answer; replaced to cancel it
    bool m_running = false;
    int m_generation = 0; // a deferred answer of an earlier start() or of cancel() is dropped
};

} // namespace keycard
