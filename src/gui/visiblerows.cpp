#include "visiblerows.h"

#include "pagedlistmodel.h"

#include <QEvent>
#include <QScrollBar>
#include <QTableView>

namespace keycard {

namespace {
constexpr int kSettleMs = 150; // scrolling settles before anything is asked for
} // namespace

VisibleRows::VisibleRows(QTableView* view, Handler handler, QObject* parent)
    : QObject(parent), m_view(view), m_handler(std::move(handler))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        if (m_enabled && m_view)
            m_handler(visibleIds());
    });
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &VisibleRows::schedule);
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &VisibleRows::schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &VisibleRows::schedule);
    connect(model, &QAbstractItemModel::modelReset, this, &VisibleRows::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &VisibleRows::schedule);
    view->viewport()->installEventFilter(this);
}

void VisibleRows::setEnabled(bool enabled)
{
    m_enabled = enabled;
    schedule();
}

void VisibleRows::schedule()
{
    if (m_enabled)
        m_settle.start();
}

bool VisibleRows::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        schedule();
    return QObject::eventFilter(watched, event);
}

QStringList VisibleRows::visibleIds() const
{
    QStringList ids;
    if (!m_view || !m_view->isVisible())
        return ids;
    const QAbstractItemModel* model = m_view->model();
    const int rows = model->rowCount();
    if (rows == 0)
        return ids;
    const int first = qMax(0, m_view->rowAt(0));
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = rows - 1;
    for (int row = first; row <= last; ++row)
        ids << model->index(row, 0).data(PagedListModel::IdRole).toString();
    return ids;
}

} // namespace keycard
