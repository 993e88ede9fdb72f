#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QTcpSocket;

namespace keycard::fake {

// One HTTP answer, and the ways to put it on the wire (including the broken ones).
struct HttpReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(int status, const QByteArray& body);
    static HttpReply error(int status, const QString& message, const QString& code = {});
    static HttpReply noContent();

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }

    // Status line and headers (with Content-Length unless 204), ending with the blank line.
    QByteArray head() const;
};

namespace wire {
void send(QTcpSocket* socket, const HttpReply& reply, bool closeAfter);
void sendHeadersOnly(QTcpSocket* socket, const HttpReply& reply);
void sendPartialBodyThenClose(QTcpSocket* socket, const HttpReply& reply);
void drop(QTcpSocket* socket);
} // namespace wire

} // namespace keycard::fake
