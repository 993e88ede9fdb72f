#pragma once

#include "session.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QAction;
class QTableView;
class QWidget;

namespace keycard {

class ApiError;
class CredentialCreate;
class CredentialRotation;
class CredentialsModel;
class LostCreateRecovery;
class SecretStore;
class SecureClipboard;
class ServiceAccountsModel;
class StoredSecretsIndex;
struct Credential;
struct NewCredential;

// What the item actions work on: the session and the current organization and account.
struct ActionContext
{
    WeakSession session;
    QString orgId;
    QString accountId;
    QString keychainProfile; // names the session in keychain keys
    bool storeNewSecrets = true;
};

// Create, edit and delete for service accounts and credentials, the reveal-once secret, the
// stored secrets, and the recovery of a create whose answer never came. The tables are updated
// in place: no reload.
class ItemActions final : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QWidget* window = nullptr;
        ServiceAccountsModel* accounts = nullptr;
        CredentialsModel* credentials = nullptr;
        QTableView* accountsView = nullptr;
        QTableView* credentialsView = nullptr;
        SecretStore* secrets = nullptr;
        StoredSecretsIndex* storedIndex = nullptr;
        SecureClipboard* clipboard = nullptr;
        QAction* signInAgain = nullptr; // offered where an error says the session is over
    };

    ItemActions(const Parts& parts, std::function<ActionContext()> context,
                QObject* parent = nullptr);

    void newServiceAccount();
    void newCredential();
    void editSelected();   // the table with the focus, or the accounts table
    void deleteSelected(); // idem
    void copyClientId();
    void showStoredSecret();
    void forgetStoredSecret();
    // Guided replacement of the selected credential (RotationDialog).
    void rotateSelected();
    // Offers the rotations of this session's keychain profile left unfinished at the last close.
    void resumeRotations();
    // Marks the current account's credentials whose secrets the keychain holds.
    void refreshSecretMarks();
    // A session has started: a create or edit form left waiting for a sign-in (the server
    // refused the token, or the session ended under it) continues with it, with what was typed.
    void sessionStarted();

    QStringList selectedCredentialIds() const;

signals:
    void message(const QString& text); // for the status bar

private:
    bool credentialsHaveFocus() const;
    void editServiceAccount();
    void editCredential();
    void deleteServiceAccount();
    void deleteCredentials();
    // The session of `context`, or null after telling the user that it ended.
    SessionPtr liveSession(const ActionContext& context, const QString& failedTitle);
    void watchCreate(CredentialCreate* create, const ActionContext& context);
    void revealNewSecret(const NewCredential& created, const ActionContext& context);
    // After the user said yes: the secret from the keychain, in the stored-secret dialog.
    void readStoredSecret(const ActionContext& context, const Credential& credential);
    void recoverLostCreate(const ActionContext& context, const QDateTime& startedAtUtc,
                           const ApiError& error);
    void askToDeleteOrphans(LostCreateRecovery* recovery);
    void forgetSecretsOf(const ActionContext& context, const QStringList& credentialIds);
    void openRotation(std::unique_ptr<CredentialRotation> rotation, const ActionContext& context);
    // `offer`, when given, is a button beside OK that runs it.
    void showError(const QString& title, const QString& text, QAction* offer = nullptr);
    // Offers Sign In Again when that is what helps with `error`.
    void showError(const QString& title, const QString& text, const ApiError& error);

    Parts m_parts;
    std::function<ActionContext()> m_context;
};

} // namespace keycard
