#pragma once

#include "apierror.h"
#include "requesthandle.h"
#include "sessiontask.h"
#include "types.h"

#include <QDateTime>

namespace keycard {

// Creates one credential. Its answer carries the only copy of the new secret, so it belongs to
// the session, not to the dialog that asked: closing the dialog does not stop it, and a session
// switch or quit waits for it (Session::createsInFlight). Exactly one of created(),
// outcomeUnknown() or failed() is emitted before finished(). It is never sent twice.
class CredentialCreate final : public SessionTask
{
    Q_OBJECT

public:
    CredentialCreate(const SessionPtr& session, const QString& orgId, const QString& accountId,
                     const Draft& draft);
    ~CredentialCreate() override;
    Q_DISABLE_COPY_MOVE(CredentialCreate)

    bool carriesSecret() const override { return true; }
    QString orgId() const { return m_orgId; }
    QString accountId() const { return m_accountId; }
    QString keychainProfile() const { return m_keychainProfile; }
    QDateTime startedAtUtc() const { return m_startedAt; }

    // The create may or may not have happened (no answer, an unreadable success, or the task
    // stopped while the request was out): look for what appeared since (LostCreateRecovery).
    static bool secretMayBeLost(const ApiError& error);

signals:
    void created(const keycard::NewCredential& credential);
    void outcomeUnknown(const QDateTime& startedAtUtc, const keycard::ApiError& error);
    void failed(const keycard::ApiError& error); // it was certainly not created

protected:
    void run() override;
    void stop(Outcome why) override;

private:
    QString m_orgId;
    QString m_accountId;
    QString m_keychainProfile;
    Draft m_draft;
    QDateTime m_startedAt;
    RequestHandle m_handle;
};

} // namespace keycard
