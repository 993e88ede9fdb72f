#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <functional>

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

    int requestCount() const { return int(m_requests.size()); }
    const QList<QByteArray>& requests() const { return m_requests; } // raw heads

private:
    void onNewConnection();

    QTcpServer m_server;
    QList<QByteArray> m_answers;
    QList<QByteArray> m_requests;
};

} // namespace keycard::test
