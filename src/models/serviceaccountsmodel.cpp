#include "serviceaccountsmodel.h"

#include "celltext.h"
#include "compacttime.h"
#include "credentialhygiene.h"
#include "timetext.h"

#include <QLocale>

namespace keycard {

namespace {
const QString kResource = QStringLiteral("service_accounts");
const QString kChild = QStringLiteral("credentials");
} // namespace

ServiceAccountRow ServiceAccountRow::from(const ServiceAccount& account)
{
    return ServiceAccountRow{account.id,
                             account.name,
                             account.description,
                             compacttime::pack(account.createdAt),
                             compacttime::pack(account.updatedAt),
                             RowPermissions::from(account.permissions, kResource, kChild)};
}

ServiceAccount ServiceAccountRow::toItem() const
{
    ServiceAccount account;
    account.id = id;
    account.name = name;
    account.description = description;
    account.createdAt = compacttime::unpack(createdMs);
    account.updatedAt = compacttime::unpack(updatedMs);
    account.permissions = permissions.toPermissions(kResource, kChild);
    return account;
}

ServiceAccountsModel::ServiceAccountsModel(QObject* parent)
    : BasicPagedModel(parent), m_stats(new CredentialStats(*this, this))
{
    connect(this, &QAbstractItemModel::modelReset, m_stats, &CredentialStats::clear);
    connect(m_stats, &CredentialStats::statsChanged, this, [this](const QString& accountId) {
        const int row = rowOf(accountId);
        if (row >= 0)
            announceRowsChanged(row, row);
    });
}

ServiceAccountsModel::ServiceAccountsModel(ApiClient* client, const QString& orgId, QObject* parent)
    : ServiceAccountsModel(parent)
{
    m_orgId = orgId;
    setClient(client);
}

void ServiceAccountsModel::setScope(const QString& orgId)
{
    if (orgId == m_orgId)
        return;
    m_orgId = orgId;
    reset();
}

int ServiceAccountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceAccountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceAccountRow& row = rowAt(index.row());
    const int column = index.column();
    if (column == CredentialCountColumn || column == OldestCredentialColumn)
        return statsCell(row.id, column, role);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return celltext::shown(row.name);
        case DescriptionColumn:
            return celltext::shownDescription(row.description);
        case CreatedColumn:
            return TimeText::readable(compacttime::unpack(row.createdMs));
        case UpdatedColumn:
            return TimeText::readable(compacttime::unpack(row.updatedMs));
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return celltext::tooltipIfElided(row.name);
        case DescriptionColumn:
            return row.description.isEmpty() ? QVariant()
                                             : QVariant(celltext::full(row.description));
        case CreatedColumn:
            return TimeText::exact(compacttime::unpack(row.createdMs));
        case UpdatedColumn:
            return TimeText::exact(compacttime::unpack(row.updatedMs));
        }
        return {};
    case SortRole:
        switch (column) {
        case NameColumn:
            return row.name;
        case DescriptionColumn:
            return row.description;
        case CreatedColumn:
            return row.createdMs;
        case UpdatedColumn:
            return row.updatedMs;
        }
        return {};
    case FilterTextRole:
        switch (column) {
        case NameColumn:
            return celltext::full(row.name);
        case DescriptionColumn:
            return celltext::full(row.description);
        }
        return {};
    case IdRole:
        return row.id;
    case PermissionsRole:
        return int(row.permissions.bits());
    default:
        return {};
    }
}

QVariant ServiceAccountsModel::statsCell(const QString& accountId, int column, int role) const
{
    const bool known = m_stats->has(accountId);
    const AccountCredentialStats stats = m_stats->stats(accountId);
    const QString failure = m_stats->failure(accountId);
    const QDateTime now =
        m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
    switch (role) {
    case Qt::DisplayRole:
        if (!failure.isEmpty())
            return QStringLiteral("?");
        if (!known)
            return m_stats->isLoading(accountId) ? QStringLiteral("…") : QString();
        if (column == CredentialCountColumn)
            return QLocale().toString(stats.count);
        return stats.oldestCreatedAt.isValid()
                   ? CredentialHygiene::daysText(
                         CredentialHygiene::ageDays(stats.oldestCreatedAt, now))
                   : QString();
    case Qt::ToolTipRole:
        if (!failure.isEmpty())
            return tr("The credentials could not be counted: %1").arg(failure);
        if (column == OldestCredentialColumn && stats.oldestCreatedAt.isValid())
            return tr("The oldest credential was created %1.")
                .arg(TimeText::exact(stats.oldestCreatedAt));
        return {};
    case SortRole:
        if (!known)
            return {};
        if (column == CredentialCountColumn)
            return stats.count;
        return stats.oldestCreatedAt.isValid()
                   ? QVariant(-stats.oldestCreatedAt.toMSecsSinceEpoch())
                   : QVariant();
    default:
        return {};
    }
}

QVariant ServiceAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return BasicPagedModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DescriptionColumn:
        return tr("Description");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case CredentialCountColumn:
        return tr("Credentials");
    case OldestCredentialColumn:
        return tr("Oldest credential");
    default:
        return {};
    }
}

QString ServiceAccountsModel::resourceName() const
{
    return kResource;
}

QList<int> ServiceAccountsModel::textColumns() const
{
    return {NameColumn, DescriptionColumn};
}

bool ServiceAccountsModel::rowContains(int row, const QString& text) const
{
    // What FilterTextRole holds, without a QModelIndex and QVariant for each of 100,000 rows.
    const ServiceAccountRow& item = rowAt(row);
    return celltext::full(item.name).contains(text, Qt::CaseInsensitive) ||
           celltext::full(item.description).contains(text, Qt::CaseInsensitive);
}

RequestHandle ServiceAccountsModel::requestPage(ApiClient& client, const PageRequest& request)
{
    return client.listServiceAccounts(m_orgId, request, this, receiver());
}

} // namespace keycard
