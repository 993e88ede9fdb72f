#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

class QTableView;

namespace keycard {

class Session;

// Where the window was when its session ended (locked, or no longer accepted), so that signing
// in again brings back the same organization and service account. Holds no secret.
struct ReturnPoint
{
    QString profileName; // empty for a connection that is not saved (demo, KEYCARD_API_*)
    QUrl baseUrl;
    QString organizationId;
    QString accountId;

    bool isSet() const { return baseUrl.isValid() && !baseUrl.isEmpty(); }
};

// Where the window is (server, profile, organization, service account), kept when its session
// ends (a lock, a token the server no longer accepts) so that signing in again comes back there.
// The account counts even while a reload has emptied the table for a moment.
class PlaceKeeper final : public QObject
{
    Q_OBJECT

public:
    explicit PlaceKeeper(QTableView* accountsView, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(PlaceKeeper)

    void accountShown(const QString& accountId); // an empty ID (a reload) is not a new place
    void organizationChosen();                   // its accounts are others

    // Keeps the place of `session` in `organizationId`, replacing one kept before.
    void keep(const Session& session, const QString& organizationId);
    bool hasKept() const { return m_kept.isSet(); }
    const ReturnPoint& kept() const { return m_kept; }
    // Signed in again: gives the organization to open and forgets the place; the account is
    // selected when its row arrives (selectArrivedAccount).
    QString returnTo();
    // For when account rows have arrived.
    void selectArrivedAccount();

private:
    QTableView* m_accountsView;
    ReturnPoint m_kept;
    QString m_lastAccountId;
    QString m_pendingAccountId;
};

} // namespace keycard
