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
    enum class Show { Now, Later };

    // Call from init(); QStandardPaths test mode must be on (initTestCase()). Fails the calling
    // test when the server or the window does not come up. Show::Later leaves the window hidden,
    // as the app does while its first page is on the way.
    bool start(quint64 seed = 7, const QSize& size = QSize(1000, 700), Show show = Show::Now)
    {
        QSettings().clear();
        server = std::make_unique<fake::FakeServer>(seed);
        if (!server->listen(0))
            return false;
        profiles = std::make_unique<ProfileStore>();
        secrets = std::make_unique<SecretStore>(QStringLiteral("Keycard Admin tests"));
        window = std::make_unique<MainWindow>(*profiles, *secrets);
        window->resize(size);
        if (show == Show::Later)
            return true;
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

    ConnectionConfig demoConfig() const
    {
        ConnectionConfig config;
        config.baseUrl = server->baseUrl();
        config.auth.clientId = server->demoClientId();
        config.auth.secret = SecretString(server->demoClientSecret());
        return config;
    }

    // Signs in with the server's demo credential, without the dialog.
    void signInAsDemo()
    {
        window->adoptSession(Session::create(demoConfig(), {QString(), QStringLiteral("test")}));
    }

    std::unique_ptr<fake::FakeServer> server;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<MainWindow> window;
};

} // namespace keycard::test
