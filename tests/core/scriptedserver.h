#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;

namespace keycard::test {

// A tiny HTTP/1.1 responder on loopback for answers the fake server does not produce
// (redirects, x-should-retry, Retry-After as an HTTP date). Each request gets the next scripted
// raw answer (the last one repeats); every request's head is recorded.
class ScriptedServer final : public QObject
{
    Q_OBJECT

public:
    explicit ScriptedServer(QObject* parent = nullptr);

    bool listen();
    QUrl baseUrl(const QString& host = QStringLiteral("127.0.0.1")) const;
    quint16 port() const { return m_server.serverPort(); }

    void setAnswers(QList<QByteArray> answers) { m_answers = std::move(answers); }
    static QByteArray answer(int status, const QByteArray& body,
                             const QList<QByteArray>& extraHeaders = {});
    // A valid organization ("org1", "Acme") for scripted 200 answers.
    static QByteArray organizationJson()
    {
        return R"({"id":"org1","created_at":"2024-01-01T00:00:00Z","label":"acme","name":"Acme",)"
               R"("sso_enabled":false,"updated_at":"2024-01-01T00:00:00Z"})";
    }

    // Instead of a scripted answer, every request's socket goes to `responder`, which may use
    // drip(), stream() and reset() below for answers that misbehave over time.
    void setResponder(std::function<void(QTcpSocket*)> responder)
    {
        m_responder = std::move(responder);
    }
    // Writes `raw` one byte every `intervalMs`.
    void drip(QTcpSocket* socket, const QByteArray& raw, int intervalMs);
    // Writes `head`, then `bodyBytes` of filler in chunks as the socket drains (never all held
    // at once), then closes the connection after `closeAfter` body bytes when that is >= 0.
    void stream(QTcpSocket* socket, const QByteArray& head, qint64 bodyBytes,
                qint64 closeAfter = -1);
    // Ends the connection with a TCP reset (RST), not an orderly close.
    static void reset(QTcpSocket* socket);
    // Body bytes stream() managed to hand to the socket, and whether the peer went away.
    qint64 bodyBytesSent() const { return m_bodyBytesSent; }
    bool peerClosed() const { return m_peerClosed; }

    int requestCount() const { return int(m_requests.size()); }
    const QList<QByteArray>& requests() const { return m_requests; } // raw heads

private:
    void onNewConnection();

    QTcpServer m_server;
    QList<QByteArray> m_answers;
    QList<QByteArray> m_requests;
    std::function<void(QTcpSocket*)> m_responder;
    qint64 m_bodyBytesSent = 0;
    bool m_peerClosed = false;
};

} // namespace keycard::test
