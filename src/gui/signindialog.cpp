#include "signindialog.h"

#include "apiclient.h"
#include "apierror.h"
#include "profilestore.h"
#include "secretstore.h"
#include "signin.h"
#include "ui_signindialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace keycard {

SignInDialog::SignInDialog(ProfileStore& profiles, SecretStore* secrets, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()), m_profiles(profiles),
      m_secrets(secrets), m_signIn(std::make_unique<SignIn>())
{
    m_ui->setupUi(this);
    connect(m_signIn.get(), &SignIn::succeeded, this, &SignInDialog::finishSignIn);
    connect(m_signIn.get(), &SignIn::failed, this, [this](const QString& message) {
        setBusy(false);
        setMessage(message);
        m_ui->secretEdit->setFocus();
    });
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    m_ui->busyBar->hide();
    m_ui->baseUrlEdit->setText(ConnectionConfig::defaultBaseUrl().toString());
    m_ui->baseUrlEdit->setPlaceholderText(ConnectionConfig::defaultBaseUrl().toString());
    m_ui->messageLabel->hide();

    for (const ConnectionProfile& profile : m_profiles.profiles())
        m_ui->profileCombo->addItem(profile.name);
    if (m_ui->profileCombo->count() == 0)
        m_ui->profileCombo->setEditText(tr("Default"));

    m_ui->profileCombo->lineEdit()->setAccessibleName(tr("Profile name"));
    connect(m_ui->profileCombo, &QComboBox::textActivated, this, &SignInDialog::loadProfile);
    connect(m_ui->clientCredentialsRadio, &QRadioButton::toggled, this, &SignInDialog::updateKind);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    // Hidden by default; shown on request to check what was pasted or typed.
    connect(m_ui->showSecretButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    updateKind();

    const QString last = m_profiles.lastProfile();
    if (!last.isEmpty() && m_profiles.profile(last))
        selectProfile(last);
}

SignInDialog::~SignInDialog()
{
    m_signIn->cancel();
    QString typed = m_ui->secretEdit->text();
    SecretString::wipe(typed);
    m_ui->secretEdit->clear();
}

void SignInDialog::selectProfile(const QString& name)
{
    const int index = m_ui->profileCombo->findText(name);
    if (index >= 0)
        m_ui->profileCombo->setCurrentIndex(index);
    else
        m_ui->profileCombo->setEditText(name);
    loadProfile(name);
}

void SignInDialog::setBaseUrl(const QUrl& url)
{
    m_ui->baseUrlEdit->setText(url.toString());
}

void SignInDialog::setMessage(const QString& message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

QString SignInDialog::message() const
{
    return m_ui->messageLabel->text();
}

SessionPtr SignInDialog::takeSession()
{
    return std::move(m_session);
}

QString SignInDialog::profileName() const
{
    return m_profileName;
}

QString SignInDialog::keychainNotice() const
{
    return m_keychainNotice;
}

void SignInDialog::done(int result)
{
    m_signIn->cancel();
    QDialog::done(result);
}

void SignInDialog::loadProfile(const QString& name)
{
    const auto profile = m_profiles.profile(name);
    if (!profile)
        return;
    m_ui->baseUrlEdit->setText(profile->baseUrl.toString());
    const bool apiKey = profile->kind == AuthConfig::Kind::ApiKey;
    m_ui->apiKeyRadio->setChecked(apiKey);
    m_ui->clientCredentialsRadio->setChecked(!apiKey);
    m_ui->clientIdEdit->setText(profile->clientId);
    m_ui->secretEdit->clear();
    if (!m_secrets)
        return;
    const int generation = ++m_secretReadGeneration;
    m_secrets->read(SecretStore::profileKey(name), this,
                    [this, generation](const SecretStore::Outcome& outcome) {
                        if (generation != m_secretReadGeneration)
                            return;
                        if (outcome.ok()) {
                            m_ui->secretEdit->setText(outcome.secret.revealString());
                            return;
                        }
                        if (outcome.status == SecretStore::Status::NotFound)
                            return;
                        m_ui->rememberCheck->setChecked(false);
                        setMessage(tr("The system keychain could not be read (%1). Type the "
                                      "secret to sign in for this session.")
                                       .arg(outcome.errorText));
                    });
}

void SignInDialog::updateKind()
{
    const bool clientCredentials = m_ui->clientCredentialsRadio->isChecked();
    m_ui->clientIdLabel->setVisible(clientCredentials);
    m_ui->clientIdEdit->setVisible(clientCredentials);
    m_ui->secretLabel->setText(clientCredentials ? tr("Client &secret:") : tr("API &key:"));
}

void SignInDialog::setBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->profileCombo), static_cast<QWidget*>(m_ui->baseUrlEdit),
          static_cast<QWidget*>(m_ui->clientCredentialsRadio),
          static_cast<QWidget*>(m_ui->apiKeyRadio), static_cast<QWidget*>(m_ui->clientIdEdit),
          static_cast<QWidget*>(m_ui->secretEdit), static_cast<QWidget*>(m_ui->showSecretButton),
          static_cast<QWidget*>(m_ui->rememberCheck)})
        w->setEnabled(!busy);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void SignInDialog::signIn()
{
    const QString name = m_ui->profileCombo->currentText().trimmed();
    const QUrl baseUrl(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    const bool clientCredentials = m_ui->clientCredentialsRadio->isChecked();
    const QString clientId = m_ui->clientIdEdit->text().trimmed();

    if (name.isEmpty())
        return setMessage(tr("Give this connection a profile name."));
    if (auto error = ApiClient::checkBaseUrl(baseUrl))
        return setMessage(describeError(*error));
    if (clientCredentials && clientId.isEmpty())
        return setMessage(tr("Enter the client ID of a service account credential."));
    if (m_ui->secretEdit->text().isEmpty())
        return setMessage(clientCredentials ? tr("Enter the client secret.")
                                            : tr("Enter the API key."));

    ConnectionConfig config;
    config.baseUrl = baseUrl;
    config.auth.kind =
        clientCredentials ? AuthConfig::Kind::ClientCredentials : AuthConfig::Kind::ApiKey;
    config.auth.clientId = clientCredentials ? clientId : QString();
    config.auth.secret = SecretString(m_ui->secretEdit->text());

    setMessage({});
    setBusy(true);
    m_profileName = name;
    m_signIn->start(config, {name, name});
}

void SignInDialog::finishSignIn(const SessionPtr& session)
{
    m_session = session;
    const ConnectionConfig& config = session->config();
    ConnectionProfile profile;
    profile.name = m_profileName;
    profile.baseUrl = config.baseUrl;
    profile.kind = config.auth.kind;
    profile.clientId = config.auth.clientId;
    m_profiles.save(profile);
    m_profiles.setLastProfile(m_profileName);

    if (!m_secrets || !m_ui->rememberCheck->isChecked()) {
        if (m_secrets)
            m_secrets->remove(SecretStore::profileKey(m_profileName), this,
                              [](const SecretStore::Outcome&) {});
        accept();
        return;
    }
    m_secrets->write(SecretStore::profileKey(m_profileName),
                     SecretStore::profileLabel(m_profileName, config.auth.clientId),
                     config.auth.secret, this, [this](const SecretStore::Outcome& outcome) {
                         if (!outcome.ok())
                             m_keychainNotice =
                                 tr("Signed in, but the secret could not be kept in the system "
                                    "keychain: %1. You are signed in for this session only; you "
                                    "will be asked for the secret next time.")
                                     .arg(outcome.errorText);
                         accept();
                     });
}

} // namespace keycard
