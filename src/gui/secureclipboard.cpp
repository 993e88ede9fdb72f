#include "secureclipboard.h"

#include "secretstring.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMimeData>
#include <QRandomGenerator>

#ifdef Q_OS_MACOS
#include "macpasteboard.h"
#endif

namespace keycard {

namespace {
Q_LOGGING_CATEGORY(lcClipboard, "keycard.gui.clipboard")

void setHints(QMimeData* mime)
{
    // KDE Klipper and other Linux clipboard managers skip entries with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // macOS pasteboard managers (nspasteboard.org): the concealed type marks a password.
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"),
                  QByteArrayLiteral("secret"));
    mime->setData(QStringLiteral("org.nspasteboard.ConcealedType"), QByteArrayLiteral("secret"));
    // Windows: monitors skip the content; clipboard history and cloud sync are told "no"
    // with a DWORD 0 (also read by CopyQ).
    const QByteArray dwordZero(4, '\0');
    const QLatin1String names[] = {QLatin1String("ExcludeClipboardContentFromMonitorProcessing"),
                                   QLatin1String("CanIncludeInClipboardHistory"),
                                   QLatin1String("CanUploadToCloudClipboard")};
    for (const QLatin1String& name : names) {
        mime->setData(name, dwordZero);
#ifdef Q_OS_WIN
        // how Qt registers a named clipboard format on Windows
        mime->setData(QLatin1String("application/x-qt-windows-mime;value=\"") + name +
                          QLatin1Char('"'),
                      dwordZero);
#endif
    }
}
} // namespace

SecureClipboard::SecureClipboard(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &SecureClipboard::tick);
    if (auto* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &SecureClipboard::clearNow);
#ifdef Q_OS_MACOS
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance())) // converters need one
        installConcealedTypeConverter();
#endif
}

SecureClipboard::~SecureClipboard() = default;

QMimeData* SecureClipboard::secretMimeData(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    setHints(mime);
    return mime;
}

void SecureClipboard::copySecret(const SecretString& secret, const QString& label)
{
    m_salt = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    QByteArray utf8 = secret.reveal(); // a copy of our own, nobody else refers to it
    m_fingerprint = fingerprint(utf8);
    SecretString::wipe(utf8);
    m_label = label;
    // The clipboard holds its own copy of the text until it is cleared: not ours to wipe.
    QGuiApplication::clipboard()->setMimeData(secretMimeData(secret.revealString()),
                                              QClipboard::Clipboard);
    qCDebug(lcClipboard).noquote()
        << "copied a secret:" << label << "clearing in" << m_timeoutSeconds << "s";
    m_secondsLeft = m_timeoutSeconds;
    m_timer.start();
    emit countdownChanged(m_secondsLeft);
}

void SecureClipboard::copyPlain(const QString& text)
{
    stopCountdown(); // our secret, if still there, is replaced now
    QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
}

void SecureClipboard::setClearTimeoutSeconds(int seconds)
{
    m_timeoutSeconds = qMax(1, seconds);
}

QString SecureClipboard::statusText() const
{
    if (m_secondsLeft <= 0)
        return {};
    return tr("%1 copied. The clipboard is cleared in %n s.", nullptr, m_secondsLeft).arg(m_label);
}

void SecureClipboard::clearNow()
{
    if (m_fingerprint.isEmpty())
        return;
    auto* clipboard = QGuiApplication::clipboard();
    const QMimeData* mime = clipboard->mimeData(QClipboard::Clipboard);
    bool ours = false;
    if (mime && mime->hasText()) {
        // text() shares the clipboard's buffer, which we must not write; its UTF-8 is ours.
        QByteArray utf8 = mime->text().toUtf8();
        ours = fingerprint(utf8) == m_fingerprint;
        SecretString::wipe(utf8);
    }
    stopCountdown();
    if (ours) {
        clipboard->clear(QClipboard::Clipboard);
        qCDebug(lcClipboard) << "cleared the copied secret from the clipboard";
        emit cleared();
    } else {
        qCDebug(lcClipboard) << "the clipboard holds something else now: left alone";
    }
}

QByteArray SecureClipboard::fingerprint(const QByteArray& utf8) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(utf8);
    return hash.result();
}

void SecureClipboard::tick()
{
    if (m_secondsLeft <= 1) {
        clearNow();
        return;
    }
    --m_secondsLeft;
    emit countdownChanged(m_secondsLeft);
}

void SecureClipboard::stopCountdown()
{
    m_timer.stop();
    m_fingerprint.clear();
    m_salt.clear();
    const bool wasRunning = m_secondsLeft > 0;
    m_secondsLeft = 0;
    m_label.clear();
    if (wasRunning)
        emit countdownChanged(0);
}

} // namespace keycard
