#pragma once

#include "apierror.h"
#include "requesthandle.h"
#include "sessiontask.h"
#include "types.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace keycard {

class BulkCredentialDelete;

// After a credential create whose answer never came (ApiError::Kind::OutcomeUnknown), finds the
// credentials that appeared since, whose secrets nobody has seen, and offers to delete them.
// It never sends the create again: it only lists, and deletes on request.
//
// Start it with Session::start(): it lists the account's credentials (every page), then emits
// found() or searchFailed(). It then waits for deleteOrphans() (orphansDeleted() follows) or
// dismiss(), and finishes; also when cancelled or when its session ends.
class LostCreateRecovery final : public SessionTask
{
    Q_OBJECT

public:
    // knownIds: the account's credential IDs known before the create (may be partial or empty:
    // then only the time decides). startedAtUtc: when the create was sent.
    LostCreateRecovery(const SessionPtr& session, const QString& orgId, const QString& accountId,
                       const QSet<QString>& knownIds, const QDateTime& startedAtUtc);
    ~LostCreateRecovery() override;
    Q_DISABLE_COPY_MOVE(LostCreateRecovery)

    // Tolerated difference between this machine's clock and the server's (default 120 s).
    void setClockSkewSeconds(int seconds) { m_skewSeconds = seconds; }

    QString orgId() const { return m_orgId; }
    QString accountId() const { return m_accountId; }
    QList<Credential> orphans() const { return m_orphans; }
    // For people: what happened, the orphans found, the question. Empty before found().
    QString explanation() const;

    // Deletes the orphans found; then orphansDeleted(), and the task finishes.
    void deleteOrphans();
    // Keeps the orphans; the task finishes.
    void dismiss();
    // The report of a deleteOrphans() run: empty when all went.
    QString deleteReportText() const;

signals:
    void found(const QList<keycard::Credential>& orphans);
    void searchFailed(const keycard::ApiError& error);
    void orphansDeleted(const QStringList& deletedIds,
                        const QList<QPair<QString, keycard::ApiError>>& failures);

protected:
    void run() override;
    void stop(Outcome why) override;

private:
    void fetchPage(const QString& after);
    bool isOrphan(const Credential& credential) const;

    QString m_orgId;
    QString m_accountId;
    QSet<QString> m_knownIds;
    QDateTime m_startedAt;
    int m_skewSeconds = 120;
    RequestHandle m_handle;
    QList<Credential> m_orphans;
    bool m_searched = false;
    QPointer<BulkCredentialDelete> m_delete;
    QString m_deleteReport;
    Outcome m_stoppedBecause = Outcome::Running;
};

} // namespace keycard
