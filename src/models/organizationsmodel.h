#pragma once

#include "basicpagedmodel.h"

namespace keycard {

struct OrganizationRow
{
    QString id;
    QString label;
    QString name;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    RowPermissions permissions;
    bool ssoEnabled = false;

    static OrganizationRow from(const Organization& org);
    Organization toItem() const;
};

// Every organization the caller can see: name, label.
class OrganizationsModel final : public BasicPagedModel<Organization, OrganizationRow>
{
    Q_OBJECT

public:
    enum Column { NameColumn, LabelColumn, ColumnCount };

    explicit OrganizationsModel(QObject* parent = nullptr);
    explicit OrganizationsModel(ApiClient* client, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString resourceName() const override;
    QList<int> textColumns() const override;

protected:
    RequestHandle requestPage(ApiClient& client, const PageRequest& request) override;
};

} // namespace keycard
