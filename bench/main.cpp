// keycard-bench: measures paging, memory, event-loop stalls and start-up, prints the figures
// and writes them to docs/benchmarks.md. Every figure is compared with a baseline measured in
// the same run on the same machine.
#include "measures.h"
#include "serverprocess.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QMainWindow>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace {

QString cpuName()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly))
        for (const QByteArray& line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    return QSysInfo::currentCpuArchitecture();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

int emptyWindow()
{
    QMainWindow window;
    window.show();
    QTimer::singleShot(0, &window, [&window] {
        window.repaint();
        QCoreApplication::exit(0);
    });
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    const QStringList args = [&] {
        QStringList list;
        for (int i = 0; i < argc; ++i)
            list << QString::fromLocal8Bit(argv[i]);
        return list;
    }();
    if (args.value(1) == QLatin1String("--serve")) {
        QCoreApplication app(argc, argv);
        return serve(args.value(2).toInt());
    }
    if (args.value(1) == QLatin1String("--empty-window")) {
        QApplication app(argc, argv);
        return emptyWindow();
    }
    QCoreApplication app(argc, argv);
    if (args.value(1) == QLatin1String("--paging-only")) {
        ServerProcess server;
        if (!server.start(10000))
            return 1;
        pageThroughModel(server, 100, false);
        pageThroughPlainNetwork(server, 100);
        return 0;
    }
    const QString output = args.value(1, QStringLiteral(KEYCARD_SOURCE_DIR "/docs/benchmarks.md"));
    const int pageSize = 100;
    const int rounds = 5;

    std::printf("1. paging 10,000 service accounts, %d a page, %d rounds each\n", pageSize, rounds);
    ServerProcess server;
    if (!server.start(10000))
        qFatal("the server process did not start");
    pageThroughModel(server, pageSize, false); // warm-up: connections, token, caches
    pageThroughPlainNetwork(server, pageSize);
    QList<double> modelMs, plainMs, readingMs;
    int modelRows = 0, plainRows = 0;
    for (int i = 0; i < rounds; ++i) {
        const PagingRun m = pageThroughModel(server, pageSize, false);
        const PagingRun p = pageThroughPlainNetwork(server, pageSize);
        const PagingRun r = pageThroughPlainNetwork(server, pageSize, true);
        modelMs << m.milliseconds;
        plainMs << p.milliseconds;
        readingMs << r.milliseconds;
        modelRows = m.rows;
        plainRows = p.rows;
    }
    const double pagingRatio = median(modelMs) / median(plainMs);
    const double readingRatio = median(modelMs) / median(readingMs);
    std::printf("   client+model %.1f ms (%d rows), plain QNetworkAccessManager %.1f ms (%d rows), "
                "ratio %.3f (target <= 1.15)\n",
                median(modelMs), modelRows, median(plainMs), plainRows, pagingRatio);
    std::printf("   plain loop that also reads every field %.1f ms, ratio %.3f\n",
                median(readingMs), readingRatio);

    std::printf("3. longest event-loop stall while pages arrive\n");
    QList<double> stalls;
    for (int i = 0; i < rounds; ++i)
        stalls << double(pageThroughModel(server, pageSize, true).longestStallMs);
    const double worstStall = *std::max_element(stalls.begin(), stalls.end());
    std::printf("   worst of %d runs: %.0f ms, median %.0f ms (target < 16 ms)\n", rounds,
                worstStall, median(stalls));

    std::printf("2. resident memory growth for 100,000 loaded rows\n");
    ServerProcess bigServer;
    if (!bigServer.start(100000))
        qFatal("the big server process did not start");
    const qint64 before = residentBytes();
    const double growthMb =
        double(loadAndMeasureGrowth(bigServer, pageSize, before)) / (1024.0 * 1024.0);
    std::printf("   %.1f MB for 100,000 rows (target <= 40 MB)\n", growthMb);

    std::printf("4. start-up to the first page of service accounts painted (--demo)\n");
    const double appMs =
        medianStartMs(QStringLiteral(KEYCARD_ADMIN_BINARY),
                      {QStringLiteral("--demo"), QStringLiteral("--smoke-test")}, 5);
    const double emptyMs = medianStartMs(QCoreApplication::applicationFilePath(),
                                         {QStringLiteral("--empty-window")}, 5);
    const double startRatio = appMs / emptyMs;
    std::printf("   keycard-admin --demo %.0f ms, empty QMainWindow %.0f ms, ratio %.2f\n", appMs,
                emptyMs, startRatio);

    // Keep the hand-written notes below the generated table.
    QString notes;
    {
        QFile previous(output);
        if (previous.open(QIODevice::ReadOnly | QIODevice::Text)) {
            const QString text = QString::fromUtf8(previous.readAll());
            const qsizetype at = text.indexOf(QLatin1String("\n## Notes"));
            if (at >= 0)
                notes = text.mid(at);
        }
    }
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(output));
        return 1;
    }
    QTextStream out(&file);
    out << "# Benchmarks\n\n"
        << "Written by `build/bench/keycard-bench` (run it again to refresh). Each figure is "
           "compared with a baseline measured in the same run; the local server runs in a child "
           "process so its work is not counted.\n\n"
        << "- Date: " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\n"
        << "- Machine: " << cpuName() << ", " << QThread::idealThreadCount() << " cores, "
        << QSysInfo::prettyProductName() << "\n"
        << "- Qt " << qVersion() << ", build type " << KEYCARD_BUILD_TYPE << "\n\n"
        << "| # | what | measured | baseline | figure | target |\n|---|---|---|---|---|---|\n";
    out << "| 1 | paging 10,000 service accounts (100 a page) through ApiClient + model | "
        << QString::number(median(modelMs), 'f', 1) << " ms | plain QNetworkAccessManager loop "
        << QString::number(median(plainMs), 'f', 1) << " ms | ratio "
        << QString::number(pagingRatio, 'f', 3) << " | <= 1.15 |\n";
    out << "| 1b | the same | " << QString::number(median(modelMs), 'f', 1)
        << " ms | plain loop that also reads every field of every item "
        << QString::number(median(readingMs), 'f', 1) << " ms | ratio "
        << QString::number(readingRatio, 'f', 3) << " | (context for 1) |\n";
    out << "| 2 | resident set growth, 100,000 loaded rows | " << QString::number(growthMb, 'f', 1)
        << " MB | RSS before loading | " << QString::number(growthMb * 1024 * 1024 / 100000, 'f', 0)
        << " bytes a row | <= 40 MB |\n";
    out << "| 3 | longest event-loop stall while pages arrive | "
        << QString::number(worstStall, 'f', 0) << " ms (worst of " << rounds
        << ") | 1 ms timer | median " << QString::number(median(stalls), 'f', 0)
        << " ms | < 16 ms |\n";
    out << "| 4 | start-up to first page painted, `--demo`, offscreen | "
        << QString::number(appMs, 'f', 0) << " ms | empty QMainWindow "
        << QString::number(emptyMs, 'f', 0) << " ms | ratio " << QString::number(startRatio, 'f', 2)
        << " | (reported) |\n";
    out << notes;
    std::printf("written to %s\n", qPrintable(output));
    return 0;
}
