#include "rowlocator.h"

#include "filteredlistmodel.h"
#include "pagedlistmodel.h"

#include <QAbstractItemView>

namespace keycard {

void RowLocator::select(QAbstractItemView* view, const QString& id, std::function<void()> found)
{
    const auto older = view->findChildren<RowLocator*>(QString(), Qt::FindDirectChildrenOnly);
    for (RowLocator* locator : older)
        delete locator;
    auto* locator = new RowLocator(view, id, std::move(found));
    if (locator->tryNow())
        delete locator;
}

RowLocator::RowLocator(QAbstractItemView* view, const QString& id, std::function<void()> found)
    : QObject(view), m_view(view), m_id(id), m_found(std::move(found))
{
    QAbstractItemModel* model = view->model();
    const auto retry = [this] {
        if (!m_done && tryNow()) {
            m_done = true;
            deleteLater();
        }
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, retry);
    connect(model, &QAbstractItemModel::modelReset, this, retry);
    connect(model, &QAbstractItemModel::layoutChanged, this, retry);
    if (auto* filtered = qobject_cast<FilteredListModel*>(model)) {
        connect(filtered, &FilteredListModel::searchStateChanged, this, [this, filtered] {
            if (m_done || filtered->searchState() != FilteredListModel::SearchState::Paused)
                return;
            if (filtered->isPausedByUser())
                deleteLater(); // the user stopped looking
            else
                filtered->searchFurther();
        });
    }
}

bool RowLocator::tryNow()
{
    if (!m_view || !m_view->model())
        return true;
    const QAbstractItemModel* model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(PagedListModel::IdRole).toString() != m_id)
            continue;
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
        if (m_found)
            std::exchange(m_found, {})();
        return true;
    }
    return false;
}

} // namespace keycard
