#include "scriptedserver.h"

#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>

namespace keycard::test {

ScriptedServer::ScriptedServer(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
}

bool ScriptedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedServer::baseUrl(const QString& host) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(m_server.serverPort());
    return url;
}

QByteArray ScriptedServer::answer(int status, const QByteArray& body,
                                  const QList<QByteArray>& extraHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray& h : extraHeaders)
        out += h + "\r\n";
    out += "\r\n" + body;
    return out;
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                qsizetype length = 0;
                for (const QByteArray& line : head.split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                buffer->remove(0, end + 4 + length);
                m_requests.append(head);
                if (m_responder) {
                    m_responder(socket);
                    continue;
                }
                const qsizetype index =
                    std::min<qsizetype>(m_requests.size(), m_answers.size()) - 1;
                socket->write(index >= 0 ? m_answers.at(index)
                                         : answer(500, R"({"message":"no answer scripted"})"));
            }
        });
    }
}

void ScriptedServer::drip(QTcpSocket* socket, const QByteArray& raw, int intervalMs)
{
    auto* timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, raw, sent] {
        if (*sent >= raw.size() || socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        socket->write(raw.mid(*sent, 1));
        ++*sent;
    });
    timer->start(intervalMs);
}

void ScriptedServer::stream(QTcpSocket* socket, const QByteArray& head, qint64 bodyBytes,
                            qint64 closeAfter)
{
    m_bodyBytesSent = 0;
    m_peerClosed = false;
    const qint64 end = closeAfter >= 0 ? std::min(closeAfter, bodyBytes) : bodyBytes;
    auto pump = [this, socket, end] {
        static const QByteArray chunk(64 * 1024, ' ');
        while (socket->bytesToWrite() < 256 * 1024 && m_bodyBytesSent < end &&
               socket->state() == QAbstractSocket::ConnectedState) {
            const qint64 n = std::min<qint64>(chunk.size(), end - m_bodyBytesSent);
            socket->write(chunk.constData(), n);
            m_bodyBytesSent += n;
        }
        if (m_bodyBytesSent >= end && socket->bytesToWrite() == 0 &&
            socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, this, pump);
    connect(socket, &QTcpSocket::disconnected, this, [this] { m_peerClosed = true; });
    socket->write(head);
    pump();
}

void ScriptedServer::reset(QTcpSocket* socket)
{
    socket->flush();
    const linger hard{1, 0}; // close() now sends RST instead of FIN
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

} // namespace keycard::test
