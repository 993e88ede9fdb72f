#include "lostcreaterecovery.h"

#include "apiclient.h"
#include "bulkcredentialdelete.h"
#include "logging.h"

#include <QLocale>
#include <algorithm>

namespace keycard {

LostCreateRecovery::LostCreateRecovery(const SessionPtr& session, const QString& orgId,
                                       const QString& accountId, const QSet<QString>& knownIds,
                                       const QDateTime& startedAtUtc)
    : SessionTask(session), m_orgId(orgId), m_accountId(accountId), m_knownIds(knownIds),
      m_startedAt(startedAtUtc.toUTC())
{}

LostCreateRecovery::~LostCreateRecovery()
{
    m_handle.cancel();
}

void LostCreateRecovery::run()
{
    qCInfo(lcTasks) << "looking for credentials created since" << m_startedAt << "in"
                    << m_accountId;
    fetchPage(QString());
}

void LostCreateRecovery::stop(Outcome why)
{
    m_stoppedBecause = why;
    m_handle.cancel();
    if (m_delete)
        m_delete->cancel(why); // reports what it managed through orphansDeleted()
}

bool LostCreateRecovery::isOrphan(const Credential& credential) const
{
    if (m_knownIds.contains(credential.id))
        return false;
    if (!m_startedAt.isValid() || !credential.createdAt.isValid())
        return true;
    return credential.createdAt >= m_startedAt.addSecs(-m_skewSeconds);
}

void LostCreateRecovery::fetchPage(const QString& after)
{
    const SessionPtr current = session();
    if (!current)
        return;
    PageRequest request;
    request.limit = 100;
    request.after = after;
    m_handle = current->client().listCredentials(
        m_orgId, m_accountId, request, this, [this, after](const Result<Page<Credential>>& r) {
            if (!r.ok()) {
                emit searchFailed(r.error());
                finish(Outcome::Failed);
                return;
            }
            const Page<Credential>& page = r.value();
            for (const Credential& credential : page.items) {
                if (isOrphan(credential))
                    m_orphans.append(credential);
            }
            const QString next = page.pageInfo.endCursor;
            if (page.pageInfo.hasNextPage && !next.isEmpty() && next != after) {
                fetchPage(next);
                return;
            }
            m_searched = true;
            qCInfo(lcTasks) << "credentials that appeared since the lost create:"
                            << m_orphans.size();
            emit found(m_orphans);
            if (m_orphans.isEmpty())
                finish(Outcome::Done);
        });
}

QString LostCreateRecovery::explanation() const
{
    if (!m_searched)
        return QString();
    const QString intro =
        tr("The server may have created the credential, but its answer never arrived, so its "
           "secret is lost. It was not sent again.");
    if (m_orphans.isEmpty())
        return intro + QLatin1Char(' ') +
               tr("No credential appeared since, so it was most likely not created.");
    QStringList lines;
    const QLocale locale;
    for (const Credential& credential : m_orphans) {
        const QString when =
            credential.createdAt.isValid()
                ? locale.toString(credential.createdAt.toLocalTime(), QLocale::ShortFormat)
                : QString();
        lines << tr("\u2022 %1 (client ID %2, created %3)")
                     .arg(credential.name, credential.clientId, when);
    }
    return intro + QLatin1Char(' ') + tr("These credentials appeared since:") + QLatin1Char('\n') +
           lines.join(QLatin1Char('\n')) + QLatin1String("\n\n") +
           (m_orphans.size() == 1 ? tr("Delete it?") : tr("Delete them?"));
}

void LostCreateRecovery::dismiss()
{
    finish(Outcome::Done);
}

void LostCreateRecovery::deleteOrphans()
{
    const SessionPtr current = session();
    if (isFinished() || m_delete || !current)
        return;
    QStringList ids;
    QHash<QString, QString> names;
    for (const Credential& credential : m_orphans) {
        ids << credential.id;
        names.insert(credential.id, credential.name);
    }
    auto bulk = std::make_unique<BulkCredentialDelete>(current, m_orgId, m_accountId, ids);
    bulk->setNames(names);
    connect(bulk.get(), &SessionTask::finished, this, [this] {
        const QStringList deleted = m_delete->deletedIds();
        for (const QString& id : deleted) {
            m_orphans.erase(std::remove_if(m_orphans.begin(), m_orphans.end(),
                                           [&id](const Credential& c) { return c.id == id; }),
                            m_orphans.end());
        }
        m_deleteReport = m_delete->reportText();
        emit orphansDeleted(deleted, m_delete->failures());
        if (m_stoppedBecause == Outcome::Running)
            finish(m_orphans.isEmpty() ? Outcome::Done : Outcome::Failed);
    });
    m_delete = current->start(std::move(bulk));
}

QString LostCreateRecovery::deleteReportText() const
{
    return m_deleteReport;
}

} // namespace keycard
