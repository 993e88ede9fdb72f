#include "httpprobe.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

QByteArray HttpProbe::Answer::header(const QByteArray& name) const
{
    for (const auto& pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QJsonObject HttpProbe::Answer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool HttpProbe::Answer::isJson() const
{
    QJsonParseError error{};
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

HttpProbe::HttpProbe(const QUrl& baseUrl) : m_baseUrl(baseUrl)
{
    m_nam.setAutoDeleteReplies(false);
}

HttpProbe::Answer HttpProbe::send(const QByteArray& verb, const QString& path,
                                  const QByteArray& body, const Headers& headers, int timeoutMs)
{
    QNetworkRequest request(QUrl(m_baseUrl.toString(QUrl::StripTrailingSlash) + path));
    bool hasAuthorization = false;
    for (const auto& header : headers) {
        request.setRawHeader(header.first, header.second);
        hasAuthorization |= header.first.compare("Authorization", Qt::CaseInsensitive) == 0;
    }
    if (!hasAuthorization && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));

    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = m_nam.sendCustomRequest(request, verb, body);
    Answer answer;
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [&answer, reply] {
        answer.headersArrived =
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs);
    answer.finished = reply->isFinished();
    if (!answer.finished) {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->abort();
    }
    answer.elapsedMs = timer.elapsed();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    delete reply;
    return answer;
}

HttpProbe::Answer HttpProbe::post(const QString& path, const QJsonObject& body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpProbe::Answer HttpProbe::patch(const QString& path, const QJsonObject& body)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpProbe::Answer HttpProbe::requestToken(const QString& clientId, const QString& secret,
                                          const QByteArray& grantType)
{
    const QByteArray basic = (clientId + QLatin1Char(':') + secret).toUtf8().toBase64();
    return send("POST", QStringLiteral("/service-account-token"), "grant_type=" + grantType,
                {{"Authorization", "Basic " + basic},
                 {"Content-Type", "application/x-www-form-urlencoded"}});
}

QByteArray HttpProbe::signIn(const QString& clientId, const QString& secret)
{
    const Answer answer = requestToken(clientId, secret);
    m_token = answer.json().value(QStringLiteral("access_token")).toString().toLatin1();
    return m_token;
}
