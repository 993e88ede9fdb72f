#include "listpanel.h"

#include "afterpaint.h"
#include "filteredlistmodel.h"
#include "pagedlistmodel.h"
#include "textcelldelegate.h"
#include "ui_listpanel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QResizeEvent>
#include <QShowEvent>
#include <QSizePolicy>
#include <utility>

namespace keycard {

ListPanel::ListPanel(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::ListPanel>())
{
    m_ui->setupUi(this);
    m_ui->view->setItemDelegate(new TextCellDelegate(m_ui->view));
    m_ui->view->verticalHeader()->hide();
    m_ui->view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->view->horizontalHeader()->setStretchLastSection(true);
    m_ui->view->horizontalHeader()->setHighlightSections(false);
    // Tab leaves the table (the arrow keys walk its cells); Esc in the filter clears it.
    m_ui->view->setTabKeyNavigation(false);
    m_ui->filterEdit->installEventFilter(this);
    m_ui->footer->hide();
    // The status text moves neither when the busy bar comes and goes with every page.
    QSizePolicy busyPolicy = m_ui->busyBar->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_ui->busyBar->setSizePolicy(busyPolicy);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (m_source)
            m_source->retry();
    });
    m_ui->recoverButton->hide();
    connect(m_ui->recoverButton, &QPushButton::clicked, this, [this] {
        if (m_recovery)
            m_recovery->trigger();
    });
    connect(m_ui->stopSearchButton, &QPushButton::clicked, this, [this] {
        if (m_proxy)
            m_proxy->stopSearch();
    });
    connect(m_ui->searchFurtherButton, &QPushButton::clicked, this, [this] {
        if (m_proxy)
            m_proxy->searchFurther();
    });
    // Keystrokes that arrive together are applied once, on the next turn of the event loop.
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(0);
    connect(&m_filterTimer, &QTimer::timeout, this, &ListPanel::applyFilter);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, &m_filterTimer, qOverload<>(&QTimer::start));
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &ListPanel::releasePaint);
    m_sinceRelease.start();
}

ListPanel::~ListPanel() = default;

void ListPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_shownOnce, true))
        return;
    // The clear button's icon is read from an image file, a millisecond at start-up: it is added
    // once the panel has been painted (it only shows when there is text to clear).
    AfterPaint::run(
        this, [this] { m_ui->filterEdit->setClearButtonEnabled(true); },
        AfterPaint::Kind::Housekeeping);
}

void ListPanel::setTitle(const QString& title)
{
    m_ui->titleLabel->setText(title);
}

void ListPanel::setFilterPlaceholder(const QString& text)
{
    m_ui->filterEdit->setPlaceholderText(text);
}

void ListPanel::setEmptyTexts(const QString& noItemsText, const QString& noMatchesText)
{
    m_noItemsText = noItemsText;
    m_noMatchesText = noMatchesText;
    updateState();
}

void ListPanel::setIdleText(const QString& text)
{
    m_idleText = text;
    updateState();
}

void ListPanel::setModels(PagedListModel* source, FilteredListModel* proxy)
{
    m_source = source;
    m_proxy = proxy;
    m_ui->view->setModel(proxy);
    connect(source, &PagedListModel::loadStateChanged, this, &ListPanel::updateState);
    // Before the view hears of the rows, so that it does not paint them at once.
    connect(proxy, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &ListPanel::holdPaintUntilNextFrame);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &ListPanel::updateState);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &ListPanel::updateState);
    connect(proxy, &QAbstractItemModel::modelReset, this, &ListPanel::updateState);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &ListPanel::updateState);
    connect(proxy, &FilteredListModel::searchStateChanged, this, &ListPanel::updateState);
    updateVisibleRowTarget();
    updateState();
}

void ListPanel::setRecoveryActions(std::function<QAction*(const ApiError&)> pick)
{
    m_pickRecovery = std::move(pick);
    updateState();
}

QTableView* ListPanel::view() const
{
    return m_ui->view;
}

QLineEdit* ListPanel::filterEdit() const
{
    return m_ui->filterEdit;
}

QString ListPanel::statusText() const
{
    return m_ui->footer->isHidden() ? QString() : m_ui->statusLabel->text();
}

QString ListPanel::emptyStateText() const
{
    return m_ui->stack->currentWidget() == m_ui->emptyLabel ? m_ui->emptyLabel->text() : QString();
}

bool ListPanel::eventFilter(QObject* watched, QEvent* event)
{
    const bool shortcut = event->type() == QEvent::ShortcutOverride;
    if (watched != m_ui->filterEdit || (!shortcut && event->type() != QEvent::KeyPress))
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() != Qt::Key_Escape || key->modifiers() != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    if (shortcut) {
        event->accept(); // Esc is the filter's, not a shortcut's
        return true;
    }
    // Esc clears the filter; on an empty one it goes back to the table.
    if (!m_ui->filterEdit->text().isEmpty())
        m_ui->filterEdit->clear();
    else
        m_ui->view->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void ListPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateVisibleRowTarget();
}

void ListPanel::applyFilter()
{
    if (!m_proxy)
        return;
    const QString text = m_ui->filterEdit->text().trimmed();
    // The filter changes in one layout change, which drops a current row that no longer
    // matches without a word to the selection's listeners; let go of it first, so that what
    // shows the current row's details (the credentials) lets go too.
    const QModelIndex current = m_ui->view->currentIndex();
    if (current.isValid() && m_source && !text.isEmpty() &&
        !m_source->rowContains(m_proxy->mapToSource(current).row(), text))
        m_ui->view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::Clear);
    m_proxy->setFilterText(text);
    updateState();
}

// Pages that stream in (a person holding End, a filter searching the server) are painted at
// most once a frame: painting a full table for every page cost more than loading it. The first
// rows of a list are painted at once.
void ListPanel::holdPaintUntilNextFrame()
{
    constexpr int kFrameMs = 16;
    if (m_paintHeld || m_proxy->rowCount() == 0)
        return;
    m_paintHeld = true;
    m_ui->view->setUpdatesEnabled(false);
    m_frameTimer.start(int(qMax<qint64>(0, kFrameMs - m_sinceRelease.elapsed())));
}

void ListPanel::releasePaint()
{
    m_paintHeld = false;
    m_ui->view->setUpdatesEnabled(true); // and repaints what changed meanwhile
    m_sinceRelease.restart();
    if (std::exchange(m_stateStale, false))
        updateState();
}

void ListPanel::updateVisibleRowTarget()
{
    if (!m_proxy)
        return;
    const int rowHeight = qMax(1, m_ui->view->verticalHeader()->defaultSectionSize());
    m_proxy->setMinimumVisibleRows(m_ui->view->viewport()->height() / rowHeight + 1);
}

void ListPanel::updateState()
{
    if (!m_source || !m_proxy)
        return;
    // While rows stream in, the footer follows once a frame too: its word-wrapped text and the
    // busy bar that comes and goes relayout the panel each time.
    if (m_paintHeld) {
        m_stateStale = true;
        return;
    }
    using State = PagedListModel::LoadState;
    const State state = m_source->loadState();

    using Search = FilteredListModel::SearchState;
    const Search search = m_proxy->searchState();

    const bool loading = state == State::Loading;
    const bool failed = state == State::Failed;
    m_ui->busyBar->setVisible(loading);
    m_ui->retryButton->setVisible(failed);
    m_ui->stopSearchButton->setVisible(search == Search::Searching && !failed);
    m_ui->searchFurtherButton->setVisible(search == Search::Paused && !failed);
    m_recovery = failed && m_pickRecovery ? m_pickRecovery(m_source->lastError()) : nullptr;
    m_ui->recoverButton->setVisible(m_recovery != nullptr);
    if (m_recovery)
        m_ui->recoverButton->setText(m_recovery->text());
    // Wraps and never widens the window (Ignored in the form); a word too long for the line is
    // cut off, so the tooltip holds the whole text. "1,234 loaded, more available" stays in
    // view: the table shows only what is loaded.
    const QString status =
        search != Search::Idle && !failed ? m_proxy->searchStatusText() : m_source->statusText();
    if (status != m_ui->statusLabel->text()) {
        m_ui->statusLabel->setText(status);
        m_ui->statusLabel->setToolTip(status);
    }
    m_ui->footer->setVisible(!status.isEmpty());

    QString empty;
    if (!m_source->hasScope())
        empty = m_idleText;
    else if (m_proxy->rowCount() == 0 && !loading && !failed) {
        const QString filter = m_ui->filterEdit->text().trimmed();
        if (m_source->rowCount() == 0 && state == State::Complete)
            empty = m_noItemsText;
        else if (!filter.isEmpty() && (search == Search::Paused || !m_source->canFetchMore({})))
            empty = m_noMatchesText.arg(filter);
    }
    m_ui->emptyLabel->setText(empty);
    m_ui->stack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget*>(m_ui->view)
                                                  : m_ui->emptyLabel);
    emit summaryChanged();
}

} // namespace keycard
