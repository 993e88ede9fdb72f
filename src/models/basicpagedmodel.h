#pragma once

#include "pagedlistmodel.h"

#include <vector>

namespace keycard {

// The typed half of a paged list: keeps the rows compact (Row, never JSON) and turns them
// back into domain items. Row needs `QString id`, `RowPermissions permissions`,
// `static Row from(const Item&)` and `Item toItem() const`.
template <typename Item, typename Row>
class BasicPagedModel : public PagedListModel
{
public:
    using PagedListModel::PagedListModel;

    // The item of a row, rebuilt from the compact row; a default item when out of range.
    Item itemAt(int row) const
    {
        return row >= 0 && row < itemCount() ? m_rows[size_t(row)].toItem() : Item{};
    }

    // A new item at the top (after a create). An item already loaded is replaced instead.
    void prepend(const Item& item)
    {
        if (replace(item))
            return;
        beginInsertItems(0, 0);
        m_rows.insert(m_rows.begin(), Row::from(item));
        rememberId(item.id);
        endInsertItems();
        emit countsChanged();
    }

    // Updates the row with the item's ID (after an update); false when not loaded.
    bool replace(const Item& item)
    {
        const int row = rowOf(item.id);
        if (row < 0)
            return false;
        m_rows[size_t(row)] = Row::from(item);
        announceRowsChanged(row, row);
        return true;
    }

protected:
    const Row& rowAt(int row) const { return m_rows[size_t(row)]; }

    int itemCount() const final { return int(m_rows.size()); }
    QString itemId(int row) const final { return m_rows[size_t(row)].id; }
    RowPermissions itemPermissions(int row) const final { return m_rows[size_t(row)].permissions; }
    void clearItems() final { std::vector<Row>().swap(m_rows); }
    void eraseItem(int row) final { m_rows.erase(m_rows.begin() + row); }
    void compactItems() final { m_rows.shrink_to_fit(); }

    // The callback to give the client's list call in requestPage().
    ApiClient::Callback<Page<Item>> receiver()
    {
        return pageReceiver<Item>([this](const QList<Item>& items, const QSet<int>& skip) {
            for (int i = 0; i < items.size(); ++i) {
                if (!skip.contains(i))
                    m_rows.push_back(Row::from(items.at(i)));
            }
        });
    }

private:
    std::vector<Row> m_rows;
};

} // namespace keycard
