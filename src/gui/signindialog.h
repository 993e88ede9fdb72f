#pragma once

#include "session.h"

#include <QDialog>
#include <QUrl>
#include <memory>

namespace Ui {
class SignInDialog;
}

namespace keycard {

class ProfileStore;
class SecretStore;
class SignIn;

// Asks for a base URL and a client ID and secret (or an API key), checks them at once by
// fetching a token, and keeps the profile in the settings and the secret in the keychain.
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(ProfileStore& profiles, SecretStore* secrets, QWidget* parent = nullptr);
    ~SignInDialog() override;

    void selectProfile(const QString& name);
    void setBaseUrl(const QUrl& url);
    void setMessage(const QString& message);

    // After acceptance: the signed-in session, the profile it belongs to, and what the user must
    // know about the keychain (empty when the secret was kept safely or not asked to be kept).
    SessionPtr takeSession();
    QString profileName() const;
    QString keychainNotice() const;
    QString message() const;

public slots:
    void done(int result) override;

private:
    void loadProfile(const QString& name);
    void updateKind();
    void setBusy(bool busy);
    void signIn();
    void finishSignIn(const SessionPtr& session);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    ProfileStore& m_profiles;
    SecretStore* m_secrets = nullptr;
    std::unique_ptr<SignIn> m_signIn;
    SessionPtr m_session;
    QString m_profileName;
    QString m_keychainNotice;
    int m_secretReadGeneration = 0;
};

} // namespace keycard
