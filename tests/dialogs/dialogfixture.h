#pragma once

#include "apiclient.h"
#include "fakeserver.h"
#include "session.h"

#include <QTest>
#include <memory>

namespace keycard::test {

// A local server and a real session signed in with the demo (or read-only) credential.
struct DialogFixture
{
    explicit DialogFixture(bool readOnly = false)
    {
        if (!server.listen(0))
            qFatal("the local server could not listen");
        ConnectionConfig config;
        config.baseUrl = server.baseUrl();
        config.auth.kind = AuthConfig::Kind::ClientCredentials;
        config.auth.clientId = readOnly ? server.readOnlyClientId() : server.demoClientId();
        config.auth.secret =
            SecretString(readOnly ? server.readOnlyClientSecret() : server.demoClientSecret());
        config.inactivityTimeoutMs = 5000;
        session = Session::create(config, {QString(), QStringLiteral("test")});
    }

    QString orgId() const { return server.demoIds().bigOrgId; }

    ApiClient& client() const { return session->client(); }

    fake::FakeServer server;
    SessionPtr session;
};

} // namespace keycard::test
