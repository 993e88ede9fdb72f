#include "settingsdialog.h"

#include "ui_settingsdialog.h"

#include <QPushButton>

namespace keycard {

SettingsDialog::SettingsDialog(const Preferences& current, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    show(current);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { show(Preferences{}); });
}

SettingsDialog::~SettingsDialog() = default;

Preferences SettingsDialog::preferences() const
{
    Preferences p;
    p.clipboardClearSeconds = m_ui->clipboardSpin->value();
    p.pageSize = m_ui->pageSizeSpin->value();
    p.storeNewSecretsInKeychain = m_ui->storeCheck->isChecked();
    p.hygiene.unusedDays = m_ui->unusedDaysSpin->value();
    p.hygiene.oldDays = m_ui->oldDaysSpin->value();
    p.lockAfterIdleMinutes = m_ui->lockSpin->value();
    return p;
}

void SettingsDialog::show(const Preferences& preferences)
{
    m_ui->clipboardSpin->setValue(preferences.clipboardClearSeconds);
    m_ui->pageSizeSpin->setValue(preferences.pageSize);
    m_ui->storeCheck->setChecked(preferences.storeNewSecretsInKeychain);
    m_ui->unusedDaysSpin->setValue(preferences.hygiene.unusedDays);
    m_ui->oldDaysSpin->setValue(preferences.hygiene.oldDays);
    m_ui->lockSpin->setValue(preferences.lockAfterIdleMinutes);
}

} // namespace keycard
