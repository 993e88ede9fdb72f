#include "signin.h"

#include "apiclient.h"
#include "apierror.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QTimer>

namespace keycard {

SignIn::SignIn(QObject* parent) : QObject(parent) {}

SignIn::~SignIn()
{
    cancel();
}

void SignIn::cancel()
{
    ++m_generation;
    m_running = false;
    delete m_keychainRead.data(); // its answer is never heard
    m_call.cancel();
    m_call = RequestHandle();
    // Not released inside a call of its own (see Session::releaseLater).
    Session::releaseLater(std::move(m_session));
}

void SignIn::failLater(const QString& message)
{
    // Never inside start(): the caller may still be connecting to the signals.
    m_running = true;
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, message] {
        if (generation != m_generation)
            return;
        m_running = false;
        emit failed(message);
    });
}

void SignIn::start(const ConnectionConfig& config, const SessionIdentity& identity)
{
    cancel();
    m_identity = identity;
    m_baseUrl = config.baseUrl;
    if (auto error = ApiClient::checkBaseUrl(config.baseUrl)) {
        failLater(describeError(*error));
        return;
    }
    m_running = true;
    m_session = Session::create(config, identity);
    m_call = m_session->client().signIn(this, [this](const Result<Empty>& result) {
        m_running = false;
        m_call = RequestHandle();
        SessionPtr session = std::move(m_session);
        // This runs inside one of the session's calls: whoever keeps it takes a reference; the
        // rest is let go afterwards.
        Session::releaseLater(session);
        if (result.ok())
            emit succeeded(session);
        else
            emit failed(describeError(result.error()));
    });
}

void SignIn::startWithProfile(const QString& profileName, const ProfileStore& profiles,
                              SecretStore& secrets)
{
    cancel();
    m_identity = {profileName, profileName};
    const auto profile = profiles.profile(profileName);
    if (!profile) {
        failLater(tr("There is no saved profile named “%1”.").arg(profileName));
        return;
    }
    m_baseUrl = profile->baseUrl;
    m_running = true;
    auto* receiver = new QObject(this);
    m_keychainRead = receiver;
    secrets.read(SecretStore::profileKey(profileName), receiver,
                 [this, receiver, profile = *profile](const SecretStore::Outcome& outcome) {
                     receiver->deleteLater();
                     m_keychainRead.clear();
                     if (!outcome.ok()) {
                         m_running = false;
                         emit failed(outcome.status == SecretStore::Status::NotFound
                                         ? tr("The secret of profile “%1” is not in the system "
                                              "keychain. Enter it to sign in.")
                                               .arg(profile.name)
                                         : tr("The system keychain could not be read (%1). "
                                              "Enter the secret to sign in for this session.")
                                               .arg(outcome.errorText));
                         return;
                     }
                     ConnectionConfig config;
                     config.baseUrl = profile.baseUrl;
                     config.auth.kind = profile.kind;
                     config.auth.clientId = profile.clientId;
                     config.auth.secret = outcome.secret;
                     start(config, {profile.name, profile.name});
                 });
}

} // namespace keycard
