#include "store.h"

#include <algorithm>
#include <vector>

namespace keycard::fake {

Store::Store(quint64 seed) : m_ids(seed) {}

void Store::reserve(int serviceAccounts, int credentials)
{
    m_serviceAccounts.reserve(serviceAccounts);
    m_credentialOrder.reserve(serviceAccounts);
    m_credentials.reserve(credentials);
    m_credentialByClientId.reserve(credentials);
}

QDateTime Store::nowUtc()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    return now;
}

QString Store::createOrganization(const QString& label, const QString& name, bool ssoEnabled,
                                  const QDateTime& createdAt)
{
    Organization org;
    org.id = m_ids.next();
    org.label = label;
    org.name = name;
    org.ssoEnabled = ssoEnabled;
    org.createdAt = createdAt.isValid() ? createdAt : nowUtc();
    org.updatedAt = org.createdAt;
    org.seq = nextSeq();
    m_organizationOrder.emplace(org.seq, org.id);
    m_organizationByLabel.insert(label, org.id);
    const QString id = org.id;
    m_organizations.insert(id, std::move(org));
    return id;
}

const Organization* Store::organization(const QString& idOrLabel) const
{
    auto it = m_organizations.constFind(idOrLabel);
    if (it == m_organizations.cend()) {
        const QString id = m_organizationByLabel.value(idOrLabel);
        if (id.isEmpty())
            return nullptr;
        it = m_organizations.constFind(id);
    }
    return it == m_organizations.cend() ? nullptr : &it.value();
}

QString Store::createServiceAccount(const QString& orgId, const QString& name,
                                    const QString& description, const QDateTime& createdAt)
{
    if (!m_organizations.contains(orgId))
        return {};
    ServiceAccount account;
    account.id = m_ids.next();
    account.organizationId = orgId;
    account.name = name;
    account.description = description;
    account.createdAt = createdAt.isValid() ? createdAt : nowUtc();
    account.updatedAt = account.createdAt;
    account.seq = nextSeq();
    m_serviceAccountOrder[orgId].emplace(account.seq, account.id);
    const QString id = account.id;
    m_serviceAccounts.insert(id, std::move(account));
    return id;
}

bool Store::deleteServiceAccount(const QString& orgId, const QString& id)
{
    const ServiceAccount* account = serviceAccount(orgId, id);
    if (!account)
        return false;
    const QStringList credentials = credentialIds(orgId, id);
    for (const QString& credentialId : credentials)
        deleteCredential(orgId, id, credentialId);
    m_credentialOrder.remove(id);
    m_serviceAccountOrder[orgId].erase(account->seq);
    m_serviceAccounts.remove(id);
    return true;
}

const ServiceAccount* Store::serviceAccount(const QString& orgId, const QString& id) const
{
    const auto it = m_serviceAccounts.constFind(id);
    if (it == m_serviceAccounts.cend() || it->organizationId != orgId)
        return nullptr;
    return &it.value();
}

bool Store::updateServiceAccount(const QString& orgId, const QString& id,
                                 const std::optional<QString>& name,
                                 const std::optional<QString>& description)
{
    if (!serviceAccount(orgId, id))
        return false;
    ServiceAccount& account = m_serviceAccounts[id];
    if (name)
        account.name = *name;
    if (description)
        account.description = *description;
    account.updatedAt = std::max(nowUtc(), account.createdAt);
    return true;
}

int Store::serviceAccountCount(const QString& orgId) const
{
    const auto it = m_serviceAccountOrder.constFind(orgId);
    return it == m_serviceAccountOrder.cend() ? 0 : static_cast<int>(it->size());
}

QStringList Store::serviceAccountIds(const QString& orgId) const
{
    return newestFirst(m_serviceAccountOrder.value(orgId));
}

QString Store::insertCredential(Credential credential)
{
    credential.id = m_ids.next();
    credential.clientId = QStringLiteral("kc_") + m_ids.next(24);
    credential.seq = nextSeq();
    m_credentialOrder[credential.serviceAccountId].emplace(credential.seq, credential.id);
    m_credentialByClientId.insert(credential.clientId, credential.id);
    const QString id = credential.id;
    m_credentials.insert(id, std::move(credential));
    return id;
}

QString Store::createCredential(const QString& orgId, const QString& saId, const QString& name,
                                const QString& description)
{
    return createCredentialWithSecret(orgId, saId, name, description).id;
}

Store::NewCredential Store::createCredentialWithSecret(const QString& orgId, const QString& saId,
                                                       const QString& name,
                                                       const QString& description, bool readOnly)
{
    if (!serviceAccount(orgId, saId))
        return {};
    NewCredential created;
    created.secret = generateSecret();
    Credential credential;
    credential.organizationId = orgId;
    credential.serviceAccountId = saId;
    credential.name = name;
    credential.description = description;
    credential.secret = SecretHash::of(created.secret);
    credential.createdAt = nowUtc();
    credential.readOnly = readOnly;
    created.id = insertCredential(std::move(credential));
    created.clientId = m_credentials.value(created.id).clientId;
    return created;
}

QString Store::insertCredentialWithoutSecret(const QString& orgId, const QString& saId,
                                             const QString& name, const QDateTime& createdAt,
                                             const QDateTime& lastUsedAt)
{
    if (!serviceAccount(orgId, saId))
        return {};
    Credential credential;
    credential.organizationId = orgId;
    credential.serviceAccountId = saId;
    credential.name = name;
    credential.createdAt = createdAt;
    credential.lastUsedAt = lastUsedAt;
    return insertCredential(std::move(credential));
}

bool Store::deleteCredential(const QString& orgId, const QString& saId, const QString& id)
{
    const Credential* found = credential(orgId, saId, id);
    if (!found)
        return false;
    m_credentialOrder[saId].erase(found->seq);
    m_credentialByClientId.remove(found->clientId);
    m_credentials.remove(id);
    return true;
}

const Credential* Store::credential(const QString& orgId, const QString& saId,
                                    const QString& id) const
{
    const auto it = m_credentials.constFind(id);
    if (it == m_credentials.cend() || it->organizationId != orgId || it->serviceAccountId != saId)
        return nullptr;
    return &it.value();
}

bool Store::updateCredential(const QString& orgId, const QString& saId, const QString& id,
                             const std::optional<QString>& name,
                             const std::optional<QString>& description)
{
    if (!credential(orgId, saId, id))
        return false;
    Credential& found = m_credentials[id];
    if (name)
        found.name = *name;
    if (description)
        found.description = *description;
    return true;
}

const Credential* Store::authenticate(const QString& clientId, const QByteArray& secret)
{
    const QString id = m_credentialByClientId.value(clientId);
    const auto it = m_credentials.find(id);
    if (id.isEmpty() || it == m_credentials.end() || !it->secret.matches(secret))
        return nullptr;
    it->lastUsedAt = nowUtc();
    return &it.value();
}

int Store::credentialCount(const QString& orgId, const QString& saId) const
{
    if (!serviceAccount(orgId, saId))
        return 0;
    const auto it = m_credentialOrder.constFind(saId);
    return it == m_credentialOrder.cend() ? 0 : static_cast<int>(it->size());
}

QStringList Store::credentialIds(const QString& orgId, const QString& saId) const
{
    if (!serviceAccount(orgId, saId))
        return {};
    return newestFirst(m_credentialOrder.value(saId));
}

Page Store::organizationPage(PageAnchor anchor, quint64 seq, int limit) const
{
    return page(m_organizationOrder, anchor, seq, limit);
}

Page Store::serviceAccountPage(const QString& orgId, PageAnchor anchor, quint64 seq,
                               int limit) const
{
    const auto it = m_serviceAccountOrder.constFind(orgId);
    return it == m_serviceAccountOrder.cend() ? Page{} : page(*it, anchor, seq, limit);
}

Page Store::credentialPage(const QString& saId, PageAnchor anchor, quint64 seq, int limit) const
{
    const auto it = m_credentialOrder.constFind(saId);
    return it == m_credentialOrder.cend() ? Page{} : page(*it, anchor, seq, limit);
}

QStringList Store::newestFirst(const Order& order)
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(order.size()));
    for (auto it = order.crbegin(); it != order.crend(); ++it)
        ids.append(it->second);
    return ids;
}

Page Store::page(const Order& order, PageAnchor anchor, quint64 seq, int limit)
{
    Page result;
    std::vector<Order::const_iterator> picked;
    if (anchor == PageAnchor::Before) {
        // The `limit` items just newer than the anchor, returned newest first.
        for (auto it = order.upper_bound(seq); it != order.cend() && int(picked.size()) < limit;
             ++it)
            picked.push_back(it);
        std::reverse(picked.begin(), picked.end());
    } else {
        // Older than the anchor (or from the newest item), newest first.
        auto it = anchor == PageAnchor::After ? order.lower_bound(seq) : order.cend();
        while (it != order.cbegin() && int(picked.size()) < limit) {
            --it;
            picked.push_back(it);
        }
    }
    if (picked.empty()) {
        if (anchor == PageAnchor::After)
            result.hasPrevPage = order.upper_bound(seq) != order.cend() || order.count(seq) > 0;
        if (anchor == PageAnchor::Before)
            result.hasNextPage = order.lower_bound(seq) != order.cbegin();
        return result;
    }
    for (const auto& it : picked)
        result.ids.append(it->second);
    result.firstSeq = picked.front()->first;
    result.lastSeq = picked.back()->first;
    result.hasNextPage = order.lower_bound(result.lastSeq) != order.cbegin();
    result.hasPrevPage = order.upper_bound(result.firstSeq) != order.cend();
    return result;
}

} // namespace keycard::fake
