#pragma once

#include "basicpagedmodel.h"
#include "credentialstats.h"

namespace keycard {

struct ServiceAccountRow
{
    QString id;
    QString name;
    QString description;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    RowPermissions permissions;

    static ServiceAccountRow from(const ServiceAccount& account);
    ServiceAccount toItem() const;
};

// The service accounts of one organization: name, description, created, updated, and (filled
// lazily by credentialStats() for the rows asked for) how many credentials each has and the
// oldest one's age.
class ServiceAccountsModel final : public BasicPagedModel<ServiceAccount, ServiceAccountRow>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        DescriptionColumn,
        CreatedColumn,
        UpdatedColumn,
        CredentialCountColumn,
        OldestCredentialColumn,
        ColumnCount
    };

    explicit ServiceAccountsModel(QObject* parent = nullptr);
    ServiceAccountsModel(ApiClient* client, const QString& orgId, QObject* parent = nullptr);

    // Another organization (ID or label): resets the list. Empty = none.
    void setScope(const QString& orgId);
    QString organizationId() const { return m_orgId; }

    CredentialStats& credentialStats() { return *m_stats; }
    // What ages are measured against; invalid (the default) = the clock at each call.
    void setReferenceTime(const QDateTime& now) { m_referenceTime = now; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString resourceName() const override;
    QList<int> textColumns() const override;
    bool rowContains(int row, const QString& text) const override;

    bool hasScope() const override { return !m_orgId.isEmpty(); }

protected:
    RequestHandle requestPage(ApiClient& client, const PageRequest& request) override;

private:
    QVariant statsCell(const QString& accountId, int column, int role) const;

    QString m_orgId;
    CredentialStats* m_stats = nullptr;
    QDateTime m_referenceTime;
};

} // namespace keycard
