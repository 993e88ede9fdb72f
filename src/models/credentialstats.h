#pragma once

#include "requesthandle.h"
#include "result.h"
#include "types.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <deque>

namespace keycard {

class ServiceAccountsModel;

// How many credentials a service account has and when its oldest was created.
struct AccountCredentialStats
{
    int count = 0;
    QDateTime oldestCreatedAt; // invalid when it has none
};

// Credential counts for the service accounts a person is looking at: request() the IDs of the
// visible rows; each is listed (page after page) at most once, with at most kMaxInFlight
// requests out, never for the whole organization at once. What is asked for again replaces
// what was still waiting (the rows scrolled away). Cleared when its accounts model resets.
class CredentialStats final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxInFlight = 2;
    static constexpr int kPageSize = 100;

    explicit CredentialStats(const ServiceAccountsModel& accounts, QObject* parent = nullptr);
    ~CredentialStats() override;
    Q_DISABLE_COPY_MOVE(CredentialStats)

    void request(const QStringList& accountIds);
    void clear();

    bool has(const QString& accountId) const { return m_stats.contains(accountId); }
    AccountCredentialStats stats(const QString& accountId) const
    {
        return m_stats.value(accountId);
    }
    bool isLoading(const QString& accountId) const;
    // The reason when listing failed; empty otherwise.
    QString failure(const QString& accountId) const { return m_failures.value(accountId); }

signals:
    void statsChanged(const QString& accountId);

private:
    struct Work
    {
        QString accountId;
        QString after;
        AccountCredentialStats partial;
        int pages = 0;
    };
    void pump();
    void arrived(Work work, const Result<Page<Credential>>& result);

    const ServiceAccountsModel& m_accounts;
    std::deque<Work> m_queue;
    QHash<QString, RequestHandle> m_inFlight; // by account ID
    QHash<QString, AccountCredentialStats> m_stats;
    QHash<QString, QString> m_failures;
    quint64 m_generation = 0; // answers from before clear() are dropped
};

} // namespace keycard
