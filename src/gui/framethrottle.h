#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

namespace keycard {

// Runs a function at most once a frame (16 ms): at once when it last ran a frame ago or more,
// otherwise once at the end of the frame for every request meanwhile. For what follows data that
// changes with every page (counts in the status bar), where each run lays out and shapes text.
class FrameThrottle final : public QObject
{
public:
    static constexpr int kFrameMs = 16;

    FrameThrottle(std::function<void()> run, QObject* parent);
    void request();

private:
    void runNow();

    std::function<void()> m_run;
    QTimer m_timer;
    QElapsedTimer m_sinceRun;
};

} // namespace keycard
