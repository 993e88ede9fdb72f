#include "aboutdialog.h"

#include "ui_aboutdialog.h"

namespace keycard {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(tr("Keycard Admin %1").arg(QStringLiteral(KEYCARD_VERSION)));
    m_ui->versionsLabel->setText(
        tr("Version %1\nQt %2 (built with %3)\nQtKeychain %4")
            .arg(QStringLiteral(KEYCARD_VERSION), QString::fromLatin1(qVersion()),
                 QStringLiteral(QT_VERSION_STR), QStringLiteral(KEYCARD_QTKEYCHAIN_VERSION)));
    m_ui->licenseLabel->setText(
        tr("Released under the MIT License. Keycard is an identity and access platform; this "
           "application uses its public REST API."));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionsText() const
{
    return m_ui->versionsLabel->text();
}

} // namespace keycard
