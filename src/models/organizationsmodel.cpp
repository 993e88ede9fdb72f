#include "organizationsmodel.h"

#include "celltext.h"
#include "compacttime.h"
#include "timetext.h"

namespace keycard {

namespace {
const QString kResource = QStringLiteral("organizations");
const QString kChild = QStringLiteral("service_accounts");
} // namespace

OrganizationRow OrganizationRow::from(const Organization& org)
{
    return OrganizationRow{org.id,
                           org.label,
                           org.name,
                           compacttime::pack(org.createdAt),
                           compacttime::pack(org.updatedAt),
                           RowPermissions::from(org.permissions, kResource, kChild),
                           org.ssoEnabled};
}

Organization OrganizationRow::toItem() const
{
    Organization org;
    org.id = id;
    org.label = label;
    org.name = name;
    org.ssoEnabled = ssoEnabled;
    org.createdAt = compacttime::unpack(createdMs);
    org.updatedAt = compacttime::unpack(updatedMs);
    org.permissions = permissions.toPermissions(kResource, kChild);
    return org;
}

OrganizationsModel::OrganizationsModel(QObject* parent) : BasicPagedModel(parent) {}

OrganizationsModel::OrganizationsModel(ApiClient* client, QObject* parent) : BasicPagedModel(parent)
{
    setClient(client);
}

int OrganizationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrganizationRow& row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return celltext::shown(index.column() == NameColumn ? row.name : row.label);
    case SortRole:
        return index.column() == NameColumn ? row.name : row.label;
    case FilterTextRole:
        return celltext::full(index.column() == NameColumn ? row.name : row.label);
    case Qt::ToolTipRole:
        return tr("%1 (%2)\nCreated %3")
            .arg(celltext::full(row.name), celltext::full(row.label),
                 TimeText::exact(compacttime::unpack(row.createdMs)));
    case IdRole:
        return row.id;
    case PermissionsRole:
        return int(row.permissions.bits());
    default:
        return {};
    }
}

QVariant OrganizationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return BasicPagedModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LabelColumn:
        return tr("Label");
    default:
        return {};
    }
}

QString OrganizationsModel::resourceName() const
{
    return kResource;
}

QList<int> OrganizationsModel::textColumns() const
{
    return {NameColumn, LabelColumn};
}

RequestHandle OrganizationsModel::requestPage(ApiClient& client, const PageRequest& request)
{
    return client.listOrganizations(request, this, receiver());
}

} // namespace keycard
