#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>

class QTcpSocket;

namespace keycard::fake {

// One HTTP answer, and the ways to put it on the wire (including the broken ones).
struct HttpReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = -1; // when >= 0, sent instead of body.size() (a streamed body)

    static HttpReply json(int status, const QByteArray& body);
    static HttpReply error(int status, const QString& message, const QString& code = {});
    static HttpReply noContent();

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }

    // Status line and headers (with Content-Length unless 204), ending with the blank line.
    QByteArray head() const;
};

// One run of a body that is written as the socket drains: `bytes` `repeat` times, or, when `make`
// is set, make(0) ... make(repeat - 1), each exactly as long as `bytes`.
struct BodyPiece
{
    QByteArray bytes;
    qint64 repeat = 1;
    std::function<QByteArray(qint64 index)> make;
};

// A body made of pieces, handed out a chunk at a time: a 200 MB answer costs the server only
// the chunk it is writing.
class StreamedBody final
{
public:
    StreamedBody() = default;
    explicit StreamedBody(QList<BodyPiece> pieces);

    qint64 size() const { return m_size; }
    bool atEnd() const { return m_piece >= m_pieces.size(); }
    QByteArray next(qint64 maxBytes); // at most about maxBytes (whole copies of a piece)

private:
    QList<BodyPiece> m_pieces;
    qint64 m_size = 0;
    qsizetype m_piece = 0; // the piece being written
    qint64 m_copy = 0;     // the next copy of it
};

namespace wire {
void send(QTcpSocket* socket, const HttpReply& reply, bool closeAfter);
void sendHeadersOnly(QTcpSocket* socket, const HttpReply& reply);
void sendPartialBodyThenClose(QTcpSocket* socket, const HttpReply& reply);
void drop(QTcpSocket* socket);
// Writes the head with Content-Length body.size(), then the body as the socket drains; stops
// when the client closes.
void sendStreamed(QTcpSocket* socket, HttpReply head, StreamedBody body, bool closeAfter);
// Writes the head at once, then the body one byte every `intervalMs`.
void sendDripped(QTcpSocket* socket, const HttpReply& reply, int intervalMs, bool closeAfter);
} // namespace wire

} // namespace keycard::fake
