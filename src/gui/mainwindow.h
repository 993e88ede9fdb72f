#pragma once

#include "preferences.h"
#include "session.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QProgressBar;

namespace Ui {
class MainWindow;
}

namespace keycard {

class ApiError;
class CredentialsModel;
class ElidedLabel;
class FilteredListModel;
class IdleTimer;
class OrganizationsModel;
class PlaceKeeper;
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
    // Takes over a sign-in started before the window was built (SignIn::start or
    // startWithProfile), as signIn() does with its own.
    void signIn(std::unique_ptr<SignIn> running, const QString& failureIntro = {});
    // Works with a signed-in session from now on. While a credential create of the current
    // session is still waiting for its answer, the switch waits for it.
    void adoptSession(const SessionPtr& session);
    // Opens the sign-in dialog (window-modal, without blocking).
    void openSignInDialog(const QString& message = {}, const QUrl& baseUrl = {},
                          const QString& profileName = {});
    // How a session that is not a saved profile (the demo server, the KEYCARD_API_* variables)
    // signs in again after a lock: without it, the sign-in dialog asks.
    void setUnsavedSignInAgain(std::function<void()> signIn);
    // Opens this organization (ID or label) when it is listed (the demo opens its largest one).
    void setPreferredOrganization(const QString& organizationIdOrLabel);
    // Opens the organization, selects the service account and then the credential (filtering
    // both tables by name, so that the pages that hold them are loaded).
    void showCredential(const QString& orgId, const QString& accountId, const QString& accountName,
                        const QString& credentialId, const QString& credentialName);
    // The notice above the tables; `action`, when given, is offered on a button beside it.
    void showNotice(const QString& text, QAction* action = nullptr);
    // Hides the secrets on screen that are safely kept, clears a copied secret and ends the
    // session; the tables stay. Sign In Again continues where the window was. Waits for a
    // credential being created, so that its secret is not lost.
    void lock();

    SessionPtr session() const { return m_session; }

signals:
    void sessionStarted();
    void firstAccountsArrived(); // the first page of service accounts is in the table
    void accountsShown();        // ... and it has been painted
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
    void openExpectedOrganization();
    void openAccountsOf(const QString& organization); // an ID, or a label before the list
    QString rememberedOrganization() const;           // the profile's last one
    void rememberOrganization(const QString& orgId);
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
    SignIn& watchSignIn(std::unique_ptr<SignIn> signIn, const QString& failureIntro);
    void switchTo(SessionPtr session);
    void createsSettled();
    // Opens the sign-in for the session that ended or is no longer accepted (after a lock with
    // a saved profile: at once, with the secret from the keychain) and comes back to the same
    // organization and service account.
    void signInAgain();
    void chooseAnotherOrganization();
    QAction* recoveryAction(const ApiError& error, bool organizationList);
    void showOrganizationsError();

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
    IdleTimer* m_idleTimer = nullptr;
    PlaceKeeper* m_place = nullptr; // where to come back after signing in again
    std::function<void()> m_unsavedSignInAgain;
    bool m_locked = false;
    bool m_lockWhenSettled = false;
    QPointer<QAction> m_noticeAction;

    OrganizationsModel* m_organizations = nullptr;
    ServiceAccountsModel* m_accounts = nullptr;
    CredentialsModel* m_credentials = nullptr;
    FilteredListModel* m_accountsFilter = nullptr;
    FilteredListModel* m_credentialsFilter = nullptr;
    QComboBox* m_organizationPicker = nullptr;
    ElidedLabel* m_countsLabel = nullptr;
    QProgressBar* m_signInBusy = nullptr;
    VisibleRows* m_visibleAccounts = nullptr; // asks for credential counts of what is on screen
    bool m_fitOnFirstShow = false; // the geometry still to fit the screen when first shown
    bool m_accountsShownOnce = false;
    bool m_credentialsShownOnce = false;
};

} // namespace keycard
