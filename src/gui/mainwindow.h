#pragma once

#include "preferences.h"
#include "session.h"

#include <QMainWindow>
#include <QUrl>
#include <memory>

class QComboBox;
class QProgressBar;

namespace Ui {
class MainWindow;
}

namespace keycard {

class CredentialsModel;
class ElidedLabel;
class FilteredListModel;
class OrganizationsModel;
class ItemActions;
class ProfileStore;
class SecretStore;
class SecureClipboard;
class SignIn;
class ServiceAccountsModel;
class StoredSecretsIndex;
class VisibleRows;

// The organization picker and the service accounts and credentials of the chosen one.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProfileStore& profiles, SecretStore& secrets, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Signs in (SignIn) and works with the new session when that succeeds; opens the sign-in
    // dialog with the reason when it fails, `failureIntro` before it. A sign-in still running
    // is cancelled.
    void signIn(const ConnectionConfig& config, const SessionIdentity& identity,
                const QString& failureIntro = {});
    // Signs in with a saved profile, its secret read from the keychain; asks when it can't.
    void signInWithProfile(const QString& name);
    // Works with a signed-in session from now on. While a credential create of the current
    // session is still waiting for its answer, the switch waits for it.
    void adoptSession(const SessionPtr& session);
    // Opens the sign-in dialog (window-modal, without blocking).
    void openSignInDialog(const QString& message = {}, const QUrl& baseUrl = {},
                          const QString& profileName = {});
    // Opens this organization (ID or label) when it is listed (the demo opens its largest one).
    void setPreferredOrganization(const QString& organizationIdOrLabel);
    void showNotice(const QString& text);
    // Opens the organization, selects the service account and then the credential (filtering
    // both tables by name, so that the pages that hold them are loaded).
    void showCredential(const QString& orgId, const QString& accountId, const QString& accountName,
                        const QString& credentialId, const QString& credentialName);

    SessionPtr session() const { return m_session; }

signals:
    void sessionStarted();
    void accountsShown();    // the first page of service accounts is on screen
    void credentialsShown(); // the first page of the selected account's credentials is on screen

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void setupPanels();
    void setupActions();
    void rebuildProfilesMenu();
    void organizationsChanged();
    void organizationChosen(int index);
    int organizationRow(const QString& idOrLabel) const;
    QString currentOrganizationId() const;
    QString currentAccountId() const;
    // The name the current session's secrets are kept under in the keychain.
    QString keychainProfile() const;
    void accountChanged();
    void refresh();
    void updateActions();
    void updateStatusBar();
    // The picker's placeholder and the busy bar say what the window waits for: a sign-in, then
    // the organizations.
    void updateProgress();
    void cancelSignIn();
    void applyPreferences(const Preferences& preferences);
    void openSettings();
    void openAbout();
    void openCredentialReport();
    void showCredentialCounts(bool shown);
    void restoreLayout();
    void keepOnScreen();
    void saveLayout() const;
    SignIn& newSignIn(const QString& failureIntro);
    void switchTo(SessionPtr session);
    void createsSettled();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProfileStore& m_profiles;
    SecretStore& m_secrets;
    SessionPtr m_session;
    SessionPtr m_waitingSession; // signed in; waits for the creates of m_session
    std::unique_ptr<SignIn> m_signIn;
    bool m_closeWhenSettled = false;
    Preferences m_preferences;
    SecureClipboard* m_clipboard = nullptr;
    StoredSecretsIndex* m_storedIndex = nullptr;
    ItemActions* m_actions = nullptr;
    QString m_preferredOrganization;

    OrganizationsModel* m_organizations = nullptr;
    ServiceAccountsModel* m_accounts = nullptr;
    CredentialsModel* m_credentials = nullptr;
    FilteredListModel* m_accountsFilter = nullptr;
    FilteredListModel* m_credentialsFilter = nullptr;
    QComboBox* m_organizationPicker = nullptr;
    ElidedLabel* m_countsLabel = nullptr;
    QProgressBar* m_signInBusy = nullptr;
    VisibleRows* m_visibleAccounts = nullptr; // asks for credential counts of what is on screen
    bool m_geometryRestored = false; // a saved geometry still to fit the screen when first shown
    bool m_accountsShownOnce = false;
    bool m_credentialsShownOnce = false;
};

} // namespace keycard
