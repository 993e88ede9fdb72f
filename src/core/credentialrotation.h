#pragma once

#include "apierror.h"
#include "requesthandle.h"
#include "rotationstate.h"
#include "session.h"
#include "types.h"

#include <QObject>
#include <QPointer>

namespace keycard {

class CredentialCreate;

// A guided credential replacement (Keycard has no rotate endpoint):
// 1. create the replacement (name derived from the old one, description kept);
// 2. test it: a token exchange with its secret, before anything else happens;
// 3. watch the old credential's last use (refreshUse(), on a timer and on demand);
// 4. retire the old one, only when asked (retireOld()).
// Every step is saved in RotationStore, never the secret, so an unfinished rotation is offered
// again after a restart. The create itself is a CredentialCreate owned by the session: whoever
// starts it also shows the secret (and follows the lost-create rules when its answer is lost).
class CredentialRotation final : public QObject
{
    Q_OBJECT

public:
    enum class Phase {
        Ready,      // nothing created yet
        Creating,   // the create is out
        CreateLost, // its answer never came: the create is not repeated on its own
        Created,    // the replacement exists, untested
        Testing,
        TestFailed,
        Tested, // ready to switch the systems over and retire the old one
        Retiring,
        RetireFailed,
        Retired,   // finished
        Abandoned, // forgotten by the user; nothing was deleted
    };
    Q_ENUM(Phase)

    // A new rotation of `old` in `accountId`.
    CredentialRotation(const WeakSession& session, const QString& orgId, const QString& accountId,
                       const QString& accountName, const Credential& old,
                       QObject* parent = nullptr);
    // An unfinished rotation from RotationStore.
    CredentialRotation(const WeakSession& session, const RotationState& saved,
                       QObject* parent = nullptr);
    ~CredentialRotation() override;
    Q_DISABLE_COPY_MOVE(CredentialRotation)

    Phase phase() const { return m_phase; }
    const RotationState& state() const { return m_state; }
    ApiError lastError() const { return m_error; }
    // True when the rotation came from RotationStore (the app was closed in the middle).
    bool isResumed() const { return m_resumed; }

    // Step 1. Starts the create (Session::start) and returns it, so that the caller reveals the
    // secret; null when the session has ended (lastError() says so).
    CredentialCreate* startCreate();
    // Step 2, with the replacement's secret (just created, or read back from the keychain).
    void test(const SecretString& secret);
    // Step 3: the old and the new credential's last use, from the server.
    void refreshUse();
    bool useKnown() const { return m_useKnown; }
    QDateTime oldLastUsed() const { return m_oldLastUsed; } // invalid: never used
    QDateTime newLastUsed() const { return m_newLastUsed; }
    // The old credential was used after the rotation began: something still uses it.
    bool oldUsedSinceStart() const;
    // Step 4 (after the user's confirmation): deletes the old credential and ends the rotation.
    void retireOld();
    // Ends the rotation without deleting anything; it is no longer offered at start.
    void abandon();

signals:
    void phaseChanged(keycard::CredentialRotation::Phase phase);
    void useRefreshed();
    void replacementCreated(const keycard::Credential& credential);

private:
    void setPhase(Phase phase);
    void save();
    void created(const NewCredential& created);

    WeakSession m_session;
    RotationState m_state;
    Draft m_draft;
    Phase m_phase = Phase::Ready;
    bool m_resumed = false;
    ApiError m_error;
    RequestHandle m_testHandle;
    RequestHandle m_oldHandle;
    RequestHandle m_newHandle;
    RequestHandle m_retireHandle;
    bool m_useKnown = false;
    QDateTime m_oldLastUsed;
    QDateTime m_newLastUsed;
};

} // namespace keycard
