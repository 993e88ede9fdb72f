#pragma once

#include "apihandler.h"

#include <QAbstractHttpServer>
#include <functional>

namespace keycard::fake {

// Receives parsed HTTP requests (QHttpServer does the parsing) and hands them over together
// with their socket, so answers can be written, delayed or broken at the socket level.
class HttpFront final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const ApiRequest& request, QTcpSocket* socket)>;
    explicit HttpFront(Handler handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
};

} // namespace keycard::fake
