#pragma once

#include "apierror.h"
#include "requesthandle.h"
#include "types.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace keycard {

class ApiClient;
class BulkCredentialDelete;

// After a credential create whose answer never came (ApiError::Kind::OutcomeUnknown), finds the
// credentials that appeared since, whose secrets nobody has seen, and offers to delete them.
// It never sends the create again: it only lists, and deletes on request.
class LostCreateRecovery final : public QObject
{
    Q_OBJECT

public:
    // knownIds: the account's credential IDs known before the create (may be partial or empty:
    // then only the time decides). startedAtUtc: when the create was sent.
    LostCreateRecovery(ApiClient* client, const QString& orgId, const QString& accountId,
                       const QSet<QString>& knownIds, const QDateTime& startedAtUtc,
                       QObject* parent = nullptr);
    ~LostCreateRecovery() override;
    Q_DISABLE_COPY_MOVE(LostCreateRecovery)

    // Tolerated difference between this machine's clock and the server's (default 120 s).
    void setClockSkewSeconds(int seconds) { m_skewSeconds = seconds; }

    // Lists the account's credentials, every page; then found() or failed().
    void start();
    QList<Credential> orphans() const { return m_orphans; }
    // For people: what happened, the orphans found, the question. Empty before found().
    QString explanation() const;

    // Deletes the orphans found; then orphansDeleted().
    void deleteOrphans();
    // The report of a deleteOrphans() run: empty when all went.
    QString deleteReportText() const;

signals:
    void found(const QList<keycard::Credential>& orphans);
    void failed(const keycard::ApiError& error);
    void orphansDeleted(const QStringList& deletedIds,
                        const QList<QPair<QString, keycard::ApiError>>& failures);

private:
    void fetchPage(const QString& after);
    bool isOrphan(const Credential& credential) const;

    ApiClient* m_client = nullptr;
    QString m_orgId;
    QString m_accountId;
    QSet<QString> m_knownIds;
    QDateTime m_startedAt;
    int m_skewSeconds = 120;
    RequestHandle m_handle;
    QList<Credential> m_orphans;
    bool m_searched = false;
    QPointer<BulkCredentialDelete> m_delete;
};

} // namespace keycard
