#include "credentialstats.h"

#include "apiclient.h"
#include "serviceaccountsmodel.h"

namespace keycard {

namespace {
// A broken server that pages forever is not followed beyond this (10,000 credentials).
constexpr int kMaxPages = 100;
} // namespace

CredentialStats::CredentialStats(const ServiceAccountsModel& accounts, QObject* parent)
    : QObject(parent), m_accounts(accounts)
{}

CredentialStats::~CredentialStats()
{
    clear();
}

bool CredentialStats::isLoading(const QString& accountId) const
{
    if (m_inFlight.contains(accountId))
        return true;
    return std::any_of(m_queue.cbegin(), m_queue.cend(),
                       [&](const Work& work) { return work.accountId == accountId; });
}

void CredentialStats::clear()
{
    ++m_generation;
    for (RequestHandle& handle : m_inFlight)
        handle.cancel();
    m_inFlight.clear();
    m_queue.clear();
    m_stats.clear();
    m_failures.clear();
}

void CredentialStats::request(const QStringList& accountIds)
{
    m_queue.clear();
    for (const QString& id : accountIds) {
        if (!id.isEmpty() && !m_stats.contains(id) && !m_failures.contains(id) &&
            !m_inFlight.contains(id))
            m_queue.push_back(Work{id, {}, {}, 0});
    }
    pump();
}

void CredentialStats::pump()
{
    ApiClient* client = m_accounts.client();
    const QString orgId = m_accounts.organizationId();
    while (client && !orgId.isEmpty() && m_inFlight.size() < kMaxInFlight && !m_queue.empty()) {
        Work work = std::move(m_queue.front());
        m_queue.pop_front();
        PageRequest page;
        page.limit = kPageSize;
        page.after = work.after;
        page.expandPermissions = false;
        const QString accountId = work.accountId;
        const quint64 generation = m_generation;
        m_inFlight.insert(accountId,
                          client->listCredentials(orgId, accountId, page, this,
                                                  [this, generation, work = std::move(work)](
                                                      const Result<Page<Credential>>& result) {
                                                      if (generation != m_generation)
                                                          return;
                                                      m_inFlight.remove(work.accountId);
                                                      arrived(work, result);
                                                  }));
    }
}

void CredentialStats::arrived(Work work, const Result<Page<Credential>>& result)
{
    if (!result.ok()) {
        m_failures.insert(work.accountId, describeError(result.error()));
        emit statsChanged(work.accountId);
        pump();
        return;
    }
    for (const Credential& credential : result.value().items) {
        ++work.partial.count;
        if (credential.createdAt.isValid() && (!work.partial.oldestCreatedAt.isValid() ||
                                               credential.createdAt < work.partial.oldestCreatedAt))
            work.partial.oldestCreatedAt = credential.createdAt;
    }
    const PageInfo& info = result.value().pageInfo;
    if (info.hasNextPage && !info.endCursor.isEmpty() && info.endCursor != work.after &&
        ++work.pages < kMaxPages) {
        work.after = info.endCursor;
        m_queue.push_front(std::move(work)); // finish this account first
    } else {
        m_stats.insert(work.accountId, work.partial);
        emit statsChanged(work.accountId);
    }
    pump();
}

} // namespace keycard
