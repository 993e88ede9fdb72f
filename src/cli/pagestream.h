#pragma once

#include "apiclient.h"
#include "apierror.h"

#include <QCoreApplication>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

namespace keycard::cli {

// A list call of the API client with everything but the page bound.
template <typename T>
using PageCall = std::function<RequestHandle(const PageRequest& page, QObject* context,
                                             ApiClient::Callback<Page<T>> done)>;

struct PageStreamText
{
    Q_DECLARE_TR_FUNCTIONS(PageStreamText)

public:
    static ApiError brokenCursor(const QString& requestId)
    {
        return ApiError(ApiError::Kind::Decode,
                        tr("The server sent the same page cursor twice, or said there are more "
                           "pages without saying where; paging stopped."))
            .setRequestId(requestId);
    }
};

// Fetches a list page after page (100 a page, each page once), handing each page to `onPage`
// as it arrives and asking for the next only then; `done` follows the last page (nullopt) or the
// first failure. A server that repeats a cursor or promises a page without a cursor ends the list
// with an error instead of looping. Nothing more is heard once `context` is gone, or once
// `stopped` (when given) says so after a page: then no more pages are asked for and `done` is
// not called.
template <typename T>
void streamPages(QObject* context, PageCall<T> call,
                 std::function<void(const QList<T>& items)> onPage,
                 std::function<void(const std::optional<ApiError>& error)> done,
                 std::function<bool()> stopped = {})
{
    struct State
    {
        PageCall<T> call;
        std::function<void(const QList<T>&)> onPage;
        std::function<void(const std::optional<ApiError>&)> done;
        std::function<bool()> stopped;
        QSet<QString> cursors;
    };
    auto state = std::make_shared<State>(
        State{std::move(call), std::move(onPage), std::move(done), std::move(stopped), {}});
    // Each answer holds the state until it asks for the next page.
    auto fetch = std::make_shared<std::function<void(const QString&)>>();
    *fetch = [context, state, weakFetch = std::weak_ptr(fetch)](const QString& after) {
        PageRequest page;
        page.limit = 100;
        page.after = after;
        page.expandPermissions = false;
        state->call(page, context, [state, next = weakFetch.lock()](const Result<Page<T>>& result) {
            if (!result.ok()) {
                state->done(result.error());
                return;
            }
            const PageInfo& info = result.value().pageInfo;
            state->onPage(result.value().items);
            if (state->stopped && state->stopped())
                return;
            if (!info.hasNextPage) {
                state->done(std::nullopt);
                return;
            }
            if (info.endCursor.isEmpty() || state->cursors.contains(info.endCursor)) {
                state->done(PageStreamText::brokenCursor({}));
                return;
            }
            state->cursors.insert(info.endCursor);
            (*next)(info.endCursor);
        });
    };
    // `fetch` lives as long as an answer (holding it) is awaited.
    auto first = fetch;
    (*first)(QString());
}

} // namespace keycard::cli
