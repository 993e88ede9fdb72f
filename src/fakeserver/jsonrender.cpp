#include "jsonrender.h"

namespace keycard::fake::json {

namespace {
QJsonObject grants(std::initializer_list<std::pair<const char*, bool>> entries)
{
    QJsonObject object;
    for (const auto& [name, allowed] : entries)
        object.insert(QLatin1String(name), allowed);
    return object;
}
} // namespace

QString timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject organization(const Organization& org)
{
    return QJsonObject{{QStringLiteral("id"), org.id},
                       {QStringLiteral("created_at"), timestamp(org.createdAt)},
                       {QStringLiteral("label"), org.label},
                       {QStringLiteral("name"), org.name},
                       {QStringLiteral("sso_enabled"), org.ssoEnabled},
                       {QStringLiteral("updated_at"), timestamp(org.updatedAt)}};
}

QJsonObject serviceAccount(const ServiceAccount& account)
{
    QJsonObject object{{QStringLiteral("id"), account.id},
                       {QStringLiteral("created_at"), timestamp(account.createdAt)},
                       {QStringLiteral("name"), account.name},
                       {QStringLiteral("updated_at"), timestamp(account.updatedAt)}};
    if (!account.description.isEmpty())
        object.insert(QStringLiteral("description"), account.description);
    return object;
}

QJsonObject credential(const Credential& credential)
{
    QJsonObject object{{QStringLiteral("id"), credential.id},
                       {QStringLiteral("client_id"), credential.clientId},
                       {QStringLiteral("created_at"), timestamp(credential.createdAt)},
                       {QStringLiteral("name"), credential.name}};
    if (!credential.description.isEmpty())
        object.insert(QStringLiteral("description"), credential.description);
    if (credential.lastUsedAt.isValid())
        object.insert(QStringLiteral("last_used_at"), timestamp(credential.lastUsedAt));
    return object;
}

QJsonObject createdCredential(const Credential& credential, const QByteArray& secret)
{
    QJsonObject object{{QStringLiteral("id"), credential.id},
                       {QStringLiteral("client_id"), credential.clientId},
                       {QStringLiteral("client_secret"), QString::fromLatin1(secret)},
                       {QStringLiteral("created_at"), timestamp(credential.createdAt)},
                       {QStringLiteral("name"), credential.name}};
    if (!credential.description.isEmpty())
        object.insert(QStringLiteral("description"), credential.description);
    return object;
}

QJsonObject itemPermissions(Resource resource, bool readOnly)
{
    const bool write = !readOnly;
    switch (resource) {
    case Resource::Organization:
        return QJsonObject{
            {QStringLiteral("organizations"), grants({{"read", true}, {"update", write}})},
            {QStringLiteral("service_accounts"), grants({{"read", true}, {"create", write}})}};
    case Resource::ServiceAccount:
        return QJsonObject{
            {QStringLiteral("service_accounts"),
             grants({{"read", true}, {"update", write}, {"delete", write}})},
            {QStringLiteral("credentials"), grants({{"read", true}, {"create", write}})}};
    case Resource::Credential:
        return QJsonObject{{QStringLiteral("credentials"),
                            grants({{"read", true}, {"update", write}, {"delete", write}})}};
    }
    return {};
}

QJsonObject listPermissions(Resource resource, bool readOnly)
{
    switch (resource) {
    case Resource::Organization:
        return QJsonObject{{QStringLiteral("organizations"), grants({{"read", true}})}};
    case Resource::ServiceAccount:
        return QJsonObject{
            {QStringLiteral("service_accounts"), grants({{"read", true}, {"create", !readOnly}})}};
    case Resource::Credential:
        return QJsonObject{
            {QStringLiteral("credentials"), grants({{"read", true}, {"create", !readOnly}})}};
    }
    return {};
}

QJsonObject pageInfo(const Page& page, const QString& startCursor, const QString& endCursor)
{
    QJsonObject object{{QStringLiteral("has_next_page"), page.hasNextPage},
                       {QStringLiteral("has_prev_page"), page.hasPrevPage}};
    if (!page.ids.isEmpty()) {
        object.insert(QStringLiteral("start_cursor"), startCursor);
        object.insert(QStringLiteral("end_cursor"), endCursor);
    }
    return object;
}

QJsonObject tokenResponse(const QByteArray& token, int expiresIn)
{
    return QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), expiresIn}};
}

} // namespace keycard::fake::json
