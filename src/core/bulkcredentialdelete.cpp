#include "bulkcredentialdelete.h"

#include "apiclient.h"
#include "logging.h"

namespace keycard {

BulkCredentialDelete::BulkCredentialDelete(const SessionPtr& session, const QString& orgId,
                                           const QString& accountId,
                                           const QStringList& credentialIds)
    : SessionTask(session), m_orgId(orgId), m_accountId(accountId), m_ids(credentialIds)
{
    m_ids.removeDuplicates();
}

BulkCredentialDelete::~BulkCredentialDelete()
{
    for (RequestHandle& handle : m_handles)
        handle.cancel();
}

void BulkCredentialDelete::run()
{
    qCInfo(lcTasks) << "deleting" << m_ids.size() << "credentials of" << m_accountId;
    for (int i = 0; i < parallel; ++i)
        startNext();
    finishIfDone(); // nothing to delete
}

void BulkCredentialDelete::stop(Outcome why)
{
    const ApiError reason(why == Outcome::SessionEnded ? ApiError::Kind::SessionEnded
                                                       : ApiError::Kind::Cancelled);
    const auto handles = std::exchange(m_handles, {});
    for (auto it = handles.cbegin(); it != handles.cend(); ++it) {
        RequestHandle handle = it.value();
        handle.cancel();
        m_failures.append({it.key(), reason});
    }
    for (; m_next < m_ids.size(); ++m_next)
        m_failures.append({m_ids.at(m_next), reason});
}

void BulkCredentialDelete::startNext()
{
    const SessionPtr current = session();
    if (isFinished() || m_next >= m_ids.size() || !current)
        return;
    const QString id = m_ids.at(m_next++);
    m_handles.insert(id, current->client().deleteCredential(
                             m_orgId, m_accountId, id, this, [this, id](const Result<Empty>& r) {
                                 m_handles.remove(id);
                                 if (r.ok()) {
                                     m_deleted.append(id);
                                 } else {
                                     qCInfo(lcTasks) << "could not delete credential" << id
                                                     << ApiError::kindName(r.error().kind());
                                     m_failures.append({id, r.error()});
                                 }
                                 emit progress(completed(), total());
                                 startNext();
                                 finishIfDone();
                             }));
}

void BulkCredentialDelete::finishIfDone()
{
    if (!m_handles.isEmpty() || m_next < m_ids.size())
        return;
    finish(m_failures.isEmpty() ? Outcome::Done : Outcome::Failed);
}

QString BulkCredentialDelete::reportText() const
{
    if (m_failures.isEmpty())
        return QString();
    QStringList lines;
    lines << (m_failures.size() == 1 ? tr("1 of %1 credentials could not be deleted:").arg(total())
                                     : tr("%1 of %2 credentials could not be deleted:")
                                           .arg(m_failures.size())
                                           .arg(total()));
    for (const auto& failure : m_failures) {
        const QString name = m_names.value(failure.first, failure.first);
        lines << tr("\u2022 %1: %2").arg(name, describeError(failure.second));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace keycard
