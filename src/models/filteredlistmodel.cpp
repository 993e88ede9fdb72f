#include "filteredlistmodel.h"

#include "modelslogging.h"
#include "pagedlistmodel.h"

#include <QLocale>
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
                                 &FilteredListModel::startSearchStep)
                      << connect(m_source, &PagedListModel::loadStateChanged, this,
                                 &FilteredListModel::scheduleFill);
    }
    startSearchStep();
}

void FilteredListModel::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    // One layout change and one pass over the rows; invalidateFilter() would announce every
    // run of rows that appears or disappears on its own, which costs seconds at 100,000 rows.
    invalidate();
    startSearchStep();
}

void FilteredListModel::setMinimumVisibleRows(int rows)
{
    m_minimumVisibleRows = qMax(0, rows);
    scheduleFill();
}

void FilteredListModel::setSearchStepRows(int rows)
{
    m_searchStepRows = qMax(1, rows);
    scheduleFill();
}

QString FilteredListModel::searchStatusText() const
{
    if (!m_source)
        return {};
    const QString searched = QLocale().toString(m_source->loadedCount());
    const QString found = QLocale().toString(rowCount());
    switch (m_searchState) {
    case SearchState::Searching:
        return tr("Searching… %1 searched, %2 found.").arg(searched, found);
    case SearchState::Paused:
        return tr("Search paused after %1 rows, %2 found; more are on the server.")
            .arg(searched, found);
    case SearchState::Idle:
        break;
    }
    return {};
}

void FilteredListModel::stopSearch()
{
    if (m_searchState != SearchState::Searching)
        return;
    m_pausedByUser = true;
    setSearchState(SearchState::Paused);
}

void FilteredListModel::searchFurther()
{
    m_pausedByUser = false;
    m_stepStartRows = m_source ? m_source->loadedCount() : 0;
    fill();
}

bool FilteredListModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    if (m_source)
        return m_source->rowContains(sourceRow, m_filterText);
    const QAbstractItemModel* model = sourceModel();
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString text = model->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void FilteredListModel::startSearchStep()
{
    m_pausedByUser = false;
    m_stepStartRows = m_source ? m_source->loadedCount() : 0;
    scheduleFill();
}

void FilteredListModel::scheduleFill()
{
    if (m_fillScheduled || !m_source)
        return;
    m_fillScheduled = true;
    QTimer::singleShot(0, this, &FilteredListModel::fill);
}

bool FilteredListModel::canFetchMore(const QModelIndex& parent) const
{
    if (!QSortFilterProxyModel::canFetchMore(parent))
        return false;
    return m_filterText.isEmpty() || (!m_pausedByUser && !stepExhausted());
}

void FilteredListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        QSortFilterProxyModel::fetchMore(parent);
    else
        scheduleFill(); // says why not: paused
}

bool FilteredListModel::stepExhausted() const
{
    return m_source && m_source->loadedCount() - m_stepStartRows >= m_searchStepRows;
}

void FilteredListModel::fill()
{
    m_fillScheduled = false;
    if (m_filterText.isEmpty() || !m_source)
        return setSearchState(SearchState::Idle);
    if (m_pausedByUser)
        return setSearchState(SearchState::Paused);
    const bool enough = rowCount() >= m_minimumVisibleRows;
    if (m_source->isLoading())
        return setSearchState(enough ? SearchState::Idle : SearchState::Searching);
    if (!m_source->canFetchMore({}))
        return setSearchState(SearchState::Idle);
    if (stepExhausted()) {
        qCDebug(lcModels) << "filter searched" << m_source->loadedCount() << "rows: pausing";
        return setSearchState(SearchState::Paused);
    }
    if (enough)
        return setSearchState(SearchState::Idle);
    qCDebug(lcModels) << "filter shows" << rowCount() << "of" << m_source->rowCount()
                      << "rows: fetching more";
    setSearchState(SearchState::Searching);
    m_source->fetchMore({});
}

void FilteredListModel::setSearchState(SearchState state)
{
    if (m_searchState == state)
        return;
    m_searchState = state;
    emit searchStateChanged();
}

} // namespace keycard
