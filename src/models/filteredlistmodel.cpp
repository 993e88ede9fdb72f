#include "filteredlistmodel.h"

#include "modelslogging.h"
#include "pagedlistmodel.h"

#include <QTimer>

namespace keycard {

FilteredListModel::FilteredListModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PagedListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

FilteredListModel::FilteredListModel(PagedListModel* source, QObject* parent)
    : FilteredListModel(parent)
{
    setSourceModel(source);
}

void FilteredListModel::setSourceModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QSortFilterProxyModel::setSourceModel(model);
    m_source = qobject_cast<PagedListModel*>(model);
    if (m_source) {
        // Queued through scheduleFill(): the source does not start a page from inside its
        // own announcements.
        m_connections << connect(m_source, &QAbstractItemModel::rowsInserted, this,
                                 &FilteredListModel::scheduleFill)
                      << connect(m_source, &QAbstractItemModel::modelReset, this,
                                 &FilteredListModel::scheduleFill)
                      << connect(m_source, &PagedListModel::loadStateChanged, this,
                                 &FilteredListModel::scheduleFill);
    }
    scheduleFill();
}

void FilteredListModel::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    invalidateFilter();
    scheduleFill();
}

void FilteredListModel::setMinimumVisibleRows(int rows)
{
    m_minimumVisibleRows = qMax(0, rows);
    scheduleFill();
}

bool FilteredListModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    QList<int> columns;
    if (m_source) {
        columns = m_source->textColumns();
    } else {
        for (int column = 0; column < model->columnCount(sourceParent); ++column)
            columns.append(column);
    }
    // The whole stored text (up to the sane length), not what the cell shows elided.
    const int role = m_source ? PagedListModel::FilterTextRole : int(Qt::DisplayRole);
    for (int column : std::as_const(columns)) {
        const QString text = model->index(sourceRow, column, sourceParent).data(role).toString();
        if (text.contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void FilteredListModel::scheduleFill()
{
    if (m_fillScheduled || m_filterText.isEmpty() || !m_source)
        return;
    m_fillScheduled = true;
    QTimer::singleShot(0, this, &FilteredListModel::fill);
}

void FilteredListModel::fill()
{
    m_fillScheduled = false;
    if (m_filterText.isEmpty() || !m_source || rowCount() >= m_minimumVisibleRows)
        return;
    if (m_source->canFetchMore({})) {
        qCDebug(lcModels) << "filter shows" << rowCount() << "of" << m_source->rowCount()
                          << "rows: fetching more";
        m_source->fetchMore({});
    }
}

} // namespace keycard
