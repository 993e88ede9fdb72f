#include "profilestore.h"

#include <QSettings>

namespace keycard {

namespace {
const QString profilesGroup = QStringLiteral("profiles");

QString kindName(AuthConfig::Kind kind)
{
    return kind == AuthConfig::Kind::ApiKey ? QStringLiteral("apiKey")
                                            : QStringLiteral("clientCredentials");
}

AuthConfig::Kind kindFromName(const QString& name)
{
    return name == QLatin1String("apiKey") ? AuthConfig::Kind::ApiKey
                                           : AuthConfig::Kind::ClientCredentials;
}

// Profile names become settings groups: keep '/' and '\' from splitting them.
QString groupKey(const QString& name)
{
    return QString::fromLatin1(name.toUtf8().toPercentEncoding());
}
} // namespace

ProfileStore::ProfileStore() : m_settings(new QSettings), m_ownsSettings(true) {}

ProfileStore::ProfileStore(QSettings* settings) : m_settings(settings) {}

ProfileStore::~ProfileStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

QSettings& ProfileStore::settings() const
{
    return *m_settings;
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    settings().beginGroup(profilesGroup);
    const QStringList groups = settings().childGroups();
    settings().endGroup();
    for (const QString& group : groups) {
        const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(group.toLatin1()));
        if (auto p = profile(name))
            result.append(*p);
    }
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString& name) const
{
    if (name.isEmpty())
        return std::nullopt;
    settings().beginGroup(profilesGroup + QLatin1Char('/') + groupKey(name));
    const bool exists = settings().contains(QStringLiteral("baseUrl"));
    ConnectionProfile p;
    p.name = name;
    p.baseUrl = QUrl(settings().value(QStringLiteral("baseUrl")).toString());
    p.kind = kindFromName(settings().value(QStringLiteral("kind")).toString());
    p.clientId = settings().value(QStringLiteral("clientId")).toString();
    settings().endGroup();
    if (!exists)
        return std::nullopt;
    return p;
}

void ProfileStore::save(const ConnectionProfile& profile)
{
    settings().beginGroup(profilesGroup + QLatin1Char('/') + groupKey(profile.name));
    settings().setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString());
    settings().setValue(QStringLiteral("kind"), kindName(profile.kind));
    if (profile.kind == AuthConfig::Kind::ClientCredentials)
        settings().setValue(QStringLiteral("clientId"), profile.clientId);
    else
        settings().remove(QStringLiteral("clientId"));
    settings().endGroup();
    settings().sync();
}

void ProfileStore::remove(const QString& name)
{
    settings().remove(profilesGroup + QLatin1Char('/') + groupKey(name));
    if (lastProfile() == name)
        settings().remove(QStringLiteral("lastProfile"));
    settings().sync();
}

QString ProfileStore::lastProfile() const
{
    return settings().value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastProfile(const QString& name)
{
    settings().setValue(QStringLiteral("lastProfile"), name);
}

QString ProfileStore::lastOrganization(const QString& profileName) const
{
    return settings().value(QStringLiteral("lastOrganization/") + groupKey(profileName)).toString();
}

void ProfileStore::setLastOrganization(const QString& profileName, const QString& organizationId)
{
    settings().setValue(QStringLiteral("lastOrganization/") + groupKey(profileName),
                        organizationId);
}

} // namespace keycard
