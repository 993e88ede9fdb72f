#pragma once

#include "apiclient.h"
#include "fakeserver.h"
#include "pagedlistmodel.h"

#include <QSet>
#include <QTest>
#include <memory>

namespace keycard::test {

// The local server and a client signed in to it with the demo credential.
class ServerSession final
{
public:
    explicit ServerSession(quint64 seed = 1) : server(seed) { listening = server.listen(0); }

    std::unique_ptr<ApiClient> makeClient(int inactivityTimeoutMs = 30000, int maxRetries = 2,
                                          bool readOnly = false)
    {
        ConnectionConfig config;
        config.baseUrl = server.baseUrl();
        config.auth.kind = AuthConfig::Kind::ClientCredentials;
        config.auth.clientId = readOnly ? server.readOnlyClientId() : server.demoClientId();
        config.auth.secret =
            SecretString(readOnly ? server.readOnlyClientSecret() : server.demoClientSecret());
        config.inactivityTimeoutMs = inactivityTimeoutMs;
        config.maxRetries = maxRetries;
        return std::make_unique<ApiClient>(config);
    }

    fake::FakeServer server;
    bool listening = false;
};

// Waits until no page is in flight; false on time-out.
inline bool waitSettled(const PagedListModel& model, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, timeoutMs);
}

// Asks for one page (as a view does when scrolled to the end) and waits for it.
inline bool fetchPage(PagedListModel& model)
{
    if (!model.canFetchMore({}))
        return false;
    model.fetchMore({});
    return waitSettled(model);
}

// The first page, whether or not someone (a view, the model tester) already asked for it.
inline bool loadFirstPage(PagedListModel& model)
{
    if (!model.isLoading() && model.canFetchMore({}))
        model.fetchMore({});
    return waitSettled(model) && model.loadState() != PagedListModel::LoadState::Failed;
}

// Scrolls to the end: pages until the model can fetch no more; false on time-out.
inline bool scrollToEnd(PagedListModel& model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!waitSettled(model))
            return false;
    }
    return true;
}

inline QStringList loadedIds(const PagedListModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.idAt(row));
    return ids;
}

inline QSet<QString> toSet(const QStringList& ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

} // namespace keycard::test
