#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

class QAction;

class QTableView;
class QLineEdit;

namespace Ui {
class ListPanel;
}

namespace keycard {

class ApiError;
class PagedListModel;
class FilteredListModel;

// One paged list on screen: a title, a filter box, the table, an empty state that says what to
// do, and a footer that shows how much is loaded, loading, a failed page with Retry, broken
// paging, or how far a filter searched the server (with Stop and Search further).
class ListPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ListPanel(QWidget* parent = nullptr);
    ~ListPanel() override;

    void setTitle(const QString& title);
    void setFilterPlaceholder(const QString& text);
    // Shown when the list is complete and empty; %1 in noMatchesText is the filter.
    void setEmptyTexts(const QString& noItemsText, const QString& noMatchesText);
    // Shown instead of the table when there is nothing to list yet (no account selected).
    void setIdleText(const QString& text);
    void setModels(PagedListModel* source, FilteredListModel* proxy);
    // While a page has failed, the footer offers the action `pick` returns for the error beside
    // Retry (Sign in again, Choose another organization); none when it returns nullptr.
    void setRecoveryActions(std::function<QAction*(const ApiError&)> pick);

    QTableView* view() const;
    QLineEdit* filterEdit() const;
    QString statusText() const;     // the footer's text, for tests and the status bar
    QString emptyStateText() const; // empty when the table is shown

signals:
    void summaryChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void updateState();
    void applyFilter();
    void holdPaintUntilNextFrame();
    void releasePaint();
    void updateVisibleRowTarget();

    std::unique_ptr<Ui::ListPanel> m_ui;
    PagedListModel* m_source = nullptr;
    FilteredListModel* m_proxy = nullptr;
    QString m_noItemsText;
    QString m_noMatchesText;
    QString m_idleText;
    QTimer m_filterTimer;
    QTimer m_frameTimer;          // ends a held paint
    QElapsedTimer m_sinceRelease; // since the view last painted rows that streamed in
    bool m_paintHeld = false;
    bool m_stateStale = false; // updateState() waits for the held paint
    bool m_shownOnce = false;
    std::function<QAction*(const ApiError&)> m_pickRecovery;
    QPointer<QAction> m_recovery;
};

} // namespace keycard
