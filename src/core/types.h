#pragma once

#include "secretstring.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace keycard {

// What the caller may do, as returned with expand=permissions:
// {"organizations": {"read": true, "update": false}}.
struct Permissions
{
    QHash<QString, QHash<QString, bool>> grants;
    bool present = false; // the answer carried permissions

    // True when the grant is there and true, or when the answer carried no permissions at
    // all (unknown: don't block, the server will refuse if it must).
    bool allows(const QString& resource, const QString& action) const;
};

struct Organization
{
    QString id;
    QString label;
    QString name;
    bool ssoEnabled = false;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    Permissions permissions;
};

struct ServiceAccount
{
    QString id;
    QString name;
    QString description;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    Permissions permissions;
};

struct Credential
{
    QString id;
    QString clientId;
    QString name;
    QString description;
    QDateTime createdAt;  // UTC
    QDateTime lastUsedAt; // UTC; invalid = never used
    Permissions permissions;
};

// The answer to a create: the only time the client secret is ever seen.
struct NewCredential
{
    Credential credential;
    SecretString clientSecret;
};

struct PageInfo
{
    bool hasNextPage = false;
    bool hasPrevPage = false;
    QString startCursor;
    QString endCursor;
};

template <typename T>
struct Page
{
    QList<T> items;
    PageInfo pageInfo;
    Permissions permissions;
};

struct PageRequest
{
    int limit = 50; // 1..100
    QString after;
    QString before;
    bool expandPermissions = true;
    // Called, when the answer names a next page, with its cursor as peekNextCursor() finds it,
    // before the answer is decoded (a guess: the decoded page_info decides).
    std::function<void(const QString& cursor)> nextCursorSeen;
};

// Body of a create; description is omitted when empty.
struct Draft
{
    QString name;
    QString description;
};

// Body of an update: only the fields that are set are sent.
struct Patch
{
    std::optional<QString> name;
    std::optional<QString> description;

    bool isEmpty() const { return !name && !description; }
};

// A successful answer without a body (DELETE, sign-in).
struct Empty
{
};

} // namespace keycard
