// The main window's create, edit and delete flows end to end: real dialogs, the real local
// server, the real keychain (a private gnome-keyring), tables updated in place.
#include "apiclient.h"
#include "credentialsmodel.h"
#include "editdialog.h"
#include "fakeserver.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "pagedlistmodel.h"
#include "profilestore.h"
#include "secretdialog.h"
#include "secretstore.h"
#include "session.h"
#include "store.h"
#include "windowparts.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace keycard;

class ItemActionsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newServiceAccount_insertedAtTopWithoutReload();
    void editServiceAccount_updatesRowInPlace();
    void newCredential_revealsSecretStoresItAndMarksRow();
    void deleteCredential_removesRowAndKeychainEntry();
    void deleteServiceAccount_typedNameRemovesAccountAndItsSecrets();
    void lostCreate_marksOrphanAndDeletesIt();
    void unreadableCreateAnswer_treatedAsLostSecret();
    void copyClientId_putsItOnTheClipboard();
    void readOnly_writeActionsDisabledWithReason();

private:
    QAction* action(const char* name) const;
    void openOrganization(const QString& orgId);
    void selectAccount(const QString& accountId);
    QString createAccountThroughUi(const QString& name);
    SecretString readKeychain(const QString& key, SecretStore::Status* status = nullptr);
    // Keys as a person presses them: the window active, the table focused.
    void press(QTableView* view, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QTableView* accountsView() const { return test::accountsView(m_window.get()); }
    QTableView* credentialsView() const { return test::credentialsView(m_window.get()); }

    std::unique_ptr<fake::FakeServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    QString m_orgId;
};

void ItemActionsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KeycardTest"));
    QApplication::setApplicationName(QStringLiteral("tst_itemactions"));
}

void ItemActionsTest::init()
{
    QSettings().clear();
    m_server = std::make_unique<fake::FakeServer>(5);
    QVERIFY(m_server->listen(0));
    m_orgId = m_server->demoIds().smallOrgId;
    m_profiles = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("Keycard Admin tests"));
    m_window = std::make_unique<MainWindow>(*m_profiles, *m_secrets);
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = m_server->demoClientId();
    config.auth.secret = SecretString(m_server->demoClientSecret());
    m_window->adoptSession(
        Session::create(config, {QStringLiteral("tester"), QStringLiteral("tester")}));
    openOrganization(m_orgId);
}

void ItemActionsTest::cleanup()
{
    m_window.reset();
    m_server.reset();
}

QAction* ItemActionsTest::action(const char* name) const
{
    return m_window->findChild<QAction*>(QLatin1String(name));
}

void ItemActionsTest::openOrganization(const QString& orgId)
{
    test::openOrganization(m_window.get(), orgId, m_server->store().serviceAccountCount(orgId));
}

void ItemActionsTest::selectAccount(const QString& accountId)
{
    test::selectAccount(m_window.get(), accountId,
                        m_server->store().credentialCount(m_orgId, accountId));
}

QString ItemActionsTest::createAccountThroughUi(const QString& name)
{
    accountsView()->setFocus();
    action("actionNewServiceAccount")->trigger();
    auto* dialog = test::waitForModalDialog<EditDialog>();
    if (!dialog)
        return {};
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), name);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QString id;
    [&] {
        QTRY_VERIFY(accountsView()->model()->index(0, 0).data().toString() == name.trimmed());
        id = accountsView()->model()->index(0, 0).data(PagedListModel::IdRole).toString();
    }();
    return id;
}

void ItemActionsTest::press(QTableView* view, int key, Qt::KeyboardModifiers modifiers)
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key(key), modifiers);
}

SecretString ItemActionsTest::readKeychain(const QString& key, SecretStore::Status* status)
{
    return test::readKeychain(*m_secrets, key, status);
}

void ItemActionsTest::newServiceAccount_insertedAtTopWithoutReload()
{
    m_server->resetRequestCounts();
    const int before = accountsView()->model()->rowCount();
    const QString id = createAccountThroughUi(QStringLiteral("  nightly-backup  "));
    QVERIFY(!id.isEmpty());
    QCOMPARE(accountsView()->model()->rowCount(), before + 1);
    QCOMPARE(m_server->store().serviceAccount(m_orgId, id)->name, QStringLiteral("nightly-backup"));
    QCOMPARE(m_server->requestCount(QStringLiteral("listServiceAccounts")), 0);
    QCOMPARE(test::currentAccountId(m_window.get()), id); // the new account is selected
}

void ItemActionsTest::editServiceAccount_updatesRowInPlace()
{
    const QString id = createAccountThroughUi(QStringLiteral("reports"));
    m_server->resetRequestCounts();
    press(accountsView(), Qt::Key_F2);
    auto* dialog = test::waitForModalDialog<EditDialog>();
    QVERIFY(dialog);
    auto* description = dialog->findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit"));
    QTest::keyClicks(description, QStringLiteral("Monthly usage reports"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(accountsView()->model()->index(0, 1).data().toString(),
                 QStringLiteral("Monthly usage reports"));
    QCOMPARE(accountsView()->model()->index(0, 0).data(PagedListModel::IdRole).toString(), id);
    QCOMPARE(m_server->lastRequestBody(QStringLiteral("updateServiceAccount")),
             QByteArray(R"({"description":"Monthly usage reports"})"));
    QCOMPARE(m_server->requestCount(QStringLiteral("listServiceAccounts")), 0);
}

void ItemActionsTest::newCredential_revealsSecretStoresItAndMarksRow()
{
    const QString accountId = createAccountThroughUi(QStringLiteral("with-secret"));
    selectAccount(accountId);
    action("actionNewCredential")->trigger();
    auto* edit = test::waitForModalDialog<EditDialog>();
    QVERIFY(edit);
    QTest::keyClicks(edit->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("ci"));
    edit->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

    auto* reveal = test::waitForModalDialog<SecretDialog>();
    QVERIFY(reveal);
    QTRY_VERIFY(reveal->isStored());
    const QString credentialId = reveal->credential().id;
    const QString key =
        SecretStore::credentialKey(QStringLiteral("tester"), m_orgId, accountId, credentialId);
    QCOMPARE(reveal->keychainKey(), key);
    const QString secret = readKeychain(key).revealString();
    QVERIFY(!secret.isEmpty());
    QTest::keyClick(reveal, Qt::Key_Escape); // stored: closes without asking
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);

    // The new credential is at the top, marked as kept in the keychain.
    QCOMPARE(credentialsView()->model()->index(0, 0).data(PagedListModel::IdRole).toString(),
             credentialId);
    QTRY_COMPARE(
        credentialsView()->model()->index(0, CredentialsModel::SecretColumn).data().toString(),
        QStringLiteral("in keychain"));

    // Show Stored Secret asks first; Enter takes the default answer, which shows nothing.
    credentialsView()->setFocus();
    credentialsView()->setCurrentIndex(credentialsView()->model()->index(0, 0));
    QTRY_VERIFY(action("actionShowStoredSecret")->isEnabled());
    action("actionShowStoredSecret")->trigger();
    auto* question = test::waitForModalDialog<QMessageBox>();
    QVERIFY(question);
    QVERIFY2(question->text().contains(QStringLiteral("ci")), qPrintable(question->text()));
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    QTest::keyClick(question, Qt::Key_Return);
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    for (const SecretDialog* dialog : m_window->findChildren<SecretDialog*>())
        QVERIFY(!dialog->isVisible());

    // Said yes to, it reads the secret back into the same dialog, masked.
    action("actionShowStoredSecret")->trigger();
    question = test::waitForModalDialog<QMessageBox>();
    QVERIFY(question);
    QPushButton* showButton = nullptr;
    for (QAbstractButton* button : question->buttons())
        if (question->buttonRole(button) == QMessageBox::AcceptRole)
            showButton = qobject_cast<QPushButton*>(button);
    QVERIFY(showButton);
    showButton->click();
    auto* stored = test::waitForModalDialog<SecretDialog>();
    QVERIFY(stored);
    QCOMPARE(stored->mode(), SecretDialog::Mode::Stored);
    QVERIFY(!stored->isSecretRevealed());
    auto* secretEdit = stored->findChild<QLineEdit*>(QStringLiteral("secretEdit"));
    QCOMPARE(secretEdit->text(), secret);
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    stored->reject();
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);

    // Forget removes it from the keychain and the mark goes.
    action("actionForgetStoredSecret")->trigger();
    QTRY_COMPARE(
        credentialsView()->model()->index(0, CredentialsModel::SecretColumn).data().toString(),
        QString());
    SecretStore::Status status = SecretStore::Status::Ok;
    readKeychain(key, &status);
    QCOMPARE(status, SecretStore::Status::NotFound);
}

void ItemActionsTest::deleteCredential_removesRowAndKeychainEntry()
{
    const QString accountId = createAccountThroughUi(QStringLiteral("short-lived"));
    selectAccount(accountId);
    action("actionNewCredential")->trigger();
    auto* edit = test::waitForModalDialog<EditDialog>();
    QTest::keyClicks(edit->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("tmp"));
    edit->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    auto* reveal = test::waitForModalDialog<SecretDialog>();
    QTRY_VERIFY(reveal->isStored());
    const QString credentialId = reveal->credential().id;
    reveal->accept();
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);

    credentialsView()->setCurrentIndex(credentialsView()->model()->index(0, 0));
    press(credentialsView(), Qt::Key_Delete);
    QDialog* confirmation = nullptr;
    QTRY_VERIFY((confirmation = qobject_cast<QDialog*>(QApplication::activeModalWidget())));
    QCOMPARE(confirmation->objectName(), QStringLiteral("deleteCredentialsConfirmation"));
    confirmation->findChild<QPushButton*>(QStringLiteral("deleteButton"))->click();

    QTRY_COMPARE(credentialsView()->model()->rowCount(), 0);
    QCOMPARE(m_server->store().credentialCount(m_orgId, accountId), 0);
    SecretStore::Status status = SecretStore::Status::Ok;
    QTRY_VERIFY([&] {
        readKeychain(
            SecretStore::credentialKey(QStringLiteral("tester"), m_orgId, accountId, credentialId),
            &status);
        return status == SecretStore::Status::NotFound;
    }());
}

void ItemActionsTest::deleteServiceAccount_typedNameRemovesAccountAndItsSecrets()
{
    const QString accountId = createAccountThroughUi(QStringLiteral("to-be-removed"));
    selectAccount(accountId);
    action("actionNewCredential")->trigger();
    auto* edit = test::waitForModalDialog<EditDialog>();
    QTest::keyClicks(edit->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("k"));
    edit->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    auto* reveal = test::waitForModalDialog<SecretDialog>();
    QTRY_VERIFY(reveal->isStored());
    const QString key = reveal->keychainKey();
    reveal->accept();
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);

    const int accountsBefore = accountsView()->model()->rowCount();
    press(accountsView(), Qt::Key_Delete);
    QDialog* confirmation = nullptr;
    QTRY_VERIFY((confirmation = qobject_cast<QDialog*>(QApplication::activeModalWidget())));
    QCOMPARE(confirmation->objectName(), QStringLiteral("deleteAccountConfirmation"));
    auto* deleteButton = confirmation->findChild<QPushButton*>(QStringLiteral("deleteButton"));
    auto* typed = confirmation->findChild<QLineEdit*>(QStringLiteral("typedNameEdit"));
    QTRY_VERIFY(typed->isVisible());
    QVERIFY(!deleteButton->isEnabled()); // one credential goes with it: the name must be typed
    QTest::keyClicks(typed, QStringLiteral("to-be-removed"));
    QTRY_VERIFY(deleteButton->isEnabled());
    deleteButton->click();

    QTRY_COMPARE(accountsView()->model()->rowCount(), accountsBefore - 1);
    QVERIFY(m_server->store().serviceAccount(m_orgId, accountId) == nullptr);
    SecretStore::Status status = SecretStore::Status::Ok;
    QTRY_VERIFY([&] {
        readKeychain(key, &status);
        return status == SecretStore::Status::NotFound;
    }());
}

void ItemActionsTest::lostCreate_marksOrphanAndDeletesIt()
{
    const QString accountId = createAccountThroughUi(QStringLiteral("flaky-network"));
    selectAccount(accountId);
    m_server->resetRequestCounts();
    m_server->addFault(QStringLiteral("createCredential"),
                       fake::Fault::of(fake::Fault::Kind::DropAfterCreate));
    action("actionNewCredential")->trigger();
    auto* edit = test::waitForModalDialog<EditDialog>();
    QTest::keyClicks(edit->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("lost"));
    edit->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = m_window->findChild<QMessageBox*>(QStringLiteral("lostSecretBox"))), 15000);
    QCOMPARE(m_server->requestCount(QStringLiteral("createCredential")), 1);
    QCOMPARE(m_server->store().credentialCount(m_orgId, accountId), 1);
    QTRY_COMPARE(
        credentialsView()->model()->index(0, CredentialsModel::SecretColumn).data().toString(),
        QStringLiteral("secret lost"));
    QVERIFY(box->text().contains(QStringLiteral("lost")));
    QPushButton* remove = nullptr;
    for (QAbstractButton* button : box->buttons())
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = qobject_cast<QPushButton*>(button);
    QVERIFY(remove);
    remove->click();
    QTRY_COMPARE(m_server->store().credentialCount(m_orgId, accountId), 0);
    QTRY_COMPARE(credentialsView()->model()->rowCount(), 0);
    QCOMPARE(m_server->requestCount(QStringLiteral("createCredential")), 1);
    if (QWidget* modal = QApplication::activeModalWidget())
        modal->close();
}

void ItemActionsTest::unreadableCreateAnswer_treatedAsLostSecret()
{
    const QString accountId = createAccountThroughUi(QStringLiteral("garbled-answers"));
    selectAccount(accountId);
    m_server->resetRequestCounts();
    m_server->addFault(QStringLiteral("createCredential"),
                       fake::Fault::of(fake::Fault::Kind::SchemaBreak));
    action("actionNewCredential")->trigger();
    auto* edit = test::waitForModalDialog<EditDialog>();
    QTest::keyClicks(edit->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("x"));
    edit->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

    // The server made it, but its answer could not be read: the secret is as lost as if no
    // answer had come, and the user is told and offered the clean-up.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QMessageBox*>(QStringLiteral("lostSecretBox")),
                             15000);
    QCOMPARE(m_server->requestCount(QStringLiteral("createCredential")), 1);
    QTRY_COMPARE(
        credentialsView()->model()->index(0, CredentialsModel::SecretColumn).data().toString(),
        QStringLiteral("secret lost"));
    if (QWidget* modal = QApplication::activeModalWidget())
        modal->close();
}

void ItemActionsTest::copyClientId_putsItOnTheClipboard()
{
    // Made by someone else meanwhile: Refresh (F5) brings it in.
    const QString accountId =
        m_server->store().createServiceAccount(m_orgId, QStringLiteral("made-elsewhere"));
    m_server->store().createCredential(m_orgId, accountId, QStringLiteral("deploy"));
    press(accountsView(), Qt::Key_F5);
    QTRY_COMPARE(accountsView()->model()->rowCount(),
                 m_server->store().serviceAccountCount(m_orgId));
    selectAccount(accountId);
    credentialsView()->setCurrentIndex(credentialsView()->model()->index(0, 0));
    const QString clientId =
        credentialsView()->model()->index(0, CredentialsModel::ClientIdColumn).data().toString();
    QVERIFY(clientId.startsWith(QStringLiteral("kc_")));
    press(credentialsView(), Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::clipboard()->text(), clientId);
}

void ItemActionsTest::readOnly_writeActionsDisabledWithReason()
{
    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = m_server->readOnlyClientId();
    config.auth.secret = SecretString(m_server->readOnlyClientSecret());
    m_window->adoptSession(
        Session::create(config, {QStringLiteral("auditor"), QStringLiteral("auditor")}));
    openOrganization(m_orgId);
    accountsView()->setFocus();
    accountsView()->setCurrentIndex(accountsView()->model()->index(0, 0));
    for (const char* name :
         {"actionNewServiceAccount", "actionEdit", "actionDelete", "actionNewCredential"}) {
        QTRY_VERIFY2(!action(name)->isEnabled(), name);
        QVERIFY2(action(name)->toolTip().contains(QStringLiteral("not allowed")), name);
    }
}

QTEST_MAIN(ItemActionsTest)
#include "tst_itemactions.moc"
