#include "bulkdelete.h"

#include "apiclient.h"

#include <QLoggingCategory>

namespace keycard {

namespace {

Q_LOGGING_CATEGORY(lcCrud, "keycard.gui.crud")

} // namespace

BulkCredentialDelete::BulkCredentialDelete(ApiClient* client, const QString& orgId,
                                           const QString& accountId,
                                           const QStringList& credentialIds, QObject* parent)
    : QObject(parent), m_client(client), m_orgId(orgId), m_accountId(accountId),
      m_ids(credentialIds)
{
    m_ids.removeDuplicates();
}

BulkCredentialDelete::~BulkCredentialDelete()
{
    for (RequestHandle& handle : m_handles)
        handle.cancel();
}

void BulkCredentialDelete::start()
{
    if (m_started)
        return;
    m_started = true;
    qCInfo(lcCrud) << "deleting" << m_ids.size() << "credentials of" << m_accountId;
    for (int i = 0; i < parallel; ++i)
        startNext();
    finishIfDone(); // nothing to delete
}

void BulkCredentialDelete::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    const auto handles = m_handles;
    m_handles.clear();
    for (auto it = handles.cbegin(); it != handles.cend(); ++it) {
        RequestHandle handle = it.value();
        handle.cancel();
        m_failures.append({it.key(), ApiError(ApiError::Kind::Cancelled)});
    }
    m_inFlight = 0;
    for (; m_next < m_ids.size(); ++m_next)
        m_failures.append({m_ids.at(m_next), ApiError(ApiError::Kind::Cancelled)});
    finishIfDone();
}

void BulkCredentialDelete::startNext()
{
    if (m_cancelled || m_next >= m_ids.size())
        return;
    const QString id = m_ids.at(m_next++);
    ++m_inFlight;
    m_handles.insert(id, m_client->deleteCredential(
                             m_orgId, m_accountId, id, this, [this, id](const Result<Empty>& r) {
                                 m_handles.remove(id);
                                 --m_inFlight;
                                 if (r.ok()) {
                                     m_deleted.append(id);
                                 } else {
                                     qCInfo(lcCrud) << "could not delete credential" << id
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
    if (m_finished || m_inFlight > 0 || (!m_cancelled && m_next < m_ids.size()))
        return;
    m_finished = true;
    emit finished(m_deleted, m_failures);
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
