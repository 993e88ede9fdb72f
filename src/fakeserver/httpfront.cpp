#include "httpfront.h"

#include "httpreply.h"
#include "httprequestreader.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace keycard::fake {

namespace {
constexpr int kLingerMs = 300;
} // namespace

HttpFront::HttpFront(Handler handler, QObject* parent)
    : QObject(parent), m_handler(std::move(handler)), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpFront::accept);
}

quint16 HttpFront::listen(const QHostAddress& address, quint16 port)
{
    return m_server->listen(address, port) ? m_server->serverPort() : 0;
}

void HttpFront::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // The connection owns the reader: it goes when the socket does.
        connect(socket, &QTcpSocket::readyRead, this,
                [this, socket, reader = std::make_shared<HttpRequestReader>()] {
                    read(socket, *reader);
                });
    }
}

void HttpFront::read(QTcpSocket* socket, HttpRequestReader& reader)
{
    if (reader.failed()) { // answered already; the rest is drained until the socket closes
        socket->readAll();
        return;
    }
    reader.feed(socket->readAll());
    // The handler may close or abort the socket (Connection: close, injected faults).
    while (socket->state() == QAbstractSocket::ConnectedState) {
        const std::optional<ApiRequest> request = reader.next();
        if (!request)
            break;
        m_handler(*request, socket);
    }
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (reader.takeContinue())
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (reader.failed()) {
        HttpReply reply = HttpReply::error(reader.errorStatus(), reader.errorMessage());
        reply.setHeader("Connection", "close");
        wire::send(socket, reply, false);
        // Closing while the client still sends (an oversized head or body) would make the kernel
        // answer with a reset that can destroy the error answer before the client reads it.
        QTimer::singleShot(kLingerMs, socket, [socket] { socket->disconnectFromHost(); });
    }
}

} // namespace keycard::fake
