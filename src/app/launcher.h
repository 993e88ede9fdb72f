#pragma once

#include "commandline.h"
#include "connectionconfig.h"

#include <QObject>
#include <memory>

namespace keycard {

class MainWindow;
class ProfileStore;
class SecretStore;
class SignIn;
namespace fake {
class FakeServer;
}

// Decides how the app signs in at start: the demo server, the KEYCARD_API_* variables, a saved
// profile, or the sign-in dialog; and runs the --screenshot and --smoke-test modes.
class Launcher final : public QObject
{
    Q_OBJECT
public:
    explicit Launcher(StartOptions options, QObject* parent = nullptr);
    ~Launcher() override;

    // Returns false (with a message printed) when the app cannot start.
    bool start();

private:
    // The sign-in of this start (the demo server, the KEYCARD_API_* variables, a saved profile),
    // begun before the window is built so that the server answers while the widgets are made;
    // null when the sign-in dialog has to ask.
    std::unique_ptr<SignIn> startSignIn(bool fromEnvironment);
    bool startDemoServer();
    ConnectionConfig demoConfig() const;
    ConnectionConfig environmentConfig() const;
    void signInToDemo();
    void signInFromEnvironment();
    // The window appears with its first page, painted once instead of once for every step of
    // the sign-in, or after kShowWithinMs when the server takes longer.
    void showWhenReady();
    void showWindow();
    void watchForSmokeTest();
    void watchForScreenshot();

    StartOptions m_options;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<fake::FakeServer> m_demoServer;
    std::unique_ptr<MainWindow> m_window;
    bool m_windowShown = false;
};

} // namespace keycard
