#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class AboutDialog;
}

namespace keycard {

// Version, licence, and the Qt and QtKeychain versions the app runs with.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

    QString versionsText() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace keycard
