#pragma once

#include "requesthandle.h"
#include "result.h"
#include "session.h"
#include "types.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

class QAction;
class QPushButton;

namespace Ui {
class EditDialog;
}

namespace keycard {

class ApiError;
class CredentialCreate;

// One form to create or edit a service account or a credential. OK stays disabled until the
// input is valid; saving shows a busy state; the server's validation message appears beside the
// field it concerns and any other error (with its request ID) below the form. Esc cancels the
// dialog and the request in flight, except a credential create: that belongs to the session
// (CredentialCreate) and goes on, so that its secret is revealed when the answer arrives. An edit
// sends only the fields that changed. When the session ends, or the server refuses its token, the
// dialog says so and offers to sign in again (setSignInAgain()); the form keeps what was typed and
// continues with the new session of the same identity (continueWith()).
//
// Open it with open() (window modal); on success it emits one of the *Saved signals (a credential
// create: credentialCreateStarted, whose task reports the new secret) and accepts. Made with the
// factory functions; it deletes itself when closed.
class EditDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { ServiceAccount, Credential };
    enum class Mode { Create, Edit };

    static constexpr int defaultDescriptionLimit = 500; // characters, as the API says

    static EditDialog* createServiceAccount(const WeakSession& session, const QString& orgId,
                                            QWidget* parent = nullptr);
    static EditDialog* editServiceAccount(const WeakSession& session, const QString& orgId,
                                          const ServiceAccount& account, QWidget* parent = nullptr);
    static EditDialog* createCredential(const WeakSession& session, const QString& orgId,
                                        const QString& accountId, QWidget* parent = nullptr);
    static EditDialog* editCredential(const WeakSession& session, const QString& orgId,
                                      const QString& accountId, const Credential& credential,
                                      QWidget* parent = nullptr);
    ~EditDialog() override;
    Q_DISABLE_COPY_MOVE(EditDialog)

    Kind kind() const { return m_kind; }
    Mode mode() const { return m_mode; }
    QString orgId() const { return m_orgId; }
    QString accountId() const
    {
        return m_accountId;
    }                            // credentials; the account itself when editing one
    QString name() const;        // trimmed
    QString description() const; // trimmed
    bool isBusy() const { return m_busy; }
    bool isInputValid() const;
    // The description length enforced before sending (default 500). The server checks again and
    // its 422 message is shown beside the field; tests raise this to provoke that.
    void setDescriptionLimit(int characters);
    int descriptionLimit() const { return m_descriptionLimit; }

    // The window's Sign In Again, offered beside an error that signing in again resolves (set
    // once).
    void setSignInAgain(QAction* signInAgain);
    // A session has started: a form waiting for a sign-in continues with it when it is the same
    // identity (the same profile, or the same environment or demo server) as the one it was
    // opened with. Anything else is ignored.
    void continueWith(const WeakSession& session);
    // The session the form saves with (the one it was opened with, or one it continued with).
    WeakSession session() const { return m_session; }

    // Starts saving (the OK button). Nothing changed in an edit: just closes.
    void accept() override;
    // Cancels the request in flight, then closes (Esc, Cancel).
    void reject() override;

signals:
    void serviceAccountSaved(const keycard::ServiceAccount& account); // created or edited
    void credentialSaved(const keycard::Credential& credential);      // edited
    // A credential create has started. Its outcome (the secret, or that it may be lost) comes
    // from the task, also after this dialog has closed.
    void credentialCreateStarted(keycard::CredentialCreate* create);

private:
    EditDialog(const WeakSession& session, Kind kind, Mode mode, QWidget* parent);

    void setOriginal(const QString& name, const QString& description);
    void updateState();
    void setBusy(bool busy);
    void clearErrors();
    void showError(const ApiError& error);
    void startCreate();
    void startEdit(const Patch& patch);
    void serviceAccountAnswered(const Result<ServiceAccount>& result);
    void sessionEnded();
    void offerSignInAgain();
    Patch changes() const;

    QScopedPointer<Ui::EditDialog> m_ui;
    WeakSession m_session;
    SessionIdentity m_identity; // of the session it was opened with
    Kind m_kind;
    Mode m_mode;
    QString m_orgId;
    QString m_accountId;
    QString m_credentialId;
    QString m_originalName;
    QString m_originalDescription;
    RequestHandle m_handle;
    QPointer<CredentialCreate> m_create;
    QPointer<QAction> m_signInAgain;
    QPushButton* m_signInAgainButton = nullptr; // in the button box, once there is an action
    int m_descriptionLimit = defaultDescriptionLimit;
    bool m_busy = false;
    bool m_outcomeUnknown = false;
    bool m_sessionEnded = false;
    bool m_waitingForSignIn = false; // Sign In Again is offered
};

} // namespace keycard
