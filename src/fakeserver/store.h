#pragma once

#include "idgenerator.h"
#include "secrethash.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>

namespace keycard::fake {

struct Organization
{
    QString id;
    QString label;
    QString name;
    bool ssoEnabled = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    quint64 seq = 0;
};

struct ServiceAccount
{
    QString id;
    QString organizationId;
    QString name;
    QString description;
    QDateTime createdAt;
    QDateTime updatedAt;
    quint64 seq = 0;
};

struct Credential
{
    QString id;
    QString organizationId;
    QString serviceAccountId;
    QString clientId;
    QString name;
    QString description;
    SecretHash secret;
    QDateTime createdAt;
    QDateTime lastUsedAt; // null when never used
    bool readOnly = false;
    quint64 seq = 0;
};

// One page of a list ordered newest first (by insertion sequence, descending).
struct Page
{
    QStringList ids;
    quint64 firstSeq = 0;
    quint64 lastSeq = 0;
    bool hasNextPage = false; // older items exist after the last one
    bool hasPrevPage = false; // newer items exist before the first one
};

enum class PageAnchor { None, After, Before };

// The in-memory data of the fake server. Every list is ordered by a monotonic
// insertion sequence, so paging stays stable while others insert and delete.
class Store final
{
public:
    explicit Store(quint64 seed = 1);
    Q_DISABLE_COPY_MOVE(Store)

    // Organizations (found by ID or label).
    QString createOrganization(const QString& label, const QString& name, bool ssoEnabled = false,
                               const QDateTime& createdAt = {});
    const Organization* organization(const QString& idOrLabel) const;
    int organizationCount() const { return static_cast<int>(m_organizations.size()); }

    // Service accounts.
    QString createServiceAccount(const QString& orgId, const QString& name,
                                 const QString& description = {}, const QDateTime& createdAt = {});
    bool deleteServiceAccount(const QString& orgId, const QString& id);
    const ServiceAccount* serviceAccount(const QString& orgId, const QString& id) const;
    bool updateServiceAccount(const QString& orgId, const QString& id,
                              const std::optional<QString>& name,
                              const std::optional<QString>& description);
    int serviceAccountCount(const QString& orgId) const;
    QStringList serviceAccountIds(const QString& orgId) const; // newest first

    // Credentials.
    struct NewCredential
    {
        QString id;
        QString clientId;
        QByteArray secret; // plaintext, only handed out once
    };
    QString createCredential(const QString& orgId, const QString& saId, const QString& name,
                             const QString& description = {});
    NewCredential createCredentialWithSecret(const QString& orgId, const QString& saId,
                                             const QString& name, const QString& description = {},
                                             bool readOnly = false);
    // Bulk insert without a usable secret (demo data): returns the ID.
    QString insertCredentialWithoutSecret(const QString& orgId, const QString& saId,
                                          const QString& name, const QDateTime& createdAt,
                                          const QDateTime& lastUsedAt);
    bool deleteCredential(const QString& orgId, const QString& saId, const QString& id);
    const Credential* credential(const QString& orgId, const QString& saId,
                                 const QString& id) const;
    bool updateCredential(const QString& orgId, const QString& saId, const QString& id,
                          const std::optional<QString>& name,
                          const std::optional<QString>& description);
    // Token endpoint: the credential whose secret matches, or nullptr. Updates last_used_at.
    const Credential* authenticate(const QString& clientId, const QByteArray& secret);
    int credentialCount(const QString& orgId, const QString& saId) const;
    QStringList credentialIds(const QString& orgId, const QString& saId) const; // newest first

    // Paging. `seq` is the anchor decoded from a cursor.
    Page organizationPage(PageAnchor anchor, quint64 seq, int limit) const;
    Page serviceAccountPage(const QString& orgId, PageAnchor anchor, quint64 seq, int limit) const;
    Page credentialPage(const QString& saId, PageAnchor anchor, quint64 seq, int limit) const;

    // Capacity hint for bulk loading.
    void reserve(int serviceAccounts, int credentials);

    IdGenerator& ids() { return m_ids; }

private:
    using Order = std::map<quint64, QString>; // seq -> id, ascending
    static Page page(const Order& order, PageAnchor anchor, quint64 seq, int limit);
    static QStringList newestFirst(const Order& order);
    static QDateTime nowUtc();
    quint64 nextSeq() { return ++m_seq; }
    QString insertCredential(Credential credential);

    IdGenerator m_ids;
    quint64 m_seq = 0;
    QHash<QString, Organization> m_organizations;
    QHash<QString, QString> m_organizationByLabel;
    Order m_organizationOrder;
    QHash<QString, ServiceAccount> m_serviceAccounts;
    QHash<QString, Order> m_serviceAccountOrder; // per organization
    QHash<QString, Credential> m_credentials;
    QHash<QString, QString> m_credentialByClientId;
    QHash<QString, Order> m_credentialOrder; // per service account
};

} // namespace keycard::fake
