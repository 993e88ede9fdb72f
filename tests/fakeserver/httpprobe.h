#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

// A test-side HTTP client over loopback: one request at a time, waited for in a
// test-local event loop with a timeout so that a broken server cannot hang a test.
class HttpProbe final
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Answer
    {
        int status = 0; // 0 = no HTTP answer
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        bool finished = false;
        bool headersArrived = false;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        qint64 elapsedMs = 0;

        QByteArray header(const QByteArray& name) const;
        QJsonObject json() const;
        bool isJson() const;
    };

    explicit HttpProbe(const QUrl& baseUrl);

    void setBaseUrl(const QUrl& baseUrl) { m_baseUrl = baseUrl; }
    void setToken(const QByteArray& token) { m_token = token; }
    QByteArray token() const { return m_token; }

    // `path` may carry a query ("/organizations?limit=5").
    Answer send(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                const Headers& headers = {}, int timeoutMs = 10000);
    Answer get(const QString& path) { return send("GET", path); }
    Answer post(const QString& path, const QJsonObject& body);
    Answer patch(const QString& path, const QJsonObject& body);
    Answer requestToken(const QString& clientId, const QString& secret,
                        const QByteArray& grantType = "client_credentials");
    // Signs in and keeps the token; returns it (empty on failure).
    QByteArray signIn(const QString& clientId, const QString& secret);

private:
    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QByteArray m_token;
};
