#pragma once

#include "apiclient.h"
#include "fakeserver.h"

#include <QTest>
#include <memory>

namespace keycard::test {

// A local server and a real client signed in with the demo (or read-only) credential.
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
        client = std::make_unique<ApiClient>(config);
    }

    QString orgId() const { return server.demoIds().bigOrgId; }

    fake::FakeServer server;
    std::unique_ptr<ApiClient> client;
};

} // namespace keycard::test
