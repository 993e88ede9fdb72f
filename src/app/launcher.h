#pragma once

#include "commandline.h"

#include <QObject>
#include <memory>

namespace keycard {

class MainWindow;
class ProfileStore;
class SecretStore;
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
    void startDemo();
    void signInToDemo();
    void startFromEnvironment();
    void signInFromEnvironment();
    void watchForSmokeTest();
    void watchForScreenshot();

    StartOptions m_options;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<fake::FakeServer> m_demoServer;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace keycard
