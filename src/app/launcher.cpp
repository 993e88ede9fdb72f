#include "launcher.h"

#include "afterpaint.h"
#include "fakeserver.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "secretstore.h"
#include "signin.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>
#include <cstdio>

namespace keycard {

namespace {
void printError(const QString& text)
{
    std::fprintf(stderr, "keycard-admin: %s\n", qPrintable(text));
}

SessionIdentity demoIdentity(const QUrl& baseUrl)
{
    return {{}, Launcher::tr("Demo server at %1").arg(baseUrl.toString())};
}

QString environmentFailureIntro()
{
    return Launcher::tr("Signing in with the KEYCARD_API_* environment variables failed:");
}

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/keycard-admin-%1.png").arg(size), QSize(size, size));
    return icon;
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
    if (m_options.demo && !startDemoServer())
        return false;
    const bool fromEnvironment =
        !m_demoServer && ConnectionConfig::fromEnvironment().hasCredentials();
    std::unique_ptr<SignIn> signIn = startSignIn(fromEnvironment);

    m_window = std::make_unique<MainWindow>(*m_profiles, *m_secrets);
    if (m_options.smokeTest)
        watchForSmokeTest();
    if (!m_options.screenshotPath.isEmpty())
        watchForScreenshot();
    if (!m_options.organization.isEmpty())
        m_window->setPreferredOrganization(m_options.organization);
    else if (m_demoServer)
        m_window->setPreferredOrganization(m_demoServer->demoIds().bigOrgId);

    if (!signIn) {
        showWindow();
        m_window->openSignInDialog({}, m_options.baseUrl);
        return true;
    }
    if (m_demoServer) {
        m_window->signIn(std::move(signIn));
        m_window->setUnsavedSignInAgain([this] { signInToDemo(); });
        m_window->showNotice(tr("Connected to the built-in demo server at %1. Nothing here "
                                "touches a real Keycard organization.")
                                 .arg(m_demoServer->baseUrl().toString()));
    } else if (fromEnvironment) {
        m_window->signIn(std::move(signIn), environmentFailureIntro());
        // After a lock the variables are read again: the secret is not kept in between.
        m_window->setUnsavedSignInAgain([this] { signInFromEnvironment(); });
    } else {
        m_window->signIn(std::move(signIn));
    }
    showWhenReady();
    return true;
}

std::unique_ptr<SignIn> Launcher::startSignIn(bool fromEnvironment)
{
    auto signIn = std::make_unique<SignIn>();
    if (m_demoServer) {
        const ConnectionConfig config = demoConfig();
        signIn->start(config, demoIdentity(config.baseUrl));
        return signIn;
    }
    if (fromEnvironment) {
        const ConnectionConfig config = environmentConfig();
        signIn->start(config, environmentIdentity(config.baseUrl));
        return signIn;
    }
    QString profile = m_options.profile;
    if (profile.isEmpty() && m_options.baseUrl.isEmpty()) {
        const QString last = m_profiles->lastProfile();
        if (!last.isEmpty() && m_profiles->profile(last))
            profile = last;
    }
    if (profile.isEmpty())
        return nullptr;
    signIn->startWithProfile(profile, *m_profiles, *m_secrets);
    return signIn;
}

bool Launcher::startDemoServer()
{
    m_demoServer = std::make_unique<fake::FakeServer>(m_options.demoSeed);
    if (m_demoServer->listen(0))
        return true;
    printError(tr("The demo server could not listen on a loopback port."));
    m_demoServer.reset();
    return false;
}

ConnectionConfig Launcher::demoConfig() const
{
    ConnectionConfig config;
    config.baseUrl = m_demoServer->baseUrl();
    config.auth.kind = AuthConfig::Kind::ClientCredentials;
    config.auth.clientId = m_demoServer->demoClientId();
    config.auth.secret = SecretString(m_demoServer->demoClientSecret());
    return config;
}

ConnectionConfig Launcher::environmentConfig() const
{
    ConnectionConfig config = ConnectionConfig::fromEnvironment();
    if (!m_options.baseUrl.isEmpty() && qEnvironmentVariableIsEmpty("KEYCARD_API_BASE_URL"))
        config.baseUrl = m_options.baseUrl;
    return config;
}

void Launcher::signInToDemo()
{
    const ConnectionConfig config = demoConfig();
    m_window->signIn(config, demoIdentity(config.baseUrl));
}

void Launcher::signInFromEnvironment()
{
    const ConnectionConfig config = environmentConfig();
    m_window->signIn(config, environmentIdentity(config.baseUrl), environmentFailureIntro());
}

void Launcher::showWhenReady()
{
    // A tenth of a second still feels immediate; a slower server shows the sign-in's progress.
    constexpr int kShowWithinMs = 100;
    connect(m_window.get(), &MainWindow::firstAccountsArrived, this, &Launcher::showWindow);
    QTimer::singleShot(kShowWithinMs, this, &Launcher::showWindow);
}

void Launcher::showWindow()
{
    if (std::exchange(m_windowShown, true))
        return;
    if (m_window->isVisible()) { // it opened the sign-in dialog: the first paint is done
        QApplication::setWindowIcon(appIcon());
        return;
    }
    m_window->show();
    // Decoding the icon's six sizes takes about 3 ms: after the first paint, not before it.
    AfterPaint::run(
        m_window.get(), [] { QApplication::setWindowIcon(appIcon()); },
        AfterPaint::Kind::Housekeeping);
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
