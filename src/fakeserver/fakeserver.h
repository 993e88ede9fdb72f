#pragma once

#include "demodata.h"
#include "fault.h"
#include "store.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <memory>

class QTcpSocket;

namespace keycard::fake {

class ApiHandler;
class CursorCodec;
class HttpFront;
class TokenIssuer;
struct ApiRequest;
struct FaultPlan;
struct Route;

// A Keycard-compatible API server on 127.0.0.1 with deterministic demo data and fault
// injection. Used by `keycard-admin --demo`, the tests, the benchmarks and keycard-fake-server.
class FakeServer final : public QObject
{
    Q_OBJECT

public:
    explicit FakeServer(quint64 seed = 1, QObject* parent = nullptr);
    ~FakeServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1 only; 0 = a free port
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    QString demoClientId() const;
    QString demoClientSecret() const; // demo data, not a real secret
    QString readOnlyClientId() const;
    QString readOnlyClientSecret() const;
    QString issueApiKey(bool readOnly = false);
    void setTokenLifetime(int seconds); // tokens issued from now on

    void addFault(const QString& operationId, const Fault& fault);
    void clearFaults();

    int requestCount(const QString& operationId) const;
    void resetRequestCounts();
    QByteArray lastRequestHeader(const QString& operationId, const QByteArray& name) const;
    QByteArray lastRequestBody(const QString& operationId) const;
    QUrlQuery lastRequestQuery(const QString& operationId) const;

    DemoIds demoIds() const { return m_demoIds; }
    Store& store() { return *m_store; }

signals:
    void requestReceived(const QString& operationId);

private:
    void dispatch(const ApiRequest& request, QTcpSocket* socket);
    void answer(const ApiRequest& request, const Route& route, const FaultPlan& plan,
                QTcpSocket* socket);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<TokenIssuer> m_tokens;
    std::unique_ptr<CursorCodec> m_cursors;
    std::unique_ptr<ApiHandler> m_api;
    FaultInjector m_faults;
    HttpFront* m_front = nullptr;
    quint16 m_port = 0;
    DemoIds m_demoIds;
    DemoCredentials m_demoCredentials;
    QHash<QString, int> m_requestCounts;
    QHash<QString, std::shared_ptr<ApiRequest>> m_lastRequests;
    QHash<QString, QJsonObject> m_duplicateItems; // Fault::Kind::DuplicateIds, by list path
};

} // namespace keycard::fake
