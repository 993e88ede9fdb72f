#include "apihandler.h"

#include "cursorcodec.h"
#include "jsonrender.h"
#include "tokenissuer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keycard::fake {

namespace {
constexpr int kMaxDescription = 500;

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool wantsPermissions(const QUrlQuery& query)
{
    return query.allQueryItemValues(QStringLiteral("expand"), QUrl::FullyDecoded)
        .contains(QStringLiteral("permissions"));
}

HttpReply notFound(const QString& what, const QString& id)
{
    return HttpReply::error(404, QStringLiteral("%1 \"%2\" was not found").arg(what, id));
}

// The fields of a create or update body. Returns an error reply when the body is unusable.
struct Fields
{
    std::optional<QString> name;
    std::optional<QString> description;
};

std::optional<HttpReply> parseFields(const QByteArray& body, bool nameRequired, Fields* fields)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return HttpReply::error(400, QStringLiteral("The request body must be a JSON object"));
    const QJsonObject object = document.object();
    const QJsonValue name = object.value(QStringLiteral("name"));
    if (!name.isUndefined()) {
        if (!name.isString() || name.toString().trimmed().isEmpty())
            return HttpReply::error(422, QStringLiteral("name must be a non-empty string"),
                                    QStringLiteral("invalid_name"));
        fields->name = name.toString().trimmed();
    } else if (nameRequired) {
        return HttpReply::error(422, QStringLiteral("name is required"),
                                QStringLiteral("missing_name"));
    }
    const QJsonValue description = object.value(QStringLiteral("description"));
    if (!description.isUndefined()) {
        if (!description.isString())
            return HttpReply::error(422, QStringLiteral("description must be a string"),
                                    QStringLiteral("invalid_description"));
        if (description.toString().size() > kMaxDescription)
            return HttpReply::error(
                422,
                QStringLiteral("description must be at most %1 characters").arg(kMaxDescription),
                QStringLiteral("description_too_long"));
        fields->description = description.toString();
    }
    return std::nullopt;
}

HttpReply forbidden()
{
    return HttpReply::error(
        403, QStringLiteral("This credential may read but not create, update or delete"),
        QStringLiteral("permission_denied"));
}
} // namespace

QByteArray ApiRequest::header(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

Route Route::resolve(const QByteArray& method, const QString& path)
{
    Route route;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto is = [&](int index, const char* literal) {
        return parts.size() > index && parts.at(index) == QLatin1String(literal);
    };
    const auto pick = [&](const char* get, const char* post, const char* patch, const char* del) {
        route.pathKnown = true;
        const char* op = method == "GET"      ? get
                         : method == "POST"   ? post
                         : method == "PATCH"  ? patch
                         : method == "DELETE" ? del
                                              : nullptr;
        if (op)
            route.operationId = QLatin1String(op);
    };
    if (parts.size() == 1 && is(0, "service-account-token")) {
        pick(nullptr, "serviceAccountToken", nullptr, nullptr);
        return route;
    }
    if (!is(0, "organizations"))
        return route;
    if (parts.size() >= 2)
        route.organization = parts.at(1);
    if (parts.size() >= 4)
        route.serviceAccount = parts.at(3);
    if (parts.size() >= 6)
        route.credential = parts.at(5);
    switch (parts.size()) {
    case 1:
        pick("listOrganizations", nullptr, nullptr, nullptr);
        break;
    case 2:
        pick("retrieveOrganization", nullptr, nullptr, nullptr);
        break;
    case 3:
        if (is(2, "service-accounts"))
            pick("listServiceAccounts", "createServiceAccount", nullptr, nullptr);
        break;
    case 4:
        if (is(2, "service-accounts"))
            pick("retrieveServiceAccount", nullptr, "updateServiceAccount", "deleteServiceAccount");
        break;
    case 5:
        if (is(2, "service-accounts") && is(4, "credentials"))
            pick("listCredentials", "createCredential", nullptr, nullptr);
        break;
    case 6:
        if (is(2, "service-accounts") && is(4, "credentials"))
            pick("retrieveCredential", nullptr, "updateCredential", "deleteCredential");
        break;
    default:
        break;
    }
    return route;
}

ApiHandler::ApiHandler(Store& store, TokenIssuer& tokens, const CursorCodec& cursors)
    : m_store(store), m_tokens(tokens), m_cursors(cursors)
{}

HttpReply ApiHandler::handle(const ApiRequest& request, const Route& route)
{
    if (!route.pathKnown)
        return HttpReply::error(404, QStringLiteral("No such path: %1").arg(request.path));
    if (route.operationId.isEmpty())
        return HttpReply::error(405, QStringLiteral("Method %1 is not allowed on %2")
                                         .arg(QString::fromLatin1(request.method), request.path));
    const QString& op = route.operationId;
    if (op == QLatin1String("serviceAccountToken"))
        return serviceAccountToken(request);

    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer "))
        return HttpReply::error(401, QStringLiteral("A bearer token is required"),
                                QStringLiteral("unauthorized"));
    const auto grant = m_tokens.check(authorization.mid(7).trimmed());
    if (!grant)
        return HttpReply::error(401, QStringLiteral("The bearer token is invalid or has expired"),
                                QStringLiteral("invalid_token"));
    const Caller caller{grant->readOnly};
    const bool permissions = wantsPermissions(request.query);

    if (op == QLatin1String("listOrganizations"))
        return listOrganizations(request, caller);

    const Organization* org = m_store.organization(route.organization);
    if (!org)
        return notFound(QStringLiteral("Organization"), route.organization);
    if (op == QLatin1String("retrieveOrganization")) {
        QJsonObject object = json::organization(*org);
        if (permissions)
            object.insert(QStringLiteral("permissions"),
                          json::itemPermissions(json::Resource::Organization, caller.readOnly));
        return HttpReply::json(200, compact(object));
    }
    if (op == QLatin1String("listServiceAccounts"))
        return listServiceAccounts(request, caller, *org);
    if (op == QLatin1String("createServiceAccount"))
        return caller.readOnly ? forbidden() : createServiceAccount(request, *org);

    const ServiceAccount* account = m_store.serviceAccount(org->id, route.serviceAccount);
    if (!account)
        return notFound(QStringLiteral("Service account"), route.serviceAccount);
    if (op == QLatin1String("retrieveServiceAccount")) {
        QJsonObject object = json::serviceAccount(*account);
        if (permissions)
            object.insert(QStringLiteral("permissions"),
                          json::itemPermissions(json::Resource::ServiceAccount, caller.readOnly));
        return HttpReply::json(200, compact(object));
    }
    if (op == QLatin1String("updateServiceAccount"))
        return caller.readOnly ? forbidden() : updateServiceAccount(request, *org, *account);
    if (op == QLatin1String("deleteServiceAccount")) {
        if (caller.readOnly)
            return forbidden();
        m_store.deleteServiceAccount(org->id, account->id);
        return HttpReply::noContent();
    }
    if (op == QLatin1String("listCredentials"))
        return listCredentials(request, caller, *account);
    if (op == QLatin1String("createCredential"))
        return caller.readOnly ? forbidden() : createCredential(request, *account);

    const Credential* credential = m_store.credential(org->id, account->id, route.credential);
    if (!credential)
        return notFound(QStringLiteral("Credential"), route.credential);
    if (op == QLatin1String("retrieveCredential")) {
        QJsonObject object = json::credential(*credential);
        if (permissions)
            object.insert(QStringLiteral("permissions"),
                          json::itemPermissions(json::Resource::Credential, caller.readOnly));
        return HttpReply::json(200, compact(object));
    }
    if (op == QLatin1String("updateCredential"))
        return caller.readOnly ? forbidden() : updateCredential(request, *credential);
    if (op == QLatin1String("deleteCredential")) {
        if (caller.readOnly)
            return forbidden();
        m_store.deleteCredential(org->id, account->id, credential->id);
        return HttpReply::noContent();
    }
    return HttpReply::error(500, QStringLiteral("Operation %1 is not implemented").arg(op));
}

HttpReply ApiHandler::serviceAccountToken(const ApiRequest& request)
{
    QByteArray formBody = request.body;
    formBody.replace('+', "%20");
    const QUrlQuery form(QString::fromUtf8(formBody));
    const QString grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grantType != QLatin1String("client_credentials"))
        return HttpReply::error(400, QStringLiteral("grant_type must be client_credentials"),
                                QStringLiteral("unsupported_grant_type"));
    QString clientId;
    QByteArray secret;
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QString::fromUtf8(decoded.left(colon));
            secret = decoded.mid(colon + 1);
        }
    } else {
        clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded).toUtf8();
    }
    if (clientId.isEmpty())
        return HttpReply::error(401, QStringLiteral("Client credentials are required (Basic auth)"),
                                QStringLiteral("invalid_client"));
    const Credential* credential = m_store.authenticate(clientId, secret);
    if (!credential)
        return HttpReply::error(401, QStringLiteral("Unknown client_id or wrong client_secret"),
                                QStringLiteral("invalid_client"));
    const QByteArray token = m_tokens.issue(credential->id, credential->readOnly);
    return HttpReply::json(200, compact(json::tokenResponse(token, m_tokens.lifetime())));
}

std::optional<HttpReply> ApiHandler::parseList(const ApiRequest& request, ListParams* params) const
{
    const QUrlQuery& query = request.query;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        params->limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || params->limit < 1 || params->limit > 100)
            return HttpReply::error(422, QStringLiteral("limit must be an integer from 1 to 100"),
                                    QStringLiteral("invalid_limit"));
    }
    const bool hasAfter = query.hasQueryItem(QStringLiteral("after"));
    const bool hasBefore = query.hasQueryItem(QStringLiteral("before"));
    if (hasAfter && hasBefore)
        return HttpReply::error(422, QStringLiteral("Use either after or before, not both"),
                                QStringLiteral("invalid_cursor"));
    if (hasAfter || hasBefore) {
        const QString cursor = query.queryItemValue(
            hasAfter ? QStringLiteral("after") : QStringLiteral("before"), QUrl::FullyDecoded);
        const auto seq = m_cursors.decode(params->scope, cursor);
        if (!seq)
            return HttpReply::error(422, QStringLiteral("The cursor is not valid for this list"),
                                    QStringLiteral("invalid_cursor"));
        params->seq = *seq;
        params->anchor = hasAfter ? PageAnchor::After : PageAnchor::Before;
    }
    params->permissions = wantsPermissions(query);
    return std::nullopt;
}

HttpReply ApiHandler::listReply(const Page& page, const ListParams& params, json::Resource resource,
                                bool readOnly,
                                const std::function<QJsonObject(const QString& id)>& render) const
{
    QJsonArray items;
    for (const QString& id : page.ids) {
        QJsonObject item = render(id);
        if (params.permissions)
            item.insert(QStringLiteral("permissions"), json::itemPermissions(resource, readOnly));
        items.append(item);
    }
    QJsonObject object{{QStringLiteral("items"), items},
                       {QStringLiteral("page_info"),
                        json::pageInfo(page, m_cursors.encode(params.scope, page.firstSeq),
                                       m_cursors.encode(params.scope, page.lastSeq))}};
    if (params.permissions)
        object.insert(QStringLiteral("permissions"), json::listPermissions(resource, readOnly));
    return HttpReply::json(200, compact(object));
}

HttpReply ApiHandler::listOrganizations(const ApiRequest& request, const Caller& caller)
{
    ListParams params;
    params.scope = QStringLiteral("organizations");
    if (auto error = parseList(request, &params))
        return *error;
    const Page page = m_store.organizationPage(params.anchor, params.seq, params.limit);
    return listReply(
        page, params, json::Resource::Organization, caller.readOnly,
        [this](const QString& id) { return json::organization(*m_store.organization(id)); });
}

HttpReply ApiHandler::listServiceAccounts(const ApiRequest& request, const Caller& caller,
                                          const Organization& org)
{
    ListParams params;
    params.scope = QStringLiteral("service-accounts/") + org.id;
    if (auto error = parseList(request, &params))
        return *error;
    const Page page = m_store.serviceAccountPage(org.id, params.anchor, params.seq, params.limit);
    return listReply(page, params, json::Resource::ServiceAccount, caller.readOnly,
                     [this, &org](const QString& id) {
                         return json::serviceAccount(*m_store.serviceAccount(org.id, id));
                     });
}

HttpReply ApiHandler::createServiceAccount(const ApiRequest& request, const Organization& org)
{
    Fields fields;
    if (auto error = parseFields(request.body, true, &fields))
        return *error;
    const QString id =
        m_store.createServiceAccount(org.id, *fields.name, fields.description.value_or(QString()));
    return HttpReply::json(201, compact(json::serviceAccount(*m_store.serviceAccount(org.id, id))));
}

HttpReply ApiHandler::updateServiceAccount(const ApiRequest& request, const Organization& org,
                                           const ServiceAccount& account)
{
    Fields fields;
    if (auto error = parseFields(request.body, false, &fields))
        return *error;
    const QString id = account.id;
    m_store.updateServiceAccount(org.id, id, fields.name, fields.description);
    return HttpReply::json(200, compact(json::serviceAccount(*m_store.serviceAccount(org.id, id))));
}

HttpReply ApiHandler::listCredentials(const ApiRequest& request, const Caller& caller,
                                      const ServiceAccount& account)
{
    ListParams params;
    params.scope = QStringLiteral("credentials/") + account.id;
    if (auto error = parseList(request, &params))
        return *error;
    const Page page = m_store.credentialPage(account.id, params.anchor, params.seq, params.limit);
    return listReply(page, params, json::Resource::Credential, caller.readOnly,
                     [this, &account](const QString& id) {
                         return json::credential(
                             *m_store.credential(account.organizationId, account.id, id));
                     });
}

HttpReply ApiHandler::createCredential(const ApiRequest& request, const ServiceAccount& account)
{
    Fields fields;
    if (auto error = parseFields(request.body, true, &fields))
        return *error;
    const Store::NewCredential created = m_store.createCredentialWithSecret(
        account.organizationId, account.id, *fields.name, fields.description.value_or(QString()));
    const Credential* credential =
        m_store.credential(account.organizationId, account.id, created.id);
    return HttpReply::json(201, compact(json::createdCredential(*credential, created.secret)));
}

HttpReply ApiHandler::updateCredential(const ApiRequest& request, const Credential& credential)
{
    Fields fields;
    if (auto error = parseFields(request.body, false, &fields))
        return *error;
    const QString org = credential.organizationId;
    const QString account = credential.serviceAccountId;
    const QString id = credential.id;
    m_store.updateCredential(org, account, id, fields.name, fields.description);
    return HttpReply::json(200, compact(json::credential(*m_store.credential(org, account, id))));
}

} // namespace keycard::fake
