#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace keycard {

// A main window's shortcuts do nothing while one of its modal dialogs is active. This lends the
// window's `actions` (File › Lock) to every dialog that opens over it, its dialogs' dialogs
// included, so that Ctrl+L locks from anywhere, as the idle lock does.
class DialogShortcuts final : public QObject
{
public:
    DialogShortcuts(QWidget* window, QList<QAction*> actions);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool opensOverWindow(const QWidget* dialog) const;

    QPointer<QWidget> m_window;
    QList<QPointer<QAction>> m_actions;
};

} // namespace keycard
