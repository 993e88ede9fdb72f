#include "lostcreaterecovery.h"

#include "apiclient.h"
#include "bulkdelete.h"

#include <QLocale>
#include <QLoggingCategory>
#include <algorithm>

namespace keycard {

namespace {

Q_LOGGING_CATEGORY(lcCrud, "keycard.gui.crud")

} // namespace

LostCreateRecovery::LostCreateRecovery(ApiClient* client, const QString& orgId,
                                       const QString& accountId, const QSet<QString>& knownIds,
                                       const QDateTime& startedAtUtc, QObject* parent)
    : QObject(parent), m_client(client), m_orgId(orgId), m_accountId(accountId),
      m_knownIds(knownIds), m_startedAt(startedAtUtc.toUTC())
{}

LostCreateRecovery::~LostCreateRecovery()
{
    m_handle.cancel();
}

void LostCreateRecovery::start()
{
    m_handle.cancel();
    m_orphans.clear();
    m_searched = false;
    qCInfo(lcCrud) << "looking for credentials created since" << m_startedAt << "in" << m_accountId;
    fetchPage(QString());
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
    PageRequest request;
    request.limit = 100;
    request.after = after;
    m_handle = m_client->listCredentials(
        m_orgId, m_accountId, request, this, [this, after](const Result<Page<Credential>>& r) {
            if (!r.ok()) {
                emit failed(r.error());
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
            qCInfo(lcCrud) << "credentials that appeared since the lost create:"
                           << m_orphans.size();
            emit found(m_orphans);
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

void LostCreateRecovery::deleteOrphans()
{
    if (m_delete && m_delete->isRunning())
        return;
    QStringList ids;
    QHash<QString, QString> names;
    for (const Credential& credential : m_orphans) {
        ids << credential.id;
        names.insert(credential.id, credential.name);
    }
    if (m_delete)
        m_delete->deleteLater(); // may be inside its own finished() signal
    m_delete = new BulkCredentialDelete(m_client, m_orgId, m_accountId, ids, this);
    m_delete->setNames(names);
    connect(m_delete, &BulkCredentialDelete::finished, this,
            [this](const QStringList& deleted, const QList<QPair<QString, ApiError>>& failures) {
                for (const QString& id : deleted) {
                    m_orphans.erase(
                        std::remove_if(m_orphans.begin(), m_orphans.end(),
                                       [&id](const Credential& c) { return c.id == id; }),
                        m_orphans.end());
                }
                emit orphansDeleted(deleted, failures);
            });
    m_delete->start();
}

QString LostCreateRecovery::deleteReportText() const
{
    return m_delete ? m_delete->reportText() : QString();
}

} // namespace keycard
