#pragma once

#include "credentialhygiene.h"
#include "credentialreport.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace keycard {

// The rows of an organization's credential report as they arrive: account, credential, client
// ID, created, last used, age and hygiene marks. Sorts by SortRole; filters on FilterTextRole.
class CredentialReportModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AccountColumn,
        CredentialColumn,
        ClientIdColumn,
        CreatedColumn,
        LastUsedColumn,
        AgeColumn,
        FlagsColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int FilterTextRole = Qt::UserRole + 2;
    static constexpr int AccountIdRole = Qt::UserRole + 3;
    static constexpr int CredentialIdRole = Qt::UserRole + 4;

    explicit CredentialReportModel(QObject* parent = nullptr);

    void append(const QList<ReportEntry>& entries);
    void clear();
    const QList<ReportEntry>& entries() const { return m_entries; }

    // What ages are measured against; invalid (the default) = the clock at each call.
    void setReferenceTime(const QDateTime& now);
    void setHygieneThresholds(const HygieneThresholds& thresholds);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QDateTime now() const;
    void allRowsChanged();

    QList<ReportEntry> m_entries;
    QDateTime m_referenceTime;
    HygieneThresholds m_thresholds;
};

} // namespace keycard
