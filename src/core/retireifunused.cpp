#include "retireifunused.h"

#include "apiclient.h"
#include "credentialhygiene.h"
#include "logging.h"

namespace keycard {

RetireIfUnused::RetireIfUnused(const SessionPtr& session, const QString& orgId,
                               const QString& accountId, const QString& credentialId,
                               qint64 unusedForSeconds)
    : SessionTask(session), m_orgId(orgId), m_accountId(accountId), m_credentialId(credentialId),
      m_unusedForSeconds(unusedForSeconds)
{}

RetireIfUnused::~RetireIfUnused()
{
    m_handle.cancel();
}

void RetireIfUnused::run()
{
    const SessionPtr current = session();
    m_handle = current->client().getCredential(
        m_orgId, m_accountId, m_credentialId, this, [this](const Result<Credential>& result) {
            if (!result.ok()) {
                fail(result.error());
                return;
            }
            const QDateTime lastUsed = result.value().lastUsedAt;
            if (m_unusedForSeconds >= 0 &&
                !CredentialHygiene::unusedFor(lastUsed, m_unusedForSeconds,
                                              QDateTime::currentDateTimeUtc())) {
                qCInfo(lcTasks) << "not retiring" << m_credentialId << ": used recently";
                emit refused(lastUsed);
                finish(Outcome::Failed);
                return;
            }
            retire(lastUsed);
        });
}

void RetireIfUnused::retire(const QDateTime& lastUsedAt)
{
    const SessionPtr current = session();
    if (!current) {
        cancel(Outcome::SessionEnded);
        return;
    }
    m_handle = current->client().deleteCredential(m_orgId, m_accountId, m_credentialId, this,
                                                  [this, lastUsedAt](const Result<Empty>& result) {
                                                      if (!result.ok()) {
                                                          fail(result.error());
                                                          return;
                                                      }
                                                      qCInfo(lcTasks)
                                                          << "retired" << m_credentialId;
                                                      emit retired(lastUsedAt);
                                                      finish(Outcome::Done);
                                                  });
}

void RetireIfUnused::fail(const ApiError& error)
{
    emit failed(error);
    finish(Outcome::Failed);
}

void RetireIfUnused::stop(Outcome why)
{
    if (!m_handle.isActive())
        return;
    m_handle.cancel();
    emit failed(ApiError(why == Outcome::SessionEnded ? ApiError::Kind::SessionEnded
                                                      : ApiError::Kind::Cancelled));
}

} // namespace keycard
