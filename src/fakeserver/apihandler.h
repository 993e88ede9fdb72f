#pragma once

#include "httpreply.h"
#include "jsonrender.h"
#include "store.h"

#include <QList>
#include <QPair>
#include <QUrlQuery>
#include <functional>
#include <optional>

namespace keycard::fake {

class CursorCodec;
class TokenIssuer;

struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
};

// Which operation of openapi.yaml a request addresses, and its path parameters.
struct Route
{
    QString operationId; // empty when no operation matches
    bool pathKnown = false;
    QString organization;
    QString serviceAccount;
    QString credential;

    static Route resolve(const QByteArray& method, const QString& path);
};

// Answers every operation of openapi.yaml from the store.
class ApiHandler final
{
public:
    ApiHandler(Store& store, TokenIssuer& tokens, const CursorCodec& cursors);

    HttpReply handle(const ApiRequest& request, const Route& route);

private:
    struct Caller
    {
        bool readOnly = false;
    };
    struct ListParams
    {
        PageAnchor anchor = PageAnchor::None;
        quint64 seq = 0;
        int limit = 50;
        bool permissions = false;
        QString scope;
    };

    HttpReply serviceAccountToken(const ApiRequest& request);
    std::optional<HttpReply> parseList(const ApiRequest& request, ListParams* params) const;
    // The answer to a list call: each item rendered, permissions added when asked for, and the
    // page's cursors.
    HttpReply listReply(const Page& page, const ListParams& params, json::Resource resource,
                        bool readOnly,
                        const std::function<QJsonObject(const QString& id)>& render) const;

    HttpReply listOrganizations(const ApiRequest& request, const Caller& caller);
    HttpReply listServiceAccounts(const ApiRequest& request, const Caller& caller,
                                  const Organization& org);
    HttpReply createServiceAccount(const ApiRequest& request, const Organization& org);
    HttpReply updateServiceAccount(const ApiRequest& request, const Organization& org,
                                   const ServiceAccount& account);
    HttpReply listCredentials(const ApiRequest& request, const Caller& caller,
                              const ServiceAccount& account);
    HttpReply createCredential(const ApiRequest& request, const ServiceAccount& account);
    HttpReply updateCredential(const ApiRequest& request, const Credential& credential);

    Store& m_store;
    TokenIssuer& m_tokens;
    const CursorCodec& m_cursors;
};

} // namespace keycard::fake
