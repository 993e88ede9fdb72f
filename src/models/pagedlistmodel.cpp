#include "pagedlistmodel.h"

#include "modelslogging.h"

#include <QHash>
#include <QLocale>
#include <utility>

namespace keycard {

PagedListModel::PagedListModel(QObject* parent) : QAbstractTableModel(parent) {}

PagedListModel::~PagedListModel()
{
    m_inFlight.cancel();
    m_early.cancel();
}

void PagedListModel::setClient(ApiClient* client)
{
    if (m_client == client)
        return;
    if (m_client)
        disconnect(m_client, &QObject::destroyed, this, nullptr);
    m_client = client;
    if (client)
        connect(client, &QObject::destroyed, this, [this] {
            // The session ended under a page in flight: its answer will never come.
            m_inFlight = RequestHandle();
            if (m_state == LoadState::Loading)
                pageFailed(ApiError(ApiError::Kind::SessionEnded));
            else
                dropReadAhead();
        });
    reset();
}

ApiClient* PagedListModel::client() const
{
    return m_client;
}

void PagedListModel::setPageSize(int size)
{
    m_pageSize = qBound(1, size, 100);
}

int PagedListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : itemCount();
}

bool PagedListModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() || m_announcing > 0 || !m_client || !hasScope())
        return false;
    return m_state == LoadState::Idle && m_morePages;
}

void PagedListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // A view kept at the bottom asks on the next turn of the event loop; a person scrolling,
    // or a test waiting between pages, later.
    constexpr qint64 kStreamingMs = 8;
    m_streaming = m_sincePage.isValid() && m_sincePage.elapsed() < kStreamingMs;
    if (m_holding) {
        m_holding = false;
        const PageOutcome outcome = std::move(m_heldOutcome);
        const Inserter insert = std::move(m_heldInsert);
        pageArrived(outcome, insert);
        return;
    }
    if (m_readAheadInFlight) {
        m_readAheadWanted = true;
        setState(LoadState::Loading);
        return;
    }
    startRequest();
}

PageRequest PagedListModel::nextPageRequest()
{
    PageRequest request;
    request.limit = m_pageSize;
    request.after = m_nextCursor;
    request.expandPermissions = true;
    // Runs inside the answer's callback, which never runs once the model is gone; the weak
    // reference says so without relying on it.
    request.nextCursorSeen = [self = QPointer<PagedListModel>(this),
                              generation = m_generation](const QString& cursor) {
        if (self)
            self->nextCursorSeen(generation, cursor);
    };
    return request;
}

void PagedListModel::startRequest()
{
    qCDebug(lcModels) << metaObject()->className() << "requests a page after row" << itemCount();
    setState(LoadState::Loading);
    m_inFlight = requestPage(*m_client, nextPageRequest());
}

void PagedListModel::startReadAhead()
{
    qCDebug(lcModels) << metaObject()->className() << "reads ahead after row" << itemCount();
    m_readAheadInFlight = true;
    m_readAheadWanted = false;
    m_inFlight = requestPage(*m_client, nextPageRequest());
}

void PagedListModel::nextCursorSeen(quint64 generation, const QString& cursor)
{
    // Only an answer that goes on to pageArrived() now, while the view streams (a read-ahead
    // nobody asked for yet is held, and reads no further).
    const bool arrivesNow = !m_readAheadInFlight || m_readAheadWanted;
    if (!isCurrent(generation) || !arrivesNow || !m_streaming || !m_client || !hasScope() ||
        m_early.isActive() || m_seenCursors.contains(cursor))
        return;
    PageRequest request = nextPageRequest();
    request.after = cursor;
    m_earlyCursor = cursor;
    m_early = requestPage(*m_client, request);
}

void PagedListModel::dropEarlyRequest()
{
    m_early.cancel();
    m_early = {};
    m_earlyCursor.clear();
}

void PagedListModel::dropReadAhead()
{
    dropEarlyRequest();
    m_streaming = false;
    m_readAheadInFlight = false;
    m_readAheadWanted = false;
    m_holding = false;
    m_heldOutcome = {};
    m_heldInsert = {};
}

void PagedListModel::pageReceived(const PageOutcome& outcome, const Inserter& insert)
{
    if (m_readAheadInFlight) {
        m_inFlight = {};
        m_readAheadInFlight = false;
        if (!m_readAheadWanted) {
            m_holding = true;
            m_heldOutcome = outcome;
            m_heldInsert = insert;
            return;
        }
        m_readAheadWanted = false;
    }
    pageArrived(outcome, insert);
}

size_t PagedListModel::idHash(const QString& id)
{
    return qHash(id, QHashSeed::globalSeed());
}

bool PagedListModel::isLoaded(const QString& id, size_t hash) const
{
    return m_loadedIdHashes.contains(hash) && rowOf(id) >= 0;
}

bool PagedListModel::hasMore() const
{
    return m_morePages && m_state != LoadState::Broken && m_client && hasScope();
}

QString PagedListModel::statusText() const
{
    const QString count = QLocale().toString(itemCount());
    switch (m_state) {
    case LoadState::Loading:
        return m_refreshing ? tr("Refreshing…") : tr("Loading more…");
    case LoadState::Failed:
        return describeError(m_lastError);
    case LoadState::Broken:
        return m_broken == BrokenReason::RepeatedCursor
                   ? tr("The server repeated a page cursor; paging stopped.")
                   : tr("The server said more pages exist but gave no cursor; paging stopped.");
    case LoadState::Idle:
        if (!m_client || !hasScope())
            return {};
        return m_morePages ? tr("%1 loaded, more available").arg(count)
                           : tr("%1 loaded").arg(count);
    case LoadState::Complete:
        return tr("%1 loaded").arg(count);
    }
    return {};
}

RowPermissions PagedListModel::rowPermissions(int row) const
{
    return row >= 0 && row < itemCount() ? itemPermissions(row) : RowPermissions();
}

QString PagedListModel::idAt(int row) const
{
    return row >= 0 && row < itemCount() ? itemId(row) : QString();
}

bool PagedListModel::rowContains(int row, const QString& text) const
{
    const QList<int> columns = textColumns();
    for (int column : columns) {
        if (index(row, column).data(FilterTextRole).toString().contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

int PagedListModel::rowOf(const QString& id) const
{
    const int count = itemCount();
    for (int row = 0; row < count; ++row) {
        if (itemId(row) == id)
            return row;
    }
    return -1;
}

bool PagedListModel::removeId(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveItems(row, row);
    eraseItem(row);
    // A collision of two loaded IDs' hashes could let a later page repeat the other one;
    // with per-process seeded 64-bit hashes that does not happen.
    m_loadedIdHashes.remove(idHash(id));
    endRemoveItems();
    emit countsChanged();
    return true;
}

void PagedListModel::reset()
{
    m_inFlight.cancel();
    m_inFlight = {};
    ++m_generation;
    ++m_announcing;
    beginResetModel();
    clearItems();
    m_loadedIdHashes.clear();
    m_state = LoadState::Idle;
    m_broken = BrokenReason::None;
    m_morePages = true;
    m_refreshing = false;
    dropReadAhead();
    m_nextCursor.clear();
    m_seenCursors.clear();
    m_lastError = {};
    m_listPermissions = {};
    endResetModel();
    --m_announcing;
    emit loadStateChanged();
    emit countsChanged();
    emit listPermissionsChanged();
}

void PagedListModel::refresh()
{
    if (!m_client || !hasScope() || itemCount() == 0) {
        reset();
        return;
    }
    m_inFlight.cancel();
    m_inFlight = {};
    ++m_generation;
    dropReadAhead();
    m_refreshing = true;
    m_broken = BrokenReason::None;
    m_morePages = true;
    m_nextCursor.clear();
    m_seenCursors.clear();
    m_lastError = {};
    startRequest();
}

void PagedListModel::retry()
{
    if (m_state != LoadState::Failed || !m_client || !hasScope())
        return;
    m_lastError = {};
    startRequest();
}

void PagedListModel::pageFailed(const ApiError& error)
{
    m_inFlight = {};
    dropEarlyRequest();
    if (m_readAheadInFlight) {
        m_readAheadInFlight = false;
        const bool wanted = std::exchange(m_readAheadWanted, false);
        if (!wanted) {
            // Nobody is waiting: the page is asked for again when it is.
            qCInfo(lcModels) << metaObject()->className()
                             << "a page read ahead failed:" << ApiError::kindName(error.kind())
                             << error.httpStatus();
            return;
        }
    }
    qCInfo(lcModels) << metaObject()->className()
                     << "page failed:" << ApiError::kindName(error.kind()) << error.httpStatus()
                     << error.requestId();
    m_lastError = error;
    setState(LoadState::Failed);
}

void PagedListModel::pageArrived(const PageOutcome& outcome, const Inserter& insert)
{
    m_inFlight = {};
    m_lastError = {};
    const PageInfo& info = outcome.pageInfo;

    // Decide how paging goes on before the rows are announced: whoever reacts to them sees
    // the new state. While streaming, the next page was asked for when the answer's cursor was
    // seen (nextCursorSeen()) and is kept if page_info confirms it, or is asked for now: before
    // the IDs are checked, so that the server works on it meanwhile. A page that brings nothing
    // new calls it back below.
    const QString previousCursor = m_nextCursor;
    if (!info.hasNextPage) {
        m_morePages = false;
        m_state = LoadState::Complete;
    } else if (info.endCursor.isEmpty()) {
        qCWarning(lcModels) << metaObject()->className() << "next page without a cursor";
        m_broken = BrokenReason::MissingCursor;
        m_state = LoadState::Broken;
    } else if (m_seenCursors.contains(info.endCursor)) {
        qCWarning(lcModels) << metaObject()->className() << "the server repeated a cursor";
        m_broken = BrokenReason::RepeatedCursor;
        m_state = LoadState::Broken;
    } else {
        m_seenCursors.insert(info.endCursor);
        m_nextCursor = info.endCursor;
        m_state = LoadState::Idle;
        if (m_streaming && m_client && hasScope()) {
            if (m_early.isActive() && m_earlyCursor == info.endCursor) {
                m_inFlight = std::exchange(m_early, {});
                m_readAheadInFlight = true;
                m_readAheadWanted = false;
            } else {
                startReadAhead();
            }
        }
    }
    dropEarlyRequest(); // a guess the page_info did not confirm

    // One row per ID: items already loaded (a repeated page, an item that moved between pages,
    // one created here meanwhile) or repeated within this page are left out.
    // A refreshed first page replaces the rows: only repeats within the page are left out.
    const bool replacing = m_refreshing;
    m_refreshing = false;
    QSet<int> skip;
    QList<size_t> fresh; // the hashes of the IDs this page adds
    fresh.reserve(outcome.ids.size());
    QSet<size_t> inPage;
    inPage.reserve(outcome.ids.size());
    for (int i = 0; i < outcome.ids.size(); ++i) {
        const QString& id = outcome.ids.at(i);
        const size_t hash = idHash(id);
        const bool repeated = inPage.contains(hash) && outcome.ids.indexOf(id) < i;
        if (repeated || (!replacing && isLoaded(id, hash))) {
            skip.insert(i);
        } else {
            inPage.insert(hash);
            fresh.append(hash);
        }
    }
    const bool nothingNew = !outcome.ids.isEmpty() && fresh.isEmpty();
    if (nothingNew && m_state == LoadState::Idle) {
        // A page of nothing but rows already loaded is a repeated page under a new cursor: a
        // server that keeps doing so would fill the list with copies (or spin) forever.
        qCWarning(lcModels) << metaObject()->className()
                            << "the server repeated a page under a new cursor";
        m_inFlight.cancel();
        m_inFlight = {};
        dropReadAhead();
        m_seenCursors.remove(info.endCursor);
        m_nextCursor = previousCursor;
        m_broken = BrokenReason::RepeatedCursor;
        m_state = LoadState::Broken;
    }

    // Every page carries them; the actions follow only when they differ.
    const bool permissionsChanged =
        outcome.permissions.present &&
        (!m_listPermissions.present || outcome.permissions.grants != m_listPermissions.grants);
    if (permissionsChanged)
        m_listPermissions = outcome.permissions;

    const int added = int(outcome.ids.size()) - int(skip.size());
    if (replacing) {
        replaceRows(insert, skip, fresh);
    } else if (added > 0) {
        const int first = itemCount();
        beginInsertItems(first, first + added - 1);
        insert(skip);
        for (size_t hash : std::as_const(fresh))
            m_loadedIdHashes.insert(hash);
        endInsertItems();
    }
    m_sincePage.start();
    if (m_state == LoadState::Complete || m_state == LoadState::Broken) {
        // No page comes until reset() or refresh(), which start over: at 100,000 rows the
        // IDs and the room for more rows are megabytes.
        QSet<size_t>().swap(m_loadedIdHashes);
        compactItems();
    }
    emit loadStateChanged();
    emit countsChanged();
    if (permissionsChanged)
        emit listPermissionsChanged();
}

void PagedListModel::replaceRows(const Inserter& insert, const QSet<int>& skip,
                                 const QList<size_t>& fresh)
{
    ++m_announcing;
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QStringList beforeIds;
    beforeIds.reserve(before.size());
    for (const QModelIndex& index : before)
        beforeIds.append(itemId(index.row()));

    clearItems();
    insert(skip);
    m_loadedIdHashes.clear();
    for (size_t hash : fresh)
        m_loadedIdHashes.insert(hash);

    QHash<QString, int> rowOfId;
    if (!before.isEmpty()) {
        for (int row = 0; row < itemCount(); ++row)
            rowOfId.insert(itemId(row), row);
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOfId.value(beforeIds.at(i), -1);
        after.append(row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
    --m_announcing;
}

void PagedListModel::setState(LoadState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit loadStateChanged();
}

void PagedListModel::beginInsertItems(int first, int last)
{
    ++m_announcing;
    beginInsertRows({}, first, last);
}

void PagedListModel::endInsertItems()
{
    endInsertRows();
    --m_announcing;
}

void PagedListModel::beginRemoveItems(int first, int last)
{
    ++m_announcing;
    beginRemoveRows({}, first, last);
}

void PagedListModel::endRemoveItems()
{
    endRemoveRows();
    --m_announcing;
}

void PagedListModel::announceRowsChanged(int first, int last)
{
    ++m_announcing;
    emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    --m_announcing;
}

} // namespace keycard
