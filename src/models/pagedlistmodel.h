#pragma once

#include "apiclient.h"
#include "apierror.h"
#include "requesthandle.h"
#include "rowpermissions.h"
#include "types.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>

namespace keycard {

// A table that loads itself page by page from a cursor-paged list of the Keycard API.
//
// fetchMore() only starts a request (at most one at a time); rows are inserted when the page
// arrives. reset() cancels what is in flight and starts over; an answer that belongs to a list
// that was reset meanwhile is dropped. A failed page keeps every loaded row and waits for
// retry(). A server that repeats a cursor, or says more pages exist but gives no cursor, stops
// the paging (LoadState::Broken) instead of looping. The list keeps one row per ID: items
// already loaded are left out of later pages, and a non-empty page that brings nothing new
// stops the paging like a repeated cursor.
//
// While a consumer streams (asks for the next page at once after each one, as a view kept at the
// bottom or a filter searching does), the next page is requested as soon as a page arrives,
// before its rows are announced, so that the server works while the rows are inserted and
// painted. That page is held until the consumer asks for it: each fetchMore() still adds one
// page, and at most one page is loaded that nobody asked for.
//
// The concrete models (organizations, service accounts, credentials) only say how to ask for
// a page and how to show a row; see BasicPagedModel.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class LoadState {
        Idle,     // more may be fetched
        Loading,  // one page in flight
        Failed,   // the last page failed: lastError(), retry()
        Broken,   // the server broke the paging contract: stopped for good until reset()
        Complete, // every page is loaded
    };
    Q_ENUM(LoadState)

    static constexpr int IdRole = Qt::UserRole;              // QString: the row's ID
    static constexpr int SortRole = Qt::UserRole + 1;        // text, or msecs for dates
    static constexpr int PermissionsRole = Qt::UserRole + 2; // int: RowPermissions::bits()
    // QString: a text column's whole value up to limits::kMaxFullTextChars, not the elided
    // DisplayRole text (what the filter searches).
    static constexpr int FilterTextRole = Qt::UserRole + 10;

    // The API's largest page: half the requests of 50 for the same rows.
    static constexpr int kDefaultPageSize = 100;

    explicit PagedListModel(QObject* parent = nullptr);
    ~PagedListModel() override;
    Q_DISABLE_COPY_MOVE(PagedListModel)

    // The session to load from; nullptr = none. Replacing it resets the list.
    void setClient(ApiClient* client);
    ApiClient* client() const;

    // 1..100; takes effect with the next page.
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    LoadState loadState() const { return m_state; }
    bool isLoading() const { return m_state == LoadState::Loading; }
    // A sentence for the status bar or an inline message: "Loading more…", the error, why the
    // paging stopped, or "1,234 loaded, more available".
    QString statusText() const;
    ApiError lastError() const { return m_lastError; }
    bool hasMore() const; // the server said more pages exist, and paging may go on
    int loadedCount() const { return itemCount(); }

    // The list-level permissions of the last page (expand=permissions), e.g. whether the
    // caller may create; `present` is false until a page carried them.
    const Permissions& listPermissions() const { return m_listPermissions; }
    // The resource type of the rows ("service_accounts"), as the permissions name it.
    virtual QString resourceName() const = 0;
    RowPermissions rowPermissions(int row) const;

    QString idAt(int row) const;
    int rowOf(const QString& id) const; // -1 when not loaded
    bool removeId(const QString& id);   // true when a row was removed

    // The columns whose text the filter searches.
    virtual QList<int> textColumns() const = 0;
    // Whether a text column of `row` holds `text` (case-insensitive) within its FilterTextRole
    // value. Models with many rows override it to search their rows without QVariants.
    virtual bool rowContains(int row, const QString& text) const;

    // Whether the scope (organization, account) is set so that pages can be asked for.
    virtual bool hasScope() const { return true; }

public slots:
    // Empties the list and starts over; the view fetches the first page again.
    void reset();
    // Loads the list again from its first page, keeping the loaded rows on screen until that
    // page arrives; then it replaces them in one layout change, so that views keep the
    // selection (of IDs still listed) and their scroll position. Without a client or scope
    // it is reset().
    void refresh();
    bool isRefreshing() const { return m_refreshing; }
    // Asks again for the page that failed, keeping every loaded row.
    void retry();

signals:
    void loadStateChanged();
    void countsChanged();
    void listPermissionsChanged();

protected:
    // Starts the request for one page; the answer must go through pageReceiver().
    virtual RequestHandle requestPage(ApiClient& client, const PageRequest& request) = 0;

    virtual int itemCount() const = 0;
    virtual QString itemId(int row) const = 0;
    virtual RowPermissions itemPermissions(int row) const = 0;
    virtual void clearItems() = 0;
    virtual void eraseItem(int row) = 0;
    // Gives back the room kept for rows to come (the list is complete).
    virtual void compactItems() {}

    // How a typed page is handed back: `append(items, skip)` appends the items to the rows,
    // leaving out those whose index is in `skip` (IDs already loaded, or repeated in the page).
    template <typename T, typename Append>
    ApiClient::Callback<Page<T>> pageReceiver(Append append);

    // Wrap row insertions/removals/changes: fetchMore() does nothing while they are announced
    // (views and QAbstractItemModelTester call it from their handlers).
    void beginInsertItems(int first, int last);
    void endInsertItems();
    void beginRemoveItems(int first, int last);
    void endRemoveItems();
    void announceRowsChanged(int first, int last);
    // A row inserted outside the paging (after a create): its ID counts as loaded.
    void rememberId(const QString& id) { m_loadedIdHashes.insert(idHash(id)); }

private:
    struct PageOutcome
    {
        PageInfo pageInfo;
        Permissions permissions;
        QStringList ids;
    };
    using Inserter = std::function<void(const QSet<int>& skip)>;

    void startRequest();
    PageRequest nextPageRequest();
    void startReadAhead();
    // The answer being decoded names this next page: asked for at once when it would be read
    // ahead anyway, kept by pageArrived() if the decoded page_info names the same cursor.
    void nextCursorSeen(quint64 generation, const QString& cursor);
    void dropEarlyRequest();
    // Every answer comes here first: a page read ahead is held until asked for.
    void pageReceived(const PageOutcome& outcome, const Inserter& insert);
    void dropReadAhead();
    static size_t idHash(const QString& id);
    bool isLoaded(const QString& id, size_t hash) const;
    // Returns false when the answer is stale and must be dropped.
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    void pageFailed(const ApiError& error);
    void pageArrived(const PageOutcome& outcome, const Inserter& insert);
    // The refreshed first page takes the place of every loaded row.
    void replaceRows(const Inserter& insert, const QSet<int>& skip, const QList<size_t>& fresh);
    void setState(LoadState state);

    QPointer<ApiClient> m_client;
    RequestHandle m_inFlight;
    quint64 m_generation = 0;
    int m_pageSize = kDefaultPageSize;
    int m_announcing = 0;
    LoadState m_state = LoadState::Idle;
    enum class BrokenReason { None, RepeatedCursor, MissingCursor };
    BrokenReason m_broken = BrokenReason::None;
    bool m_morePages = true;
    bool m_refreshing = false; // the rows are kept until the refreshed first page arrives
    // Reading ahead: one request in flight at a time, either asked for or read ahead.
    bool m_streaming = false; // the last fetchMore() came right after a page arrived
    bool m_readAheadInFlight = false;
    bool m_readAheadWanted = false; // fetchMore() came while it was in flight
    bool m_holding = false;         // a page read ahead waits for fetchMore()
    RequestHandle m_early;          // asked for from nextCursorSeen(), not yet confirmed
    QString m_earlyCursor;
    PageOutcome m_heldOutcome;
    Inserter m_heldInsert;
    QElapsedTimer m_sincePage; // since the last page's rows were announced
    QString m_nextCursor;
    QSet<QString> m_seenCursors;
    // One row per ID: what pages bring again is left out. The hashes of the loaded IDs, not the
    // IDs (a third of the memory at 100,000 rows); a hash found is checked against the rows.
    // Emptied once no page can come.
    QSet<size_t> m_loadedIdHashes;
    ApiError m_lastError;
    Permissions m_listPermissions;
};

template <typename T, typename Append>
ApiClient::Callback<Page<T>> PagedListModel::pageReceiver(Append append)
{
    const quint64 generation = m_generation;
    return [this, generation, append](const Result<Page<T>>& result) {
        if (!isCurrent(generation))
            return;
        if (!result.ok()) {
            pageFailed(result.error());
            return;
        }
        const Page<T>& page = result.value();
        PageOutcome outcome{page.pageInfo, page.permissions, {}};
        outcome.ids.reserve(page.items.size());
        for (const T& item : page.items)
            outcome.ids.append(item.id);
        // The items are shared, not copied: a page read ahead is appended later.
        const QList<T> items = page.items;
        pageReceived(outcome, [items, append](const QSet<int>& skip) { append(items, skip); });
    };
}

} // namespace keycard
