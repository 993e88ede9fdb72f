#include "credentialsmodel.h"

#include "celltext.h"
#include "compacttime.h"
#include "relativetime.h"
#include "timetext.h"

namespace keycard {

namespace {
const QString kResource = QStringLiteral("credentials");
} // namespace

CredentialRow CredentialRow::from(const Credential& credential)
{
    return CredentialRow{credential.id,
                         credential.clientId,
                         credential.name,
                         credential.description,
                         compacttime::pack(credential.createdAt),
                         compacttime::pack(credential.lastUsedAt),
                         RowPermissions::from(credential.permissions, kResource)};
}

Credential CredentialRow::toItem() const
{
    Credential credential;
    credential.id = id;
    credential.clientId = clientId;
    credential.name = name;
    credential.description = description;
    credential.createdAt = compacttime::unpack(createdMs);
    credential.lastUsedAt = compacttime::unpack(lastUsedMs);
    credential.permissions = permissions.toPermissions(kResource);
    return credential;
}

CredentialsModel::CredentialsModel(QObject* parent) : BasicPagedModel(parent) {}

CredentialsModel::CredentialsModel(ApiClient* client, const QString& orgId,
                                   const QString& accountId, QObject* parent)
    : BasicPagedModel(parent), m_orgId(orgId), m_accountId(accountId)
{
    setClient(client);
}

void CredentialsModel::setScope(const QString& orgId, const QString& accountId)
{
    if (orgId == m_orgId && accountId == m_accountId)
        return;
    m_orgId = orgId;
    m_accountId = accountId;
    reset();
}

void CredentialsModel::setReferenceTime(const QDateTime& now)
{
    m_referenceTime = now;
    if (rowCount() > 0)
        announceRowsChanged(0, rowCount() - 1);
}

void CredentialsModel::setHygieneThresholds(const HygieneThresholds& thresholds)
{
    if (thresholds == m_thresholds)
        return;
    m_thresholds = thresholds;
    if (rowCount() > 0)
        announceRowsChanged(0, rowCount() - 1);
}

void CredentialsModel::setStoredSecretIds(const QSet<QString>& ids)
{
    if (ids == m_storedSecrets)
        return;
    m_storedSecrets = ids;
    if (rowCount() > 0)
        announceRowsChanged(0, rowCount() - 1);
}

void CredentialsModel::markSecretLost(const QString& id)
{
    m_lostSecrets.insert(id);
    const int row = rowOf(id);
    if (row >= 0)
        announceRowsChanged(row, row);
}

CredentialsModel::SecretMark CredentialsModel::secretMark(const QString& id) const
{
    if (m_lostSecrets.contains(id))
        return SecretMark::Lost;
    return m_storedSecrets.contains(id) ? SecretMark::Stored : SecretMark::None;
}

QDateTime CredentialsModel::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

int CredentialsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CredentialsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CredentialRow& row = rowAt(index.row());
    const int column = index.column();
    if (isTimeColumn(column) &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole))
        return timeCell(Column(column), role, compacttime::unpack(row.createdMs),
                        compacttime::unpack(row.lastUsedMs), now(), m_thresholds);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return celltext::shown(row.name);
        case ClientIdColumn:
            return celltext::shown(row.clientId);
        case SecretColumn:
            switch (secretMark(row.id)) {
            case SecretMark::Stored:
                return tr("in keychain");
            case SecretMark::Lost:
                return tr("secret lost");
            case SecretMark::None:
                return {};
            }
            return {};
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn: {
            // The description; the whole name above it when the cell had to elide it.
            QStringList parts;
            if (row.name.size() > limits::kMaxCellTextChars)
                parts << celltext::full(row.name);
            if (!row.description.isEmpty())
                parts << celltext::full(row.description);
            return parts.isEmpty() ? QVariant() : QVariant(parts.join(QStringLiteral("\n\n")));
        }
        case ClientIdColumn:
            return celltext::tooltipIfElided(row.clientId);
        case SecretColumn:
            switch (secretMark(row.id)) {
            case SecretMark::Stored:
                return tr("This computer's keychain holds the secret: Show Stored Secret reads "
                          "it back.");
            case SecretMark::Lost:
                return tr("The server created this credential but its answer never arrived, so "
                          "nobody has its secret. Delete it.");
            case SecretMark::None:
                return {};
            }
            return {};
        }
        return {};
    case SortRole:
        switch (column) {
        case NameColumn:
            return row.name;
        case ClientIdColumn:
            return row.clientId;
        case SecretColumn:
            return int(secretMark(row.id));
        }
        return {};
    case FilterTextRole:
        switch (column) {
        case NameColumn:
            return celltext::full(row.name);
        case ClientIdColumn:
            return celltext::full(row.clientId);
        }
        return {};
    case SecretMarkRole:
        return int(secretMark(row.id));
    case IdRole:
        return row.id;
    case PermissionsRole:
        return int(row.permissions.bits());
    default:
        return {};
    }
}

bool CredentialsModel::isTimeColumn(int column)
{
    return column == CreatedColumn || column == LastUsedColumn || column == AgeColumn ||
           column == HygieneColumn;
}

QVariant CredentialsModel::timeCell(Column column, int role, const QDateTime& createdAt,
                                    const QDateTime& lastUsedAt, const QDateTime& now,
                                    const HygieneThresholds& thresholds)
{
    const auto hygiene = [&] {
        return CredentialHygiene::flags(createdAt, lastUsedAt, now, thresholds);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CreatedColumn:
            return TimeText::readable(createdAt);
        case LastUsedColumn:
            return lastUsedAt.isValid() ? RelativeTime::describe(lastUsedAt, now) : tr("never");
        case AgeColumn: {
            const qint64 days = CredentialHygiene::ageDays(createdAt, now);
            return days < 0 ? QVariant() : QVariant(CredentialHygiene::daysText(days));
        }
        case HygieneColumn:
            return CredentialHygiene::labels(hygiene(), thresholds).join(QStringLiteral(", "));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case CreatedColumn:
        case AgeColumn:
            return TimeText::exact(createdAt);
        case LastUsedColumn:
            return lastUsedAt.isValid() ? TimeText::exact(lastUsedAt)
                                        : tr("This credential has never been used.");
        case HygieneColumn: {
            const QStringList why = CredentialHygiene::explanations(hygiene(), thresholds);
            return why.isEmpty() ? QVariant() : QVariant(why.join(QLatin1Char('\n')));
        }
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case CreatedColumn:
            return compacttime::pack(createdAt);
        case LastUsedColumn:
            return compacttime::pack(lastUsedAt);
        case AgeColumn:
            // Oldest first when sorted descending: the age grows as the creation time falls.
            return createdAt.isValid() ? QVariant(-createdAt.toMSecsSinceEpoch()) : QVariant();
        case HygieneColumn:
            return int(hygiene());
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CredentialsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return BasicPagedModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ClientIdColumn:
        return tr("Client ID");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used");
    case SecretColumn:
        return tr("Secret");
    case AgeColumn:
        return tr("Age");
    case HygieneColumn:
        return tr("Hygiene");
    default:
        return {};
    }
}

QString CredentialsModel::resourceName() const
{
    return kResource;
}

QList<int> CredentialsModel::textColumns() const
{
    return {NameColumn, ClientIdColumn};
}

RequestHandle CredentialsModel::requestPage(ApiClient& client, const PageRequest& request)
{
    return client.listCredentials(m_orgId, m_accountId, request, this, receiver());
}

} // namespace keycard
