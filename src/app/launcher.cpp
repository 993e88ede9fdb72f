#include "launcher.h"

#include "fakeserver.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>

namespace keycard {

namespace {
void printError(const QString& text)
{
    std::fprintf(stderr, "keycard-admin: %s\n", qPrintable(text));
}
} // namespace

Launcher::Launcher(StartOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_profiles(std::make_unique<ProfileStore>()),
      m_secrets(std::make_unique<SecretStore>())
{}

Launcher::~Launcher()
{
    m_window.reset(); // the window's client talks to the demo server: close it first
}

bool Launcher::start()
{
    m_window = std::make_unique<MainWindow>(*m_profiles, *m_secrets);
    if (m_options.smokeTest)
        watchForSmokeTest();
    if (!m_options.screenshotPath.isEmpty())
        watchForScreenshot();
    if (!m_options.organization.isEmpty())
        m_window->setPreferredOrganization(m_options.organization);
    m_window->show();

    if (m_options.demo) {
        startDemo();
        return m_demoServer != nullptr;
    }
    if (ConnectionConfig::fromEnvironment().hasCredentials()) {
        startFromEnvironment();
        return true;
    }
    if (!m_options.profile.isEmpty()) {
        m_window->signInWithProfile(m_options.profile);
        return true;
    }
    const QString last = m_profiles->lastProfile();
    if (!last.isEmpty() && m_options.baseUrl.isEmpty() && m_profiles->profile(last)) {
        m_window->signInWithProfile(last);
        return true;
    }
    m_window->openSignInDialog({}, m_options.baseUrl);
    return true;
}

void Launcher::startDemo()
{
    m_demoServer = std::make_unique<fake::FakeServer>(m_options.demoSeed);
    if (!m_demoServer->listen(0)) {
        printError(tr("The demo server could not listen on a loopback port."));
        m_demoServer.reset();
        return;
    }
    if (m_options.organization.isEmpty())
        m_window->setPreferredOrganization(m_demoServer->demoIds().bigOrgId);
    signInToDemo();
    m_window->setUnsavedSignInAgain([this] { signInToDemo(); });
    m_window->showNotice(tr("Connected to the built-in demo server at %1. Nothing here touches "
                            "a real Keycard organization.")
                             .arg(m_demoServer->baseUrl().toString()));
}

void Launcher::signInToDemo()
{
    ConnectionConfig config;
    config.baseUrl = m_demoServer->baseUrl();
    config.auth.kind = AuthConfig::Kind::ClientCredentials;
    config.auth.clientId = m_demoServer->demoClientId();
    config.auth.secret = SecretString(m_demoServer->demoClientSecret());
    m_window->signIn(config, {{}, tr("Demo server at %1").arg(config.baseUrl.toString())});
}

void Launcher::startFromEnvironment()
{
    signInFromEnvironment();
    // After a lock the variables are read again: the secret is not kept in between.
    m_window->setUnsavedSignInAgain([this] { signInFromEnvironment(); });
}

void Launcher::signInFromEnvironment()
{
    ConnectionConfig config = ConnectionConfig::fromEnvironment();
    if (!m_options.baseUrl.isEmpty() && qEnvironmentVariableIsEmpty("KEYCARD_API_BASE_URL"))
        config.baseUrl = m_options.baseUrl;
    m_window->signIn(config, environmentIdentity(config.baseUrl),
                     tr("Signing in with the KEYCARD_API_* environment variables failed:"));
}

void Launcher::watchForSmokeTest()
{
    connect(m_window.get(), &MainWindow::accountsShown, this, [] {
        std::printf("smoke-test: first page of service accounts shown\n");
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(20000, this, [] {
        printError(tr("smoke test: no service accounts were shown within 20 seconds"));
        QCoreApplication::exit(1);
    });
}

void Launcher::watchForScreenshot()
{
    auto grab = [this] {
        const QString path = m_options.screenshotPath;
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!m_window->grab().save(path))
            printError(tr("could not save the screenshot to %1").arg(path));
        QCoreApplication::exit(0);
    };
    // The credentials of the selected account are the last thing to appear.
    connect(m_window.get(), &MainWindow::credentialsShown, this,
            [this, grab] { QTimer::singleShot(300, this, grab); });
    QTimer::singleShot(15000, this, grab);
}

} // namespace keycard
