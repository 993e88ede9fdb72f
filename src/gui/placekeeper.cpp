#include "placekeeper.h"

#include "pagedlistmodel.h"
#include "session.h"

#include <QTableView>
#include <utility>

namespace keycard {

PlaceKeeper::PlaceKeeper(QTableView* accountsView, QObject* parent)
    : QObject(parent), m_accountsView(accountsView)
{}

void PlaceKeeper::accountShown(const QString& accountId)
{
    if (!accountId.isEmpty())
        m_lastAccountId = accountId;
}

void PlaceKeeper::organizationChosen()
{
    m_lastAccountId.clear();
}

void PlaceKeeper::keep(const Session& session, const QString& organizationId)
{
    m_kept.profileName = session.identity().profileName;
    m_kept.baseUrl = session.config().baseUrl;
    m_kept.organizationId = organizationId;
    m_kept.accountId = organizationId.isEmpty() ? QString() : m_lastAccountId;
}

QString PlaceKeeper::returnTo()
{
    m_pendingAccountId = m_kept.accountId;
    return std::exchange(m_kept, {}).organizationId;
}

void PlaceKeeper::selectArrivedAccount()
{
    if (m_pendingAccountId.isEmpty())
        return;
    const QAbstractItemModel* model = m_accountsView->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(PagedListModel::IdRole).toString() == m_pendingAccountId) {
            m_pendingAccountId.clear();
            m_accountsView->setCurrentIndex(index);
            return;
        }
    }
}

} // namespace keycard
