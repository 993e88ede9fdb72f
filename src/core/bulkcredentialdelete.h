#pragma once

#include "apierror.h"
#include "requesthandle.h"
#include "sessiontask.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

namespace keycard {

// Deletes several credentials of one service account, two at a time, and reports which went and
// which failed with the reason. Start it with Session::start(). It always finishes: when it is
// cancelled or its session ends, the credentials not deleted are reported with that reason.
class BulkCredentialDelete final : public SessionTask
{
    Q_OBJECT

public:
    BulkCredentialDelete(const SessionPtr& session, const QString& orgId, const QString& accountId,
                         const QStringList& credentialIds);
    ~BulkCredentialDelete() override;
    Q_DISABLE_COPY_MOVE(BulkCredentialDelete)

    static constexpr int parallel = 2; // deletes in flight at once

    // Names shown in the report instead of IDs (credential ID -> name); optional.
    void setNames(const QHash<QString, QString>& namesById) { m_names = namesById; }

    QString orgId() const { return m_orgId; }
    QString accountId() const { return m_accountId; }
    int total() const { return int(m_ids.size()); }
    int completed() const { return int(m_deleted.size() + m_failures.size()); }
    QStringList deletedIds() const { return m_deleted; }
    QList<QPair<QString, ApiError>> failures() const { return m_failures; }

    // Empty when all went; else one line per failure: its name (or ID) and describeError().
    QString reportText() const;

signals:
    void progress(int completed, int total);

protected:
    void run() override;
    void stop(Outcome why) override;

private:
    void startNext();
    void finishIfDone();

    QString m_orgId;
    QString m_accountId;
    QStringList m_ids;
    QHash<QString, QString> m_names;
    int m_next = 0;
    QHash<QString, RequestHandle> m_handles;
    QStringList m_deleted;
    QList<QPair<QString, ApiError>> m_failures;
};

} // namespace keycard
