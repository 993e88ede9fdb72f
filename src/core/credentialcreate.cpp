#include "credentialcreate.h"

#include "apiclient.h"
#include "logging.h"

namespace keycard {

CredentialCreate::CredentialCreate(const SessionPtr& session, const QString& orgId,
                                   const QString& accountId, const Draft& draft)
    : SessionTask(session), m_orgId(orgId), m_accountId(accountId),
      m_keychainProfile(session->identity().keychainProfile()), m_draft(draft)
{}

CredentialCreate::~CredentialCreate()
{
    m_handle.cancel();
}

bool CredentialCreate::secretMayBeLost(const ApiError& error)
{
    const int status = error.httpStatus();
    return error.kind() == ApiError::Kind::OutcomeUnknown ||
           (error.kind() == ApiError::Kind::Decode && status >= 200 && status < 300);
}

void CredentialCreate::run()
{
    const SessionPtr current = session();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_handle = current->client().createCredential(
        m_orgId, m_accountId, m_draft, this, [this](const Result<NewCredential>& result) {
            if (result.ok()) {
                emit created(result.value());
                finish(Outcome::Done);
                return;
            }
            if (secretMayBeLost(result.error()))
                emit outcomeUnknown(m_startedAt, result.error());
            else
                emit failed(result.error());
            finish(Outcome::Failed);
        });
}

void CredentialCreate::stop(Outcome why)
{
    if (!m_handle.isActive())
        return;
    m_handle.cancel();
    qCInfo(lcTasks) << "credential create stopped while in flight";
    emit outcomeUnknown(m_startedAt,
                        ApiError(why == Outcome::SessionEnded ? ApiError::Kind::SessionEnded
                                                              : ApiError::Kind::OutcomeUnknown));
}

} // namespace keycard
