// keycard-bench: measures what a person feels at 100,000 rows (paging, filtering, scrolling,
// stalls, start-up, memory) with the real main window offscreen and the app's default
// settings, prints the figures and writes them to docs/benchmarks.md. Every figure is compared
// with a baseline measured in the same run on the same machine.
#include "filteredlistmodel.h"
#include "measures.h"
#include "preferences.h"
#include "serverprocess.h"
#include "windowmeasures.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

constexpr int kRounds = 5;

QString cpuName()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly))
        for (const QByteArray& line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    return QSysInfo::currentCpuArchitecture();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
               : QStringLiteral("?");
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double minimum(const QList<double>& values)
{
    return values.isEmpty() ? -1 : *std::min_element(values.begin(), values.end());
}

double maximum(const QList<double>& values)
{
    return values.isEmpty() ? -1 : *std::max_element(values.begin(), values.end());
}

// Shows the window and prints `line` once its first paint is done.
int showAndReport(QMainWindow& window, const char* line)
{
    window.show();
    QTimer::singleShot(0, &window, [&window, line] {
        window.repaint();
        std::printf("%s\n", line);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    return QApplication::exec();
}

// Context for target 6: what painting a page of text in a table costs without any network or
// app code. The app's window comes up at 796x720 offscreen with fresh settings.
int tableWindow()
{
    QMainWindow window;
    auto* table = new QTableWidget(100, 4, &window);
    table->setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Description"),
                                      QStringLiteral("ID"), QStringLiteral("Updated")});
    for (int row = 0; row < 100; ++row) {
        const QStringList cells{
            QStringLiteral("bench-account-%1").arg(99999 - row),
            QStringLiteral("Service account number %1 of the benchmark").arg(99999 - row),
            QStringLiteral("IKYrlM92nNSf3Na0oMDar%1").arg(row, 5, 10, QLatin1Char('0')),
            QStringLiteral("2026-11-29 16:01")};
        for (int column = 0; column < 4; ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    window.setCentralWidget(table);
    window.resize(796, 720);
    return showAndReport(window, "table window painted");
}

// Context for target 6: Qt's own start, common to every run measured there: the libraries
// loaded and QApplication constructed, nothing shown.
int bareApplication()
{
    std::printf("application constructed\n");
    std::fflush(stdout);
    return 0;
}

int emptyWindow()
{
    QMainWindow window;
    return showAndReport(window, "empty window painted");
}

QString num(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

// One line of the table in docs/benchmarks.md, and its verdict.
struct Row
{
    QString id, what, measured, baseline, figure, target;
    bool met = false;
    bool hasTarget = true; // false: shown beside another row
};

QString verdict(const Row& row)
{
    if (!row.hasTarget)
        return QStringLiteral("no target");
    return row.met ? QStringLiteral("met") : QStringLiteral("**missed**");
}

QList<Row> g_rows;

void addRow(const Row& row)
{
    g_rows.append(row);
    std::printf("%s. %s\n   measured %s; baseline %s\n   %s (target %s): %s\n", qPrintable(row.id),
                qPrintable(row.what), qPrintable(row.measured), qPrintable(row.baseline),
                qPrintable(row.figure), qPrintable(row.target), qPrintable(verdict(row)));
    std::fflush(stdout);
}

QString minMedian(const QList<double>& values, const char* unit, int decimals = 1)
{
    return QStringLiteral("min %1 %3, median %2 %3")
        .arg(num(minimum(values), decimals), num(median(values), decimals), QLatin1String(unit));
}

void writeMarkdown(const QString& output, int pageSize, const QString& loadAtStart)
{
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
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        qFatal("cannot write %s", qPrintable(output));
    QTextStream out(&file);
    out << "# Benchmarks\n\n"
        << "Written by `build/bench/keycard-bench` (run it again to refresh). Each figure is "
           "compared with a baseline measured in the same run, over at least "
        << kRounds
        << " repetitions (min and median). The local server runs in a child process so its "
           "work is not counted; the app runs as the real main window, offscreen at 1280x800, "
           "with its default settings ("
        << pageSize << " rows a page); debug logging is off.\n\n"
        << "- Date: " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\n"
        << "- Machine: " << cpuName() << ", " << QThread::idealThreadCount() << " cores, "
        << QSysInfo::prettyProductName() << ", load average (1, 5, 15 min) at the start "
        << loadAtStart << ", at the end " << loadAverage() << "\n"
        << "- Qt " << qVersion() << ", build type " << KEYCARD_BUILD_TYPE << "\n\n"
        << "| # | what a person does | measured | baseline in the same run | figure | target | "
           "verdict |\n|---|---|---|---|---|---|---|\n";
    for (const Row& row : std::as_const(g_rows))
        out << "| " << row.id << " | " << row.what << " | " << row.measured << " | " << row.baseline
            << " | " << row.figure << " | " << row.target << " | " << verdict(row) << " |\n";
    out << notes;
    std::printf("written to %s\n", qPrintable(output));
}

struct StartUpTimes
{
    QList<double> appMs, emptyMs, demoMs, tableMs, bareMs;
};

// Alternating starts of the app (signing in with KEYCARD_API_* to `server`), of an empty
// QMainWindow and of the app with --demo, each to its first paint, with fresh settings folders.
StartUpTimes measureStartUp(const ServerProcess& server, int rounds)
{
    QTemporaryDir home;
    QProcessEnvironment env;
    for (const char* name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.insert(QLatin1String(name), home.path() + QLatin1Char('/') + QLatin1String(name));
    QProcessEnvironment signIn = env;
    signIn.insert(QStringLiteral("KEYCARD_API_BASE_URL"), server.baseUrl.toString());
    signIn.insert(QStringLiteral("KEYCARD_API_CLIENT_ID"), server.clientId);
    signIn.insert(QStringLiteral("KEYCARD_API_CLIENT_SECRET"), server.clientSecret);
    const QStringList smoke{QStringLiteral("--smoke-test"), QStringLiteral("--organization"),
                            server.orgId};
    // Warm the disk cache for both programs first.
    startTimesMs(QStringLiteral(KEYCARD_ADMIN_BINARY), smoke, 1, signIn);
    startTimesMs(QCoreApplication::applicationFilePath(), {QStringLiteral("--empty-window")}, 1,
                 env);
    StartUpTimes times;
    for (int i = 0; i < rounds; ++i) {
        times.appMs << startTimesMs(QStringLiteral(KEYCARD_ADMIN_BINARY), smoke, 1, signIn);
        times.emptyMs << startTimesMs(QCoreApplication::applicationFilePath(),
                                      {QStringLiteral("--empty-window")}, 1, env);
        times.demoMs << startTimesMs(QStringLiteral(KEYCARD_ADMIN_BINARY),
                                     {QStringLiteral("--demo"), QStringLiteral("--smoke-test")}, 1,
                                     env);
        times.tableMs << startTimesMs(QCoreApplication::applicationFilePath(),
                                      {QStringLiteral("--table-window")}, 1, env);
        times.bareMs << startTimesMs(QCoreApplication::applicationFilePath(),
                                     {QStringLiteral("--bare-application")}, 1, env);
    }
    if (times.appMs.size() != rounds || times.emptyMs.size() != rounds ||
        times.demoMs.size() != rounds || times.tableMs.size() != rounds ||
        times.bareMs.size() != rounds)
        qFatal("a start-up run failed");
    return times;
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
    if (args.value(1) == QLatin1String("--table-window")) {
        QApplication app(argc, argv);
        return tableWindow();
    }
    if (args.value(1) == QLatin1String("--bare-application")) {
        QApplication app(argc, argv);
        return bareApplication();
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\nkeycard.*.info=false"));
    // The app's default settings, and nothing written to the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KeycardBench"));
    QCoreApplication::setApplicationName(QStringLiteral("keycard-bench"));
    const int pageSize = keycard::Preferences().pageSize;

    if (args.value(1) == QLatin1String("--paging-only")) {
        ServerProcess server;
        if (!server.start(10000))
            return 1;
        const int rounds = qMax(1, args.value(2).toInt());
        for (int i = 0; i < rounds; ++i) {
            const PagingRun m = pageThroughModel(server, pageSize, false);
            const PagingRun r = pageThroughPlainNetwork(server, pageSize);
            std::printf("paging: client + model %.1f ms (%.1f ms CPU), raw loop %.1f ms (%.1f ms "
                        "CPU)\n",
                        m.milliseconds, m.cpuMs, r.milliseconds, r.cpuMs);
        }
        return 0;
    }
    if (args.value(1) == QLatin1String("--startup-only")) {
        ServerProcess server;
        if (!server.start(10000))
            return 1;
        const StartUpTimes times = measureStartUp(server, qMax(1, args.value(2).toInt()));
        std::printf("start-up: app median %.1f ms (min %.1f), empty window median %.1f ms (min "
                    "%.1f), ratio %.2f; --demo median %.1f ms; table window median %.1f ms; bare "
                    "QApplication median %.1f ms\n",
                    median(times.appMs), minimum(times.appMs), median(times.emptyMs),
                    minimum(times.emptyMs), median(times.appMs) / median(times.emptyMs),
                    median(times.demoMs), median(times.tableMs), median(times.bareMs));
        return 0;
    }
    if (args.value(1) == QLatin1String("--scroll-only")) {
        ServerProcess server;
        if (!server.start(100000))
            return 1;
        BenchWindow window(server);
        const ScrollRun run = scrollToEnd(window, false);
        std::printf("scroll: %.0f ms, %.0f ms CPU, %d rows, %.1f MB\n", run.wallMs, run.cpuMs,
                    run.rows, double(run.rssGrowthBytes) / 1048576.0);
        return 0;
    }
    const QString output = args.value(1, QStringLiteral(KEYCARD_SOURCE_DIR "/docs/benchmarks.md"));
    const QString loadAtStart = loadAverage();
    std::printf("load average %s, page size %d, %d rounds\n", qPrintable(loadAtStart), pageSize,
                kRounds);

    // 1. Paging through client + model against the raw loop.
    ServerProcess server;
    if (!server.start(10000))
        qFatal("the server process did not start");
    pageThroughModel(server, pageSize, false); // warm-up: connections, token, caches
    pageThroughPlainNetwork(server, pageSize);
    QList<double> modelMs, modelCpu, rawMs, rawCpu, parseMs;
    for (int i = 0; i < kRounds; ++i) {
        const PagingRun m = pageThroughModel(server, pageSize, false);
        const PagingRun r = pageThroughPlainNetwork(server, pageSize, PlainLoop::NoParse);
        const PagingRun p = pageThroughPlainNetwork(server, pageSize, PlainLoop::Parse);
        modelMs << m.milliseconds;
        modelCpu << m.cpuMs;
        rawMs << r.milliseconds;
        rawCpu << r.cpuMs;
        parseMs << p.milliseconds;
    }
    const double wallRatio = median(modelMs) / median(rawMs);
    const double cpuRatio = median(modelCpu) / median(rawCpu);
    addRow({QStringLiteral("1"),
            QStringLiteral("paging 10,000 service accounts through ApiClient + model (wall)"),
            minMedian(modelMs, "ms"),
            QStringLiteral("raw QNetworkAccessManager loop, no parsing: ") + minMedian(rawMs, "ms"),
            QStringLiteral("ratio of medians %1 (of minima %2)")
                .arg(num(wallRatio, 2), num(minimum(modelMs) / minimum(rawMs), 2)),
            QStringLiteral("<= 1.15"), wallRatio <= 1.15});
    addRow({QStringLiteral("1b"), QStringLiteral("the same, CPU time of the process"),
            minMedian(modelCpu, "ms"), minMedian(rawCpu, "ms"),
            QStringLiteral("ratio of medians %1 (of minima %2)")
                .arg(num(cpuRatio, 2), num(minimum(modelCpu) / minimum(rawCpu), 2)),
            QStringLiteral("<= 2.0"), cpuRatio <= 2.0});
    std::printf("   (context: a loop that parses every page with QJsonDocument: %s)\n",
                qPrintable(minMedian(parseMs, "ms")));

    // 5. Event-loop stalls with the table shown while 10,000 rows stream in.
    QList<double> stalls;
    for (int i = 0; i < kRounds; ++i) {
        BenchWindow window(server);
        stalls << double(scrollToEnd(window, true).longestStallMs);
    }
    addRow({QStringLiteral("5"),
            QStringLiteral("longest event-loop stall, table shown and kept at the bottom while "
                           "10,000 rows stream in"),
            QStringLiteral("worst %1 ms, median %2 ms")
                .arg(num(maximum(stalls), 0), num(median(stalls), 0)),
            QStringLiteral("a 1 ms timer"),
            QStringLiteral("worst of %1: %2 ms").arg(kRounds).arg(num(maximum(stalls), 0)),
            QStringLiteral("< 16 ms"), maximum(stalls) < 16});

    // 4 and 7. Scrolling to the end of 100,000 rows, and the memory they take.
    ServerProcess bigServer;
    if (!bigServer.start(100000))
        qFatal("the big server process did not start");
    pageThroughPlainNetwork(bigServer, pageSize); // warm-up
    QList<double> scrollMs, scrollCpu, bigRawMs, growthMb;
    std::unique_ptr<BenchWindow> loaded;
    for (int i = 0; i < kRounds; ++i) {
        loaded.reset();
        loaded = std::make_unique<BenchWindow>(bigServer);
        const ScrollRun run = scrollToEnd(*loaded, false);
        if (run.rows != 100000)
            qFatal("scrolled to %d rows, not 100,000", run.rows);
        scrollMs << run.wallMs;
        scrollCpu << run.cpuMs;
        growthMb << double(run.rssGrowthBytes) / (1024.0 * 1024.0);
        bigRawMs << pageThroughPlainNetwork(bigServer, pageSize).milliseconds;
        std::printf("   scroll round %d: %.0f ms (%.0f ms CPU), raw loop %.0f ms\n", i + 1,
                    run.wallMs, run.cpuMs, bigRawMs.last());
        std::fflush(stdout);
    }
    const double scrollRatio = median(scrollMs) / median(bigRawMs);
    addRow({QStringLiteral("4"),
            QStringLiteral("scroll to the end of 100,000 service accounts, table shown and kept "
                           "at the bottom"),
            minMedian(scrollMs, "ms", 0) +
                QStringLiteral(" (CPU median %1 ms)").arg(num(median(scrollCpu), 0)),
            QStringLiteral("raw loop over the same pages: ") + minMedian(bigRawMs, "ms", 0),
            QStringLiteral("ratio of medians %1 (of minima %2)")
                .arg(num(scrollRatio, 2), num(minimum(scrollMs) / minimum(bigRawMs), 2)),
            QStringLiteral("<= 1.5"), scrollRatio <= 1.5});
    addRow(
        {QStringLiteral("7"),
         QStringLiteral("whole-process memory growth for 100,000 loaded rows (window, "
                        "models, view)"),
         minMedian(growthMb, "MB"), QStringLiteral("RSS with the first page painted"),
         QStringLiteral("median %1 bytes a row").arg(num(median(growthMb) * 1048576 / 100000, 0)),
         QStringLiteral("<= 40 MB"), median(growthMb) <= 40});

    // 2. Filter keystrokes with the 100,000 rows loaded and the table shown.
    QList<double> firstChar, backToEmpty, noMatch, containsMs;
    for (int i = 0; i < kRounds; ++i) {
        firstChar << filterKeystroke(*loaded, Qt::Key_9, QStringLiteral("9"));
        if (i == 0)
            std::printf("   \"9\" matches %d rows\n", loaded->proxy->rowCount());
        containsMs << containsBaselineMs(*loaded, QStringLiteral("9"));
        backToEmpty << filterKeystroke(*loaded, Qt::Key_Backspace, QString());
        noMatch << filterKeystroke(*loaded, Qt::Key_Q, QStringLiteral("q"));
        backToEmpty << filterKeystroke(*loaded, Qt::Key_Backspace, QString());
    }
    const double worstFilter = std::max({median(firstChar), median(backToEmpty), median(noMatch)});
    addRow({QStringLiteral("2"),
            QStringLiteral("a filter keystroke with 100,000 rows loaded, to the table painted: "
                           "first character \"9\" / backspace to empty / \"q\", no match"),
            QStringLiteral("medians %1 / %2 / %3 ms (minima %4 / %5 / %6 ms)")
                .arg(num(median(firstChar)), num(median(backToEmpty)), num(median(noMatch)),
                     num(minimum(firstChar)), num(minimum(backToEmpty)), num(minimum(noMatch))),
            QStringLiteral("contains() over all 200,000 strings: ") + minMedian(containsMs, "ms"),
            QStringLiteral("slowest median %1 ms").arg(num(worstFilter)),
            QStringLiteral("<= 50 ms median"), worstFilter <= 50});
    loaded.reset();

    // 3. A filter that matches nothing, only the first page loaded.
    QList<double> searchMs;
    QList<double> searchedRows;
    bool alwaysPaused = true;
    for (int i = 0; i < kRounds; ++i) {
        BenchWindow window(bigServer);
        const SearchRun run = noMatchSearch(window);
        alwaysPaused = alwaysPaused && run.paused;
        searchMs << run.wallMs;
        searchedRows << run.rowsSearched;
    }
    addRow(
        {QStringLiteral("3"),
         QStringLiteral("a filter that matches nothing in 100,000 accounts, only the first "
                        "page loaded"),
         QStringLiteral("%1 after searching %2 rows (%3 requests) in %4 ms median; Stop and "
                        "Search further in the footer")
             .arg(alwaysPaused ? QStringLiteral("paused") : QStringLiteral("did not pause"))
             .arg(num(maximum(searchedRows), 0))
             .arg(num(maximum(searchedRows) / pageSize, 0))
             .arg(num(median(searchMs), 0)),
         QStringLiteral("the whole organization: 100,000 rows, %1 requests").arg(100000 / pageSize),
         QStringLiteral("%1% of the organization").arg(num(maximum(searchedRows) / 1000.0, 0)),
         QStringLiteral("pauses on its own after a bounded step, can be stopped"),
         alwaysPaused && maximum(searchedRows) < 100000});

    // 6. Start-up to the first page painted.
    const StartUpTimes start = measureStartUp(server, kRounds);
    const QList<double>& appMs = start.appMs;
    const QList<double>& emptyMs = start.emptyMs;
    const QList<double>& demoMs = start.demoMs;
    const double startRatio = median(appMs) / median(emptyMs);
    addRow(
        {QStringLiteral("6"),
         QStringLiteral("start-up to the first page of service accounts painted, signing in "
                        "with `KEYCARD_API_*` against the running server"),
         minMedian(appMs, "ms", 0),
         QStringLiteral("an empty QMainWindow to its first paint: ") + minMedian(emptyMs, "ms", 0),
         QStringLiteral("ratio of medians %1 (of minima %2)")
             .arg(num(startRatio, 2), num(minimum(appMs) / minimum(emptyMs), 2)),
         QStringLiteral("<= 1.5"), startRatio <= 1.5});
    addRow({QStringLiteral("6b"),
            QStringLiteral("the same with `--demo` (builds the demo data first)"),
            minMedian(demoMs, "ms", 0), minMedian(emptyMs, "ms", 0),
            QStringLiteral("ratio of medians %1").arg(num(median(demoMs) / median(emptyMs), 2)),
            QStringLiteral("(beside 6)"), false, false});
    const QList<double>& tableMs = start.tableMs;
    addRow({QStringLiteral("6c"),
            QStringLiteral("context for 6: a QMainWindow holding a QTableWidget of 100 rows of "
                           "the same text, 796x720 like the app's window, no network"),
            minMedian(tableMs, "ms", 0), minMedian(emptyMs, "ms", 0),
            QStringLiteral("ratio of medians %1; the app against it: %2")
                .arg(num(median(tableMs) / median(emptyMs), 2),
                     num(median(appMs) / median(tableMs), 2)),
            QStringLiteral("(beside 6)"), false, false});
    const QList<double>& bareMs = start.bareMs;
    const double budgetMs = 1.5 * median(emptyMs) - median(bareMs);
    addRow(
        {QStringLiteral("6d"),
         QStringLiteral("context for 6: Qt's own start, common to every run above (libraries "
                        "loaded, QApplication constructed, nothing shown)"),
         minMedian(bareMs, "ms", 1), minMedian(emptyMs, "ms", 1),
         QStringLiteral("ratio of medians %1. Left within target 6 for everything after it "
                        "(sign-in, window, first paint): %2 ms; the bare table window (6c) "
                        "takes %3 ms after it, the app %4 ms")
             .arg(num(median(bareMs) / median(emptyMs), 2), num(budgetMs, 1),
                  num(median(tableMs) - median(bareMs), 1), num(median(appMs) - median(bareMs), 1)),
         QStringLiteral("(beside 6)"), false, false});

    std::printf("load average at the end %s\n", qPrintable(loadAverage()));
    writeMarkdown(output, pageSize, loadAtStart);
    return 0;
}
