#pragma once

#include "apihandler.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace keycard::fake {

// Turns the bytes of one HTTP/1.1 connection into requests: request line, headers and a
// Content-Length body, several requests per connection, pipelined or split across reads.
// Bounded: a request head larger than `kMaxHeadBytes` fails with 431, a body larger than
// `kMaxBodyBytes` with 413, malformed input with 400 and a chunked body with 501. As
// RFC 9112 says, a request without Content-Length has no body. After a failure, or after a
// request that asked for `Connection: close`, it yields nothing more.
class HttpRequestReader final
{
public:
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024; // request line and headers
    static constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;

    HttpRequestReader() = default;
    Q_DISABLE_COPY_MOVE(HttpRequestReader)

    void feed(const QByteArray& bytes);

    // The next complete request, or nothing while more bytes are needed, after a failure and
    // after `Connection: close`.
    std::optional<ApiRequest> next();

    // True once for a request that sent `Expect: 100-continue` and waits for the go-ahead.
    bool takeContinue();

    bool failed() const { return m_errorStatus != 0; }
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }

private:
    bool readHead();
    bool parseRequestLine(const QByteArray& line);
    bool parseHeaderLine(const QByteArray& line);
    bool checkBody();
    void fail(int status, const QString& message);

    QByteArray m_buffer;
    qsizetype m_scanned = 0; // where the search for the end of the head goes on
    bool m_haveHead = false; // m_request holds a parsed head whose body may still be arriving
    qsizetype m_bodyLength = 0;
    bool m_continuePending = false;
    bool m_closed = false;
    ApiRequest m_request;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace keycard::fake
