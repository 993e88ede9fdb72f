#include "dialogshortcuts.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QEvent>

namespace keycard {

DialogShortcuts::DialogShortcuts(QWidget* window, QList<QAction*> actions)
    : QObject(window), m_window(window)
{
    for (QAction* action : actions)
        m_actions.append(action);
    qApp->installEventFilter(this);
}

bool DialogShortcuts::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Show || !watched->isWidgetType())
        return false;
    auto* dialog = qobject_cast<QDialog*>(watched);
    if (!dialog || !opensOverWindow(dialog))
        return false;
    for (QAction* action : std::as_const(m_actions))
        if (action && !dialog->actions().contains(action))
            dialog->addAction(action);
    return false;
}

bool DialogShortcuts::opensOverWindow(const QWidget* dialog) const
{
    for (const QObject* owner = dialog->parent(); owner; owner = owner->parent())
        if (owner == m_window)
            return true;
    return false;
}

} // namespace keycard
