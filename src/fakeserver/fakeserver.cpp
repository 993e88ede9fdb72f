#include "fakeserver.h"

#include "apihandler.h"
#include "cursorcodec.h"
#include "hostile.h"
#include "httpfront.h"
#include "logging.h"
#include "tokenissuer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace keycard::fake {

namespace {
const QString kUnknownOperation = QStringLiteral("unknown");

QString statusMessage(int status)
{
    switch (status) {
    case 429:
        return QStringLiteral("Too many requests; slow down (injected fault)");
    case 502:
        return QStringLiteral("Bad gateway (injected fault)");
    case 503:
        return QStringLiteral("Service temporarily unavailable (injected fault)");
    default:
        return QStringLiteral("Injected fault: status %1").arg(status);
    }
}

// Breaks the answer's schema while keeping it valid JSON.
QByteArray breakSchema(const QByteArray& body)
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    QJsonArray items = object.value(QStringLiteral("items")).toArray();
    if (!items.isEmpty()) {
        QJsonObject first = items.first().toObject();
        first.insert(QStringLiteral("name"), 42);
        items.replace(0, first);
        object.insert(QStringLiteral("items"), items);
    } else if (object.contains(QStringLiteral("items"))) {
        object.remove(QStringLiteral("page_info"));
    } else if (object.contains(QStringLiteral("access_token"))) {
        object.remove(QStringLiteral("access_token"));
    } else {
        object.remove(QStringLiteral("id"));
        object.insert(QStringLiteral("name"), 42);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray repeatCursor(const QByteArray& body, const QString& after)
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    QJsonObject pageInfo = object.value(QStringLiteral("page_info")).toObject();
    pageInfo.insert(QStringLiteral("end_cursor"), after);
    pageInfo.insert(QStringLiteral("has_next_page"), true);
    object.insert(QStringLiteral("page_info"), pageInfo);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

FakeServer::FakeServer(quint64 seed, QObject* parent)
    : QObject(parent), m_store(std::make_unique<Store>(seed)),
      m_tokens(std::make_unique<TokenIssuer>()), m_cursors(std::make_unique<CursorCodec>()),
      m_api(std::make_unique<ApiHandler>(*m_store, *m_tokens, *m_cursors))
{
    QElapsedTimer timer;
    timer.start();
    m_demoIds = buildDemoData(*m_store, seed, &m_demoCredentials);
    qCDebug(lcFakeServer) << "demo data built in" << timer.elapsed() << "ms";
    m_front = new HttpFront(
        [this](const ApiRequest& request, QTcpSocket* socket) { dispatch(request, socket); }, this);
}

FakeServer::~FakeServer() = default;

bool FakeServer::listen(quint16 port)
{
    m_port = m_front->listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        qCWarning(lcFakeServer) << "cannot listen on 127.0.0.1 port" << port;
    return m_port != 0;
}

QUrl FakeServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString FakeServer::demoClientId() const
{
    return m_demoCredentials.demoClientId;
}

QString FakeServer::demoClientSecret() const
{
    return QString::fromLatin1(m_demoCredentials.demoClientSecret);
}

QString FakeServer::readOnlyClientId() const
{
    return m_demoCredentials.readOnlyClientId;
}

QString FakeServer::readOnlyClientSecret() const
{
    return QString::fromLatin1(m_demoCredentials.readOnlyClientSecret);
}

QString FakeServer::issueApiKey(bool readOnly)
{
    return QString::fromLatin1(m_tokens->issueApiKey(readOnly));
}

void FakeServer::setTokenLifetime(int seconds)
{
    m_tokens->setLifetime(seconds);
}

void FakeServer::addFault(const QString& operationId, const Fault& fault)
{
    m_faults.add(operationId, fault);
}

void FakeServer::clearFaults()
{
    m_faults.clear();
}

int FakeServer::requestCount(const QString& operationId) const
{
    return m_requestCounts.value(operationId);
}

void FakeServer::resetRequestCounts()
{
    m_requestCounts.clear();
}

QByteArray FakeServer::lastRequestHeader(const QString& operationId, const QByteArray& name) const
{
    const auto request = m_lastRequests.value(operationId);
    return request ? request->header(name) : QByteArray();
}

QByteArray FakeServer::lastRequestBody(const QString& operationId) const
{
    const auto request = m_lastRequests.value(operationId);
    return request ? request->body : QByteArray();
}

QUrlQuery FakeServer::lastRequestQuery(const QString& operationId) const
{
    const auto request = m_lastRequests.value(operationId);
    return request ? request->query : QUrlQuery();
}

void FakeServer::dispatch(const ApiRequest& request, QTcpSocket* socket)
{
    const Route route = Route::resolve(request.method, request.path);
    const QString operationId = route.operationId.isEmpty() ? kUnknownOperation : route.operationId;
    ++m_requestCounts[operationId];
    m_lastRequests.insert(operationId, std::make_shared<ApiRequest>(request));
    qCDebug(lcFakeServer).noquote() << request.method << request.path << "->" << operationId;
    emit requestReceived(operationId);

    const FaultPlan plan =
        m_faults.plan(operationId, request.query.hasQueryItem(QStringLiteral("after")));
    if (plan.delayMs <= 0) {
        answer(request, route, plan, socket);
        return;
    }
    QTimer::singleShot(plan.delayMs, this,
                       [this, request, route, plan, guard = QPointer<QTcpSocket>(socket)] {
                           if (guard && guard->state() == QAbstractSocket::ConnectedState)
                               answer(request, route, plan, guard);
                       });
}

void FakeServer::answer(const ApiRequest& request, const Route& route, const FaultPlan& plan,
                        QTcpSocket* socket)
{
    const bool faulted = plan.hasFault;
    const Fault::Kind kind = plan.fault.kind;
    HttpReply reply;
    if (faulted && kind == Fault::Kind::Status) {
        reply = HttpReply::error(plan.fault.status, plan.fault.message.isEmpty()
                                                        ? statusMessage(plan.fault.status)
                                                        : plan.fault.message);
        if (plan.fault.retryAfterSeconds >= 0)
            reply.setHeader("Retry-After", QByteArray::number(plan.fault.retryAfterSeconds));
    } else {
        reply = m_api->handle(request, route);
    }
    const QByteArray requestId = request.header("X-Client-Request-ID");
    if (!requestId.isEmpty())
        reply.setHeader("X-Client-Request-ID", requestId);
    const bool closeAfter = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    if (closeAfter)
        reply.setHeader("Connection", "close");

    if (!faulted || kind == Fault::Kind::Status) {
        wire::send(socket, reply, closeAfter);
        return;
    }
    qCDebug(lcFakeServer) << "injecting fault" << int(kind) << "into" << route.operationId;
    switch (kind) {
    case Fault::Kind::StallAfterHeaders:
        if (reply.body.isEmpty())
            reply.body = "{}";
        wire::sendHeadersOnly(socket, reply);
        return;
    case Fault::Kind::CloseMidBody:
        if (reply.body.isEmpty())
            reply.body = "{}";
        wire::sendPartialBodyThenClose(socket, reply);
        return;
    case Fault::Kind::MalformedJson:
        reply.status = 200;
        reply.setHeader("Content-Type", "application/json");
        reply.body = reply.body.size() > 8 ? reply.body.left(reply.body.size() / 2)
                                           : QByteArrayLiteral(R"({"items": [{"id": )");
        break;
    case Fault::Kind::SchemaBreak:
        if (reply.isSuccess() && !reply.body.isEmpty())
            reply.body = breakSchema(reply.body);
        break;
    case Fault::Kind::RepeatCursor:
        if (reply.isSuccess())
            reply.body = repeatCursor(reply.body, request.query.queryItemValue(
                                                      QStringLiteral("after"), QUrl::FullyDecoded));
        break;
    case Fault::Kind::DropAfterCreate:
        wire::drop(socket);
        return;
    case Fault::Kind::DuplicateIds:
        if (reply.isSuccess()) {
            QJsonObject& item = m_duplicateItems[request.path];
            if (item.isEmpty())
                item = QJsonDocument::fromJson(reply.body)
                           .object()
                           .value(QStringLiteral("items"))
                           .toArray()
                           .first()
                           .toObject();
            if (!item.isEmpty())
                reply.body = hostile::duplicateIds(reply.body, item);
        }
        break;
    case Fault::Kind::HugeString:
    case Fault::Kind::DeepNesting:
    case Fault::Kind::HugeBody:
    case Fault::Kind::DripFeed:
    case Fault::Kind::DecompressionBomb:
    case Fault::Kind::ItemsBeyondLimit:
    case Fault::Kind::HugeNumbers:
    case Fault::Kind::ManyPermissionKeys:
        if (reply.isSuccess() && !reply.body.isEmpty()) {
            hostile::send(socket, reply, plan.fault, closeAfter);
            return;
        }
        break;
    case Fault::Kind::Latency:
    case Fault::Kind::Status:
        break;
    }
    wire::send(socket, reply, closeAfter);
}

} // namespace keycard::fake
