#pragma once

#include "apierror.h"
#include "requesthandle.h"
#include "sessiontask.h"

#include <QDateTime>

namespace keycard {

// The last step of a rotation without a person watching (keycardctl credentials rotate
// --retire-old --if-unused-for 24h): reads the old credential's last use and deletes it only
// when it has been unused for at least the given period (never used counts as unused);
// otherwise refuses, saying when it was last used. Exactly one of retired(), refused() or
// failed() comes before finished(). Start it with Session::start().
class RetireIfUnused final : public SessionTask
{
    Q_OBJECT

public:
    // `unusedForSeconds` < 0: delete whatever the last use.
    RetireIfUnused(const SessionPtr& session, const QString& orgId, const QString& accountId,
                   const QString& credentialId, qint64 unusedForSeconds);
    ~RetireIfUnused() override;
    Q_DISABLE_COPY_MOVE(RetireIfUnused)

signals:
    void retired(const QDateTime& lastUsedAt);
    void refused(const QDateTime& lastUsedAt);
    void failed(const keycard::ApiError& error);

protected:
    void run() override;
    void stop(Outcome why) override;

private:
    void retire(const QDateTime& lastUsedAt);
    void fail(const ApiError& error);

    QString m_orgId;
    QString m_accountId;
    QString m_credentialId;
    qint64 m_unusedForSeconds;
    RequestHandle m_handle;
};

} // namespace keycard
