#pragma once

// The real main window with its own local server, stores for the test's settings and keychain
// service, shown offscreen: what a GUI test starts from.
#include "fakeserver.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "secretstore.h"
#include "session.h"

#include <QSettings>
#include <QTest>
#include <memory>

namespace keycard::test {

struct WindowFixture
{
    // Call from init(); QStandardPaths test mode must be on (initTestCase()).
    bool start(quint64 seed = 7)
    {
        QSettings().clear();
        server = std::make_unique<fake::FakeServer>(seed);
        if (!server->listen(0))
            return false;
        profiles = std::make_unique<ProfileStore>();
        secrets = std::make_unique<SecretStore>(QStringLiteral("Keycard Admin tests"));
        window = std::make_unique<MainWindow>(*profiles, *secrets);
        window->resize(1000, 700);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    // Call from cleanup(): the window first, it talks to the rest.
    void stop()
    {
        window.reset();
        secrets.reset();
        profiles.reset();
        server.reset();
    }

    // Signs in with the server's demo credential, without the dialog.
    void signInAsDemo()
    {
        ConnectionConfig config;
        config.baseUrl = server->baseUrl();
        config.auth.clientId = server->demoClientId();
        config.auth.secret = SecretString(server->demoClientSecret());
        window->adoptSession(Session::create(config, {QString(), QStringLiteral("test")}));
    }

    std::unique_ptr<fake::FakeServer> server;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<MainWindow> window;
};

} // namespace keycard::test
