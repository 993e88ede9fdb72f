#pragma once

#include "credentialrotation.h"

#include <QDialog>
#include <QTimer>
#include <memory>

namespace Ui {
class RotationDialog;
}

namespace keycard {

class CredentialCreate;
class SecretStore;

// Shows a credential rotation step by step: create the replacement, test it, watch the old
// credential's last use (every 30 seconds and on demand), retire the old one after a
// confirmation that warns when it was used recently. Closing keeps the rotation for the next
// start; Abandon forgets it. It owns the CredentialRotation; the create belongs to the session.
class RotationDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kWatchIntervalMs = 30 * 1000;
    // A last use this recent, or since the rotation began, makes the retire confirmation warn.
    static constexpr qint64 kRecentUseSecs = 24 * 60 * 60;

    RotationDialog(std::unique_ptr<CredentialRotation> rotation, SecretStore* secrets,
                   QWidget* parent = nullptr);
    ~RotationDialog() override;
    Q_DISABLE_COPY_MOVE(RotationDialog)

    CredentialRotation* rotation() const { return m_rotation.get(); }

signals:
    // The replacement's create: the caller reveals its secret and follows the lost-create rules.
    void createStarted(keycard::CredentialCreate* create);
    void oldRetired(const QString& orgId, const QString& accountId, const QString& credentialId);

public slots:
    void reject() override;

private:
    void startCreate();
    void testFromKeychain();
    void confirmRetire();
    void update();
    QString createText() const;
    QString testText() const;
    QString useText() const;
    QString retireText() const;
    bool oldUsedRecently() const;

    std::unique_ptr<Ui::RotationDialog> m_ui;
    std::unique_ptr<CredentialRotation> m_rotation;
    SecretStore* m_secrets = nullptr;
    QTimer m_watch;
    QString m_keychainProblem;
    QDateTime m_lastChecked;
};

} // namespace keycard
