#pragma once

#include "store.h"

#include <QJsonObject>

namespace keycard::fake {

// JSON shapes of openapi.yaml. Optional fields are omitted, never null.
namespace json {

enum class Resource { Organization, ServiceAccount, Credential };

QString timestamp(const QDateTime& time);
QJsonObject organization(const Organization& org);
QJsonObject serviceAccount(const ServiceAccount& account);
QJsonObject credential(const Credential& credential);
QJsonObject createdCredential(const Credential& credential, const QByteArray& secret);
// The caller's permissions on one item of `resource`, or on its list.
QJsonObject itemPermissions(Resource resource, bool readOnly);
QJsonObject listPermissions(Resource resource, bool readOnly);
QJsonObject pageInfo(const Page& page, const QString& startCursor, const QString& endCursor);
QJsonObject tokenResponse(const QByteArray& token, int expiresIn);

} // namespace json
} // namespace keycard::fake
