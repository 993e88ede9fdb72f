#pragma once

#include "secretstore.h"
#include "secretstring.h"
#include "session.h"
#include "types.h"

#include <QDialog>
#include <QScopedPointer>
#include <functional>

namespace Ui {
class SecretDialog;
}

namespace keycard {

class SecureClipboard;
class StoredSecretsIndex;

// The reveal-once dialog: a new credential's client ID and secret (masked until Show), Copy
// buttons through the secure clipboard, the secret stored at once in the keychain, and Test.
// In "stored" mode it shows a secret read back from the keychain (masked, Copy, Test).
// Closing while the secret is neither copied nor stored (or, when the keychain failed, not
// stored) asks first. The secret's memory is wiped when the dialog closes. "Save as file…" writes
// the client ID and secret to a file the user names (.env or .json, owner-only permissions) after
// a warning: the only way the secret reaches a file, and only on the user's explicit choice.
class SecretDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { New, Stored };

    // Where the secret belongs: the parts of its keychain key.
    struct Location
    {
        QString profile;
        QString orgId;
        QString accountId;
    };

    // What the dialog works with. The session may end while the dialog is open (Test then says
    // so); the others are owned elsewhere and must outlive the dialog.
    struct Services
    {
        WeakSession session;
        SecretStore* store = nullptr;
        SecureClipboard* clipboard = nullptr;
        StoredSecretsIndex* index = nullptr;
    };

    // A credential just created: the server's only answer with its secret.
    SecretDialog(const NewCredential& created, const Location& location, const Services& services,
                 bool storeAutomatically = true, QWidget* parent = nullptr);
    // "Show stored secret": a credential and the secret read back from the keychain.
    SecretDialog(const Credential& credential, const SecretString& storedSecret,
                 const Location& location, const Services& services, QWidget* parent = nullptr);
    ~SecretDialog() override;
    Q_DISABLE_COPY_MOVE(SecretDialog)

    Mode mode() const { return m_mode; }
    const Credential& credential() const { return m_credential; }
    QString keychainKey() const;

    bool isStored() const { return m_stored; }
    bool isCopied() const { return m_copied; }
    bool isSavedToFile() const { return m_savedToFile; }
    bool isSecretRevealed() const;
    QString keychainStatusText() const;
    QString testResultText() const;

    // Asked before closing an unsaved secret; true lets the dialog close. Defaults to a
    // question box. Tests put their own answer here.
    void setConfirmDiscard(std::function<bool()> confirm);
    // Asked before the secret is written to a file (the plain-text warning); true goes on.
    // Defaults to a warning box.
    void setConfirmPlainTextFile(std::function<bool()> confirm);
    // Asks where to save the file; an empty path cancels. Defaults to a file dialog.
    void setChooseSaveFile(std::function<QString()> choose);

public slots:
    void storeInKeychain();
    void testCredential();
    void copySecret();
    void copyClientId();
    void saveToFile();
    void done(int result) override;

signals:
    // The secret is now in the keychain (the index was updated too).
    void secretStored(const QString& credentialId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    SecretDialog(Mode mode, const Credential& credential, const SecretString& secret,
                 const Location& location, const Services& services, QWidget* parent);
    void setRevealed(bool revealed);
    void setKeychainStatus(const QString& text);
    void showCopyStatus();
    void fitSecretField();
    bool askPlainTextFile();
    QString chooseSaveFile();
    bool writeSecretFile(const QString& path, QString* error) const;
    bool needsConfirmation() const;
    bool askDiscard();
    void wipe();

    QScopedPointer<Ui::SecretDialog> m_ui;
    Mode m_mode;
    Credential m_credential;
    SecretString m_secret;
    Location m_location;
    Services m_services;
    std::function<bool()> m_confirmDiscard;
    std::function<bool()> m_confirmPlainTextFile;
    std::function<QString()> m_chooseSaveFile;
    bool m_stored = false;
    bool m_storing = false;
    bool m_storeFailed = false;
    bool m_copied = false;
    bool m_savedToFile = false;
    bool m_testing = false;
    bool m_wiped = false;
};

} // namespace keycard
