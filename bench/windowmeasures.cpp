#include "windowmeasures.h"

#include "filteredlistmodel.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "measures.h"
#include "pagedlistmodel.h"
#include "profilestore.h"
#include "secretstore.h"
#include "serverprocess.h"
#include "session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <ctime>

using namespace keycard;

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

BenchWindow::BenchWindow(const ServerProcess& server)
    : m_profiles(std::make_unique<ProfileStore>()),
      m_secrets(std::make_unique<SecretStore>(QStringLiteral("Keycard Admin bench"))),
      m_window(std::make_unique<MainWindow>(*m_profiles, *m_secrets))
{
    m_window->resize(1280, 800);
    m_window->setPreferredOrganization(server.orgId);
    m_window->show();
    panel = m_window->findChild<ListPanel*>(QStringLiteral("accountsPanel"));
    if (!panel)
        qFatal("no accounts panel");
    view = panel->view();
    proxy = qobject_cast<FilteredListModel*>(view->model());
    source = proxy->pagedSource();

    QEventLoop loop;
    QObject::connect(m_window.get(), &MainWindow::accountsShown, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, [] { qFatal("the first page was not shown in 60 s"); });
    m_window->signIn(configFor(server), {QString(), QStringLiteral("bench")});
    loop.exec();
}

BenchWindow::~BenchWindow() = default;

ScrollRun scrollToEnd(BenchWindow& window, bool measureStalls)
{
    ScrollRun run;
    QEventLoop loop;
    StallMeter stalls;
    QTableView* view = window.view;
    const auto keepAtBottom = QObject::connect(window.proxy, &QAbstractItemModel::rowsInserted,
                                               view, [view] { view->scrollToBottom(); });
    QObject::connect(window.source, &PagedListModel::loadStateChanged, &loop, [&] {
        switch (window.source->loadState()) {
        case PagedListModel::LoadState::Complete:
            loop.quit();
            break;
        case PagedListModel::LoadState::Failed:
        case PagedListModel::LoadState::Broken:
            qFatal("paging failed: %s", qPrintable(window.source->statusText()));
        case PagedListModel::LoadState::Idle:
        case PagedListModel::LoadState::Loading:
            break;
        }
    });
    const qint64 rssBefore = residentBytes();
    const double cpuBefore = processCpuMs();
    QElapsedTimer timer;
    timer.start();
    if (measureStalls)
        stalls.start();
    view->scrollToBottom();
    loop.exec();
    run.longestStallMs = stalls.longestMs();
    view->scrollToBottom();
    view->viewport()->repaint();
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.cpuMs = processCpuMs() - cpuBefore;
    run.rows = window.source->rowCount();
    QObject::disconnect(keepAtBottom);
    QObject::disconnect(window.source, &PagedListModel::loadStateChanged, &loop, nullptr);
    run.rssGrowthBytes = residentBytes() - rssBefore;
    return run;
}

double filterKeystroke(BenchWindow& window, int key, const QString& text)
{
    QLineEdit* edit = window.panel->filterEdit();
    QElapsedTimer timer;
    timer.start();
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(edit, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(edit, &release);
    const QString expected = edit->text().trimmed();
    while (window.proxy->filterText() != expected)
        QCoreApplication::processEvents();
    window.view->viewport()->repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}

double containsBaselineMs(const BenchWindow& window, const QString& text)
{
    QStringList strings;
    const PagedListModel* source = window.source;
    const QList<int> columns = source->textColumns();
    strings.reserve(source->rowCount() * columns.size());
    for (int row = 0; row < source->rowCount(); ++row)
        for (int column : columns)
            strings.append(
                source->index(row, column).data(PagedListModel::FilterTextRole).toString());
    QElapsedTimer timer;
    timer.start();
    int matches = 0;
    for (const QString& s : std::as_const(strings))
        matches += s.contains(text, Qt::CaseInsensitive) ? 1 : 0;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (matches < 0)
        qFatal("unreachable");
    return ms;
}

SearchRun noMatchSearch(BenchWindow& window)
{
    SearchRun run;
    QEventLoop loop;
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    const auto settled = [&] {
        const auto state = window.proxy->searchState();
        if (state == FilteredListModel::SearchState::Paused ||
            (state == FilteredListModel::SearchState::Idle && !window.source->isLoading() &&
             !window.proxy->filterText().isEmpty()))
            loop.quit();
    };
    QObject::connect(window.proxy, &FilteredListModel::searchStateChanged, &loop, settled);
    QElapsedTimer timer;
    timer.start();
    // "q" occurs in no name or description of the bench organization.
    filterKeystroke(window, Qt::Key_Q, QStringLiteral("q"));
    loop.exec();
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.paused = window.proxy->searchState() == FilteredListModel::SearchState::Paused;
    run.rowsSearched = window.source->loadedCount();
    return run;
}
