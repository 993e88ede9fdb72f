#include "measures.h"

#include "apiclient.h"
#include "serverprocess.h"
#include "serviceaccountsmodel.h"
#include "windowmeasures.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>
#include <malloc.h>
#include <unistd.h>

using namespace keycard;

StallMeter::StallMeter()
{
    m_ticker.setTimerType(Qt::PreciseTimer);
    m_ticker.setInterval(1);
    QObject::connect(&m_ticker, &QTimer::timeout,
                     [this] { m_longestMs = std::max(m_longestMs, m_sinceTick.restart()); });
}

void StallMeter::start()
{
    m_sinceTick.start();
    m_ticker.start();
}

ConnectionConfig configFor(const ServerProcess& server)
{
    ConnectionConfig config;
    config.baseUrl = server.baseUrl;
    config.auth.clientId = server.clientId;
    config.auth.secret = SecretString(server.clientSecret);
    return config;
}

namespace {
PagingRun loadAll(ServiceAccountsModel& model, bool measureStalls)
{
    PagingRun run;
    QEventLoop loop;
    StallMeter stalls;
    QObject::connect(&model, &PagedListModel::loadStateChanged, &loop, [&] {
        switch (model.loadState()) {
        case PagedListModel::LoadState::Idle:
            ++run.pages;
            model.fetchMore({});
            break;
        case PagedListModel::LoadState::Complete:
            ++run.pages;
            loop.quit();
            break;
        case PagedListModel::LoadState::Failed:
        case PagedListModel::LoadState::Broken:
            qFatal("paging failed: %s", qPrintable(model.statusText()));
        case PagedListModel::LoadState::Loading:
            break;
        }
    });
    const double cpuBefore = processCpuMs();
    QElapsedTimer timer;
    timer.start();
    if (measureStalls)
        stalls.start();
    model.fetchMore({});
    loop.exec();
    run.longestStallMs = stalls.longestMs();
    run.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    run.cpuMs = processCpuMs() - cpuBefore;
    run.rows = model.rowCount();
    return run;
}
} // namespace

PagingRun pageThroughModel(const ServerProcess& server, int pageSize, bool measureStalls)
{
    ApiClient client(configFor(server));
    ServiceAccountsModel model(&client, server.orgId);
    model.setPageSize(pageSize);
    return loadAll(model, measureStalls);
}

qint64 loadAndMeasureGrowth(const ServerProcess& server, int pageSize, qint64 before)
{
    ApiClient client(configFor(server));
    ServiceAccountsModel model(&client, server.orgId);
    model.setPageSize(pageSize);
    loadAll(model, false);
    return residentBytes() - before;
}

namespace {
// Touches every field the way a minimal hand-written client would.
qint64 readFieldsOf(const QJsonArray& items)
{
    qint64 checksum = 0;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        for (const char* key : {"id", "name", "description"})
            checksum += item.value(QLatin1String(key)).toString().size();
        for (const char* key : {"created_at", "updated_at"})
            checksum +=
                QDateTime::fromString(item.value(QLatin1String(key)).toString(), Qt::ISODateWithMs)
                    .toMSecsSinceEpoch() &
                1;
        const QJsonObject permissions = item.value(QLatin1String("permissions")).toObject();
        for (auto resource = permissions.begin(); resource != permissions.end(); ++resource)
            checksum += resource.value().toObject().size();
    }
    return checksum;
}
} // namespace

namespace {
// The value of `"key":` in `body` up to the next quote or comma, without parsing the JSON.
QByteArray rawValue(const QByteArray& body, const QByteArray& key)
{
    const QByteArray marker = '"' + key + "\":";
    qsizetype at = body.lastIndexOf(marker);
    if (at < 0)
        return {};
    at += marker.size();
    while (at < body.size() && (body.at(at) == ' ' || body.at(at) == '"'))
        ++at;
    qsizetype end = at;
    while (end < body.size() && body.at(end) != '"' && body.at(end) != ',' && body.at(end) != '}')
        ++end;
    return body.mid(at, end - at);
}
} // namespace

PagingRun pageThroughPlainNetwork(const ServerProcess& server, int pageSize, PlainLoop mode)
{
    qint64 checksum = 0;
    QNetworkAccessManager network;
    PagingRun run;
    const double cpuBefore = processCpuMs();
    QElapsedTimer timer;
    timer.start();

    QNetworkRequest tokenRequest(
        server.baseUrl.resolved(QUrl(QStringLiteral("service-account-token"))));
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                           QByteArrayLiteral("application/x-www-form-urlencoded"));
    tokenRequest.setRawHeader(
        "Authorization",
        "Basic " + (server.clientId + QLatin1Char(':') + server.clientSecret).toUtf8().toBase64());
    QEventLoop loop;
    QNetworkReply* reply =
        network.post(tokenRequest, QByteArrayLiteral("grant_type=client_credentials"));
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray token = QJsonDocument::fromJson(reply->readAll())
                                 .object()
                                 .value(QStringLiteral("access_token"))
                                 .toString()
                                 .toUtf8();
    reply->deleteLater();

    QString cursor;
    for (;;) {
        QUrl url = server.baseUrl.resolved(
            QUrl(QStringLiteral("organizations/%1/service-accounts").arg(server.orgId)));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        query.addQueryItem(QStringLiteral("expand"), QStringLiteral("permissions"));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("after"), cursor);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply* page = network.get(request);
        QObject::connect(page, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray bytes = page->readAll();
        page->deleteLater();
        ++run.pages;
        if (mode == PlainLoop::NoParse) {
            checksum += bytes.size();
            if (rawValue(bytes, "has_next_page") != "true")
                break;
            cursor = QString::fromLatin1(rawValue(bytes, "end_cursor"));
            continue;
        }
        const QJsonObject body = QJsonDocument::fromJson(bytes).object();
        const QJsonArray items = body.value(QStringLiteral("items")).toArray();
        run.rows += int(items.size());
        if (mode == PlainLoop::ReadFields)
            checksum += readFieldsOf(items);
        const QJsonObject info = body.value(QStringLiteral("page_info")).toObject();
        if (!info.value(QStringLiteral("has_next_page")).toBool())
            break;
        cursor = info.value(QStringLiteral("end_cursor")).toString();
    }
    run.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    run.cpuMs = processCpuMs() - cpuBefore;
    run.longestStallMs = checksum & 1; // keeps the reading from being optimized away
    return run;
}

qint64 residentBytes()
{
    malloc_trim(0);
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

QList<double> startTimesMs(const QString& program, const QStringList& args, int runs,
                           const QProcessEnvironment& environment)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(environment);
        process.setProcessEnvironment(env);
        process.setStandardErrorFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(program, args);
        // Both programs print a line once their first paint is done: the time to that line is
        // the start-up; what the process does afterwards (exiting, freeing) is not counted.
        while (!process.canReadLine())
            if (!process.waitForReadyRead(60000))
                return {};
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        times.append(elapsed);
    }
    return times;
}
