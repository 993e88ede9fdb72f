#include "credentialreportmodel.h"

#include "celltext.h"
#include "credentialsmodel.h"

namespace keycard {

namespace {
CredentialsModel::Column asCredentialsColumn(int column)
{
    switch (column) {
    case CredentialReportModel::CreatedColumn:
        return CredentialsModel::CreatedColumn;
    case CredentialReportModel::LastUsedColumn:
        return CredentialsModel::LastUsedColumn;
    case CredentialReportModel::AgeColumn:
        return CredentialsModel::AgeColumn;
    case CredentialReportModel::FlagsColumn:
        return CredentialsModel::HygieneColumn;
    default:
        return CredentialsModel::ColumnCount;
    }
}
} // namespace

CredentialReportModel::CredentialReportModel(QObject* parent) : QAbstractTableModel(parent) {}

void CredentialReportModel::append(const QList<ReportEntry>& entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
}

void CredentialReportModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void CredentialReportModel::setReferenceTime(const QDateTime& now)
{
    m_referenceTime = now;
    allRowsChanged();
}

void CredentialReportModel::setHygieneThresholds(const HygieneThresholds& thresholds)
{
    if (thresholds == m_thresholds)
        return;
    m_thresholds = thresholds;
    allRowsChanged();
}

void CredentialReportModel::allRowsChanged()
{
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QDateTime CredentialReportModel::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

int CredentialReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CredentialReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CredentialReportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportEntry& entry = m_entries.at(index.row());
    const Credential& c = entry.credential;
    const auto flags = [&] {
        return CredentialHygiene::flags(c.createdAt, c.lastUsedAt, now(), m_thresholds);
    };
    const CredentialsModel::Column timeColumn = asCredentialsColumn(index.column());
    if (CredentialsModel::isTimeColumn(timeColumn) &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole))
        return CredentialsModel::timeCell(timeColumn, role, c.createdAt, c.lastUsedAt, now(),
                                          m_thresholds);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AccountColumn:
            return celltext::shown(entry.accountName);
        case CredentialColumn:
            return celltext::shown(c.name);
        case ClientIdColumn:
            return celltext::shown(c.clientId);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AccountColumn:
            return celltext::tooltipIfElided(entry.accountName);
        case CredentialColumn:
            return celltext::tooltipIfElided(c.name);
        case ClientIdColumn:
            return celltext::tooltipIfElided(c.clientId);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case AccountColumn:
            return entry.accountName;
        case CredentialColumn:
            return c.name;
        case ClientIdColumn:
            return c.clientId;
        }
        return {};
    case FilterTextRole:
        // Everything a person might type to find a row, flags included ("never used").
        return QStringList{celltext::full(entry.accountName),
                           celltext::full(c.name),
                           celltext::full(c.clientId),
                           entry.accountId,
                           c.id,
                           CredentialHygiene::labels(flags(), m_thresholds).join(QLatin1Char(' '))}
            .join(QLatin1Char('\n'));
    case AccountIdRole:
        return entry.accountId;
    case CredentialIdRole:
        return c.id;
    default:
        return {};
    }
}

QVariant CredentialReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountColumn:
        return tr("Service account");
    case CredentialColumn:
        return tr("Credential");
    case ClientIdColumn:
        return tr("Client ID");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used");
    case AgeColumn:
        return tr("Age");
    case FlagsColumn:
        return tr("Hygiene");
    default:
        return {};
    }
}

} // namespace keycard
