#pragma once

// Small helpers shared by the secret tests (no fakes: real values and real widgets).
#include "types.h"

#include <QObject>
#include <QTest>
#include <QWidget>

namespace secrettest {

// A credential as the server answers a create, for tests that need no server.
inline keycard::NewCredential newCredential(const QByteArray& secret,
                                            const QString& id = QStringLiteral("cred_test1"))
{
    keycard::NewCredential created;
    created.credential.id = id;
    created.credential.clientId = QStringLiteral("client_") + id;
    created.credential.name = QStringLiteral("deploy-bot");
    created.credential.createdAt = QDateTime::currentDateTimeUtc();
    created.clientSecret = keycard::SecretString(secret);
    return created;
}

// The named child of a dialog; fails the test loudly when the form lacks it.
template <typename T>
T* child(const QObject* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace secrettest
