#pragma once

#include "apierror.h"
#include "requesthandle.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

namespace keycard {

class ApiClient;

// Deletes several credentials of one service account, two at a time, and reports which went and
// which failed with the reason. One instance per run; start() once.
class BulkCredentialDelete final : public QObject
{
    Q_OBJECT

public:
    BulkCredentialDelete(ApiClient* client, const QString& orgId, const QString& accountId,
                         const QStringList& credentialIds, QObject* parent = nullptr);
    ~BulkCredentialDelete() override;
    Q_DISABLE_COPY_MOVE(BulkCredentialDelete)

    // Names shown in the report instead of IDs (credential ID -> name); optional.
    void setNames(const QHash<QString, QString>& namesById) { m_names = namesById; }

    void start();
    // Stops sending; the requests in flight are aborted. finished() is still emitted with what
    // is known (the aborted ones count as failures, kind Cancelled).
    void cancel();

    int total() const { return int(m_ids.size()); }
    int completed() const { return int(m_deleted.size() + m_failures.size()); }
    bool isRunning() const { return m_started && !m_finished; }
    QStringList deletedIds() const { return m_deleted; }
    QList<QPair<QString, ApiError>> failures() const { return m_failures; }

    // Empty when all went; else one line per failure: its name (or ID) and describeError().
    QString reportText() const;

signals:
    void progress(int completed, int total);
    void finished(const QStringList& deletedIds,
                  const QList<QPair<QString, keycard::ApiError>>& failures);

private:
    void startNext();
    void finishIfDone();

    static constexpr int parallel = 2;

    ApiClient* m_client = nullptr;
    QString m_orgId;
    QString m_accountId;
    QStringList m_ids;
    QHash<QString, QString> m_names;
    int m_next = 0;
    int m_inFlight = 0;
    QHash<QString, RequestHandle> m_handles;
    QStringList m_deleted;
    QList<QPair<QString, ApiError>> m_failures;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace keycard
