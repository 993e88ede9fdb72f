#pragma once

#include "basicpagedmodel.h"

#include <QDateTime>

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
// age like "3 days ago" with the exact time as tooltip).
class CredentialsModel final : public BasicPagedModel<Credential, CredentialRow>
{
    Q_OBJECT

public:
    enum Column { NameColumn, ClientIdColumn, CreatedColumn, LastUsedColumn, ColumnCount };

    explicit CredentialsModel(QObject* parent = nullptr);
    CredentialsModel(ApiClient* client, const QString& orgId, const QString& accountId,
                     QObject* parent = nullptr);

    // Another organization or account: resets the list. Either empty = none.
    void setScope(const QString& orgId, const QString& accountId);
    QString organizationId() const { return m_orgId; }
    QString serviceAccountId() const { return m_accountId; }

    // What ages are measured against; invalid (the default) = the clock at each call.
    void setReferenceTime(const QDateTime& now);

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
};

} // namespace keycard
