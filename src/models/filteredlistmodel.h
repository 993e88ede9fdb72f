#pragma once

#include "pagedlistmodel.h"

#include <QPointer>
#include <QSortFilterProxyModel>

namespace keycard {

// Filters a paged list on its text columns (case-insensitive) and sorts by SortRole.
//
// A new filter text is applied in one pass (one layout change over every loaded row, the
// selection kept where it still matches), not as thousands of scattered insertions and
// removals. While a filter is set and fewer than minimumVisibleRows() rows match, it searches
// further: it asks the source for more pages, one after another, until enough match, the list
// ends, a page fails, or searchStepRows() more rows were loaded for this search; then it pauses
// (SearchState::Paused) until searchFurther(). stopSearch() pauses it at once. With no filter it
// fetches nothing beyond what the view asks for.
class FilteredListModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class SearchState {
        Idle,      // no filter, enough rows match, or nothing more to load
        Searching, // loading pages to find more matches
        Paused,    // stopped by the user or after a step of searchStepRows(): searchFurther()
    };
    Q_ENUM(SearchState)

    static constexpr int kDefaultSearchStepRows = 5000;

    explicit FilteredListModel(QObject* parent = nullptr);
    explicit FilteredListModel(PagedListModel* source, QObject* parent = nullptr);

    // Only PagedListModel sources are filled; others are filtered like any proxy.
    void setSourceModel(QAbstractItemModel* model) override;
    PagedListModel* pagedSource() const { return m_source; }

    QString filterText() const { return m_filterText; }
    // Applies the text now (one pass over the loaded rows) and starts a new search.
    void setFilterText(const QString& text);

    // How many matching rows the view needs to be filled (from its viewport height).
    int minimumVisibleRows() const { return m_minimumVisibleRows; }
    void setMinimumVisibleRows(int rows);

    // How many rows one search step may load before it pauses (at least 1).
    int searchStepRows() const { return m_searchStepRows; }
    void setSearchStepRows(int rows);

    SearchState searchState() const { return m_searchState; }
    // Paused by stopSearch(), not at the end of a step.
    bool isPausedByUser() const { return m_pausedByUser; }

    // With a filter set, the view's own requests for more (an empty or short filtered table
    // asks again and again) count against the search step, and stop when it is paused.
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // A sentence for the footer while searching or paused: how far the search got.
    QString searchStatusText() const;

public slots:
    // Pauses the search; the page in flight, if any, still arrives and is searched.
    void stopSearch();
    // Goes on searching for another step.
    void searchFurther();

signals:
    void searchStateChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void scheduleFill();
    void fill();
    void setSearchState(SearchState state);
    void startSearchStep();
    bool stepExhausted() const;

    QPointer<PagedListModel> m_source;
    QList<QMetaObject::Connection> m_connections;
    QString m_filterText;
    int m_minimumVisibleRows = 50;
    int m_searchStepRows = kDefaultSearchStepRows;
    int m_stepStartRows = 0; // source rows loaded when this search step began
    bool m_pausedByUser = false;
    bool m_fillScheduled = false;
    SearchState m_searchState = SearchState::Idle;
};

} // namespace keycard
