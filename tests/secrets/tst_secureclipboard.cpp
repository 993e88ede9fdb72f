// The secure clipboard: exclusion hints, the timed clear, and leaving the user's own copies alone.
#include "secretstring.h"
#include "secureclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using keycard::SecretString;
using keycard::SecureClipboard;

namespace {
QClipboard* clipboard()
{
    return QGuiApplication::clipboard();
}

QString clipboardText()
{
    const QMimeData* mime = clipboard()->mimeData();
    return mime ? mime->text() : QString();
}
} // namespace

class TestSecureClipboard final : public QObject
{
    Q_OBJECT

private slots:
    void init() { clipboard()->clear(); }

    void copySecret_anySecret_mimeDataCarriesTheExclusionHints()
    {
        SecureClipboard secure;
        secure.copySecret(SecretString(QByteArrayLiteral("s3cr3t-value")),
                          QStringLiteral("Client secret"));

        const QMimeData* mime = clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), QStringLiteral("s3cr3t-value"));
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArrayLiteral("secret"));
        QVERIFY(mime->hasFormat(QStringLiteral("application/x-nspasteboard-concealed-type")));
        QVERIFY(mime->hasFormat(QStringLiteral("org.nspasteboard.ConcealedType")));
        const QByteArray dwordZero(4, '\0');
        QVERIFY(mime->hasFormat(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing")));
        QCOMPARE(mime->data(QStringLiteral("CanIncludeInClipboardHistory")), dwordZero);
        QCOMPARE(mime->data(QStringLiteral("CanUploadToCloudClipboard")), dwordZero);
        // the hints never carry the secret itself
        const QStringList formats = mime->formats();
        for (const QString& format : formats) {
            if (format != QLatin1String("text/plain"))
                QVERIFY2(!mime->data(format).contains("s3cr3t-value"), qPrintable(format));
        }
        secure.clearNow();
    }

    void copySecret_timeoutPassed_clipboardIsCleared()
    {
        SecureClipboard secure;
        secure.setClearTimeoutSeconds(1);
        QSignalSpy cleared(&secure, &SecureClipboard::cleared);
        QSignalSpy countdown(&secure, &SecureClipboard::countdownChanged);
        secure.copySecret(SecretString(QByteArrayLiteral("short-lived")),
                          QStringLiteral("Client secret"));
        QCOMPARE(clipboardText(), QStringLiteral("short-lived"));
        QVERIFY(secure.isCountingDown());
        QVERIFY(secure.statusText().contains(QLatin1String("Client secret")));

        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 3000);
        QVERIFY(clipboardText().isEmpty());
        QVERIFY(!secure.isCountingDown());
        QVERIFY(secure.statusText().isEmpty());
        QCOMPARE(countdown.first().first().toInt(), 1);
        QCOMPARE(countdown.last().first().toInt(), 0);
    }

    void copySecret_countdown_announcesEverySecond()
    {
        SecureClipboard secure;
        secure.setClearTimeoutSeconds(3);
        QSignalSpy countdown(&secure, &SecureClipboard::countdownChanged);
        secure.copySecret(SecretString(QByteArrayLiteral("counted")), QStringLiteral("Secret"));
        QTRY_COMPARE_WITH_TIMEOUT(countdown.count(), 4, 5000);
        QList<int> seen;
        for (const auto& args : countdown)
            seen.append(args.first().toInt());
        QCOMPARE(seen, (QList<int>{3, 2, 1, 0}));
        QVERIFY(clipboardText().isEmpty());
    }

    void copySecret_userCopiedSomethingElseLater_isNotCleared()
    {
        SecureClipboard secure;
        secure.setClearTimeoutSeconds(1);
        QSignalSpy cleared(&secure, &SecureClipboard::cleared);
        QSignalSpy countdown(&secure, &SecureClipboard::countdownChanged);
        secure.copySecret(SecretString(QByteArrayLiteral("the-secret")), QStringLiteral("Secret"));
        clipboard()->setText(QStringLiteral("something the user copied"));

        QTRY_VERIFY_WITH_TIMEOUT(!secure.isCountingDown(), 3000);
        QTest::qWait(200);
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(clipboardText(), QStringLiteral("something the user copied"));
    }

    void clearNow_secretOnClipboard_clearsAtOnce()
    {
        SecureClipboard secure; // default time-out: 30 s
        QCOMPARE(secure.clearTimeoutSeconds(), 30);
        QSignalSpy cleared(&secure, &SecureClipboard::cleared);
        secure.copySecret(SecretString(QByteArrayLiteral("quit-now")), QStringLiteral("Secret"));
        QCOMPARE(secure.secondsLeft(), 30);
        secure.clearNow();
        QCOMPARE(cleared.count(), 1);
        QVERIFY(clipboardText().isEmpty());
        QVERIFY(!secure.isCountingDown());
    }

    void clearNow_nothingCopied_leavesTheClipboardAlone()
    {
        clipboard()->setText(QStringLiteral("user text"));
        SecureClipboard secure;
        QSignalSpy cleared(&secure, &SecureClipboard::cleared);
        secure.clearNow();
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(clipboardText(), QStringLiteral("user text"));
    }

    void copyPlain_clientId_noHintsAndNoCountdown()
    {
        SecureClipboard secure;
        secure.copySecret(SecretString(QByteArrayLiteral("before")), QStringLiteral("Secret"));
        QSignalSpy countdown(&secure, &SecureClipboard::countdownChanged);
        secure.copyPlain(QStringLiteral("client-id-123"));
        QCOMPARE(clipboardText(), QStringLiteral("client-id-123"));
        QVERIFY(!clipboard()->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        QVERIFY(!secure.isCountingDown());
        QCOMPARE(countdown.count(), 1);
        QCOMPARE(countdown.first().first().toInt(), 0);
    }

    void setClearTimeoutSeconds_zero_isAtLeastOneSecond()
    {
        SecureClipboard secure;
        secure.setClearTimeoutSeconds(0);
        QCOMPARE(secure.clearTimeoutSeconds(), 1);
        secure.setClearTimeoutSeconds(45);
        QCOMPARE(secure.clearTimeoutSeconds(), 45);
    }
};

QTEST_MAIN(TestSecureClipboard)
#include "tst_secureclipboard.moc"
