#pragma once

#include "connectionconfig.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

class QSettings;

namespace keycard {

// A saved connection: everything but the secret, which lives in the OS keychain.
struct ConnectionProfile
{
    QString name;
    QUrl baseUrl;
    AuthConfig::Kind kind = AuthConfig::Kind::ClientCredentials;
    QString clientId; // client credentials only
};

// Connection profiles and the last choices, kept in the application settings.
class ProfileStore final
{
public:
    ProfileStore();
    explicit ProfileStore(QSettings* settings);
    ~ProfileStore();
    Q_DISABLE_COPY_MOVE(ProfileStore)

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString& name) const;
    void save(const ConnectionProfile& profile);
    void remove(const QString& name);

    QString lastProfile() const;
    void setLastProfile(const QString& name);
    QString lastOrganization(const QString& profileName) const;
    void setLastOrganization(const QString& profileName, const QString& organizationId);

private:
    QSettings& settings() const;

    QSettings* m_settings = nullptr;
    bool m_ownsSettings = false;
};

} // namespace keycard
