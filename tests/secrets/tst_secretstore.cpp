// The keychain store against the real gnome-keyring of a private D-Bus session
// (scripts/with-keyring).
#include "secretservicelabels.h"
#include "secretstore.h"

#include <QObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <optional>

using keycard::SecretStore;
using keycard::SecretString;

namespace {
constexpr int kKeychainTimeoutMs = 30000;

// Runs one store call and waits (in the test only) for its outcome.
class Waiter final
{
public:
    SecretStore::Callback callback()
    {
        return [this](const SecretStore::Outcome& outcome) {
            m_outcome = outcome;
        };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return m_outcome.has_value(); }, kKeychainTimeoutMs);
    }
    const SecretStore::Outcome& outcome() const { return *m_outcome; }

private:
    std::optional<SecretStore::Outcome> m_outcome;
};
} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private:
    SecretStore::Outcome write(const QString& key, const SecretString& secret,
                               const QString& label = QStringLiteral("Keycard Admin test entry"))
    {
        Waiter w;
        m_store->write(key, label, secret, this, w.callback());
        if (!w.wait())
            qFatal("keychain write did not finish");
        return w.outcome();
    }
    SecretStore::Outcome read(const QString& key)
    {
        Waiter w;
        m_store->read(key, this, w.callback());
        if (!w.wait())
            qFatal("keychain read did not finish");
        return w.outcome();
    }
    SecretStore::Outcome remove(const QString& key)
    {
        Waiter w;
        m_store->remove(key, this, w.callback());
        if (!w.wait())
            qFatal("keychain remove did not finish");
        return w.outcome();
    }

    std::unique_ptr<SecretStore> m_store;

private slots:
    void initTestCase()
    {
        QVERIFY2(!qgetenv("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
                 "run through scripts/with-keyring (ctest does)");
        m_store = std::make_unique<SecretStore>(QStringLiteral("Keycard Admin tests"));
    }

    void keys_profileAndCredential_nameEveryPart()
    {
        QCOMPARE(SecretStore::profileKey(QStringLiteral("work")), QStringLiteral("profile/work"));
        QCOMPARE(SecretStore::credentialKey(QStringLiteral("work"), QStringLiteral("org1"),
                                            QStringLiteral("sa1"), QStringLiteral("cred1")),
                 QStringLiteral("credential/work/org1/sa1/cred1"));
        // a '/' inside a part cannot make two different credentials share a key
        QVERIFY(SecretStore::credentialKey(QStringLiteral("a/b"), QStringLiteral("c"),
                                           QStringLiteral("d"), QStringLiteral("e")) !=
                SecretStore::credentialKey(QStringLiteral("a"), QStringLiteral("b/c"),
                                           QStringLiteral("d"), QStringLiteral("e")));
    }

    void write_newKey_readsBackTheSameSecret()
    {
        const SecretString secret(QByteArrayLiteral("kc_secret_first-\xc3\xa9-value"));
        const auto written = write(QStringLiteral("credential/p/o/a/c1"), secret);
        QVERIFY2(written.ok(), qPrintable(written.errorText));

        const auto back = read(QStringLiteral("credential/p/o/a/c1"));
        QVERIFY2(back.ok(), qPrintable(back.errorText));
        QVERIFY(back.secret == secret);
    }

    void write_existingKey_overwritesTheSecret()
    {
        const QString key = QStringLiteral("credential/p/o/a/c2");
        QVERIFY(write(key, SecretString(QByteArrayLiteral("old-secret"))).ok());
        QVERIFY(write(key, SecretString(QByteArrayLiteral("new-secret"))).ok());
        const auto back = read(key);
        QVERIFY(back.ok());
        QVERIFY(back.secret == SecretString(QByteArrayLiteral("new-secret")));
    }

    // Seahorse lists entries by label: each names its profile or credential and client ID, so a
    // person can tell them apart; never the secret.
    void write_profileAndCredential_labelsNameWhatTheyHold_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("profile") << SecretStore::profileKey(QStringLiteral("production"))
                                 << SecretStore::profileLabel(QStringLiteral("production"),
                                                              QStringLiteral("kc_labelclient1"))
                                 << QStringList{QStringLiteral("Keycard Admin"),
                                                QStringLiteral("production"),
                                                QStringLiteral("kc_labelclient1")};
        QTest::newRow("api key profile")
            << SecretStore::profileKey(QStringLiteral("ci"))
            << SecretStore::profileLabel(QStringLiteral("ci"), QString())
            << QStringList{QStringLiteral("Keycard Admin"), QStringLiteral("ci"),
                           QStringLiteral("API key")};
        QTest::newRow("credential")
            << SecretStore::credentialKey(QStringLiteral("production"), QStringLiteral("org1"),
                                          QStringLiteral("sa1"), QStringLiteral("cred-l1"))
            << SecretStore::credentialLabel(QStringLiteral("deploy bot"),
                                            QStringLiteral("kc_labelclient2"))
            << QStringList{QStringLiteral("Keycard Admin"), QStringLiteral("deploy bot"),
                           QStringLiteral("kc_labelclient2")};
    }
    void write_profileAndCredential_labelsNameWhatTheyHold()
    {
        QFETCH(QString, key);
        QFETCH(QString, label);
        QFETCH(QStringList, shown);
        const SecretString secret(QByteArrayLiteral("label-test-secret-value"));
        QVERIFY(write(key, secret, label).ok());

        const QStringList labels = secrettest::secretServiceLabels(m_store->serviceName(), key);
        QCOMPARE(labels.size(), 1);
        for (const QString& part : shown)
            QVERIFY2(labels.first().contains(part), qPrintable(labels.first()));
        QVERIFY(!labels.first().contains(QStringLiteral("label-test-secret")));
        // The label is ours; the entry is still found where QtKeychain looks for it.
        QVERIFY(read(key).secret == secret);
        QCOMPARE(remove(key).status, SecretStore::Status::Ok);
    }

    void read_missingKey_reportsNotFound()
    {
        const auto back = read(QStringLiteral("credential/p/o/a/never-stored"));
        QCOMPARE(back.status, SecretStore::Status::NotFound);
        QVERIFY(back.secret.isEmpty());
    }

    void remove_storedKey_isGoneAfterwards()
    {
        const QString key = QStringLiteral("credential/p/o/a/c3");
        QVERIFY(write(key, SecretString(QByteArrayLiteral("to-forget"))).ok());
        const auto removed = remove(key);
        QVERIFY2(removed.ok(), qPrintable(removed.errorText));
        QCOMPARE(read(key).status, SecretStore::Status::NotFound);
    }

    void remove_missingKey_countsAsDone()
    {
        const auto removed = remove(QStringLiteral("credential/p/o/a/never-stored"));
        QVERIFY2(removed.status == SecretStore::Status::Ok ||
                     removed.status == SecretStore::Status::NotFound,
                 qPrintable(SecretStore::statusName(removed.status) + QLatin1String(": ") +
                            removed.errorText));
    }

    void write_differentServices_doNotSeeEachOther()
    {
        const QString key = QStringLiteral("profile/shared-name");
        QVERIFY(write(key, SecretString(QByteArrayLiteral("ours"))).ok());
        SecretStore other(QStringLiteral("Some other app"));
        Waiter w;
        other.read(key, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.outcome().status, SecretStore::Status::NotFound);
    }

    void read_anyKey_callbackNeverRunsInsideTheCall()
    {
        bool called = false;
        bool returned = false;
        bool calledBeforeReturn = false;
        m_store->read(QStringLiteral("credential/p/o/a/c1"), this,
                      [&](const SecretStore::Outcome&) {
                          called = true;
                          calledBeforeReturn = !returned;
                      });
        returned = true;
        QVERIFY(!called);
        QTRY_VERIFY_WITH_TIMEOUT(called, kKeychainTimeoutMs);
        QVERIFY(!calledBeforeReturn);
    }

    void read_contextDestroyed_callbackNeverRuns()
    {
        auto* context = new QObject;
        bool called = false;
        m_store->read(QStringLiteral("credential/p/o/a/c1"), context,
                      [&](const SecretStore::Outcome&) { called = true; });
        delete context;
        // a second call behind it tells us when the keychain has answered the first one
        Waiter w;
        m_store->read(QStringLiteral("credential/p/o/a/c1"), this, w.callback());
        QVERIFY(w.wait());
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void cleanupTestCase()
    {
        for (const char* key :
             {"credential/p/o/a/c1", "credential/p/o/a/c2", "profile/shared-name"})
            remove(QString::fromLatin1(key));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
