#include "secretdialog.h"

#include "apiclient.h"
#include "secureclipboard.h"
#include "storedsecretsindex.h"
#include "ui_secretdialog.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

namespace keycard {

namespace {
Q_LOGGING_CATEGORY(lcSecretDialog, "keycard.gui.secretdialog")

// Overwrites the text a line edit holds, in place, then empties it. text() shares the line
// edit's own buffer, so zeroing through it reaches the characters the widget keeps.
void wipeLineEdit(QLineEdit* edit)
{
    const QString shared = edit->text();
    if (!shared.isEmpty()) {
        auto* chars = const_cast<QChar*>(shared.constData());
        volatile auto* p = reinterpret_cast<volatile char16_t*>(chars);
        for (qsizetype i = 0; i < shared.size(); ++i)
            p[i] = 0;
    }
    edit->clear();
}
} // namespace

SecretDialog::SecretDialog(const NewCredential& created, const Location& location,
                           const Services& services, bool storeAutomatically, QWidget* parent)
    : SecretDialog(Mode::New, created.credential, created.clientSecret, location, services, parent)
{
    if (storeAutomatically)
        storeInKeychain();
}

SecretDialog::SecretDialog(const Credential& credential, const SecretString& storedSecret,
                           const Location& location, const Services& services, QWidget* parent)
    : SecretDialog(Mode::Stored, credential, storedSecret, location, services, parent)
{}

SecretDialog::SecretDialog(Mode mode, const Credential& credential, const SecretString& secret,
                           const Location& location, const Services& services, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::SecretDialog), m_mode(mode), m_credential(credential),
      m_secret(secret), m_location(location), m_services(services), m_stored(mode == Mode::Stored)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose, false); // the owner decides; the secret is wiped on close

    m_ui->nameLabel->setText(credential.name);
    m_ui->clientIdEdit->setText(credential.clientId);
    {
        QString text = m_secret.revealString();
        m_ui->secretEdit->setText(text); // shares the buffer; wipeLineEdit() zeroes it later
    }
    m_ui->secretEdit->installEventFilter(this);
    // Selecting the revealed text would put it in the X11 primary selection: don't allow it.
    connect(m_ui->secretEdit, &QLineEdit::selectionChanged, this, [this] {
        if (m_ui->secretEdit->hasSelectedText())
            m_ui->secretEdit->deselect();
    });

    if (mode == Mode::New) {
        setWindowTitle(tr("New credential: %1").arg(credential.name));
        m_ui->statementLabel->setText(
            tr("This is the only time the server shows this secret. Copy it or keep it in the "
               "keychain before closing."));
    } else {
        setWindowTitle(tr("Stored secret: %1").arg(credential.name));
        m_ui->statementLabel->setText(
            tr("This secret was read from this computer's keychain. The server cannot show it "
               "again."));
        setKeychainStatus(tr("The secret is stored in this computer's keychain."));
    }
    m_ui->storeButton->setVisible(mode == Mode::New);
    m_ui->testButton->setEnabled(!m_services.session.expired());

    connect(m_ui->showSecretButton, &QPushButton::toggled, this, &SecretDialog::setRevealed);
    connect(m_ui->copySecretButton, &QPushButton::clicked, this, &SecretDialog::copySecret);
    connect(m_ui->copyClientIdButton, &QPushButton::clicked, this, &SecretDialog::copyClientId);
    connect(m_ui->storeButton, &QPushButton::clicked, this, &SecretDialog::storeInKeychain);
    connect(m_ui->testButton, &QPushButton::clicked, this, &SecretDialog::testCredential);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SecretDialog::reject);
    setRevealed(false);
}

SecretDialog::~SecretDialog()
{
    wipe();
}

QString SecretDialog::keychainKey() const
{
    return SecretStore::credentialKey(m_location.profile, m_location.orgId, m_location.accountId,
                                      m_credential.id);
}

bool SecretDialog::isSecretRevealed() const
{
    return m_ui->secretEdit->echoMode() == QLineEdit::Normal;
}

QString SecretDialog::keychainStatusText() const
{
    return m_ui->keychainStatusLabel->text();
}

QString SecretDialog::testResultText() const
{
    return m_ui->testResultLabel->text();
}

void SecretDialog::setConfirmDiscard(std::function<bool()> confirm)
{
    m_confirmDiscard = std::move(confirm);
}

void SecretDialog::setRevealed(bool revealed)
{
    m_ui->secretEdit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_ui->showSecretButton->setText(revealed ? tr("Hide") : tr("&Show"));
    // Alt+S toggles both ways
    m_ui->showSecretButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_S));
    if (m_ui->showSecretButton->isChecked() != revealed)
        m_ui->showSecretButton->setChecked(revealed);
}

void SecretDialog::setKeychainStatus(const QString& text)
{
    m_ui->keychainStatusLabel->setText(text);
}

void SecretDialog::storeInKeychain()
{
    if (m_stored || m_storing || m_wiped || !m_services.store)
        return;
    m_storing = true;
    m_ui->storeButton->setEnabled(false);
    setKeychainStatus(tr("Storing the secret in the keychain…"));
    m_services.store->write(
        keychainKey(), m_secret, this, [this](const SecretStore::Outcome& outcome) {
            m_storing = false;
            qCDebug(lcSecretDialog).noquote() << "keychain store of credential" << m_credential.id
                                              << ":" << SecretStore::statusName(outcome.status);
            switch (outcome.status) {
            case SecretStore::Status::Ok:
                m_stored = true;
                m_storeFailed = false;
                if (m_services.index)
                    m_services.index->add(m_location.profile, m_location.orgId,
                                          m_location.accountId, m_credential.id);
                m_ui->storeButton->setVisible(false);
                setKeychainStatus(tr("The secret is stored in this computer's keychain."));
                emit secretStored(m_credential.id);
                return;
            case SecretStore::Status::Unavailable:
                setKeychainStatus(tr("No system keychain is available (%1). Copy the secret now; "
                                     "it stays on screen until you confirm.")
                                      .arg(outcome.errorText));
                break;
            case SecretStore::Status::Locked:
                setKeychainStatus(tr("The keychain is locked or refused access (%1). Unlock it "
                                     "and choose Store in keychain again, or copy the secret "
                                     "now.")
                                      .arg(outcome.errorText));
                break;
            case SecretStore::Status::NotFound:
            case SecretStore::Status::Failed:
                setKeychainStatus(tr("The secret could not be stored in the keychain: %1")
                                      .arg(outcome.errorText));
                break;
            }
            m_storeFailed = true;
            m_ui->storeButton->setEnabled(true);
        });
}

void SecretDialog::testCredential()
{
    if (m_testing || m_wiped)
        return;
    const SessionPtr session = m_services.session.lock();
    if (!session) {
        m_ui->testResultLabel->setText(Session::sessionEndedMessage());
        return;
    }
    m_testing = true;
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Testing the credential…"));
    session->client().testClientCredentials(
        m_credential.clientId, m_secret, this, [this](const Result<Empty>& result) {
            m_testing = false;
            m_ui->testButton->setEnabled(true);
            m_ui->testResultLabel->setText(result.ok() ? tr("The credential works.")
                                                       : describeError(result.error()));
        });
}

void SecretDialog::copySecret()
{
    if (m_wiped || !m_services.clipboard)
        return;
    m_services.clipboard->copySecret(m_secret, tr("Client secret"));
    m_copied = true;
}

void SecretDialog::copyClientId()
{
    if (m_services.clipboard)
        m_services.clipboard->copyPlain(m_credential.clientId);
}

bool SecretDialog::needsConfirmation() const
{
    if (m_wiped || m_stored)
        return false;
    // Without a keychain the copy is the only one left: the user confirms having kept it.
    return !m_copied || m_storeFailed;
}

bool SecretDialog::askDiscard()
{
    if (m_confirmDiscard)
        return m_confirmDiscard();
    const QString text =
        m_copied ? tr("The secret is not in the keychain, and the server will not show it again. "
                      "Close only if you have pasted it somewhere safe.")
                 : tr("You have neither copied the secret nor stored it in the keychain. The "
                      "server will not show it again. Close and lose it?");
    return QMessageBox::question(this, tr("Close without keeping the secret?"), text,
                                 QMessageBox::Close | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Close;
}

void SecretDialog::done(int result)
{
    if (needsConfirmation() && !askDiscard())
        return;
    wipe();
    QDialog::done(result);
}

bool SecretDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->secretEdit &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                copySecret(); // through the secure clipboard, never the raw one
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SecretDialog::wipe()
{
    if (m_wiped)
        return;
    m_wiped = true;
    m_secret.clear();
    wipeLineEdit(m_ui->secretEdit);
    m_ui->copySecretButton->setEnabled(false);
    m_ui->showSecretButton->setEnabled(false);
    m_ui->storeButton->setEnabled(false);
    m_ui->testButton->setEnabled(false);
}

} // namespace keycard
