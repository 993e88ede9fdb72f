#pragma once

#include "preferences.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace keycard {

// Clipboard clear time, page size and whether new secrets go to the keychain by themselves.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const Preferences& current, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    Preferences preferences() const;

private:
    void show(const Preferences& preferences);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace keycard
