#pragma once

#include "requesthandle.h"
#include "session.h"
#include "types.h"

#include <QDialog>
#include <QScopedPointer>

class QLabel;
class QPushButton;

namespace Ui {
class DeleteAccountDialog;
}

namespace keycard {

// Asks before one service account is deleted. When it has credentials, says how many go with
// it and enables Delete only once the account's name has been typed. The count is passed in, or
// counted by listing the account's credentials (countCredentials). The dialog only asks: the
// caller deletes on accepted(). Not deleted on close (the caller owns it; open() it). With a
// typed name, Enter deletes once the name is right and does nothing before; without one, Enter
// cancels (a single key never deletes unasked).
class DeleteAccountConfirmation final : public QDialog
{
    Q_OBJECT

public:
    // credentialCount < 0: not known yet (Delete stays disabled until it is).
    explicit DeleteAccountConfirmation(const ServiceAccount& account, int credentialCount = -1,
                                       QWidget* parent = nullptr);
    ~DeleteAccountConfirmation() override;
    Q_DISABLE_COPY_MOVE(DeleteAccountConfirmation)

    // Lists the account's credentials (every page) to count them; shows the count when known.
    void countCredentials(const WeakSession& session, const QString& orgId);
    void setCredentialCount(int count);

    const ServiceAccount& account() const { return m_account; }
    int credentialCount() const { return m_credentialCount; } // -1 while unknown
    bool requiresTypedName() const { return m_credentialCount > 0; }
    QPushButton* deleteButton() const { return m_deleteButton; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateState();
    void fetchPage(const WeakSession& session, const QString& orgId, const QString& after,
                   int countSoFar);
    void showCountError(const QString& text);

    QScopedPointer<Ui::DeleteAccountDialog> m_ui;
    ServiceAccount m_account;
    int m_credentialCount = -1;
    QPushButton* m_deleteButton = nullptr;
    RequestHandle m_handle;
};

// Asks once before one or several credentials are deleted, naming them. Accept = delete.
class DeleteCredentialsConfirmation final : public QDialog
{
    Q_OBJECT

public:
    explicit DeleteCredentialsConfirmation(const QList<Credential>& credentials,
                                           QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(DeleteCredentialsConfirmation)

    const QList<Credential>& credentials() const { return m_credentials; }
    QString text() const;
    QPushButton* deleteButton() const { return m_deleteButton; }

private:
    QList<Credential> m_credentials;
    QLabel* m_label = nullptr;
    QPushButton* m_deleteButton = nullptr;
};

} // namespace keycard
