// The Session, the one sign-in flow, and the tasks that outlive a dialog, against the local
// server: a sign-in cancelled, restarted or destroyed while in flight; tasks that always finish,
// also when their session ends under them.
#include "bulkcredentialdelete.h"
#include "credentialcreate.h"
#include "fakeserver.h"
#include "lostcreaterecovery.h"
#include "session.h"
#include "signin.h"
#include "store.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace keycard;

namespace {
constexpr int kSlowMs = 1200;

fake::Fault slowAlways()
{
    fake::Fault fault = fake::Fault::latency(kSlowMs);
    fault.count = -1;
    return fault;
}
} // namespace

class SessionTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signIn_rightSecret_deliversSessionWithIdentity();
    void signIn_wrongSecret_failsWithServerMessageAndRequestId();
    void signIn_plainHttpRemote_failsLaterWithoutRequest();
    void signIn_cancelledInFlight_neverAnswers();
    void signIn_restartedInFlight_onlyTheLastAnswers();
    void signIn_destroyedInFlight_nothingHappens();
    void bulkDelete_sessionEnds_finishesWithWhatWasNotDeleted();
    void create_inFlight_countedUntilItsAnswerArrives();
    void create_sessionEnds_reportsSecretMayBeLost();
    void recovery_sessionEndsWhileAsking_finishesWithSessionEnded();

private:
    ConnectionConfig config(const QString& secret = {}) const;
    SessionPtr signedInSession();
    QString accountWithCredentials(int count);

    std::unique_ptr<fake::FakeServer> m_server;
};

void SessionTest::init()
{
    m_server = std::make_unique<fake::FakeServer>(3);
    QVERIFY(m_server->listen(0));
}

void SessionTest::cleanup()
{
    m_server.reset();
}

ConnectionConfig SessionTest::config(const QString& secret) const
{
    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = m_server->demoClientId();
    config.auth.secret = SecretString(secret.isEmpty() ? m_server->demoClientSecret() : secret);
    config.inactivityTimeoutMs = 5000;
    return config;
}

SessionPtr SessionTest::signedInSession()
{
    return Session::create(config(), {QStringLiteral("tester"), QStringLiteral("tester")});
}

QString SessionTest::accountWithCredentials(int count)
{
    const QString orgId = m_server->demoIds().smallOrgId;
    const QString account = m_server->store().createServiceAccount(orgId, QStringLiteral("bulk"));
    for (int i = 0; i < count; ++i)
        m_server->store().createCredential(orgId, account, QStringLiteral("c%1").arg(i));
    return account;
}

void SessionTest::signIn_rightSecret_deliversSessionWithIdentity()
{
    SignIn signIn;
    QSignalSpy succeeded(&signIn, &SignIn::succeeded);
    QSignalSpy failed(&signIn, &SignIn::failed);
    signIn.start(config(), {QStringLiteral("prod"), QStringLiteral("Production")});
    QVERIFY(signIn.isRunning());
    QVERIFY(succeeded.wait());
    QCOMPARE(failed.count(), 0);
    QVERIFY(!signIn.isRunning());
    const auto session = succeeded.at(0).at(0).value<SessionPtr>();
    QVERIFY(session);
    QCOMPARE(session->identity().profileName, QStringLiteral("prod"));
    QCOMPARE(session->identity().keychainProfile(), QStringLiteral("prod"));
    QCOMPARE(session->config().auth.clientId, m_server->demoClientId());
    QCOMPARE(m_server->requestCount(QStringLiteral("serviceAccountToken")), 1);
}

void SessionTest::signIn_wrongSecret_failsWithServerMessageAndRequestId()
{
    SignIn signIn;
    QSignalSpy succeeded(&signIn, &SignIn::succeeded);
    QSignalSpy failed(&signIn, &SignIn::failed);
    signIn.start(config(QStringLiteral("not-the-secret")), {{}, QStringLiteral("x")});
    QVERIFY(failed.wait());
    QCOMPARE(succeeded.count(), 0);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("did not accept the credentials")),
             qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Request ID: ")));
}

void SessionTest::signIn_plainHttpRemote_failsLaterWithoutRequest()
{
    ConnectionConfig remote = config();
    remote.baseUrl = QUrl(QStringLiteral("http://keycard.example"));
    SignIn signIn;
    QSignalSpy failed(&signIn, &SignIn::failed);
    signIn.start(remote, {{}, QStringLiteral("x")});
    QCOMPARE(failed.count(), 0); // never inside start()
    QVERIFY(failed.wait());
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("https://")));
    QCOMPARE(m_server->requestCount(QStringLiteral("serviceAccountToken")), 0);
}

void SessionTest::signIn_cancelledInFlight_neverAnswers()
{
    m_server->addFault(QStringLiteral("serviceAccountToken"), fake::Fault::latency(kSlowMs));
    SignIn signIn;
    QSignalSpy succeeded(&signIn, &SignIn::succeeded);
    QSignalSpy failed(&signIn, &SignIn::failed);
    signIn.start(config(), {{}, QStringLiteral("x")});
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("serviceAccountToken")), 1);
    signIn.cancel();
    QVERIFY(!signIn.isRunning());
    QVERIFY(!succeeded.wait(kSlowMs + 300));
    QCOMPARE(failed.count(), 0);
}

void SessionTest::signIn_restartedInFlight_onlyTheLastAnswers()
{
    m_server->addFault(QStringLiteral("serviceAccountToken"), fake::Fault::latency(kSlowMs));
    SignIn signIn;
    QSignalSpy succeeded(&signIn, &SignIn::succeeded);
    signIn.start(config(), {QStringLiteral("first"), QStringLiteral("first")});
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("serviceAccountToken")), 1);
    signIn.start(config(), {QStringLiteral("second"), QStringLiteral("second")});
    QVERIFY(succeeded.wait());
    QCOMPARE(succeeded.at(0).at(0).value<SessionPtr>()->identity().profileName,
             QStringLiteral("second"));
    QVERIFY(!succeeded.wait(kSlowMs + 300));
    QCOMPARE(succeeded.count(), 1);
}

void SessionTest::signIn_destroyedInFlight_nothingHappens()
{
    m_server->addFault(QStringLiteral("serviceAccountToken"), fake::Fault::latency(kSlowMs));
    auto signIn = std::make_unique<SignIn>();
    signIn->start(config(), {{}, QStringLiteral("x")});
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("serviceAccountToken")), 1);
    signIn.reset();
    QSignalSpy received(m_server.get(), &fake::FakeServer::requestReceived);
    QVERIFY(!received.wait(kSlowMs + 300)); // nothing retried, nothing crashed
}

void SessionTest::bulkDelete_sessionEnds_finishesWithWhatWasNotDeleted()
{
    const QString orgId = m_server->demoIds().smallOrgId;
    const QString account = accountWithCredentials(5);
    const QStringList ids = m_server->store().credentialIds(orgId, account);
    m_server->addFault(QStringLiteral("deleteCredential"), slowAlways());

    SessionPtr session = signedInSession();
    QPointer<BulkCredentialDelete> bulk =
        session->start(std::make_unique<BulkCredentialDelete>(session, orgId, account, ids));
    QSignalSpy finished(bulk.data(), &SessionTask::finished);
    QStringList deleted;
    QList<QPair<QString, ApiError>> failures;
    connect(bulk, &SessionTask::finished, this, [&] {
        deleted = bulk->deletedIds();
        failures = bulk->failures();
    });
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("deleteCredential")), 2);

    session.reset(); // the last reference: the session ends now
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<SessionTask::Outcome>(),
             SessionTask::Outcome::SessionEnded);
    QCOMPARE(deleted.size() + failures.size(), 5);
    QVERIFY(!failures.isEmpty());
    for (const auto& failure : std::as_const(failures))
        QCOMPARE(failure.second.kind(), ApiError::Kind::SessionEnded);
    QTRY_VERIFY(bulk.isNull()); // owned by the session, gone with it
}

void SessionTest::create_inFlight_countedUntilItsAnswerArrives()
{
    const QString orgId = m_server->demoIds().smallOrgId;
    const QString account = accountWithCredentials(0);
    m_server->addFault(QStringLiteral("createCredential"), fake::Fault::latency(kSlowMs));
    SessionPtr session = signedInSession();
    QSignalSpy settled(session.get(), &Session::createsSettled);
    auto* create = session->start(std::make_unique<CredentialCreate>(
        session, orgId, account, Draft{QStringLiteral("n"), {}}));
    QSignalSpy created(create, &CredentialCreate::created);
    QCOMPARE(session->createsInFlight(), 1);
    QVERIFY(settled.wait(kSlowMs + 5000));
    QCOMPARE(created.count(), 1);
    QVERIFY(!created.at(0).at(0).value<NewCredential>().clientSecret.isEmpty());
    QCOMPARE(session->createsInFlight(), 0);
}

void SessionTest::create_sessionEnds_reportsSecretMayBeLost()
{
    const QString orgId = m_server->demoIds().smallOrgId;
    const QString account = accountWithCredentials(0);
    m_server->addFault(QStringLiteral("createCredential"), fake::Fault::latency(kSlowMs));
    SessionPtr session = signedInSession();
    auto* create = session->start(std::make_unique<CredentialCreate>(
        session, orgId, account, Draft{QStringLiteral("n"), {}}));
    QSignalSpy unknown(create, &CredentialCreate::outcomeUnknown);
    QSignalSpy finished(create, &SessionTask::finished);
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("createCredential")), 1);
    session.reset();
    QCOMPARE(unknown.count(), 1);
    QCOMPARE(unknown.at(0).at(1).value<ApiError>().kind(), ApiError::Kind::SessionEnded);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<SessionTask::Outcome>(),
             SessionTask::Outcome::SessionEnded);
}

void SessionTest::recovery_sessionEndsWhileAsking_finishesWithSessionEnded()
{
    const QString orgId = m_server->demoIds().smallOrgId;
    const QString account = accountWithCredentials(1); // appeared "since": an orphan
    SessionPtr session = signedInSession();
    auto* recovery = session->start(std::make_unique<LostCreateRecovery>(
        session, orgId, account, QSet<QString>{}, QDateTime::currentDateTimeUtc().addSecs(-60)));
    QSignalSpy found(recovery, &LostCreateRecovery::found);
    QSignalSpy finished(recovery, &SessionTask::finished);
    QVERIFY(found.wait());
    QCOMPARE(found.at(0).at(0).value<QList<Credential>>().size(), 1);
    QCOMPARE(finished.count(), 0); // waits for the user's answer
    session.reset();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<SessionTask::Outcome>(),
             SessionTask::Outcome::SessionEnded);
    QCOMPARE(m_server->store().credentialCount(orgId, account), 1); // nothing was deleted
}

QTEST_GUILESS_MAIN(SessionTest)
#include "tst_core_session.moc"
