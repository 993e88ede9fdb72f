// Recovery from errors and the lock (issue 12): every failure the user can act on offers the
// action where it is shown, and clicking it brings the window back; the lock hides what is safely
// kept, never a secret that is not, and signing in again returns to the same place. Drives the
// real window offscreen against the local server, with the real keychain behind the profile.
#include "connectionconfig.h"
#include "editdialog.h"
#include "fakeserver.h"
#include "idletimer.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "pagedlistmodel.h"
#include "profilestore.h"
#include "secretdialog.h"
#include "secretstore.h"
#include "secureclipboard.h"
#include "session.h"
#include "signindialog.h"
#include "store.h"
#include "windowparts.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace keycard;
using namespace keycard::test;

namespace {
const QString kProfile = QStringLiteral("recovery");

QPushButton* formButton(const EditDialog* form, QDialogButtonBox::StandardButton which)
{
    return form->findChild<QDialogButtonBox*>()->button(which);
}

QPushButton* formSignInAgain(const EditDialog* form)
{
    return form->findChild<QPushButton*>(QStringLiteral("signInAgainButton"));
}

QString formName(const EditDialog* form)
{
    return form->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text();
}
} // namespace

class RecoveryTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void accountsRejectedToken_signInAgain_returnsToSameAccount();
    void deleteRejectedToken_errorBoxOffersSignInAgain();
    void deleteAfterLock_errorBoxOffersSignInAgain();
    void editRejectedToken_signInAgain_keepsTheFormAndSaves();
    void editOverLock_signInAgain_continuesWithTheProfile();
    void editOverLock_anotherIdentity_doesNotContinue();
    void createRejectedToken_signInAgain_createsAndKeepsTheSecret();
    void createAfterSignInAgain_answerLost_findsTheCredential();
    void organizationGone_offersChooseAnother_data();
    void organizationGone_offersChooseAnother();
    void organizationsFailed_noticeRetry_loadsThem();
    void organizationsRejected_noticeOffersSignInAgain();
    void lock_keepsTablesAndUnkeptSecret_clearsClipboard_signInReturns();
    void lockWhileCreating_waitsAndKeepsTheNewSecret();
    void lock_closesStoredSecretDialog();
    void lockWhileKeychainReads_storedSecretNotShown();
    void lockShortcut_locks();
    void lockShortcut_inDialogs_locks();
    void lock_unsavedSession_signsInAgainTheSameWay();
    void idle_locksAfterTimeout();
    void signIn_opensLastOrganizationOfProfile();

private:
    QAction* action(const char* name) const;
    void saveProfileWithSecret();
    void signInWithProfile();
    QPushButton* footerButton(ListPanel* panel, const char* name) const;
    QPushButton* noticeButton() const;
    void signInAndOpenAccount();
    SecretDialog* createCredentialThroughUi(const QString& name);
    void clickSignInOk();
    void confirmAccountDelete();
    EditDialog* editSelectedAccountName(const QString& name);
    EditDialog* newCredentialForm(const QString& name);
    void sendRefusedThenSignInAgain(EditDialog* form, const QString& operation);
    void clickErrorBoxButton(const QString& text);

    std::unique_ptr<fake::FakeServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    QString m_orgId;
    QString m_accountId;
};

void RecoveryTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KeycardTest"));
    QApplication::setApplicationName(QStringLiteral("tst_recovery"));
}

void RecoveryTest::init()
{
    QSettings().clear();
    m_server = std::make_unique<fake::FakeServer>(11);
    QVERIFY(m_server->listen(0));
    m_orgId = m_server->demoIds().smallOrgId;
    // Not the first row, which is selected on its own.
    const QStringList accounts = m_server->store().serviceAccountIds(m_orgId);
    QVERIFY(accounts.size() >= 3);
    m_accountId = accounts.at(2);
    m_profiles = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("Keycard Admin tests"));
    saveProfileWithSecret();
    m_window = std::make_unique<MainWindow>(*m_profiles, *m_secrets);
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void RecoveryTest::cleanup()
{
    m_window.reset();
    m_server.reset();
}

QAction* RecoveryTest::action(const char* name) const
{
    return windowPart<QAction>(m_window.get(), QLatin1String(name));
}

void RecoveryTest::saveProfileWithSecret()
{
    ConnectionProfile profile;
    profile.name = kProfile;
    profile.baseUrl = m_server->baseUrl();
    profile.clientId = m_server->demoClientId();
    m_profiles->save(profile);
    bool written = false;
    m_secrets->write(
        SecretStore::profileKey(kProfile), SecretStore::profileLabel(kProfile, profile.clientId),
        SecretString(m_server->demoClientSecret()), this, [&](const SecretStore::Outcome& outcome) {
            QVERIFY(outcome.ok());
            written = true;
        });
    QTRY_VERIFY(written);
}

// Signs in as a person does from the profiles menu: the secret comes from the keychain.
void RecoveryTest::signInWithProfile()
{
    m_window->signInWithProfile(kProfile);
    QTRY_VERIFY(m_window->session() != nullptr);
}

QPushButton* RecoveryTest::footerButton(ListPanel* panel, const char* name) const
{
    return windowPart<QPushButton>(panel, QLatin1String(name));
}

QPushButton* RecoveryTest::noticeButton() const
{
    return windowPart<QPushButton>(m_window.get(), QStringLiteral("noticeButton"));
}

void RecoveryTest::clickSignInOk()
{
    auto* dialog = waitForModalDialog<SignInDialog>();
    QVERIFY(dialog);
    auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit"));
    QTRY_VERIFY(!secret->text().isEmpty()); // read from the keychain for the profile
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

// Signs in, opens the organization and selects the account (not the first row).
void RecoveryTest::signInAndOpenAccount()
{
    signInWithProfile();
    openOrganization(m_window.get(), m_orgId, m_server->store().serviceAccountCount(m_orgId));
    selectAccount(m_window.get(), m_accountId,
                  m_server->store().credentialCount(m_orgId, m_accountId));
}

// The reveal-once dialog of a credential created through the window (null when none came).
SecretDialog* RecoveryTest::createCredentialThroughUi(const QString& name)
{
    action("actionNewCredential")->trigger();
    auto* edit = waitForModalDialog<EditDialog>();
    if (!edit)
        return nullptr;
    QTest::keyClicks(edit->findChild<QLineEdit*>(QStringLiteral("nameEdit")), name);
    edit->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    return waitForModalDialog<SecretDialog>();
}

void RecoveryTest::accountsRejectedToken_signInAgain_returnsToSameAccount()
{
    signInAndOpenAccount();

    // The server stops accepting the token, also the one renewed after the first 401.
    m_server->addFault(QStringLiteral("listServiceAccounts"), fake::Fault::httpStatus(401, 2));
    action("actionRefresh")->trigger();
    QPushButton* again = footerButton(accountsPanel(m_window.get()), "recoverButton");
    QTRY_VERIFY(again->isVisible());
    QCOMPARE(again->text(), action("actionSignInAgain")->text());

    again->click();
    auto* dialog = waitForModalDialog<SignInDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("profileCombo"))->currentText(),
             kProfile);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"))->text(),
             m_server->demoClientId());
    clickSignInOk();

    // The same organization and service account come back, the error is gone.
    QTRY_COMPARE(currentOrganizationId(m_window.get()), m_orgId);
    QTRY_COMPARE(currentAccountId(m_window.get()), m_accountId);
    QTRY_COMPARE(credentialsView(m_window.get())->model()->rowCount(),
                 m_server->store().credentialCount(m_orgId, m_accountId));
    QTRY_VERIFY(!again->isVisible()); // the footer follows the rows within a frame
}

// The error box of an action the server refused for the token offers to sign in again.
void RecoveryTest::deleteRejectedToken_errorBoxOffersSignInAgain()
{
    const QString doomed =
        m_server->store().createServiceAccount(m_orgId, QStringLiteral("doomed"));
    signInWithProfile();
    openOrganization(m_window.get(), m_orgId, m_server->store().serviceAccountCount(m_orgId));
    QTRY_COMPARE(currentAccountId(m_window.get()), doomed); // the newest is the first row

    m_server->addFault(QStringLiteral("deleteServiceAccount"), fake::Fault::httpStatus(401, 2));
    confirmAccountDelete();
    clickErrorBoxButton(action("actionSignInAgain")->text());
    clickSignInOk();

    QTRY_VERIFY(m_window->session() != nullptr);
    QTRY_COMPARE(currentOrganizationId(m_window.get()), m_orgId);
    QTRY_COMPARE(currentAccountId(m_window.get()), doomed);
    QVERIFY(m_server->store().serviceAccount(m_orgId, doomed) != nullptr);
}

// Locked while a delete waited for its confirmation: the error says the session ended and
// offers to sign in again, which takes the profile's secret from the keychain.
void RecoveryTest::deleteAfterLock_errorBoxOffersSignInAgain()
{
    const QString doomed =
        m_server->store().createServiceAccount(m_orgId, QStringLiteral("doomed"));
    signInWithProfile();
    openOrganization(m_window.get(), m_orgId, m_server->store().serviceAccountCount(m_orgId));
    QTRY_COMPARE(currentAccountId(m_window.get()), doomed);

    action("actionDelete")->trigger();
    auto* confirmation = waitForModalDialog<QDialog>();
    QVERIFY(confirmation);
    auto* idle = windowPart<IdleTimer>(m_window.get());
    idle->setTimeout(std::chrono::milliseconds(50));
    QTRY_VERIFY(m_window->session() == nullptr);
    idle->setTimeout(std::chrono::milliseconds(0));
    auto* deleteButton = confirmation->findChild<QPushButton*>(QStringLiteral("deleteButton"));
    QTRY_VERIFY(deleteButton->isEnabled());
    deleteButton->click();

    clickErrorBoxButton(action("actionSignInAgain")->text());
    QTRY_VERIFY(m_window->session() != nullptr);
    QTRY_COMPARE(currentAccountId(m_window.get()), doomed);
    QVERIFY(m_server->store().serviceAccount(m_orgId, doomed) != nullptr);
}

// Opens the edit form of the selected service account and types a new name (not sent yet).
EditDialog* RecoveryTest::editSelectedAccountName(const QString& name)
{
    action("actionEdit")->trigger();
    auto* edit = waitForModalDialog<EditDialog>();
    if (!edit)
        return nullptr;
    auto* nameEdit = edit->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    return edit;
}

// A rename the server refuses for the token offers to sign in again in the form itself; the
// form keeps the new name and saves it with the new session.
void RecoveryTest::editRejectedToken_signInAgain_keepsTheFormAndSaves()
{
    signInAndOpenAccount();
    const QString renamed = QStringLiteral("renamed after signing in again");
    QPointer<EditDialog> edit = editSelectedAccountName(renamed);
    QVERIFY(edit);
    sendRefusedThenSignInAgain(edit, QStringLiteral("updateServiceAccount"));
    if (QTest::currentTestFailed())
        return;

    QVERIFY(edit->session().lock() == m_window->session());
    QCOMPARE(formName(edit), renamed);
    QVERIFY(formButton(edit, QDialogButtonBox::Ok)->isEnabled());
    formButton(edit, QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!edit); // saved and closed
    QCOMPARE(m_server->store().serviceAccount(m_orgId, m_accountId)->name, renamed);
}

// Locked while the form was open: the form says the session ended and offers to sign in
// again, which takes the profile's secret from the keychain; the form goes on where it was.
void RecoveryTest::editOverLock_signInAgain_continuesWithTheProfile()
{
    signInAndOpenAccount();
    const QString renamed = QStringLiteral("renamed over a lock");
    QPointer<EditDialog> edit = editSelectedAccountName(renamed);
    QVERIFY(edit);
    action("actionLock")->trigger();
    QVERIFY(m_window->session() == nullptr);

    QPushButton* again = formSignInAgain(edit);
    QVERIFY(again);
    QTRY_VERIFY(again->isVisible());
    QVERIFY(!formButton(edit, QDialogButtonBox::Ok)->isEnabled()); // nothing to send it with
    QVERIFY(edit->findChild<QLabel*>(QStringLiteral("errorLabel"))
                ->text()
                .contains(QStringLiteral("the window was locked")));
    again->click();

    QTRY_VERIFY(m_window->session() != nullptr);
    QVERIFY(!m_window->findChild<SignInDialog*>()); // the profile's secret, from the keychain
    QVERIFY(!again->isVisible());
    QCOMPARE(formName(edit), renamed);
    QVERIFY(formButton(edit, QDialogButtonBox::Ok)->isEnabled());
    formButton(edit, QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!edit);
    QCOMPARE(m_server->store().serviceAccount(m_orgId, m_accountId)->name, renamed);
}

// A form does not move to the session of someone else who signs in meanwhile.
void RecoveryTest::editOverLock_anotherIdentity_doesNotContinue()
{
    signInAndOpenAccount();
    const QString original = m_server->store().serviceAccount(m_orgId, m_accountId)->name;
    QPointer<EditDialog> edit = editSelectedAccountName(QStringLiteral("not for someone else"));
    QVERIFY(edit);
    action("actionLock")->trigger();
    QVERIFY(formSignInAgain(edit));
    QTRY_VERIFY(formSignInAgain(edit)->isVisible());

    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = m_server->demoClientId();
    config.auth.secret = SecretString(m_server->demoClientSecret());
    m_window->signIn(config, {QString(), QStringLiteral("someone else")});
    QTRY_VERIFY(m_window->session() != nullptr);

    QVERIFY(edit->session().expired());
    QVERIFY(formSignInAgain(edit)->isVisible());
    QVERIFY(!formButton(edit, QDialogButtonBox::Ok)->isEnabled());
    formButton(edit, QDialogButtonBox::Ok)->click();
    QCOMPARE(m_server->store().serviceAccount(m_orgId, m_accountId)->name, original);
}

// A credential create refused for the token: after signing in again from the form, the create
// goes to the new session, and its secret is revealed and put in the keychain.
void RecoveryTest::createRejectedToken_signInAgain_createsAndKeepsTheSecret()
{
    signInAndOpenAccount();
    const int credentials = m_server->store().credentialCount(m_orgId, m_accountId);
    QPointer<EditDialog> edit = newCredentialForm(QStringLiteral("after signing in again"));
    QVERIFY(edit);
    sendRefusedThenSignInAgain(edit, QStringLiteral("createCredential"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_server->store().credentialCount(m_orgId, m_accountId), credentials);

    formButton(edit, QDialogButtonBox::Ok)->click();
    auto* reveal = waitForModalDialog<SecretDialog>();
    QVERIFY(reveal);
    QCOMPARE(reveal->credential().name, QStringLiteral("after signing in again"));
    QTRY_VERIFY(reveal->isStored());
    QCOMPARE(m_server->store().credentialCount(m_orgId, m_accountId), credentials + 1);
}

// The create sent after signing in again belongs to the new session: when its answer is lost,
// the new session looks for the credential (not "the session ended").
void RecoveryTest::createAfterSignInAgain_answerLost_findsTheCredential()
{
    signInAndOpenAccount();
    const int credentials = m_server->store().credentialCount(m_orgId, m_accountId);
    QPointer<EditDialog> edit = newCredentialForm(QStringLiteral("answer lost"));
    QVERIFY(edit);
    sendRefusedThenSignInAgain(edit, QStringLiteral("createCredential"));
    if (QTest::currentTestFailed())
        return;

    m_server->addFault(QStringLiteral("createCredential"),
                       fake::Fault::of(fake::Fault::Kind::DropAfterCreate));
    formButton(edit, QDialogButtonBox::Ok)->click();
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = m_window->findChild<QMessageBox*>(QStringLiteral("lostSecretBox"))), 15000);
    QCOMPARE(m_server->store().credentialCount(m_orgId, m_accountId), credentials + 1);
    box->close();
}

// Opens the new credential form for the selected service account and types its name.
EditDialog* RecoveryTest::newCredentialForm(const QString& name)
{
    action("actionNewCredential")->trigger();
    auto* edit = waitForModalDialog<EditDialog>();
    if (edit)
        QTest::keyClicks(edit->findChild<QLineEdit*>(QStringLiteral("nameEdit")), name);
    return edit;
}

// Sends the form while the server refuses the token (also the renewed one), signs in again
// from the form with the profile's sign-in dialog, and waits until the form can send again.
void RecoveryTest::sendRefusedThenSignInAgain(EditDialog* form, const QString& operation)
{
    m_server->addFault(operation, fake::Fault::httpStatus(401, 2));
    formButton(form, QDialogButtonBox::Ok)->click();
    QPushButton* again = formSignInAgain(form);
    QVERIFY(again);
    QTRY_VERIFY(again->isVisible());
    QCOMPARE(again->text(), action("actionSignInAgain")->text());
    again->click();
    clickSignInOk();
    QTRY_VERIFY(!again->isVisible());
}

void RecoveryTest::confirmAccountDelete()
{
    action("actionDelete")->trigger();
    auto* confirmation = waitForModalDialog<QDialog>();
    QVERIFY(confirmation);
    QCOMPARE(confirmation->objectName(), QStringLiteral("deleteAccountConfirmation"));
    auto* deleteButton = confirmation->findChild<QPushButton*>(QStringLiteral("deleteButton"));
    QTRY_VERIFY(deleteButton->isEnabled()); // no credentials: no name to type
    deleteButton->click();
}

void RecoveryTest::clickErrorBoxButton(const QString& text)
{
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())));
    QCOMPARE(box->objectName(), QStringLiteral("actionErrorBox"));
    QAbstractButton* offered = nullptr;
    for (QAbstractButton* button : box->buttons())
        if (button->text() == text)
            offered = button;
    QVERIFY2(offered, qPrintable(box->text()));
    offered->click();
}

void RecoveryTest::organizationGone_offersChooseAnother_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("deleted (404)") << 404;
    QTest::newRow("closed to this credential (403)") << 403;
}

void RecoveryTest::organizationGone_offersChooseAnother()
{
    QFETCH(int, status);
    signInWithProfile();
    m_server->addFault(QStringLiteral("listServiceAccounts"), fake::Fault::httpStatus(status, 1));
    QComboBox* picker = organizationPicker(m_window.get());
    QTRY_VERIFY(picker->findData(m_orgId, PagedListModel::IdRole) >= 0);
    picker->setCurrentIndex(
        picker->findData(m_server->demoIds().emptyOrgId, PagedListModel::IdRole));

    QPushButton* choose = footerButton(accountsPanel(m_window.get()), "recoverButton");
    QTRY_VERIFY(choose->isVisible());
    QCOMPARE(choose->text(), action("actionChooseOrganization")->text());
    choose->click();
    QTRY_VERIFY(picker->view()->isVisible()); // the list of organizations is open
    picker->hidePopup();

    picker->setCurrentIndex(picker->findData(m_orgId, PagedListModel::IdRole));
    QTRY_COMPARE(accountsView(m_window.get())->model()->rowCount(),
                 m_server->store().serviceAccountCount(m_orgId));
    QTRY_VERIFY(!choose->isVisible()); // the footer follows the rows within a frame
}

void RecoveryTest::organizationsFailed_noticeRetry_loadsThem()
{
    // The first try and both retries fail.
    m_server->addFault(QStringLiteral("listOrganizations"), fake::Fault::httpStatus(503, 3));
    signInWithProfile();
    QTRY_VERIFY_WITH_TIMEOUT(noticeButton()->isVisible(), 20000);
    const QString notice = noticeText(m_window.get());
    QVERIFY2(notice.startsWith(QStringLiteral("Could not load the organizations.")) &&
                 notice.contains(QStringLiteral("Request ID:")),
             qPrintable(notice));
    QCOMPARE(noticeButton()->text(), action("actionRetryOrganizations")->text());
    QCOMPARE(organizationPicker(m_window.get())->placeholderText(),
             QStringLiteral("Organizations not loaded"));

    noticeButton()->click();
    QTRY_VERIFY(organizationPicker(m_window.get())->findData(m_orgId, PagedListModel::IdRole) >= 0);
    QTRY_COMPARE(noticeText(m_window.get()), QString());
    QVERIFY(!noticeButton()->isVisible());
}

void RecoveryTest::organizationsRejected_noticeOffersSignInAgain()
{
    m_server->addFault(QStringLiteral("listOrganizations"), fake::Fault::httpStatus(401, 2));
    signInWithProfile();
    QTRY_VERIFY(noticeButton()->isVisible());
    QCOMPARE(noticeButton()->text(), action("actionSignInAgain")->text());

    noticeButton()->click();
    clickSignInOk();
    QTRY_VERIFY(organizationPicker(m_window.get())->findData(m_orgId, PagedListModel::IdRole) >= 0);
    QTRY_COMPARE(noticeText(m_window.get()), QString());
}

void RecoveryTest::lock_keepsTablesAndUnkeptSecret_clearsClipboard_signInReturns()
{
    QSettings().setValue(QStringLiteral("preferences/storeNewSecretsInKeychain"), false);
    m_window = std::make_unique<MainWindow>(*m_profiles, *m_secrets);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    signInAndOpenAccount();
    const int accountRows = accountsView(m_window.get())->model()->rowCount();

    // A new secret, neither stored nor saved, but copied.
    SecretDialog* reveal = createCredentialThroughUi(QStringLiteral("before-lock"));
    QVERIFY(reveal);
    QVERIFY(!reveal->isStored());
    reveal->copySecret();
    QVERIFY(secureClipboard(m_window.get())->isCountingDown());
    QVERIFY(!QApplication::clipboard()->text().isEmpty());

    action("actionLock")->trigger();
    QTRY_VERIFY(noticeText(m_window.get()).startsWith(QStringLiteral("Locked")));
    QVERIFY(m_window->session() == nullptr);
    QVERIFY(reveal->isVisible()); // a secret not put away is never dropped
    QCOMPARE(QApplication::clipboard()->text(), QString());
    QCOMPARE(accountsView(m_window.get())->model()->rowCount(), accountRows);
    QVERIFY(!action("actionNewCredential")->isEnabled());
    QVERIFY(!action("actionRefresh")->isEnabled());
    QVERIFY(!organizationPicker(m_window.get())->isEnabled());
    QCOMPARE(noticeButton()->text(), action("actionSignInAgain")->text());

    reveal->setConfirmDiscard([] { return true; });
    reveal->reject();
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);

    // Signing in takes the profile's secret from the keychain and comes back to the same place.
    noticeButton()->click();
    QTRY_VERIFY(m_window->session() != nullptr);
    QTRY_COMPARE(currentOrganizationId(m_window.get()), m_orgId);
    QTRY_COMPARE(currentAccountId(m_window.get()), m_accountId);
    QTRY_VERIFY(action("actionNewCredential")->isEnabled());
    QCOMPARE(noticeText(m_window.get()), QString());
    QVERIFY(organizationPicker(m_window.get())->isEnabled());
}

// A lock while a credential is being created waits for its answer: its secret arrives on
// screen, is not dropped by the lock that follows, and the session ends only then.
void RecoveryTest::lockWhileCreating_waitsAndKeepsTheNewSecret()
{
    QSettings().setValue(QStringLiteral("preferences/storeNewSecretsInKeychain"), false);
    m_window = std::make_unique<MainWindow>(*m_profiles, *m_secrets);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    signInAndOpenAccount();
    m_server->addFault(QStringLiteral("createCredential"), fake::Fault::latency(300));

    action("actionNewCredential")->trigger();
    auto* edit = waitForModalDialog<EditDialog>();
    QVERIFY(edit);
    QTest::keyClicks(edit->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("slow"));
    edit->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(m_window->session() && m_window->session()->createsInFlight() > 0);

    action("actionLock")->trigger();
    QVERIFY(m_window->session() != nullptr); // not yet: the secret is on its way
    QVERIFY2(noticeText(m_window.get()).contains(QStringLiteral("as soon as")),
             qPrintable(noticeText(m_window.get())));

    auto* reveal = waitForModalDialog<SecretDialog>();
    QVERIFY(reveal);
    QTRY_VERIFY(m_window->session() == nullptr);
    QVERIFY(noticeText(m_window.get()).startsWith(QStringLiteral("Locked")));
    QVERIFY(reveal->isVisible());
    QVERIFY(!reveal->isStored());
    QCOMPARE(reveal->credential().name, QStringLiteral("slow"));
    reveal->setConfirmDiscard([] { return true; });
    reveal->reject();
}

void RecoveryTest::lock_closesStoredSecretDialog()
{
    signInAndOpenAccount();
    // The lock closes the dialog, which deletes itself.
    QPointer<SecretDialog> reveal = createCredentialThroughUi(QStringLiteral("kept"));
    QVERIFY(reveal);
    QTRY_VERIFY(reveal->isStored());
    reveal->copySecret();

    // Walked away with the secret on screen: the idle lock comes while the dialog is open.
    windowPart<IdleTimer>(m_window.get())->setTimeout(std::chrono::milliseconds(50));
    QTRY_VERIFY(noticeText(m_window.get()).startsWith(QStringLiteral("Locked")));
    QTRY_VERIFY(!reveal || !reveal->isVisible());
    QCOMPARE(QApplication::clipboard()->text(), QString());
}

void RecoveryTest::lockWhileKeychainReads_storedSecretNotShown()
{
    signInAndOpenAccount();
    SecretDialog* reveal = createCredentialThroughUi(QStringLiteral("kept"));
    QVERIFY(reveal);
    QTRY_VERIFY(reveal->isStored());
    const QString key = reveal->keychainKey();
    reveal->accept();
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);

    QTableView* credentials = credentialsView(m_window.get());
    credentials->setFocus();
    credentials->setCurrentIndex(credentials->model()->index(0, 0)); // the new one is first
    QTRY_VERIFY(action("actionShowStoredSecret")->isEnabled());
    action("actionShowStoredSecret")->trigger();
    auto* question = waitForModalDialog<QMessageBox>();
    QVERIFY(question);
    for (QAbstractButton* button : question->buttons())
        if (question->buttonRole(button) == QMessageBox::AcceptRole)
            button->click(); // the keychain read starts
    action("actionLock")->trigger();

    // A read of the same entry, asked after it, answers after it.
    bool answered = false;
    m_secrets->read(key, this, [&](const SecretStore::Outcome&) { answered = true; });
    QTRY_VERIFY(answered);
    QCoreApplication::processEvents();
    for (const SecretDialog* dialog : m_window->findChildren<SecretDialog*>())
        QVERIFY(!dialog->isVisible());
}

void RecoveryTest::lockShortcut_locks()
{
    signInWithProfile();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+L")));
    QTRY_VERIFY(noticeText(m_window.get()).startsWith(QStringLiteral("Locked")));
    QVERIFY(m_window->session() == nullptr);
    QVERIFY(!action("actionLock")->isEnabled());
}

// Ctrl+L works while a dialog of the window is open, and in that dialog's own dialogs: the
// window's shortcuts alone would do nothing there.
void RecoveryTest::lockShortcut_inDialogs_locks()
{
    signInAndOpenAccount();
    SecretDialog* reveal = createCredentialThroughUi(QStringLiteral("kept"));
    QVERIFY(reveal);
    QTRY_VERIFY(reveal->isStored());
    QVERIFY(QTest::qWaitForWindowActive(reveal));
    QTest::keySequence(reveal, QKeySequence(QStringLiteral("Ctrl+L")));
    QTRY_VERIFY(noticeText(m_window.get()).startsWith(QStringLiteral("Locked")));
    QVERIFY(m_window->session() == nullptr);
    QTRY_VERIFY(!reveal->isVisible()); // kept in the keychain: the lock closes it

    noticeButton()->click(); // signs in again from the keychain
    QTRY_VERIFY(action("actionLock")->isEnabled());
    action("actionSettings")->trigger();
    auto* settings = waitForModalDialog<QDialog>();
    QVERIFY(settings);
    QVERIFY(QTest::qWaitForWindowActive(settings));
    auto* nested = new QDialog(settings); // e.g. a confirmation asked by the dialog
    nested->setAttribute(Qt::WA_DeleteOnClose);
    nested->open();
    nested->activateWindow(); // as a window manager would
    QTRY_COMPARE(QApplication::activeWindow(), nested);
    QTest::keySequence(nested, QKeySequence(QStringLiteral("Ctrl+L")));
    QTRY_VERIFY(m_window->session() == nullptr);
    QVERIFY(noticeText(m_window.get()).startsWith(QStringLiteral("Locked")));
    nested->reject();
    settings->reject();
}

void RecoveryTest::lock_unsavedSession_signsInAgainTheSameWay()
{
    // The demo server and the KEYCARD_API_* variables are no saved profile: the launcher says
    // how to sign in again, and the secret is not kept by the window in between.
    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = m_server->demoClientId();
    config.auth.secret = SecretString(m_server->demoClientSecret());
    int signIns = 0;
    m_window->setUnsavedSignInAgain([&] {
        ++signIns;
        m_window->signIn(config, {QString(), QStringLiteral("from the environment")});
    });
    m_window->signIn(config, {QString(), QStringLiteral("from the environment")});
    QTRY_VERIFY(m_window->session() != nullptr);
    openOrganization(m_window.get(), m_orgId, m_server->store().serviceAccountCount(m_orgId));

    action("actionLock")->trigger();
    QVERIFY(m_window->session() == nullptr);
    QCOMPARE(noticeButton()->text(), action("actionSignInAgain")->text());
    noticeButton()->click();
    QCOMPARE(signIns, 1);
    QTRY_VERIFY(m_window->session() != nullptr);
    QTRY_COMPARE(currentOrganizationId(m_window.get()), m_orgId);
    QVERIFY(!m_window->findChild<SignInDialog*>());
}

void RecoveryTest::idle_locksAfterTimeout()
{
    signInWithProfile();
    // The preference counts minutes; the timer takes any span, so the test need not wait.
    windowPart<IdleTimer>(m_window.get())->setTimeout(std::chrono::milliseconds(50));
    QTRY_VERIFY(noticeText(m_window.get()).startsWith(QStringLiteral("Locked")));
    QVERIFY(m_window->session() == nullptr);
}

void RecoveryTest::signIn_opensLastOrganizationOfProfile()
{
    signInWithProfile();
    QComboBox* picker = organizationPicker(m_window.get());
    QTRY_VERIFY(picker->count() >= 3); // several: nothing is opened on its own
    QCOMPARE(picker->currentIndex(), -1);
    openOrganization(m_window.get(), m_orgId, m_server->store().serviceAccountCount(m_orgId));

    // Next start: the same profile opens the same organization without a click.
    m_window = std::make_unique<MainWindow>(*m_profiles, *m_secrets);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    signInWithProfile();
    QTRY_COMPARE(currentOrganizationId(m_window.get()), m_orgId);
    QTRY_COMPARE(accountsView(m_window.get())->model()->rowCount(),
                 m_server->store().serviceAccountCount(m_orgId));
}

QTEST_MAIN(RecoveryTest)
#include "tst_recovery.moc"
