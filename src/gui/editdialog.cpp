#include "editdialog.h"

#include "apiclient.h"
#include "celltext.h"
#include "credentialcreate.h"
#include "errorrecovery.h"
#include "palettecolors.h"
#include "ui_editdialog.h"

#include <QAction>
#include <QLoggingCategory>
#include <QPushButton>

namespace keycard {

namespace {

Q_LOGGING_CATEGORY(lcCrud, "keycard.gui.crud")

int characterCount(const QString& text)
{
    return int(text.toUcs4().size()); // the API counts characters, not UTF-16 units
}

void showLabel(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

EditDialog::EditDialog(const WeakSession& session, Kind kind, Mode mode, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::EditDialog), m_session(session), m_kind(kind), m_mode(mode)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    if (const SessionPtr alive = session.lock())
        m_identity = alive->identity();
    palettecolors::setWarningText(m_ui->nameErrorLabel, true);
    palettecolors::setWarningText(m_ui->descriptionErrorLabel, true);
    palettecolors::setWarningText(m_ui->errorLabel, true);

    const bool account = kind == Kind::ServiceAccount;
    if (mode == Mode::Create) {
        setWindowTitle(account ? tr("New Service Account") : tr("New Credential"));
        m_ui->introLabel->setText(
            account ? tr("Create a service account in this organization.")
                    : tr("Create a credential for this service account. Its secret is shown "
                         "once, right after it is created."));
    } else {
        setWindowTitle(account ? tr("Edit Service Account") : tr("Edit Credential"));
        m_ui->introLabel->setText(account ? tr("Rename or describe the service account.")
                                          : tr("Rename or describe the credential."));
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Create ? tr("&Create") : tr("&Save"));
    m_ui->busyIndicator->setVisible(false);
    m_ui->busyIndicator->setAccessibleName(tr("Saving"));
    showLabel(m_ui->nameErrorLabel, {});
    showLabel(m_ui->descriptionErrorLabel, {});
    showLabel(m_ui->errorLabel, {});

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EditDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this] {
        showLabel(m_ui->nameErrorLabel, {});
        updateState();
    });
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        showLabel(m_ui->descriptionErrorLabel, {});
        updateState();
    });
    Session::whenEnded(m_session, this, [this] { sessionEnded(); });
    updateState();
}

EditDialog::~EditDialog()
{
    m_handle.cancel();
}

EditDialog* EditDialog::createServiceAccount(const WeakSession& session, const QString& orgId,
                                             QWidget* parent)
{
    auto* dialog = new EditDialog(session, Kind::ServiceAccount, Mode::Create, parent);
    dialog->m_orgId = orgId;
    return dialog;
}

EditDialog* EditDialog::editServiceAccount(const WeakSession& session, const QString& orgId,
                                           const ServiceAccount& account, QWidget* parent)
{
    auto* dialog = new EditDialog(session, Kind::ServiceAccount, Mode::Edit, parent);
    dialog->m_orgId = orgId;
    dialog->m_accountId = account.id;
    dialog->setOriginal(account.name, account.description);
    return dialog;
}

EditDialog* EditDialog::createCredential(const WeakSession& session, const QString& orgId,
                                         const QString& accountId, QWidget* parent)
{
    auto* dialog = new EditDialog(session, Kind::Credential, Mode::Create, parent);
    dialog->m_orgId = orgId;
    dialog->m_accountId = accountId;
    return dialog;
}

EditDialog* EditDialog::editCredential(const WeakSession& session, const QString& orgId,
                                       const QString& accountId, const Credential& credential,
                                       QWidget* parent)
{
    auto* dialog = new EditDialog(session, Kind::Credential, Mode::Edit, parent);
    dialog->m_orgId = orgId;
    dialog->m_accountId = accountId;
    dialog->m_credentialId = credential.id;
    dialog->setOriginal(credential.name, credential.description);
    return dialog;
}

QString EditDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

QString EditDialog::description() const
{
    return m_ui->descriptionEdit->toPlainText().trimmed();
}

void EditDialog::setSignInAgain(QAction* signInAgain)
{
    if (!signInAgain || m_signInAgainButton)
        return;
    m_signInAgain = signInAgain;
    // ActionRole: the dialog stays open, with what was typed, while the sign-in runs.
    m_signInAgainButton =
        m_ui->buttonBox->addButton(signInAgain->text(), QDialogButtonBox::ActionRole);
    m_signInAgainButton->setObjectName(QStringLiteral("signInAgainButton"));
    m_signInAgainButton->hide();
    connect(m_signInAgainButton, &QPushButton::clicked, this, [this] {
        if (m_signInAgain)
            m_signInAgain->trigger();
    });
}

void EditDialog::offerSignInAgain()
{
    // A create whose outcome is unknown is never sent again, whatever the session.
    if (!m_signInAgain || m_outcomeUnknown)
        return;
    m_waitingForSignIn = true;
    m_signInAgainButton->show();
    m_signInAgainButton->setFocus(Qt::OtherFocusReason);
}

void EditDialog::continueWith(const WeakSession& session)
{
    const SessionPtr alive = session.lock();
    if (!m_waitingForSignIn || !alive || alive->identity() != m_identity)
        return;
    m_session = session;
    m_waitingForSignIn = false;
    m_sessionEnded = false;
    m_signInAgainButton->hide();
    Session::whenEnded(m_session, this, [this] { sessionEnded(); });
    clearErrors();
    updateState();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus(Qt::OtherFocusReason);
}

bool EditDialog::isInputValid() const
{
    return !name().isEmpty() &&
           characterCount(m_ui->descriptionEdit->toPlainText()) <= m_descriptionLimit;
}

void EditDialog::setDescriptionLimit(int characters)
{
    m_descriptionLimit = characters;
    updateState();
}

void EditDialog::setOriginal(const QString& name, const QString& description)
{
    // Shown whole up to the sane length (serverlimits.h): a megabyte-long value from the server
    // must not freeze text layout. What is compared for changes() is what was shown, so an
    // untouched field that had to be cut is not sent back cut.
    m_originalName = celltext::full(name);
    m_originalDescription = celltext::full(description);
    m_ui->nameEdit->setText(m_originalName);
    m_ui->descriptionEdit->setPlainText(m_originalDescription);
    updateState();
}

void EditDialog::updateState()
{
    const int count = characterCount(m_ui->descriptionEdit->toPlainText());
    const bool tooLong = count > m_descriptionLimit;
    m_ui->counterLabel->setText(tooLong
                                    ? tr("%1 / %2 (too long)").arg(count).arg(m_descriptionLimit)
                                    : tr("%1 / %2").arg(count).arg(m_descriptionLimit));
    palettecolors::setWarningText(m_ui->counterLabel, tooLong);

    const bool editable = !m_busy && !m_outcomeUnknown && !m_sessionEnded;
    m_ui->nameEdit->setEnabled(editable);
    m_ui->descriptionEdit->setEnabled(editable);
    m_ui->busyIndicator->setVisible(m_busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(editable && isInputValid());
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setText(m_outcomeUnknown || m_sessionEnded ? tr("&Close") : tr("&Cancel"));
}

void EditDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void EditDialog::clearErrors()
{
    showLabel(m_ui->nameErrorLabel, {});
    showLabel(m_ui->descriptionErrorLabel, {});
    showLabel(m_ui->errorLabel, {});
}

void EditDialog::showError(const ApiError& error)
{
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    qCDebug(lcCrud) << "save failed:" << ApiError::kindName(error.kind()) << error.httpStatus()
                    << "request" << error.requestId();
    if (error.kind() == ApiError::Kind::Validation && !error.message().isEmpty()) {
        const bool aboutDescription =
            error.message().contains(QLatin1String("description"), Qt::CaseInsensitive);
        QLabel* label = aboutDescription ? m_ui->descriptionErrorLabel : m_ui->nameErrorLabel;
        showLabel(label, error.message());
        label->setToolTip(
            error.requestId().isEmpty() ? QString() : tr("Request ID: %1").arg(error.requestId()));
        if (aboutDescription)
            m_ui->descriptionEdit->setFocus();
        else
            m_ui->nameEdit->setFocus();
        return;
    }
    QString text = describeError(error);
    if (CredentialCreate::secretMayBeLost(error) && m_kind == Kind::Credential)
        text = tr("The credential may have been created, but the answer never arrived, so its "
                  "secret is lost. It will not be created again automatically.") +
               QLatin1Char(' ') + text;
    showLabel(m_ui->errorLabel, text);
    if (recoveryFor(error, false) == Recovery::SignInAgain)
        offerSignInAgain();
}

Patch EditDialog::changes() const
{
    Patch patch;
    if (name() != m_originalName)
        patch.name = name();
    if (description() != m_originalDescription.trimmed())
        patch.description = description();
    return patch;
}

void EditDialog::accept()
{
    if (m_busy || m_outcomeUnknown || m_sessionEnded || !isInputValid())
        return;
    clearErrors();
    if (m_mode == Mode::Create) {
        startCreate();
        return;
    }
    const Patch patch = changes();
    if (patch.isEmpty()) {
        QDialog::accept(); // nothing changed: nothing to send
        return;
    }
    startEdit(patch);
}

void EditDialog::reject()
{
    // A credential create in flight is not cancelled: it belongs to the session, and its answer
    // (the only copy of the secret) is still shown when it arrives.
    m_handle.cancel();
    m_busy = false;
    QDialog::reject();
}

void EditDialog::sessionEnded()
{
    if (!m_session.expired())
        return; // an earlier session, replaced by signing in again
    m_handle.cancel();
    m_busy = false;
    m_sessionEnded = true;
    showLabel(m_ui->errorLabel, Session::sessionEndedMessage());
    updateState();
    offerSignInAgain();
}

void EditDialog::startCreate()
{
    const SessionPtr session = m_session.lock();
    if (!session)
        return sessionEnded();
    const Draft draft{name(), description()};
    setBusy(true);
    if (m_kind == Kind::ServiceAccount) {
        m_handle = session->client().createServiceAccount(
            m_orgId, draft, this,
            [this](const Result<ServiceAccount>& result) { serviceAccountAnswered(result); });
        return;
    }
    m_create =
        session->start(std::make_unique<CredentialCreate>(session, m_orgId, m_accountId, draft));
    connect(m_create, &CredentialCreate::created, this, [this] {
        setBusy(false);
        QDialog::accept();
    });
    connect(m_create, &CredentialCreate::failed, this, [this](const ApiError& error) {
        setBusy(false);
        showError(error);
    });
    connect(m_create, &CredentialCreate::outcomeUnknown, this,
            [this](const QDateTime&, const ApiError& error) {
                setBusy(false);
                m_outcomeUnknown = true; // never send this create again
                updateState();
                showError(error);
            });
    emit credentialCreateStarted(m_create);
}

void EditDialog::serviceAccountAnswered(const Result<ServiceAccount>& result)
{
    setBusy(false);
    if (!result.ok()) {
        showError(result.error());
        return;
    }
    emit serviceAccountSaved(result.value());
    QDialog::accept();
}

void EditDialog::startEdit(const Patch& patch)
{
    const SessionPtr session = m_session.lock();
    if (!session)
        return sessionEnded();
    setBusy(true);
    if (m_kind == Kind::ServiceAccount) {
        m_handle = session->client().updateServiceAccount(
            m_orgId, m_accountId, patch, this,
            [this](const Result<ServiceAccount>& result) { serviceAccountAnswered(result); });
        return;
    }
    m_handle = session->client().updateCredential(m_orgId, m_accountId, m_credentialId, patch, this,
                                                  [this](const Result<Credential>& result) {
                                                      setBusy(false);
                                                      if (!result.ok()) {
                                                          showError(result.error());
                                                          return;
                                                      }
                                                      emit credentialSaved(result.value());
                                                      QDialog::accept();
                                                  });
}

} // namespace keycard
