#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace keycard {

// Says when the application has had no keyboard, mouse, wheel or touch input for a while (the
// idle lock, as in KeePassXC). Watches every window of the application; a timeout of zero
// never fires.
class IdleTimer final : public QObject
{
    Q_OBJECT

public:
    explicit IdleTimer(QObject* parent = nullptr);
    ~IdleTimer() override;
    Q_DISABLE_COPY_MOVE(IdleTimer)

    // Starts counting again from now; zero switches it off.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

signals:
    void idle(); // once per idle stretch; input starts the next one

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();

    QTimer m_timer;
    std::chrono::milliseconds m_timeout{0};
};

} // namespace keycard
