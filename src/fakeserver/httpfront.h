#pragma once

#include "apihandler.h"

#include <QHostAddress>
#include <QObject>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace keycard::fake {

class HttpRequestReader;

// Accepts connections, reads HTTP requests from them (HttpRequestReader) and hands each over
// together with its socket, so answers can be written, delayed or broken at the socket level.
class HttpFront final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const ApiRequest& request, QTcpSocket* socket)>;
    explicit HttpFront(Handler handler, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(HttpFront)

    // The port listened on, 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);

private:
    void accept();
    void read(QTcpSocket* socket, HttpRequestReader& reader);

    Handler m_handler;
    QTcpServer* m_server = nullptr;
};

} // namespace keycard::fake
