#pragma once

#include "result.h"
#include "secretstring.h"
#include "types.h"

#include <QByteArray>
#include <QString>

// Strict, total decoding of the API's JSON answers into domain types (and encoding of bodies).
// Every field's type is checked; a missing required field, a wrong type, a string longer than
// the contract allows, a key the decoder reads given twice, or a body that is not JSON gives a
// Decode error naming the field path (e.g. "items[3].created_at") and the request ID. Unknown
// fields are ignored; null is accepted for optional fields; timestamps are UTC.
//
// Bodies are parsed by simdjson and checked whole: invalid UTF-8, raw control characters in
// strings, bad escapes, lone surrogates, numbers out of a double's or a 64-bit integer's range,
// trailing garbage and nesting deeper than 64 are errors. A byte order mark before the body is
// skipped; a U+FEFF inside a string, also at its start, is kept. Decoding is linear in the
// body's size; numbers are range-checked before any conversion.
namespace keycard::json {

struct TokenAnswer
{
    SecretString accessToken;
    QString tokenType;
    int expiresInSeconds = -1; // -1: not given; at most 10^9 (a longer lifetime reads as that)
};

// The lenient reading of an error body: whatever of {"message", "code"} is there.
struct ServerMessage
{
    QString message;
    QString code;
};

// The page decoders take the limit the request asked for: more items than that break the
// contract.
Result<Page<Organization>> decodeOrganizationPage(const QByteArray& body, const QString& requestId,
                                                  int limit);
Result<Organization> decodeOrganization(const QByteArray& body, const QString& requestId);
Result<Page<ServiceAccount>> decodeServiceAccountPage(const QByteArray& body,
                                                      const QString& requestId, int limit);
Result<ServiceAccount> decodeServiceAccount(const QByteArray& body, const QString& requestId);
Result<Page<Credential>> decodeCredentialPage(const QByteArray& body, const QString& requestId,
                                              int limit);
Result<Credential> decodeCredential(const QByteArray& body, const QString& requestId);
Result<NewCredential> decodeNewCredential(const QByteArray& body, const QString& requestId);
Result<TokenAnswer> decodeToken(const QByteArray& body, const QString& requestId);

ServerMessage decodeServerMessage(const QByteArray& body);

QByteArray encodeDraft(const Draft& draft);
QByteArray encodePatch(const Patch& patch);

// RFC 3339 / ISO 8601 date-time as UTC; an invalid QDateTime when it is not one.
QDateTime parseTimestamp(const QString& text);

} // namespace keycard::json
