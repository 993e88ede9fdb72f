#pragma once

#include "connectionconfig.h"

#include <QElapsedTimer>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTimer>

class ServerProcess;

// How to sign in to the server process.
keycard::ConnectionConfig configFor(const ServerProcess& server);

// The longest gap between two turns of a 1 ms timer once started: the longest event-loop stall.
class StallMeter final
{
public:
    StallMeter();
    Q_DISABLE_COPY_MOVE(StallMeter)
    void start();
    qint64 longestMs() const { return m_longestMs; }

private:
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    qint64 m_longestMs = 0;
};

struct PagingRun
{
    double milliseconds = 0;
    int rows = 0;
    int pages = 0;
    qint64 longestStallMs = 0; // only measured when asked for
    double cpuMs = 0;          // this process's CPU time, every thread
};

enum class PlainLoop {
    NoParse,    // finds the cursor with a byte search: the network alone
    Parse,      // QJsonDocument over every page
    ReadFields, // QJsonDocument, then every field of every item
};

// Every page of the "bench" organization through ApiClient and ServiceAccountsModel.
PagingRun pageThroughModel(const ServerProcess& server, int pageSize, bool measureStalls);
// The same pages with a bare QNetworkAccessManager loop: token, then GET after GET. NoParse
// is the baseline of the targets; the others show what parsing alone costs.
PagingRun pageThroughPlainNetwork(const ServerProcess& server, int pageSize,
                                  PlainLoop mode = PlainLoop::NoParse);
// Loads every page into a model and returns the resident set growth over `before` while the
// model still holds its rows.
qint64 loadAndMeasureGrowth(const ServerProcess& server, int pageSize, qint64 before);
// Resident set size of this process, after handing freed memory back to the system.
qint64 residentBytes();
// Wall times of `runs` starts of `program args` (offscreen, with `environment` added) until it
// prints its first line (after its first paint); empty when it prints nothing or does not exit
// with 0.
QList<double> startTimesMs(const QString& program, const QStringList& args, int runs,
                           const QProcessEnvironment& environment = {});
