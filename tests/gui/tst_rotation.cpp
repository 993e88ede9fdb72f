// Credential rotation end to end: real dialogs, the local server, the real keychain. A full
// rotation, the warning when the old credential is still in use, a rotation resumed after the
// app was closed, and a create whose answer is lost in the middle of a rotation.
#include "apiclient.h"
#include "credentialrotation.h"
#include "fakeserver.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "rotationdialog.h"
#include "rotationstate.h"
#include "secretdialog.h"
#include "secretstore.h"
#include "session.h"
#include "windowparts.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace keycard;
using namespace keycard::test;
using Phase = CredentialRotation::Phase;

class RotationTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rotate_fullRun_replacementStoredAndWorkingOldDeletedOnlyAfterConfirmation();
    void rotate_oldStillUsed_saysSoAndConfirmationWarns();
    void rotate_appClosedAfterTest_offeredAgainAtStartAndFinishes();
    void rotate_createAnswerLost_orphanOfferedNothingRetired();
    void resume_untestedReplacement_testsWithSecretFromKeychain();
    void resume_createWithoutAnswer_saysSecretMayBeLostAndOffersCreateAgain();

private:
    void openWindow();
    RotationDialog* startRotation();
    // Creates the replacement through the dialog and puts its secret away; returns its secret.
    SecretString createReplacement(RotationDialog* dialog);
    QPushButton* button(RotationDialog* dialog, const char* name) const
    {
        return windowPart<QPushButton>(dialog, QLatin1String(name));
    }
    QString label(RotationDialog* dialog, const char* name) const
    {
        return windowPart<QLabel>(dialog, QLatin1String(name))->text();
    }
    QMessageBox* retireConfirmation(RotationDialog* dialog);
    // A token exchange over HTTP with this client ID and secret: true when it worked.
    bool exchange(const QString& clientId, const SecretString& secret);

    std::unique_ptr<fake::FakeServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    QString m_orgId;
    QString m_accountId;
    fake::Store::NewCredential m_old;
};

void RotationTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KeycardTest"));
    QApplication::setApplicationName(QStringLiteral("tst_rotation"));
}

void RotationTest::init()
{
    QSettings().clear();
    m_server = std::make_unique<fake::FakeServer>(9);
    QVERIFY(m_server->listen(0));
    m_orgId = m_server->demoIds().smallOrgId;
    m_accountId = m_server->store().createServiceAccount(m_orgId, QStringLiteral("deployer"));
    m_old = m_server->store().createCredentialWithSecret(
        m_orgId, m_accountId, QStringLiteral("ci-deploy"), QStringLiteral("Used by CI"));
    m_profiles = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("Keycard Admin tests"));
    openWindow();
}

void RotationTest::cleanup()
{
    m_window.reset();
    m_server.reset();
}

void RotationTest::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_profiles, *m_secrets);
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = m_server->demoClientId();
    config.auth.secret = SecretString(m_server->demoClientSecret());
    m_window->adoptSession(
        Session::create(config, {QStringLiteral("tester"), QStringLiteral("tester")}));
}

RotationDialog* RotationTest::startRotation()
{
    openOrganization(m_window.get(), m_orgId, m_server->store().serviceAccountCount(m_orgId));
    selectAccount(m_window.get(), m_accountId, 1);
    QTableView* credentials = credentialsView(m_window.get());
    credentials->setFocus();
    credentials->setCurrentIndex(credentials->model()->index(0, 0));
    auto* rotate = windowPart<QAction>(m_window.get(), QStringLiteral("actionRotateCredential"));
    [&] {
        QTRY_VERIFY(rotate->isEnabled());
    }();
    rotate->trigger();
    RotationDialog* dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = m_window->findChild<RotationDialog*>()));
    }();
    return dialog;
}

SecretString RotationTest::createReplacement(RotationDialog* dialog)
{
    SecretString secret;
    [&] {
        QVERIFY(label(dialog, "createLabel")
                    .contains(QStringLiteral("ci-deploy (rotated %1)")
                                  .arg(QDate::currentDate().toString(Qt::ISODate))));
        QVERIFY(!button(dialog, "retireButton")->isEnabled());
        button(dialog, "createButton")->click();
        auto* reveal = waitForModalDialog<SecretDialog>();
        QVERIFY(reveal);
        QTRY_VERIFY(reveal->isStored());
        secret = readKeychain(*m_secrets, reveal->keychainKey());
        reveal->accept();
        QTRY_COMPARE(dialog->rotation()->phase(), Phase::Tested);
        QCOMPARE(label(dialog, "testLabel"),
                 QStringLiteral("Passed: the replacement obtained a token."));
        QVERIFY(button(dialog, "retireButton")->isEnabled());
    }();
    return secret;
}

QMessageBox* RotationTest::retireConfirmation(RotationDialog* dialog)
{
    button(dialog, "retireButton")->click();
    QMessageBox* box = nullptr;
    [&] {
        QTRY_VERIFY((box = dialog->findChild<QMessageBox*>(QStringLiteral("retireConfirmation"))));
    }();
    return box;
}

bool RotationTest::exchange(const QString& clientId, const SecretString& secret)
{
    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = m_server->demoClientId();
    config.auth.secret = SecretString(m_server->demoClientSecret());
    ApiClient client(config);
    std::optional<bool> ok;
    client.testClientCredentials(clientId, secret, nullptr,
                                 [&](const Result<Empty>& result) { ok = result.ok(); });
    return QTest::qWaitFor([&] { return ok.has_value(); }) && *ok;
}

void RotationTest::rotate_fullRun_replacementStoredAndWorkingOldDeletedOnlyAfterConfirmation()
{
    RotationDialog* dialog = startRotation();
    const SecretString secret = createReplacement(dialog);
    const RotationState state = dialog->rotation()->state();

    // Old and new are both listed, on the server and in the table.
    QCOMPARE(m_server->store().credentialCount(m_orgId, m_accountId), 2);
    QTRY_COMPARE(credentialsView(m_window.get())->model()->rowCount(), 2);
    const fake::Credential* replacement =
        m_server->store().credential(m_orgId, m_accountId, state.newId);
    QVERIFY(replacement);
    QCOMPARE(replacement->description, QStringLiteral("Used by CI"));
    // The secret from the keychain works; the settings never held it.
    QVERIFY(!secret.isEmpty());
    QVERIFY(exchange(state.newClientId, secret));
    QSettings().sync();
    QFile settingsFile(QSettings().fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settingsFile.readAll();
    QVERIFY(settingsText.contains(state.newId.toUtf8())); // the rotation is kept…
    QVERIFY(!settingsText.contains(secret.reveal()));     // …without its secret

    QTRY_VERIFY(label(dialog, "useLabel").contains(QStringLiteral("never been used")));
    QMessageBox* box = retireConfirmation(dialog);
    QCOMPARE(box->icon(), QMessageBox::Question);
    QVERIFY(m_server->store().credential(m_orgId, m_accountId, m_old.id)); // not yet
    for (QAbstractButton* b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            b->click();
    QTRY_VERIFY(!m_server->store().credential(m_orgId, m_accountId, m_old.id));
    QTRY_COMPARE(dialog->rotation()->phase(), Phase::Retired);
    QVERIFY(label(dialog, "retireLabel").contains(QStringLiteral("rotation is finished")));
    QTRY_COMPARE(credentialsView(m_window.get())->model()->rowCount(), 1);
    QVERIFY(m_server->store().credential(m_orgId, m_accountId, state.newId));
    QVERIFY(RotationStore::pending(QStringLiteral("tester")).isEmpty());
}

void RotationTest::rotate_oldStillUsed_saysSoAndConfirmationWarns()
{
    RotationDialog* dialog = startRotation();
    createReplacement(dialog);
    // Something still signs in with the old credential.
    QVERIFY(exchange(m_old.clientId, SecretString(m_old.secret)));
    button(dialog, "refreshButton")->click();
    QTRY_VERIFY(label(dialog, "useLabel").contains(QStringLiteral("something still uses it")));
    QVERIFY(label(dialog, "useLabel").contains(QStringLiteral("just now")));

    QMessageBox* box = retireConfirmation(dialog);
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QVERIFY(box->text().contains(QStringLiteral("was last used just now")));
    bool hasDeleteAnyway = false;
    for (QAbstractButton* b : box->buttons())
        hasDeleteAnyway |= b->text() == QStringLiteral("&Delete Anyway");
    QVERIFY(hasDeleteAnyway);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!dialog->findChild<QMessageBox*>(QStringLiteral("retireConfirmation")));
    QVERIFY(m_server->store().credential(m_orgId, m_accountId, m_old.id));
    QCOMPARE(dialog->rotation()->phase(), Phase::Tested);
}

void RotationTest::rotate_appClosedAfterTest_offeredAgainAtStartAndFinishes()
{
    RotationDialog* dialog = startRotation();
    createReplacement(dialog);
    const QString newId = dialog->rotation()->state().newId;
    button(dialog, "closeButton")->click();
    QTRY_VERIFY(!m_window->findChild<RotationDialog*>());
    m_window.reset(); // the app closes

    openWindow(); // and starts again
    RotationDialog* resumed = nullptr;
    QTRY_VERIFY((resumed = m_window->findChild<RotationDialog*>()));
    QVERIFY(resumed->rotation()->isResumed());
    QVERIFY(label(resumed, "introLabel").contains(QStringLiteral("was not finished")));
    QCOMPARE(resumed->rotation()->phase(), Phase::Tested);
    QCOMPARE(resumed->rotation()->state().newId, newId);
    QVERIFY(label(resumed, "createLabel").contains(QStringLiteral("created (client ID")));

    QMessageBox* box = retireConfirmation(resumed);
    for (QAbstractButton* b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            b->click();
    QTRY_VERIFY(!m_server->store().credential(m_orgId, m_accountId, m_old.id));
    QTRY_VERIFY(RotationStore::pending(QStringLiteral("tester")).isEmpty());

    // Finished: not offered again.
    m_window.reset();
    openWindow();
    QTRY_VERIFY(organizationPicker(m_window.get())->count() > 0);
    QVERIFY(!m_window->findChild<RotationDialog*>());
}

void RotationTest::rotate_createAnswerLost_orphanOfferedNothingRetired()
{
    RotationDialog* dialog = startRotation();
    m_server->resetRequestCounts();
    m_server->addFault(QStringLiteral("createCredential"),
                       fake::Fault::of(fake::Fault::Kind::DropAfterCreate));
    button(dialog, "createButton")->click();

    // The lost-create rules: no second create, the orphan found and offered for deletion.
    QMessageBox* lost = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (lost = m_window->findChild<QMessageBox*>(QStringLiteral("lostSecretBox"))), 15000);
    QCOMPARE(m_server->requestCount(QStringLiteral("createCredential")), 1);
    QCOMPARE(dialog->rotation()->phase(), Phase::CreateLost);
    QVERIFY(label(dialog, "createLabel").contains(QStringLiteral("never arrived")));
    QVERIFY(!button(dialog, "retireButton")->isEnabled());
    QVERIFY(button(dialog, "createButton")->isEnabled());
    for (QAbstractButton* b : lost->buttons())
        if (lost->buttonRole(b) == QMessageBox::DestructiveRole)
            b->click();
    QTRY_COMPARE(m_server->store().credentialCount(m_orgId, m_accountId), 1);
    QVERIFY(m_server->store().credential(m_orgId, m_accountId, m_old.id)); // the old one stays
    QVERIFY(RotationStore::pending(QStringLiteral("tester")).isEmpty());

    // Starting over works.
    createReplacement(dialog);
    QCOMPARE(m_server->store().credentialCount(m_orgId, m_accountId), 2);
}

void RotationTest::resume_untestedReplacement_testsWithSecretFromKeychain()
{
    // The app closed after the create and before the test: the replacement and its secret in
    // the keychain exist, the rotation is saved at "created".
    const fake::Store::NewCredential replacement = m_server->store().createCredentialWithSecret(
        m_orgId, m_accountId, QStringLiteral("ci-deploy (rotated 2026-11-28)"));
    bool written = false;
    m_secrets->write(
        SecretStore::credentialKey(QStringLiteral("tester"), m_orgId, m_accountId, replacement.id),
        SecretStore::credentialLabel(QStringLiteral("ci-deploy (rotated 2026-11-28)"),
                                     replacement.clientId),
        SecretString(replacement.secret), this,
        [&](const SecretStore::Outcome& outcome) { written = outcome.ok(); });
    QTRY_VERIFY(written);
    RotationState saved;
    saved.id = QStringLiteral("resume-created");
    saved.keychainProfile = QStringLiteral("tester");
    saved.orgId = m_orgId;
    saved.accountId = m_accountId;
    saved.accountName = QStringLiteral("deployer");
    saved.oldId = m_old.id;
    saved.oldName = QStringLiteral("ci-deploy");
    saved.oldClientId = m_old.clientId;
    saved.newId = replacement.id;
    saved.newClientId = replacement.clientId;
    saved.newName = QStringLiteral("ci-deploy (rotated 2026-11-28)");
    saved.step = RotationState::Step::Created;
    saved.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    RotationStore::save(saved);
    m_window.reset();
    openWindow();

    RotationDialog* resumed = nullptr;
    QTRY_VERIFY((resumed = m_window->findChild<RotationDialog*>()));
    QCOMPARE(resumed->rotation()->phase(), Phase::Created);
    QVERIFY(label(resumed, "testLabel").startsWith(QStringLiteral("Not tested yet")));
    QVERIFY(!button(resumed, "retireButton")->isEnabled());
    button(resumed, "testButton")->click();
    QTRY_COMPARE(resumed->rotation()->phase(), Phase::Tested);
    QVERIFY(button(resumed, "retireButton")->isEnabled());
    QCOMPARE(RotationStore::pending(QStringLiteral("tester")).value(0).step,
             RotationState::Step::Tested);
}

void RotationTest::resume_createWithoutAnswer_saysSecretMayBeLostAndOffersCreateAgain()
{
    RotationState saved;
    saved.id = QStringLiteral("resume-creating");
    saved.keychainProfile = QStringLiteral("tester");
    saved.orgId = m_orgId;
    saved.accountId = m_accountId;
    saved.accountName = QStringLiteral("deployer");
    saved.oldId = m_old.id;
    saved.oldName = QStringLiteral("ci-deploy");
    saved.newName = QStringLiteral("ci-deploy (rotated 2026-11-28)");
    saved.step = RotationState::Step::Creating;
    saved.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    RotationStore::save(saved);
    m_window.reset();
    openWindow();

    RotationDialog* resumed = nullptr;
    QTRY_VERIFY((resumed = m_window->findChild<RotationDialog*>()));
    QCOMPARE(resumed->rotation()->phase(), Phase::CreateLost);
    QVERIFY(label(resumed, "createLabel")
                .contains(QStringLiteral("closed before the server answered")));
    QVERIFY(button(resumed, "createButton")->isEnabled());
    QVERIFY(!button(resumed, "retireButton")->isEnabled());
    // Signing in again does not offer it a second time while it is on screen.
    openOrganization(m_window.get(), m_orgId, m_server->store().serviceAccountCount(m_orgId));
    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = m_server->demoClientId();
    config.auth.secret = SecretString(m_server->demoClientSecret());
    QSignalSpy started(m_window.get(), &MainWindow::sessionStarted);
    m_window->adoptSession(
        Session::create(config, {QStringLiteral("tester"), QStringLiteral("tester")}));
    QTRY_COMPARE(started.count(), 1);
    QCOMPARE(m_window->findChildren<RotationDialog*>().size(), 1);

    // Abandon forgets it; nothing is deleted.
    button(resumed, "abandonButton")->click();
    QTRY_VERIFY(RotationStore::pending(QStringLiteral("tester")).isEmpty());
    QVERIFY(m_server->store().credential(m_orgId, m_accountId, m_old.id));
}

QTEST_MAIN(RotationTest)
#include "tst_rotation.moc"
