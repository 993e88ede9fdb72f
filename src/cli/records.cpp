#include "records.h"

#include "profilestore.h"

namespace keycard::cli {

namespace {
QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QStringList fieldNames(const Record& record)
{
    QStringList names;
    for (const auto& pair : record)
        names.append(pair.first);
    return names;
}
} // namespace

QJsonValue timestamp(const QDateTime& time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC()
        .toString(Qt::ISODateWithMs)
        .replace(QLatin1String(".000Z"), QLatin1String("Z"));
}

Record organizationRecord(const Organization& o)
{
    return {{s("id"), o.id},
            {s("label"), o.label},
            {s("name"), o.name},
            {s("sso_enabled"), o.ssoEnabled},
            {s("created_at"), timestamp(o.createdAt)},
            {s("updated_at"), timestamp(o.updatedAt)}};
}

Record serviceAccountRecord(const ServiceAccount& a)
{
    return {{s("id"), a.id},
            {s("name"), a.name},
            {s("description"), a.description},
            {s("created_at"), timestamp(a.createdAt)},
            {s("updated_at"), timestamp(a.updatedAt)}};
}

Record credentialRecord(const Credential& c)
{
    return {{s("id"), c.id},
            {s("client_id"), c.clientId},
            {s("name"), c.name},
            {s("description"), c.description},
            {s("created_at"), timestamp(c.createdAt)},
            {s("last_used_at"), timestamp(c.lastUsedAt)}};
}

Record profileRecord(const ConnectionProfile& p)
{
    const bool apiKey = p.kind == AuthConfig::Kind::ApiKey;
    return {{s("name"), p.name},
            {s("base_url"), p.baseUrl.toString()},
            {s("kind"), apiKey ? s("api_key") : s("client_credentials")},
            {s("client_id"), apiKey ? QJsonValue(QJsonValue::Null) : QJsonValue(p.clientId)}};
}

TableLayout organizationTable()
{
    return {{s("id"), s("label"), s("name"), s("created_at")}, fieldNames(organizationRecord({}))};
}

TableLayout serviceAccountTable()
{
    return {{s("id"), s("name"), s("description"), s("created_at")},
            fieldNames(serviceAccountRecord({}))};
}

TableLayout credentialTable()
{
    return {{s("id"), s("name"), s("client_id"), s("created_at"), s("last_used_at")},
            fieldNames(credentialRecord({}))};
}

TableLayout profileTable()
{
    return {{s("name"), s("base_url"), s("kind"), s("client_id")}, fieldNames(profileRecord({}))};
}

} // namespace keycard::cli
