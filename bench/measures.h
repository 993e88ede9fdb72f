#pragma once

#include <QString>
#include <QStringList>

class ServerProcess;

struct PagingRun
{
    double milliseconds = 0;
    int rows = 0;
    int pages = 0;
    qint64 longestStallMs = 0; // only measured when asked for
};

// Every page of the "bench" organization through ApiClient and ServiceAccountsModel.
PagingRun pageThroughModel(const ServerProcess& server, int pageSize, bool measureStalls);
// The same pages with a bare QNetworkAccessManager loop: token, then GET after GET. With
// `readFields` the loop also reads every field of every item out of the parsed JSON (what a
// hand-written client would do at the least), without checks or typed rows.
PagingRun pageThroughPlainNetwork(const ServerProcess& server, int pageSize,
                                  bool readFields = false);
// Loads every page into a model and returns the resident set growth over `before` while the
// model still holds its rows.
qint64 loadAndMeasureGrowth(const ServerProcess& server, int pageSize, qint64 before);
// Resident set size of this process, after handing freed memory back to the system.
qint64 residentBytes();
// Median wall time of `runs` starts of `program args` until it exits with 0; -1 on failure.
double medianStartMs(const QString& program, const QStringList& args, int runs);
