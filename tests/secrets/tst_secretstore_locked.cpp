// A real gnome-keyring whose login collection is locked: the store reports it, and the dialog
// says so in plain words with the keychain's own text.
#include "secretdialog.h"
#include "secretstore.h"
#include "secrettesthelpers.h"
#include "secureclipboard.h"
#include "storedsecretsindex.h"

#include <QApplication>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using keycard::SecretDialog;
using keycard::SecretStore;
using keycard::SecretString;

namespace {
constexpr int kKeychainTimeoutMs = 60000;

// Locks every collection of the private session's Secret Service, as the screen locker would.
bool lockKeyring()
{
    QProcess gdbus;
    gdbus.start(QStringLiteral("gdbus"),
                {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                 QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                 QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                 QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                 QStringLiteral("['/org/freedesktop/secrets/collection/login']")});
    if (!gdbus.waitForFinished(20000))
        return false;
    qInfo().noquote() << "Lock:" << gdbus.readAllStandardOutput().trimmed()
                      << gdbus.readAllStandardError().trimmed();
    return gdbus.exitStatus() == QProcess::NormalExit && gdbus.exitCode() == 0;
}
} // namespace

class TestSecretStoreLocked final : public QObject
{
    Q_OBJECT

private:
    SecretStore m_store{QStringLiteral("Keycard Admin tests")};

    SecretStore::Outcome write(const QString& key)
    {
        std::optional<SecretStore::Outcome> outcome;
        m_store.write(key, QStringLiteral("test entry"),
                      SecretString(QByteArrayLiteral("locked-out")), this,
                      [&](const SecretStore::Outcome& o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, kKeychainTimeoutMs))
            qFatal("keychain write did not finish");
        return *outcome;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qgetenv("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
                 "run through scripts/with-keyring (ctest does)");
        // an entry first, so that the login collection exists, then lock it
        const auto first = write(QStringLiteral("credential/p/o/a/before-lock"));
        QVERIFY2(first.ok(), qPrintable(first.errorText));
        QVERIFY(lockKeyring());
    }

    void write_lockedKeyring_reportsLockedWithTheKeychainsText()
    {
        const auto outcome = write(QStringLiteral("credential/p/o/a/c1"));
        qInfo().noquote() << "the keychain said:" << SecretStore::statusName(outcome.status)
                          << outcome.errorText;
        QCOMPARE(SecretStore::statusName(outcome.status), QStringLiteral("Locked"));
        QVERIFY(!outcome.errorText.isEmpty());
    }

    // What gnome-keyring really does: QtKeychain's libsecret backend searches unlocked items
    // only, so a read from a locked collection says "Entry not found" (EntryNotFound), not
    // AccessDenied. Callers showing a stored secret must word NotFound with that in mind.
    void read_lockedKeyring_findsNothingAndReturnsNoSecret()
    {
        std::optional<SecretStore::Outcome> outcome;
        m_store.read(QStringLiteral("credential/p/o/a/before-lock"), this,
                     [&](const SecretStore::Outcome& o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), kKeychainTimeoutMs);
        qInfo().noquote() << "the keychain said:" << SecretStore::statusName(outcome->status)
                          << outcome->errorText;
        QVERIFY2(outcome->status == SecretStore::Status::NotFound ||
                     outcome->status == SecretStore::Status::Locked,
                 qPrintable(SecretStore::statusName(outcome->status)));
        QVERIFY(!outcome->errorText.isEmpty());
        QVERIFY(outcome->secret.isEmpty());
    }

    void dialog_lockedKeyring_saysSoWithTheKeychainsTextAndKeepsTheSecret()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("index.ini")), QSettings::IniFormat);
        keycard::StoredSecretsIndex index(&settings);
        keycard::SecureClipboard clipboard;
        SecretDialog::Services services;
        services.store = &m_store;
        services.clipboard = &clipboard;
        services.index = &index;
        const auto created = secrettest::newCredential(QByteArrayLiteral("locked-on-screen"));
        SecretDialog dialog(created,
                            {QStringLiteral("work"), QStringLiteral("org1"), QStringLiteral("sa1")},
                            services);
        int asked = 0;
        dialog.setConfirmDiscard([&] { return ++asked, false; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.keychainStatusText().startsWith(QLatin1String("The keychain is locked")),
            kKeychainTimeoutMs);
        QVERIFY2(dialog.keychainStatusText().contains(
                     QLatin1String("Cannot create an item in a locked collection")),
                 qPrintable(dialog.keychainStatusText()));
        QVERIFY(!dialog.isStored());
        QVERIFY(!index.contains(QStringLiteral("work"), QStringLiteral("org1"),
                                QStringLiteral("sa1"), created.credential.id));
        QVERIFY(secrettest::child<QPushButton>(&dialog, "storeButton")->isEnabled());

        // neither stored nor confirmed: the secret stays on screen
        dialog.reject();
        QCOMPARE(asked, 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(secrettest::child<QLineEdit>(&dialog, "secretEdit")->text(),
                 QStringLiteral("locked-on-screen"));
        dialog.setConfirmDiscard([] { return true; });
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestSecretStoreLocked)
#include "tst_secretstore_locked.moc"
