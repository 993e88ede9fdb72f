#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QMimeData;

namespace keycard {

class SecretString;

// The one way the application puts a secret on the clipboard.
//
// A secret's copy carries the hints that keep it out of clipboard history and cloud sync
// (KDE/Klipper, macOS pasteboard managers, Windows clipboard history and monitors). After
// clearTimeoutSeconds() the clipboard is cleared, but only when it still holds what we copied;
// the plaintext itself is not kept: a salted hash is enough to recognise it. Quitting the
// application clears it at once.
class SecureClipboard final : public QObject
{
    Q_OBJECT

public:
    explicit SecureClipboard(QObject* parent = nullptr);
    ~SecureClipboard() override;
    Q_DISABLE_COPY_MOVE(SecureClipboard)

    // Copies a secret with the exclusion hints and starts the countdown. `label` names it in
    // the status text ("Client secret").
    void copySecret(const SecretString& secret, const QString& label);
    // Copies something that is not secret (a client ID): no hints, no countdown.
    void copyPlain(const QString& text);

    int clearTimeoutSeconds() const { return m_timeoutSeconds; }
    void setClearTimeoutSeconds(int seconds); // at least 1

    bool isCountingDown() const { return m_secondsLeft > 0; }
    int secondsLeft() const { return m_secondsLeft; }
    // For the status bar: "Client secret copied. The clipboard is cleared in 12 s." or empty.
    QString statusText() const;

    // The MIME data of a secret's copy (what copySecret() puts on the clipboard).
    static QMimeData* secretMimeData(const QString& text);

public slots:
    // Clears the clipboard now if it still holds our secret; stops the countdown.
    void clearNow();

signals:
    // Each second while a countdown runs; 0 when it stopped (cleared, or replaced by a
    // plain copy).
    void countdownChanged(int secondsLeft);
    // We removed our secret from the clipboard.
    void cleared();

private:
    QByteArray fingerprint(const QByteArray& utf8) const;
    void tick();
    void stopCountdown();

    QTimer m_timer;
    int m_timeoutSeconds = 30;
    int m_secondsLeft = 0;
    QString m_label;
    QByteArray m_salt;
    QByteArray m_fingerprint; // salted hash of what we copied; empty when nothing is pending
};

} // namespace keycard
