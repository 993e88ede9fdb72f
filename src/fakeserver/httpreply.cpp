#include "httpreply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace keycard::fake {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QString defaultCode(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("bad_request");
    case 401:
        return QStringLiteral("unauthorized");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
        return QStringLiteral("not_found");
    case 405:
        return QStringLiteral("method_not_allowed");
    case 409:
        return QStringLiteral("conflict");
    case 413:
        return QStringLiteral("content_too_large");
    case 422:
        return QStringLiteral("unprocessable_entity");
    case 429:
        return QStringLiteral("rate_limited");
    case 431:
        return QStringLiteral("header_fields_too_large");
    case 501:
        return QStringLiteral("not_implemented");
    default:
        return status >= 500 ? QStringLiteral("server_error") : QStringLiteral("error");
    }
}
} // namespace

HttpReply HttpReply::json(int status, const QByteArray& body)
{
    HttpReply reply;
    reply.status = status;
    reply.body = body;
    reply.setHeader("Content-Type", "application/json");
    return reply;
}

HttpReply HttpReply::error(int status, const QString& message, const QString& code)
{
    const QJsonObject object{{QStringLiteral("message"), message},
                             {QStringLiteral("code"), code.isEmpty() ? defaultCode(status) : code},
                             {QStringLiteral("status"), status}};
    return json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpReply HttpReply::noContent()
{
    HttpReply reply;
    reply.status = 204;
    return reply;
}

void HttpReply::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpReply::header(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QByteArray HttpReply::head() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& header : headers)
        out += header.first + ": " + header.second + "\r\n";
    if (status != 204)
        out += "Content-Length: " +
               QByteArray::number(contentLength >= 0 ? contentLength : body.size()) + "\r\n";
    out += "\r\n";
    return out;
}

StreamedBody::StreamedBody(QList<BodyPiece> pieces) : m_pieces(std::move(pieces))
{
    for (const BodyPiece& piece : std::as_const(m_pieces))
        m_size += piece.bytes.size() * piece.repeat;
}

QByteArray StreamedBody::next(qint64 maxBytes)
{
    QByteArray out;
    while (!atEnd() && (out.isEmpty() || out.size() < maxBytes)) {
        const BodyPiece& piece = m_pieces.at(m_piece);
        if (m_copy >= piece.repeat) {
            ++m_piece;
            m_copy = 0;
            continue;
        }
        if (piece.make)
            out += piece.make(m_copy);
        else
            out += piece.bytes;
        ++m_copy;
    }
    return out;
}

namespace wire {

namespace {
// Without TCP_NODELAY the last segment of a larger answer waits for the client's delayed ACK
// (about 40 ms on Linux), which no real server makes its clients wait.
void noDelay(QTcpSocket* socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}
} // namespace

void send(QTcpSocket* socket, const HttpReply& reply, bool closeAfter)
{
    noDelay(socket);
    socket->write(reply.head());
    if (reply.status != 204)
        socket->write(reply.body);
    if (closeAfter)
        socket->disconnectFromHost();
}

void sendHeadersOnly(QTcpSocket* socket, const HttpReply& reply)
{
    noDelay(socket);
    socket->write(reply.head());
    socket->flush();
}

void sendPartialBodyThenClose(QTcpSocket* socket, const HttpReply& reply)
{
    noDelay(socket);
    socket->write(reply.head());
    socket->write(reply.body.left(std::max<qsizetype>(1, reply.body.size() / 2)));
    socket->disconnectFromHost(); // closes once the partial body is written
}

void drop(QTcpSocket* socket)
{
    socket->abort();
}

void sendStreamed(QTcpSocket* socket, HttpReply head, StreamedBody body, bool closeAfter)
{
    constexpr qint64 kChunk = 64 * 1024;
    constexpr qint64 kAhead = 256 * 1024; // what may wait in the socket's buffer
    noDelay(socket);
    head.body.clear();
    head.contentLength = body.size();
    socket->write(head.head());
    // The pump lives in a context object of the socket: it ends with the socket, or once the
    // body is written.
    auto* context = new QObject(socket);
    auto state = std::make_shared<StreamedBody>(std::move(body));
    auto pump = [socket, context, state, closeAfter] {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return; // the client went away: stop writing
        while (!state->atEnd() && socket->bytesToWrite() < kAhead)
            socket->write(state->next(kChunk));
        if (state->atEnd()) {
            context->deleteLater();
            if (closeAfter)
                socket->disconnectFromHost();
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, context, pump);
    pump();
}

void sendDripped(QTcpSocket* socket, const HttpReply& reply, int intervalMs, bool closeAfter)
{
    noDelay(socket);
    socket->write(reply.head());
    socket->flush();
    auto* timer = new QTimer(socket); // goes with the socket
    timer->setInterval(std::max(1, intervalMs));
    QObject::connect(timer, &QTimer::timeout, socket,
                     [socket, timer, body = reply.body, closeAfter, sent = qsizetype(0)]() mutable {
                         if (socket->state() != QAbstractSocket::ConnectedState ||
                             sent >= body.size()) {
                             timer->stop();
                             if (closeAfter && sent >= body.size())
                                 socket->disconnectFromHost();
                             return;
                         }
                         socket->write(body.constData() + sent, 1);
                         ++sent;
                     });
    timer->start();
}

} // namespace wire
} // namespace keycard::fake
