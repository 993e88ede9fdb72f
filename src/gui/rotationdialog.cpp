#include "rotationdialog.h"

#include "relativetime.h"
#include "secretstore.h"
#include "timetext.h"
#include "ui_rotationdialog.h"

#include <QLayout>
#include <QMessageBox>
#include <QPushButton>

namespace keycard {

using Phase = CredentialRotation::Phase;

RotationDialog::RotationDialog(std::unique_ptr<CredentialRotation> rotation, SecretStore* secrets,
                               QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RotationDialog>()),
      m_rotation(std::move(rotation)), m_secrets(secrets)
{
    m_ui->setupUi(this);
    const RotationState& s = m_rotation->state();
    setWindowTitle(tr("Rotate “%1”").arg(s.oldName));
    m_ui->introLabel->setText(
        (m_rotation->isResumed()
             ? tr("This rotation was not finished when the app closed.") + QLatin1Char(' ')
             : QString()) +
        tr("Replacing credential “%1” of service account “%2”: a new credential is created and "
           "tested, you switch the systems that use the old one over to it, and the old one is "
           "deleted only when you say so.")
            .arg(s.oldName, s.accountName));

    connect(m_ui->createButton, &QPushButton::clicked, this, &RotationDialog::startCreate);
    connect(m_ui->testButton, &QPushButton::clicked, this, &RotationDialog::testFromKeychain);
    connect(m_ui->refreshButton, &QPushButton::clicked, m_rotation.get(),
            &CredentialRotation::refreshUse);
    connect(m_ui->retireButton, &QPushButton::clicked, this, &RotationDialog::confirmRetire);
    connect(m_ui->abandonButton, &QPushButton::clicked, m_rotation.get(),
            &CredentialRotation::abandon);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_rotation.get(), &CredentialRotation::phaseChanged, this, &RotationDialog::update);
    connect(m_rotation.get(), &CredentialRotation::phaseChanged, this, [this](Phase phase) {
        if (phase == Phase::Retired) {
            const RotationState& state = m_rotation->state();
            emit oldRetired(state.orgId, state.accountId, state.oldId);
        }
    });
    connect(m_rotation.get(), &CredentialRotation::useRefreshed, this, [this] {
        m_lastChecked = QDateTime::currentDateTimeUtc();
        update();
    });
    m_watch.setInterval(kWatchIntervalMs);
    connect(&m_watch, &QTimer::timeout, m_rotation.get(), &CredentialRotation::refreshUse);
    m_watch.start();
    m_rotation->refreshUse();
    update();
}

RotationDialog::~RotationDialog() = default;

void RotationDialog::reject()
{
    // The create's answer must reach the rotation, or it would be offered as lost at start.
    if (m_rotation->phase() == Phase::Creating)
        return;
    QDialog::reject();
}

void RotationDialog::startCreate()
{
    CredentialCreate* create = m_rotation->startCreate();
    if (create)
        emit createStarted(create);
    update();
}

void RotationDialog::testFromKeychain()
{
    const RotationState& s = m_rotation->state();
    m_keychainProblem.clear();
    m_secrets->read(SecretStore::credentialKey(s.keychainProfile, s.orgId, s.accountId, s.newId),
                    this, [this](const SecretStore::Outcome& outcome) {
                        if (outcome.ok()) {
                            m_rotation->test(outcome.secret);
                            return;
                        }
                        m_keychainProblem =
                            outcome.status == SecretStore::Status::NotFound
                                ? tr("The replacement's secret is not in this computer's "
                                     "keychain: test it where you keep it.")
                                : tr("The keychain could not be read: %1").arg(outcome.errorText);
                        update();
                    });
}

bool RotationDialog::oldUsedRecently() const
{
    const QDateTime last = m_rotation->oldLastUsed();
    return m_rotation->oldUsedSinceStart() ||
           (last.isValid() && last.secsTo(QDateTime::currentDateTimeUtc()) < kRecentUseSecs);
}

void RotationDialog::confirmRetire()
{
    const RotationState& s = m_rotation->state();
    const bool recent = oldUsedRecently();
    const QString text =
        recent ? tr("The old credential “%1” was last used %2: something may still use it, and "
                    "it will stop working when the credential is deleted.\n\nDelete it anyway?")
                     .arg(s.oldName, RelativeTime::describe(m_rotation->oldLastUsed()))
               : tr("Delete the old credential “%1”? Anything that still uses it will stop "
                    "working.")
                     .arg(s.oldName);
    auto* box = new QMessageBox(recent ? QMessageBox::Warning : QMessageBox::Question,
                                tr("Retire Old Credential"), text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("retireConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* remove =
        box->addButton(recent ? tr("&Delete Anyway") : tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::finished, this, [this, box, remove] {
        if (box->clickedButton() == remove)
            m_rotation->retireOld();
    });
    box->open();
}

QString RotationDialog::createText() const
{
    const RotationState& s = m_rotation->state();
    switch (m_rotation->phase()) {
    case Phase::Ready:
        return m_rotation->lastError().isError()
                   ? tr("The replacement was not created: %1")
                         .arg(describeError(m_rotation->lastError()))
                   : tr("“%1”, with the old credential's description. Its secret is shown once "
                        "and kept in the keychain like any new credential's.")
                         .arg(s.newName);
    case Phase::Creating:
        return tr("Creating “%1”…").arg(s.newName);
    case Phase::CreateLost:
        return m_rotation->isResumed()
                   ? tr("The app closed before the server answered the create of “%1”. If a "
                        "credential of that name exists, nobody has its secret: delete it, then "
                        "create the replacement again.")
                         .arg(s.newName)
                   : tr("The answer to the create of “%1” never arrived, so its secret may be "
                        "lost; any credential that appeared is offered for deletion. Nothing was "
                        "retired. Create the replacement again when that is settled.")
                         .arg(s.newName);
    default:
        return tr("“%1” created (client ID %2).").arg(s.newName, s.newClientId);
    }
}

QString RotationDialog::testText() const
{
    switch (m_rotation->phase()) {
    case Phase::Ready:
    case Phase::Creating:
    case Phase::CreateLost:
        return tr("Waits for the replacement.");
    case Phase::Created:
        return m_keychainProblem.isEmpty()
                   ? tr("Not tested yet: Test Again reads its secret from the keychain.")
                   : m_keychainProblem;
    case Phase::Testing:
        return tr("Exchanging the new secret for a token…");
    case Phase::TestFailed:
        return tr("The test failed: %1").arg(describeError(m_rotation->lastError()));
    default:
        return tr("Passed: the replacement obtained a token.");
    }
}

QString RotationDialog::useText() const
{
    if (!m_rotation->useKnown())
        return tr("Checking when the old credential was last used…");
    QString text;
    const QDateTime old = m_rotation->oldLastUsed();
    if (!old.isValid())
        text = tr("The old credential has never been used: nothing depends on it.");
    else if (m_rotation->oldUsedSinceStart())
        text = tr("The old credential was last used %1: something still uses it. Switch it to "
                  "the replacement.")
                   .arg(RelativeTime::describe(old));
    else
        text = tr("The old credential was last used %1, before the rotation began.")
                   .arg(RelativeTime::describe(old));
    if (m_rotation->newLastUsed().isValid())
        text += QLatin1Char(' ') + tr("The replacement was last used %1.")
                                       .arg(RelativeTime::describe(m_rotation->newLastUsed()));
    return text;
}

QString RotationDialog::retireText() const
{
    const RotationState& s = m_rotation->state();
    switch (m_rotation->phase()) {
    case Phase::Tested:
        return tr("When nothing uses the old credential any more, retire it. Nothing is deleted "
                  "before you confirm.");
    case Phase::Retiring:
        return tr("Deleting the old credential…");
    case Phase::RetireFailed:
        return tr("The old credential was not deleted: %1")
            .arg(describeError(m_rotation->lastError()));
    case Phase::Retired:
        return tr("The old credential “%1” was deleted. The rotation is finished.").arg(s.oldName);
    case Phase::Abandoned:
        return tr("Rotation abandoned: nothing was deleted.");
    default:
        return tr("Possible once the replacement has passed its test.");
    }
}

void RotationDialog::update()
{
    const Phase phase = m_rotation->phase();
    m_ui->createLabel->setText(createText());
    m_ui->testLabel->setText(testText());
    m_ui->useLabel->setText(useText());
    m_ui->useLabel->setToolTip(
        m_lastChecked.isValid()
            ? tr("Checked at %1; checked again every 30 seconds.")
                  .arg(QLocale().toString(m_lastChecked.toLocalTime().time(), QLocale::ShortFormat))
            : QString());
    m_ui->retireLabel->setText(retireText());
    const bool over = phase == Phase::Retired || phase == Phase::Abandoned;
    const bool busy = phase == Phase::Creating || phase == Phase::Retiring;
    const bool created = !m_rotation->state().newId.isEmpty();
    m_ui->createButton->setEnabled(phase == Phase::Ready || phase == Phase::CreateLost);
    m_ui->testButton->setEnabled(created && (phase == Phase::Created ||
                                             phase == Phase::TestFailed || phase == Phase::Tested));
    m_ui->refreshButton->setEnabled(!over);
    m_ui->retireButton->setEnabled(phase == Phase::Tested || phase == Phase::RetireFailed);
    m_ui->abandonButton->setEnabled(!over && !busy);
    m_ui->closeButton->setEnabled(!busy || phase == Phase::Retiring);
    if (over)
        m_watch.stop();
    // Wrapped step texts grow and shrink with the rotation: keep them whole.
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

} // namespace keycard
