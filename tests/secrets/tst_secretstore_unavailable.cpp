// No Secret Service at all (the session bus address leads nowhere, no X11 to autolaunch one):
// the store says Unavailable with the keychain's own words, and the dialog tells the user and
// keeps the secret on screen until they confirm.
#include "secretdialog.h"
#include "secretstore.h"
#include "secrettesthelpers.h"
#include "secureclipboard.h"
#include "storedsecretsindex.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using keycard::SecretDialog;
using keycard::SecretStore;
using keycard::SecretString;

namespace {
constexpr int kKeychainTimeoutMs = 40000;
}

class TestSecretStoreUnavailable final : public QObject
{
    Q_OBJECT

private:
    SecretStore m_store{QStringLiteral("Keycard Admin tests")};

private slots:
    void initTestCase()
    {
        // ctest sets these; repeat them so that a direct run tests the same thing
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }

    void write_noSecretService_reportsUnavailableWithTheKeychainsText()
    {
        std::optional<SecretStore::Outcome> outcome;
        m_store.write(QStringLiteral("credential/p/o/a/c1"), QStringLiteral("test entry"),
                      SecretString(QByteArrayLiteral("nowhere-to-go")), this,
                      [&](const SecretStore::Outcome& o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), kKeychainTimeoutMs);
        QCOMPARE(SecretStore::statusName(outcome->status), QStringLiteral("Unavailable"));
        QVERIFY(!outcome->errorText.isEmpty());
        qInfo().noquote() << "the keychain said:" << outcome->errorText;
    }

    void read_noSecretService_reportsUnavailable()
    {
        std::optional<SecretStore::Outcome> outcome;
        m_store.read(QStringLiteral("credential/p/o/a/c1"), this,
                     [&](const SecretStore::Outcome& o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), kKeychainTimeoutMs);
        QCOMPARE(outcome->status, SecretStore::Status::Unavailable);
        QVERIFY(outcome->secret.isEmpty());
    }

    void dialog_noKeychain_saysSoAndAsksBeforeClosingEvenWhenCopied()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("index.ini")), QSettings::IniFormat);
        keycard::StoredSecretsIndex index(&settings);
        keycard::SecureClipboard clipboard;
        SecretDialog::Services services;
        services.store = &m_store;
        services.clipboard = &clipboard;
        services.index = &index;
        const auto created = secrettest::newCredential(QByteArrayLiteral("stays-on-screen"));

        SecretDialog dialog(created,
                            {QStringLiteral("work"), QStringLiteral("org1"), QStringLiteral("sa1")},
                            services);
        int asked = 0;
        bool answer = false;
        dialog.setConfirmDiscard([&] {
            ++asked;
            return answer;
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QTRY_VERIFY_WITH_TIMEOUT(dialog.keychainStatusText().startsWith(
                                     QLatin1String("No system keychain is available")),
                                 kKeychainTimeoutMs);
        // the keychain's own words are in the sentence
        std::optional<SecretStore::Outcome> outcome;
        m_store.read(QStringLiteral("x"), this,
                     [&](const SecretStore::Outcome& o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), kKeychainTimeoutMs);
        QVERIFY2(dialog.keychainStatusText().contains(outcome->errorText),
                 qPrintable(dialog.keychainStatusText()));
        QVERIFY(!dialog.isStored());
        QVERIFY(!index.contains(QStringLiteral("work"), QStringLiteral("org1"),
                                QStringLiteral("sa1"), created.credential.id));
        auto* storeButton = secrettest::child<QPushButton>(&dialog, "storeButton");
        QVERIFY(storeButton->isVisible() && storeButton->isEnabled()); // the user may retry

        // copied, but no keychain: the copy is the only one left, so closing still asks
        QTest::mouseClick(secrettest::child<QPushButton>(&dialog, "copySecretButton"),
                          Qt::LeftButton);
        QVERIFY(dialog.isCopied());
        dialog.reject();
        QCOMPARE(asked, 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(secrettest::child<QLineEdit>(&dialog, "secretEdit")->text(),
                 QStringLiteral("stays-on-screen"));

        answer = true;
        dialog.close();
        QCOMPARE(asked, 2);
        QVERIFY(!dialog.isVisible());
        QVERIFY(secrettest::child<QLineEdit>(&dialog, "secretEdit")->text().isEmpty());
        clipboard.clearNow();
    }
};

QTEST_MAIN(TestSecretStoreUnavailable)
#include "tst_secretstore_unavailable.moc"
