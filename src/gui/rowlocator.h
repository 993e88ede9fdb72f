#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QAbstractItemView;

namespace keycard {

// Selects the row whose PagedListModel::IdRole is `id` in a table as soon as its model holds
// it: at once, or when more rows arrive (a filter filling page after page). Being asked for one
// row, it lets a filtered table search further than one step, until the user stops the search.
// A newer locator for the same view replaces an older one; `found` runs once the row is selected.
class RowLocator final : public QObject
{
    Q_OBJECT

public:
    static void select(QAbstractItemView* view, const QString& id,
                       std::function<void()> found = {});

private:
    RowLocator(QAbstractItemView* view, const QString& id, std::function<void()> found);
    bool tryNow();

    QPointer<QAbstractItemView> m_view;
    QString m_id;
    std::function<void()> m_found;
    bool m_done = false;
};

} // namespace keycard
