// The parts of a rotation that need no window: the replacement's name, the saved state (never a
// secret), and retiring the old credential only when it has been unused long enough.
#include "apiclient.h"
#include "fakeserver.h"
#include "retireifunused.h"
#include "rotationstate.h"
#include "session.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace keycard;

class RotationCoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rotatedName_suffixReplacedNotRepeatedAndBounded();
    void store_savedAndPendingPerProfile_removedWhenDone();
    void retire_usedJustNow_refusedSayingWhen();
    void retire_neverUsedOrUsedLongAgo_deleted();
    void retire_unknownCredential_failsWithNotFound();

private:
    SessionPtr session() const;
    // Runs the task to its end; returns which signal it gave: "retired", "refused", "failed".
    QString runRetire(const QString& credentialId, qint64 unusedForSeconds,
                      QDateTime* lastUsed = nullptr, ApiError* error = nullptr);

    std::unique_ptr<fake::FakeServer> m_server;
    QString m_orgId;
    QString m_accountId;
};

void RotationCoreTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KeycardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_core_rotation"));
}

void RotationCoreTest::init()
{
    QSettings().clear();
    m_server = std::make_unique<fake::FakeServer>(4);
    QVERIFY(m_server->listen(0));
    m_orgId = m_server->demoIds().smallOrgId;
    m_accountId = m_server->store().createServiceAccount(m_orgId, QStringLiteral("deployer"));
}

void RotationCoreTest::cleanup()
{
    m_server.reset();
}

SessionPtr RotationCoreTest::session() const
{
    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = m_server->demoClientId();
    config.auth.secret = SecretString(m_server->demoClientSecret());
    return Session::create(config, {QStringLiteral("tester"), QStringLiteral("tester")});
}

QString RotationCoreTest::runRetire(const QString& credentialId, qint64 unusedForSeconds,
                                    QDateTime* lastUsed, ApiError* error)
{
    const SessionPtr s = session();
    auto* task = s->start(
        std::make_unique<RetireIfUnused>(s, m_orgId, m_accountId, credentialId, unusedForSeconds));
    QString outcome;
    connect(task, &RetireIfUnused::retired, this, [&](const QDateTime& when) {
        outcome = QStringLiteral("retired");
        if (lastUsed)
            *lastUsed = when;
    });
    connect(task, &RetireIfUnused::refused, this, [&](const QDateTime& when) {
        outcome = QStringLiteral("refused");
        if (lastUsed)
            *lastUsed = when;
    });
    connect(task, &RetireIfUnused::failed, this, [&](const ApiError& e) {
        outcome = QStringLiteral("failed");
        if (error)
            *error = e;
    });
    QSignalSpy finished(task, &SessionTask::finished);
    if (!finished.wait(15000))
        return QStringLiteral("<no end>");
    return outcome;
}

void RotationCoreTest::rotatedName_suffixReplacedNotRepeatedAndBounded()
{
    const QDate day(2026, 11, 29);
    QCOMPARE(RotationStore::rotatedName(QStringLiteral("ci-deploy"), day),
             QStringLiteral("ci-deploy (rotated 2026-11-29)"));
    QCOMPARE(RotationStore::rotatedName(QStringLiteral("ci-deploy (rotated 2025-01-02)"), day),
             QStringLiteral("ci-deploy (rotated 2026-11-29)"));
    const QString longName(300, QLatin1Char('x'));
    const QString rotated = RotationStore::rotatedName(longName, day);
    QCOMPARE(rotated.size(), 255);
    QVERIFY(rotated.endsWith(QStringLiteral(" (rotated 2026-11-29)")));
}

void RotationCoreTest::store_savedAndPendingPerProfile_removedWhenDone()
{
    RotationState state;
    state.id = QStringLiteral("r1");
    state.keychainProfile = QStringLiteral("production");
    state.orgId = QStringLiteral("org");
    state.accountId = QStringLiteral("acc");
    state.accountName = QStringLiteral("deployer");
    state.oldId = QStringLiteral("old");
    state.oldName = QStringLiteral("ci-deploy");
    state.newId = QStringLiteral("new");
    state.newClientId = QStringLiteral("kc_new");
    state.step = RotationState::Step::Tested;
    state.startedAt = QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc());
    RotationStore::save(state);

    QVERIFY(RotationStore::pending(QStringLiteral("staging")).isEmpty());
    const QList<RotationState> pending = RotationStore::pending(QStringLiteral("production"));
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().newClientId, QStringLiteral("kc_new"));
    QCOMPARE(pending.first().step, RotationState::Step::Tested);
    QCOMPARE(pending.first().startedAt, state.startedAt);
    QCOMPARE(pending.first().accountName, QStringLiteral("deployer"));

    RotationStore::remove(state.id);
    QVERIFY(RotationStore::pending(QStringLiteral("production")).isEmpty());
}

void RotationCoreTest::retire_usedJustNow_refusedSayingWhen()
{
    const fake::Store::NewCredential old = m_server->store().createCredentialWithSecret(
        m_orgId, m_accountId, QStringLiteral("ci-deploy"));
    const SessionPtr s = session();
    std::optional<bool> exchanged;
    s->client().testClientCredentials(old.clientId, SecretString(old.secret), nullptr,
                                      [&](const Result<Empty>& r) { exchanged = r.ok(); });
    QTRY_VERIFY(exchanged.has_value());
    QVERIFY(*exchanged);

    QDateTime lastUsed;
    QCOMPARE(runRetire(old.id, 24 * 3600, &lastUsed), QStringLiteral("refused"));
    QVERIFY(lastUsed.isValid());
    QVERIFY(lastUsed.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    QVERIFY(m_server->store().credential(m_orgId, m_accountId, old.id)); // still there
}

void RotationCoreTest::retire_neverUsedOrUsedLongAgo_deleted()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto& store = m_server->store();
    const QString never = store.insertCredentialWithoutSecret(
        m_orgId, m_accountId, QStringLiteral("never"), now.addDays(-10), QDateTime());
    const QString longAgo = store.insertCredentialWithoutSecret(
        m_orgId, m_accountId, QStringLiteral("long-ago"), now.addDays(-10), now.addDays(-2));

    QCOMPARE(runRetire(never, 24 * 3600), QStringLiteral("retired"));
    QVERIFY(!store.credential(m_orgId, m_accountId, never));
    QDateTime lastUsed;
    QCOMPARE(runRetire(longAgo, 24 * 3600, &lastUsed), QStringLiteral("retired"));
    QVERIFY(!store.credential(m_orgId, m_accountId, longAgo));
    QCOMPARE(lastUsed.toSecsSinceEpoch(), now.addDays(-2).toSecsSinceEpoch());
}

void RotationCoreTest::retire_unknownCredential_failsWithNotFound()
{
    ApiError error;
    QCOMPARE(runRetire(QStringLiteral("no-such-credential"), -1, nullptr, &error),
             QStringLiteral("failed"));
    QCOMPARE(error.kind(), ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(RotationCoreTest)
#include "tst_core_rotation.moc"
