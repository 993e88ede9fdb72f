#pragma once

#include "basicpagedmodel.h"
#include "credentialhygiene.h"

#include <QDateTime>
#include <QSet>

namespace keycard {

struct CredentialRow
{
    QString id;
    QString clientId;
    QString name;
    QString description;
    qint64 createdMs = 0;
    qint64 lastUsedMs = 0; // compacttime::kNone: never used
    RowPermissions permissions;

    static CredentialRow from(const Credential& credential);
    Credential toItem() const;
};

// The credentials of one service account: name, client ID, created, last used ("never", or an
// age like "3 days ago" with the exact time as tooltip), age, and hygiene marks (never used,
// unused or old by the user's thresholds).
class CredentialsModel final : public BasicPagedModel<Credential, CredentialRow>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ClientIdColumn,
        CreatedColumn,
        LastUsedColumn,
        SecretColumn,
        AgeColumn,
        HygieneColumn,
        ColumnCount
    };
    // Whether this machine holds the secret: kept in the keychain, or lost (a create whose
    // answer never came).
    enum class SecretMark { None, Stored, Lost };
    static constexpr int SecretMarkRole = Qt::UserRole + 3; // int: SecretMark

    explicit CredentialsModel(QObject* parent = nullptr);
    CredentialsModel(ApiClient* client, const QString& orgId, const QString& accountId,
                     QObject* parent = nullptr);

    // Another organization or account: resets the list. Either empty = none.
    void setScope(const QString& orgId, const QString& accountId);
    QString organizationId() const { return m_orgId; }
    QString serviceAccountId() const { return m_accountId; }

    // Marks survive paging and resets of the same account; they are keyed by credential ID.
    void setStoredSecretIds(const QSet<QString>& ids);
    void markSecretLost(const QString& id);
    SecretMark secretMark(const QString& id) const;

    // What ages are measured against; invalid (the default) = the clock at each call.
    void setReferenceTime(const QDateTime& now);
    // What counts as unused and old for the hygiene marks.
    void setHygieneThresholds(const HygieneThresholds& thresholds);
    HygieneThresholds hygieneThresholds() const { return m_thresholds; }

    // The cells drawn from a credential's times (Created, Last used, Age, Hygiene) for the
    // display, tooltip and sort roles; the organization report shows the same.
    static bool isTimeColumn(int column);
    static QVariant timeCell(Column column, int role, const QDateTime& createdAt,
                             const QDateTime& lastUsedAt, const QDateTime& now,
                             const HygieneThresholds& thresholds);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString resourceName() const override;
    QList<int> textColumns() const override;

    bool hasScope() const override { return !m_orgId.isEmpty() && !m_accountId.isEmpty(); }

protected:
    RequestHandle requestPage(ApiClient& client, const PageRequest& request) override;

private:
    QDateTime now() const;

    QString m_orgId;
    QString m_accountId;
    QDateTime m_referenceTime;
    HygieneThresholds m_thresholds;
    QSet<QString> m_storedSecrets;
    QSet<QString> m_lostSecrets;
};

} // namespace keycard
