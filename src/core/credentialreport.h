#pragma once

#include "apierror.h"
#include "requesthandle.h"
#include "result.h"
#include "sessiontask.h"
#include "types.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>
#include <deque>

namespace keycard {

// One line of the organization-wide credential report.
struct ReportEntry
{
    QString accountId;
    QString accountName;
    Credential credential;
};

// A service account whose credentials could not be listed, and why.
struct ReportFailure
{
    QString accountId;
    QString accountName;
    ApiError error;
};

// How far a report has come.
struct ReportProgress
{
    int accountsListed = 0;       // service accounts found so far
    bool listingComplete = false; // no more pages of service accounts
    int accountsDone = 0;         // accounts whose credentials have all been listed (or failed)
    int credentials = 0;          // credentials found so far
    int requestsSent = 0;
    // Time left, from the pace so far; -1 until known. While the listing is not complete it
    // counts only the accounts listed so far, so it is a lower bound.
    qint64 msLeft = -1;
};

// Walks every service account of an organization and lists each one's credentials, with at most
// kMaxInFlight requests out at a time. Rate limits (429) the client's own retries did not get
// past pause the whole walk for Retry-After (or a growing backoff) and repeat that request. Each
// credential is reported once, in entriesFound(), as it arrives. An account that cannot be
// listed is a failure of its own; the walk goes on. It stops with Failed when the list of
// service accounts itself cannot be had. Start it with Session::start().
class CredentialReport final : public SessionTask
{
    Q_OBJECT

public:
    static constexpr int kMaxInFlight = 4;
    static constexpr int kPageSize = 100;
    // Rounds of waiting out a rate limit for one request before the walk gives up on it.
    static constexpr int kMaxRateLimitRounds = 8;

    CredentialReport(const SessionPtr& session, const QString& orgId);
    ~CredentialReport() override;
    Q_DISABLE_COPY_MOVE(CredentialReport)

    QString orgId() const { return m_orgId; }
    ReportProgress progress() const;
    const QList<ReportEntry>& entries() const { return m_entries; }
    const QList<ReportFailure>& failures() const { return m_failures; }
    // Why the walk failed as a whole (Kind::None otherwise).
    ApiError error() const { return m_error; }
    // True while a rate limit holds the walk back.
    bool isPaused() const { return m_pause.isActive(); }

signals:
    void entriesFound(const QList<keycard::ReportEntry>& entries);
    void progressChanged();

protected:
    void run() override;
    void stop(Outcome why) override;

private:
    struct AccountWork
    {
        QString id;
        QString name;
        QString after; // the next page's cursor; empty for the first
        QSet<QString> seenCursors;
        int rateLimitRounds = 0;
    };

    void pump();
    // The session, or null (and the report ends with SessionEnded) when it is gone.
    SessionPtr liveSession();
    static PageRequest pageAfter(const QString& cursor);
    void requestAccountPage();
    void requestCredentials(AccountWork work);
    void accountPageArrived(const Result<Page<ServiceAccount>>& result);
    void credentialsArrived(AccountWork work, const Result<Page<Credential>>& result);
    // A rate limit: pauses the walk; false when `rounds` has run out.
    bool waitOutRateLimit(const ApiError& error, int rounds);
    void accountDone() { ++m_accountsDone; }
    void fail(const ApiError& error);
    void finishIfDone();
    static ApiError brokenCursorError(bool repeated);

    QString m_orgId;
    QElapsedTimer m_clock;
    QTimer m_pause;
    quint64 m_nextCallId = 0;
    QHash<quint64, RequestHandle> m_inFlight;

    QString m_accountCursor;
    QSet<QString> m_seenAccountCursors;
    bool m_accountPageInFlight = false;
    bool m_listingComplete = false;
    int m_accountRateLimitRounds = 0;
    std::deque<AccountWork> m_pending;
    QSet<QString> m_seenAccounts;
    QSet<QString> m_seenCredentials;

    int m_accountsDone = 0;
    int m_requestsSent = 0;
    QList<ReportEntry> m_entries;
    QList<ReportFailure> m_failures;
    ApiError m_error;
};

} // namespace keycard
