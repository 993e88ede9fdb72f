#include "measures.h"

#include "apiclient.h"
#include "serverprocess.h"
#include "serviceaccountsmodel.h"

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

namespace {
ConnectionConfig configFor(const ServerProcess& server)
{
    ConnectionConfig config;
    config.baseUrl = server.baseUrl;
    config.auth.clientId = server.clientId;
    config.auth.secret = SecretString(server.clientSecret);
    return config;
}

PagingRun loadAll(ServiceAccountsModel& model, bool measureStalls)
{
    PagingRun run;
    QEventLoop loop;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        run.longestStallMs = std::max(run.longestStallMs, sinceTick.restart());
    });
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
    QElapsedTimer timer;
    timer.start();
    if (measureStalls) {
        sinceTick.start();
        ticker.start();
    }
    model.fetchMore({});
    loop.exec();
    run.milliseconds = double(timer.nsecsElapsed()) / 1e6;
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

PagingRun pageThroughPlainNetwork(const ServerProcess& server, int pageSize, bool readFields)
{
    qint64 checksum = 0;
    QNetworkAccessManager network;
    PagingRun run;
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
        const QJsonObject body = QJsonDocument::fromJson(page->readAll()).object();
        page->deleteLater();
        ++run.pages;
        const QJsonArray items = body.value(QStringLiteral("items")).toArray();
        run.rows += int(items.size());
        if (readFields)
            checksum += readFieldsOf(items);
        const QJsonObject info = body.value(QStringLiteral("page_info")).toObject();
        if (!info.value(QStringLiteral("has_next_page")).toBool())
            break;
        cursor = info.value(QStringLiteral("end_cursor")).toString();
    }
    run.milliseconds = double(timer.nsecsElapsed()) / 1e6;
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

double medianStartMs(const QString& program, const QStringList& args, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(program, args);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return -1;
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}
