#include "credentialreport.h"

#include "apiclient.h"
#include "logging.h"

namespace keycard {

namespace {
// Service accounts listed ahead of the credentials walk: enough to keep every slot busy,
// few enough that a cancelled report has not listed the whole organization.
constexpr int kAccountsAhead = 2 * CredentialReport::kPageSize;
constexpr int kFirstBackoffMs = 1000;
constexpr int kMaxBackoffMs = 60 * 1000;
} // namespace

CredentialReport::CredentialReport(const SessionPtr& session, const QString& orgId)
    : SessionTask(session), m_orgId(orgId)
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, [this] {
        emit progressChanged();
        pump();
    });
}

CredentialReport::~CredentialReport()
{
    for (RequestHandle& handle : m_inFlight)
        handle.cancel();
}

ReportProgress CredentialReport::progress() const
{
    ReportProgress p;
    p.accountsListed = int(m_seenAccounts.size());
    p.listingComplete = m_listingComplete;
    p.accountsDone = m_accountsDone;
    p.credentials = int(m_entries.size());
    p.requestsSent = m_requestsSent;
    if (m_accountsDone > 0 && m_clock.isValid() && !isFinished()) {
        const qint64 perAccount = m_clock.elapsed() / m_accountsDone;
        p.msLeft = perAccount * qMax(0, p.accountsListed - m_accountsDone);
    } else if (isFinished()) {
        p.msLeft = 0;
    }
    return p;
}

void CredentialReport::run()
{
    qCInfo(lcTasks) << "credential report of organization" << m_orgId;
    m_clock.start();
    pump();
}

void CredentialReport::stop(Outcome)
{
    m_pause.stop();
    const auto inFlight = std::exchange(m_inFlight, {});
    for (RequestHandle handle : inFlight)
        handle.cancel();
    m_pending.clear();
    qCInfo(lcTasks) << "credential report stopped after" << m_requestsSent << "requests";
}

void CredentialReport::pump()
{
    while (!isFinished() && !m_pause.isActive() && m_inFlight.size() < kMaxInFlight) {
        const bool wantAccounts =
            !m_listingComplete && !m_accountPageInFlight && int(m_pending.size()) < kAccountsAhead;
        if (wantAccounts) {
            requestAccountPage();
        } else if (!m_pending.empty()) {
            AccountWork work = std::move(m_pending.front());
            m_pending.pop_front();
            requestCredentials(std::move(work));
        } else {
            break;
        }
    }
    finishIfDone();
}

SessionPtr CredentialReport::liveSession()
{
    SessionPtr current = session();
    if (!current)
        cancel(Outcome::SessionEnded);
    return current;
}

PageRequest CredentialReport::pageAfter(const QString& cursor)
{
    PageRequest request;
    request.limit = kPageSize;
    request.after = cursor;
    request.expandPermissions = false;
    return request;
}

void CredentialReport::requestAccountPage()
{
    const SessionPtr current = liveSession();
    if (!current)
        return;
    const PageRequest request = pageAfter(m_accountCursor);
    const quint64 callId = ++m_nextCallId;
    m_accountPageInFlight = true;
    ++m_requestsSent;
    m_inFlight.insert(callId, current->client().listServiceAccounts(
                                  m_orgId, request, this,
                                  [this, callId](const Result<Page<ServiceAccount>>& result) {
                                      m_inFlight.remove(callId);
                                      m_accountPageInFlight = false;
                                      accountPageArrived(result);
                                  }));
}

void CredentialReport::accountPageArrived(const Result<Page<ServiceAccount>>& result)
{
    if (!result.ok()) {
        if (waitOutRateLimit(result.error(), ++m_accountRateLimitRounds)) {
            pump();
            return;
        }
        fail(result.error());
        return;
    }
    m_accountRateLimitRounds = 0;
    const Page<ServiceAccount>& page = result.value();
    for (const ServiceAccount& account : page.items) {
        if (m_seenAccounts.contains(account.id))
            continue;
        m_seenAccounts.insert(account.id);
        m_pending.push_back(AccountWork{account.id, account.name, {}, {}, 0});
    }
    const PageInfo& info = page.pageInfo;
    if (!info.hasNextPage) {
        m_listingComplete = true;
    } else if (info.endCursor.isEmpty() || m_seenAccountCursors.contains(info.endCursor)) {
        fail(brokenCursorError(!info.endCursor.isEmpty()));
        return;
    } else {
        m_seenAccountCursors.insert(info.endCursor);
        m_accountCursor = info.endCursor;
    }
    emit progressChanged();
    pump();
}

void CredentialReport::requestCredentials(AccountWork work)
{
    const SessionPtr current = liveSession();
    if (!current)
        return;
    const PageRequest request = pageAfter(work.after);
    const quint64 callId = ++m_nextCallId;
    const QString accountId = work.id;
    ++m_requestsSent;
    m_inFlight.insert(
        callId, current->client().listCredentials(
                    m_orgId, accountId, request, this,
                    [this, callId, work = std::move(work)](const Result<Page<Credential>>& r) {
                        m_inFlight.remove(callId);
                        credentialsArrived(work, r);
                    }));
}

void CredentialReport::credentialsArrived(AccountWork work, const Result<Page<Credential>>& result)
{
    if (!result.ok()) {
        const ApiError& error = result.error();
        if (waitOutRateLimit(error, ++work.rateLimitRounds)) {
            m_pending.push_front(std::move(work));
        } else if (error.kind() == ApiError::Kind::NotFound) {
            // Deleted since it was listed: it has no credentials to report any more.
            accountDone();
        } else {
            qCInfo(lcTasks) << "report: could not list the credentials of" << work.id
                            << ApiError::kindName(error.kind());
            m_failures.append(ReportFailure{work.id, work.name, error});
            accountDone();
        }
        emit progressChanged();
        pump();
        return;
    }
    work.rateLimitRounds = 0;
    QList<ReportEntry> found;
    for (const Credential& credential : result.value().items) {
        if (m_seenCredentials.contains(credential.id))
            continue;
        m_seenCredentials.insert(credential.id);
        found.append(ReportEntry{work.id, work.name, credential});
    }
    m_entries.append(found);
    const PageInfo& info = result.value().pageInfo;
    if (!info.hasNextPage) {
        accountDone();
    } else if (info.endCursor.isEmpty() || work.seenCursors.contains(info.endCursor)) {
        m_failures.append(
            ReportFailure{work.id, work.name, brokenCursorError(!info.endCursor.isEmpty())});
        accountDone();
    } else {
        // The rest of this account before the next one, so that accounts finish in order.
        work.seenCursors.insert(info.endCursor);
        work.after = info.endCursor;
        m_pending.push_front(std::move(work));
    }
    if (!found.isEmpty())
        emit entriesFound(found);
    emit progressChanged();
    pump();
}

bool CredentialReport::waitOutRateLimit(const ApiError& error, int rounds)
{
    if (error.kind() != ApiError::Kind::RateLimited || rounds > kMaxRateLimitRounds)
        return false;
    const int backoffMs = qMin(kMaxBackoffMs, kFirstBackoffMs << qMin(rounds - 1, 6));
    const int waitMs = error.retryAfterSeconds() >= 0
                           ? qMin(kMaxBackoffMs, error.retryAfterSeconds() * 1000)
                           : backoffMs;
    // One pause for the whole walk; a later, longer Retry-After extends it.
    if (!m_pause.isActive() || m_pause.remainingTime() < waitMs)
        m_pause.start(waitMs);
    qCInfo(lcTasks) << "report: rate limited, waiting" << waitMs << "ms";
    return true;
}

void CredentialReport::fail(const ApiError& error)
{
    if (isFinished())
        return;
    qCInfo(lcTasks) << "credential report failed:" << ApiError::kindName(error.kind());
    m_error = error;
    stop(Outcome::Cancelled);
    emit progressChanged();
    finish(Outcome::Failed);
}

void CredentialReport::finishIfDone()
{
    if (isFinished() || !m_listingComplete || !m_pending.empty() || !m_inFlight.isEmpty())
        return;
    qCInfo(lcTasks) << "credential report done:" << m_entries.size() << "credentials of"
                    << m_seenAccounts.size() << "accounts in" << m_requestsSent << "requests";
    emit progressChanged();
    finish(m_failures.isEmpty() ? Outcome::Done : Outcome::Failed);
}

ApiError CredentialReport::brokenCursorError(bool repeated)
{
    return ApiError(ApiError::Kind::Decode,
                    repeated ? tr("The server repeated a page cursor; paging stopped.")
                             : tr("The server said more pages exist but gave no cursor; paging "
                                  "stopped."));
}

} // namespace keycard
