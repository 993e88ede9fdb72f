#pragma once

#include <QList>
#include <memory>

class ServerProcess;
class QTableView;

namespace keycard {
class FilteredListModel;
class ListPanel;
class MainWindow;
class PagedListModel;
class ProfileStore;
class SecretStore;
} // namespace keycard

// The real main window, offscreen at 1280x800 with the app's default settings, signed in to
// the server with its first page of service accounts painted.
class BenchWindow final
{
public:
    explicit BenchWindow(const ServerProcess& server);
    ~BenchWindow();

    QTableView* view = nullptr;
    keycard::ListPanel* panel = nullptr;
    keycard::FilteredListModel* proxy = nullptr;
    keycard::PagedListModel* source = nullptr;

private:
    std::unique_ptr<keycard::ProfileStore> m_profiles;
    std::unique_ptr<keycard::SecretStore> m_secrets;
    std::unique_ptr<keycard::MainWindow> m_window;
};

struct ScrollRun
{
    double wallMs = 0;
    double cpuMs = 0;
    int rows = 0;
    qint64 longestStallMs = 0;
    qint64 rssGrowthBytes = 0; // the whole process, from the first page painted to the last
};

// Keeps the table at the bottom (as a person holding End would) until every page is loaded
// and the last one painted.
ScrollRun scrollToEnd(BenchWindow& window, bool measureStalls);

// One keystroke in the filter box, to the filtered table painted; milliseconds.
double filterKeystroke(BenchWindow& window, int key, const QString& text);

// The raw cost of what the filter does: contains() over every loaded name and description.
double containsBaselineMs(const BenchWindow& window, const QString& text);

struct SearchRun
{
    bool paused = false;
    int rowsSearched = 0;
    double wallMs = 0;
};

// Types a filter that matches nothing with only the first page loaded, and waits until the
// search pauses on its own (or, if it never does, until the organization is loaded).
SearchRun noMatchSearch(BenchWindow& window);

// Process CPU time (every thread), milliseconds.
double processCpuMs();
