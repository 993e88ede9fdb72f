#pragma once

#include "record.h"
#include "types.h"

namespace keycard {
struct ConnectionProfile;
}

namespace keycard::cli {

// The API's objects as records, with the API's field names (docs: openapi.yaml).
Record organizationRecord(const Organization& organization);
Record serviceAccountRecord(const ServiceAccount& account);
Record credentialRecord(const Credential& credential);
Record profileRecord(const ConnectionProfile& profile);

TableLayout organizationTable();
TableLayout serviceAccountTable();
TableLayout credentialTable();
TableLayout profileTable();

// RFC 3339 in UTC ("2025-01-31T12:00:00Z"), or null.
QJsonValue timestamp(const QDateTime& time);

} // namespace keycard::cli
