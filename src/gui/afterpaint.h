#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace keycard {

// Runs a function once, right after the next paint of a widget has finished: for what must wait
// until something is on screen (announcing the first page) or should not delay it (the window
// icon). When the widget is hidden it cannot paint, and the function runs on the next turn of
// the event loop instead. Deletes itself after running, or with the widget.
class AfterPaint final : public QObject
{
public:
    enum class Kind {
        Announcement, // right after the paint, ahead of anything already queued
        Housekeeping, // after the announcements of the same paint: work that must not delay them
    };
    static void run(QWidget* widget, std::function<void()> then, Kind kind = Kind::Announcement);

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    AfterPaint(QWidget* widget, std::function<void()> then, Kind kind);
    void finish();

    QPointer<QWidget> m_widget;
    std::function<void()> m_then;
    const Kind m_kind;
    bool m_finishing = false;
    bool m_queuedAgain = false;
};

} // namespace keycard
