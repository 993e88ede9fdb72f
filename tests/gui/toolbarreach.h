#pragma once

// Whether every action of the main window's toolbar can be reached by a person at the window's
// present size: on the toolbar, behind its extension (overflow) button, and in a menu.
#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

namespace keycard::test {

inline void collectMenuActions(const QMenu* menu, QSet<const QAction*>* into)
{
    for (const QAction* action : menu->actions()) {
        into->insert(action);
        if (action->menu())
            collectMenuActions(action->menu(), into);
    }
}

// The toolbar's commands (not its separators or embedded widgets) that the menu bar lacks.
inline QStringList toolbarActionsMissingFromMenus(const QMainWindow* window)
{
    QSet<const QAction*> inMenus;
    for (const QAction* top : window->menuBar()->actions())
        if (top->menu())
            collectMenuActions(top->menu(), &inMenus);
    QStringList missing;
    for (const QToolBar* toolBar : window->findChildren<QToolBar*>())
        for (const QAction* action : toolBar->actions())
            if (!action->isSeparator() && !qobject_cast<const QWidgetAction*>(action) &&
                !inMenus.contains(action))
                missing << action->text();
    return missing;
}

// The toolbar's items neither shown on the toolbar nor left to its extension button (which
// is only there when it is visible).
inline QStringList toolbarItemsOutOfReach(const QMainWindow* window)
{
    QStringList unreachable;
    for (QToolBar* toolBar : window->findChildren<QToolBar*>()) {
        const auto* extension =
            toolBar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
        const bool overflowOffered = extension && extension->isVisible();
        for (QAction* action : toolBar->actions()) {
            QWidget* widget = toolBar->widgetForAction(action);
            if (action->isSeparator() || !widget)
                continue;
            const bool shown = widget->isVisible() && toolBar->rect().contains(widget->geometry());
            if (!shown && !overflowOffered)
                unreachable << (action->text().isEmpty() ? widget->objectName() : action->text());
        }
    }
    return unreachable;
}

} // namespace keycard::test
