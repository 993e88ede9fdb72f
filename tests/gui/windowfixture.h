#pragma once

// A main window on its own fake server, with scratch settings: what a GUI test starts from.
// start() in init(), stop() in cleanup(); signIn() adopts a session of the demo credential.
#include "apiclient.h"
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
    std::unique_ptr<fake::FakeServer> server;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<MainWindow> window;

    // Fails the calling test when the server or the window does not come up.
    bool start(const QSize& size = QSize(1100, 720))
    {
        QSettings().clear();
        server = std::make_unique<fake::FakeServer>(5);
        if (!server->listen(0))
            return false;
        profiles = std::make_unique<ProfileStore>();
        secrets = std::make_unique<SecretStore>(QStringLiteral("Keycard Admin tests"));
        window = std::make_unique<MainWindow>(*profiles, *secrets);
        window->resize(size);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    void stop()
    {
        window.reset();
        server.reset();
    }

    ConnectionConfig demoConfig() const
    {
        ConnectionConfig config;
        config.baseUrl = server->baseUrl();
        config.auth.clientId = server->demoClientId();
        config.auth.secret = SecretString(server->demoClientSecret());
        return config;
    }

    void signIn()
    {
        window->adoptSession(Session::create(demoConfig(), {QString(), QStringLiteral("test")}));
    }
};

} // namespace keycard::test
