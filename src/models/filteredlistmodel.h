#pragma once

#include "pagedlistmodel.h"

#include <QPointer>
#include <QSortFilterProxyModel>

namespace keycard {

// Filters a paged list on its text columns (case-insensitive) and sorts by SortRole.
// While a filter is set and fewer than minimumVisibleRows() rows match, it asks the source for
// more pages, one after another, until enough match or the list ends (or a page fails). With
// no filter it fetches nothing beyond what the view asks for.
class FilteredListModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FilteredListModel(QObject* parent = nullptr);
    explicit FilteredListModel(PagedListModel* source, QObject* parent = nullptr);

    // Only PagedListModel sources are filled; others are filtered like any proxy.
    void setSourceModel(QAbstractItemModel* model) override;
    PagedListModel* pagedSource() const { return m_source; }

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString& text);

    // How many matching rows the view needs to be filled (from its viewport height).
    int minimumVisibleRows() const { return m_minimumVisibleRows; }
    void setMinimumVisibleRows(int rows);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void scheduleFill();
    void fill();

    QPointer<PagedListModel> m_source;
    QList<QMetaObject::Connection> m_connections;
    QString m_filterText;
    int m_minimumVisibleRows = 50;
    bool m_fillScheduled = false;
};

} // namespace keycard
