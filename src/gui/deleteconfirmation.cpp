#include "deleteconfirmation.h"

#include "apiclient.h"
#include "ui_deleteaccountdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace keycard {

namespace {

constexpr int namesListed = 10; // longer selections are summarised

} // namespace

DeleteAccountConfirmation::DeleteAccountConfirmation(const ServiceAccount& account,
                                                     int credentialCount, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::DeleteAccountDialog), m_account(account)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("deleteAccountConfirmation"));
    m_ui->questionLabel->setTextFormat(Qt::PlainText);
    m_ui->questionLabel->setText(
        tr("Delete the service account \u201c%1\u201d? This cannot be undone.").arg(account.name));
    m_ui->errorLabel->setVisible(false);
    m_deleteButton = m_ui->buttonBox->addButton(tr("&Delete"), QDialogButtonBox::AcceptRole);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setAutoDefault(false);

    // Wide enough for the title in a window manager's (often bold) title bar font, with room
    // for its icon and buttons; the account's name is in the body, not the title.
    QFont titleFont = font();
    titleFont.setBold(true);
    const int titleBarButtons = 4 * style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this);
    setMinimumWidth(
        qMax(minimumSizeHint().width(),
             QFontMetrics(titleFont).horizontalAdvance(windowTitle()) + titleBarButtons));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->typedNameEdit, &QLineEdit::textChanged, this,
            &DeleteAccountConfirmation::updateState);
    setCredentialCount(credentialCount);
}

DeleteAccountConfirmation::~DeleteAccountConfirmation()
{
    m_handle.cancel();
}

void DeleteAccountConfirmation::setCredentialCount(int count)
{
    m_credentialCount = count;
    if (count < 0)
        m_ui->credentialsLabel->setText(tr("Counting its credentials\u2026"));
    else if (count == 0)
        m_ui->credentialsLabel->setText(tr("It has no credentials."));
    else
        m_ui->credentialsLabel->setText(
            count == 1 ? tr("This also deletes its credential; anything using it stops working.")
                       : tr("This also deletes its %1 credentials; anything using them stops "
                            "working.")
                             .arg(count));
    m_ui->typeNameLabel->setText(
        tr("Type the service account's name, \u201c%1\u201d, to confirm:").arg(m_account.name));
    m_ui->typeNameLabel->setVisible(requiresTypedName());
    m_ui->typedNameEdit->setVisible(requiresTypedName());
    if (requiresTypedName())
        m_ui->typedNameEdit->setFocus();
    updateState();
}

void DeleteAccountConfirmation::countCredentials(const WeakSession& session, const QString& orgId)
{
    m_handle.cancel();
    setCredentialCount(-1);
    Session::whenEnded(session, this, [this] {
        m_handle.cancel();
        if (m_credentialCount < 0)
            showCountError(Session::sessionEndedMessage());
    });
    fetchPage(session, orgId, QString(), 0);
}

void DeleteAccountConfirmation::showCountError(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(true);
    m_ui->credentialsLabel->setText(tr("Its credentials could not be counted."));
    // Delete stays disabled: the user cannot be told what goes with it
}

void DeleteAccountConfirmation::fetchPage(const WeakSession& session, const QString& orgId,
                                          const QString& after, int countSoFar)
{
    const SessionPtr live = session.lock();
    if (!live)
        return;
    PageRequest request;
    request.limit = 100;
    request.after = after;
    request.expandPermissions = false;
    m_handle = live->client().listCredentials(
        orgId, m_account.id, request, this,
        [this, session, orgId, after, countSoFar](const Result<Page<Credential>>& result) {
            if (!result.ok()) {
                showCountError(describeError(result.error()));
                return;
            }
            const auto& page = result.value();
            const int count = countSoFar + int(page.items.size());
            const QString next = page.pageInfo.endCursor;
            if (page.pageInfo.hasNextPage && !next.isEmpty() && next != after) {
                fetchPage(session, orgId, next, count);
                return;
            }
            setCredentialCount(count);
        });
}

void DeleteAccountConfirmation::updateState()
{
    bool enabled = m_credentialCount >= 0;
    if (requiresTypedName())
        enabled = enabled && m_ui->typedNameEdit->text().trimmed() == m_account.name.trimmed();
    m_deleteButton->setEnabled(enabled);

    // Enter does what the name was typed for: Delete is the default once the name is right, and
    // nothing is while it is not (Enter then does nothing rather than cancel). Without a typed
    // name Cancel stays the default. Cancel is no auto-default while a name is asked for: focus
    // passing over it would otherwise make it the default again.
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    const bool typed = requiresTypedName();
    cancel->setAutoDefault(!typed);
    cancel->setDefault(!typed);
    m_deleteButton->setDefault(typed && enabled);
}

void DeleteAccountConfirmation::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // QDialogButtonBox makes its first accept button the default when shown without one.
    updateState();
}

DeleteCredentialsConfirmation::DeleteCredentialsConfirmation(const QList<Credential>& credentials,
                                                             QWidget* parent)
    : QDialog(parent), m_credentials(credentials)
{
    setObjectName(QStringLiteral("deleteCredentialsConfirmation"));
    setModal(true);
    const int count = int(credentials.size());
    setWindowTitle(count == 1 ? tr("Delete Credential") : tr("Delete %1 Credentials").arg(count));
    auto* layout = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("questionLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label);

    QStringList names;
    for (const Credential& credential : credentials.mid(0, namesListed))
        names << QStringLiteral("\u2022 ") +
                     (credential.name.isEmpty() ? credential.clientId : credential.name);
    QString text = count == 1
                       ? tr("Delete this credential? Anything that signs in with it stops working. "
                            "This cannot be undone.")
                       : tr("Delete these %1 credentials? Anything that signs in with them stops "
                            "working. This cannot be undone.")
                             .arg(count);
    text += QLatin1String("\n\n") + names.join(QLatin1Char('\n'));
    if (credentials.size() > namesListed)
        text += QLatin1Char('\n') + tr("\u2026 and %1 more").arg(count - namesListed);
    m_label->setText(text);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_deleteButton = buttons->addButton(tr("&Delete"), QDialogButtonBox::AcceptRole);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setAutoDefault(false);
    m_deleteButton->setEnabled(!credentials.isEmpty());
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString DeleteCredentialsConfirmation::text() const
{
    return m_label->text();
}

} // namespace keycard
