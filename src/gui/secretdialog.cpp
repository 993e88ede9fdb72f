#include "secretdialog.h"

#include "apiclient.h"
#include "secureclipboard.h"
#include "storedsecretsindex.h"
#include "ui_secretdialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionFrame>
#include <algorithm>

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

// Appends `utf8` as a JSON string (RFC 8259 escapes). `out` has room reserved by the caller, so
// no partial copy of a secret is left behind in a freed buffer.
void appendJsonString(QByteArray& out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

// Appends `utf8` as a .env value: as it is when it holds only characters no dotenv parser or
// shell treats specially, otherwise double-quoted with backslash, ", $ and ` escaped.
void appendEnvValue(QByteArray& out, QByteArrayView utf8)
{
    const auto plain = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_' || c == '.' || c == '~' || c == '+' || c == '/' || c == '=' ||
               c == ':' || c == '@';
    };
    if (!utf8.isEmpty() && std::all_of(utf8.begin(), utf8.end(), plain)) {
        out += utf8;
        return;
    }
    out += '"';
    for (const char c : utf8) {
        if (c == '"' || c == '\\' || c == '$' || c == '`')
            out += '\\';
        out += c;
    }
    out += '"';
}

// A status line takes room only while it says something.
void showStatus(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// The margin QLineEdit keeps between its frame and its text on each side, plus the cursor.
constexpr int lineEditTextMargin = 2;
constexpr int lineEditCursorWidth = 1;
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
    // Monospace, so 0/O and 1/l/I differ; wide enough for the whole secret, masked or shown.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->secretEdit->setFont(fixed);
    m_ui->clientIdEdit->setFont(fixed);
    fitSecretField();
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
    connect(m_ui->saveFileButton, &QPushButton::clicked, this, &SecretDialog::saveToFile);
    connect(m_ui->storeButton, &QPushButton::clicked, this, &SecretDialog::storeInKeychain);
    connect(m_ui->testButton, &QPushButton::clicked, this, &SecretDialog::testCredential);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SecretDialog::reject);
    if (m_services.clipboard) {
        // The status bar behind this modal dialog is not where anyone looks: say it here.
        connect(m_services.clipboard, &SecureClipboard::countdownChanged, this,
                &SecretDialog::showCopyStatus);
        connect(m_services.clipboard, &SecureClipboard::cleared, this, [this] {
            if (m_copied)
                showStatus(m_ui->copyStatusLabel, tr("The clipboard has been cleared."));
        });
    }
    showStatus(m_ui->copyStatusLabel, QString());
    showStatus(m_ui->fileStatusLabel, QString());
    setRevealed(false);
    resize(sizeHint().expandedTo(minimumSizeHint()));
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

void SecretDialog::setConfirmPlainTextFile(std::function<bool()> confirm)
{
    m_confirmPlainTextFile = std::move(confirm);
}

void SecretDialog::setChooseSaveFile(std::function<QString()> choose)
{
    m_chooseSaveFile = std::move(choose);
}

void SecretDialog::fitSecretField()
{
    QLineEdit* edit = m_ui->secretEdit;
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
    const QChar bullet(
        edit->style()->styleHint(QStyle::SH_LineEdit_PasswordCharacter, &option, edit));
    const QFontMetrics metrics = edit->fontMetrics();
    const QString& text = edit->text(); // shares the field's buffer: no copy to wipe
    const int textWidth = qMax(metrics.horizontalAdvance(text),
                               metrics.horizontalAdvance(QString(text.size(), bullet)));
    const QMargins textMargins = edit->textMargins();
    const QMargins contentsMargins = edit->contentsMargins();
    const int inner = textWidth + 2 * lineEditTextMargin + lineEditCursorWidth +
                      textMargins.left() + textMargins.right() + contentsMargins.left() +
                      contentsMargins.right();
    const QSize size = edit->style()->sizeFromContents(QStyle::CT_LineEdit, &option,
                                                       QSize(inner, metrics.height()), edit);
    edit->setMinimumWidth(qMax(size.width(), inner + 2 * option.lineWidth));
}

void SecretDialog::showCopyStatus()
{
    if (m_copied && m_services.clipboard && m_services.clipboard->isCountingDown())
        showStatus(m_ui->copyStatusLabel, m_services.clipboard->statusText());
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
        keychainKey(), SecretStore::credentialLabel(m_credential.name, m_credential.clientId),
        m_secret, this, [this](const SecretStore::Outcome& outcome) {
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
    m_copied = true;
    m_services.clipboard->copySecret(m_secret, tr("Client secret"));
    showCopyStatus();
}

void SecretDialog::copyClientId()
{
    if (!m_services.clipboard)
        return;
    m_services.clipboard->copyPlain(m_credential.clientId);
    showStatus(m_ui->copyStatusLabel, tr("Client ID copied."));
}

bool SecretDialog::askPlainTextFile()
{
    if (m_confirmPlainTextFile)
        return m_confirmPlainTextFile();
    QMessageBox box(QMessageBox::Warning, tr("Save the secret in a file?"),
                    tr("The file holds the client secret in plain text. Anyone who gets the "
                       "file, or a copy or backup of it, can sign in as this credential. It is "
                       "made readable only by you; delete it as soon as the other system has "
                       "the secret."),
                    QMessageBox::Save | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Save;
}

QString SecretDialog::chooseSaveFile()
{
    if (m_chooseSaveFile)
        return m_chooseSaveFile();
    const QString envFilter = tr("Environment file (*.env)");
    const QString jsonFilter = tr("JSON file (*.json)");
    QString baseName = m_credential.name;
    baseName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    if (baseName.isEmpty() || baseName.startsWith(QLatin1Char('.')))
        baseName.prepend(QStringLiteral("credential"));
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(baseName + QStringLiteral(".env"));
    QString selectedFilter = envFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the Credential as a File"), suggested,
        envFilter + QStringLiteral(";;") + jsonFilter, &selectedFilter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += selectedFilter == jsonFilter ? QStringLiteral(".json") : QStringLiteral(".env");
    return path;
}

bool SecretDialog::writeSecretFile(const QString& path, QString* error) const
{
    const bool json =
        QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // Owner-only before any byte of the secret is written; the committed file keeps them.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("its permissions could not be limited to you (%1)").arg(file.errorString());
        file.cancelWriting();
        return false;
    }
    QByteArray secret = m_secret.reveal(); // our own copy, wiped below
    const QByteArray clientId = m_credential.clientId.toUtf8();
    QByteArray content;
    // Escaping at most sextuples a byte; reserving it all keeps the secret in one buffer.
    content.reserve(6 * (secret.size() + clientId.size()) + 128);
    if (json) {
        content += "{\n  \"client_id\": ";
        appendJsonString(content, clientId);
        content += ",\n  \"client_secret\": ";
        appendJsonString(content, secret);
        content += "\n}\n";
    } else {
        content += "KEYCARD_API_CLIENT_ID=";
        appendEnvValue(content, clientId);
        content += "\nKEYCARD_API_CLIENT_SECRET=";
        appendEnvValue(content, secret);
        content += '\n';
    }
    SecretString::wipe(secret);
    const bool written = file.write(content) == content.size();
    SecretString::wipe(content);
    if (!written) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void SecretDialog::saveToFile()
{
    if (m_wiped || !askPlainTextFile())
        return;
    const QString path = chooseSaveFile();
    if (path.isEmpty() || m_wiped)
        return;
    const QString shown = QDir::toNativeSeparators(path);
    QString error;
    if (!writeSecretFile(path, &error)) {
        showStatus(m_ui->fileStatusLabel,
                   tr("The secret could not be saved to %1: %2").arg(shown, error));
        return;
    }
    m_savedToFile = true;
    qCDebug(lcSecretDialog).noquote()
        << "credential" << m_credential.id << "saved to a file the user chose";
    showStatus(m_ui->fileStatusLabel, tr("Saved to %1, readable only by you. Delete the file once "
                                         "the other system has the secret.")
                                          .arg(shown));
}

bool SecretDialog::needsConfirmation() const
{
    if (m_wiped || m_stored || m_savedToFile)
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
    m_ui->saveFileButton->setEnabled(false);
    m_ui->storeButton->setEnabled(false);
    m_ui->testButton->setEnabled(false);
}

} // namespace keycard
