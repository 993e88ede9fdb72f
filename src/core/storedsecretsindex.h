#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;

namespace keycard {

// Which credentials have their secret in this machine's keychain. The keychain cannot list
// its entries, so the IDs (which are not secret) are kept in the settings, under the group
// "storedSecrets/<profile>/<org>", one key per service account holding its credential IDs.
class StoredSecretsIndex final : public QObject
{
    Q_OBJECT

public:
    // With a null `settings` the application's default QSettings is used.
    explicit StoredSecretsIndex(QSettings* settings = nullptr, QObject* parent = nullptr);
    ~StoredSecretsIndex() override;
    Q_DISABLE_COPY_MOVE(StoredSecretsIndex)

    void add(const QString& profile, const QString& orgId, const QString& accountId,
             const QString& credentialId);
    void remove(const QString& profile, const QString& orgId, const QString& accountId,
                const QString& credentialId);
    // Forgets every credential of the account (after the account was deleted).
    void removeAccount(const QString& profile, const QString& orgId, const QString& accountId);

    bool contains(const QString& profile, const QString& orgId, const QString& accountId,
                  const QString& credentialId) const;
    QStringList idsForAccount(const QString& profile, const QString& orgId,
                              const QString& accountId) const;

signals:
    // The set of stored credential IDs of this account changed (for the table marks).
    void changed(const QString& profile, const QString& orgId, const QString& accountId);

private:
    void setIds(const QString& profile, const QString& orgId, const QString& accountId,
                const QStringList& ids);

    QSettings* m_settings;
    bool m_ownsSettings;
};

} // namespace keycard
