#include "storedsecretsindex.h"

#include <QSettings>
#include <QUrl>

namespace keycard {

namespace {
// QSettings uses '/' as the group separator: keep each part one level.
QString part(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString groupFor(const QString& profile, const QString& orgId)
{
    return QLatin1String("storedSecrets/") + part(profile) + QLatin1Char('/') + part(orgId);
}
} // namespace

StoredSecretsIndex::StoredSecretsIndex(QSettings* settings, QObject* parent)
    : QObject(parent), m_settings(settings ? settings : new QSettings), m_ownsSettings(!settings)
{}

StoredSecretsIndex::~StoredSecretsIndex()
{
    if (m_ownsSettings)
        delete m_settings;
}

void StoredSecretsIndex::add(const QString& profile, const QString& orgId, const QString& accountId,
                             const QString& credentialId)
{
    QStringList ids = idsForAccount(profile, orgId, accountId);
    if (ids.contains(credentialId))
        return;
    ids.append(credentialId);
    setIds(profile, orgId, accountId, ids);
}

void StoredSecretsIndex::remove(const QString& profile, const QString& orgId,
                                const QString& accountId, const QString& credentialId)
{
    QStringList ids = idsForAccount(profile, orgId, accountId);
    if (ids.removeAll(credentialId) == 0)
        return;
    setIds(profile, orgId, accountId, ids);
}

void StoredSecretsIndex::removeAccount(const QString& profile, const QString& orgId,
                                       const QString& accountId)
{
    if (idsForAccount(profile, orgId, accountId).isEmpty())
        return;
    setIds(profile, orgId, accountId, {});
}

bool StoredSecretsIndex::contains(const QString& profile, const QString& orgId,
                                  const QString& accountId, const QString& credentialId) const
{
    return idsForAccount(profile, orgId, accountId).contains(credentialId);
}

QStringList StoredSecretsIndex::idsForAccount(const QString& profile, const QString& orgId,
                                              const QString& accountId) const
{
    m_settings->beginGroup(groupFor(profile, orgId));
    const QStringList ids = m_settings->value(part(accountId)).toStringList();
    m_settings->endGroup();
    return ids;
}

void StoredSecretsIndex::setIds(const QString& profile, const QString& orgId,
                                const QString& accountId, const QStringList& ids)
{
    m_settings->beginGroup(groupFor(profile, orgId));
    if (ids.isEmpty())
        m_settings->remove(part(accountId));
    else
        m_settings->setValue(part(accountId), ids);
    m_settings->endGroup();
    emit changed(profile, orgId, accountId);
}

} // namespace keycard
