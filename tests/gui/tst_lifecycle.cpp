// The session's life as a person meets it: sign-ins cancelled or overtaken while in flight, a
// switch of profile or a closed window while a dialog is open, a bulk delete runs, a credential is
// being created or pages are loading. Each case checks what the window shows afterwards; run under
// AddressSanitizer they also prove that nothing is used after it was freed.
#include "bulkcredentialdelete.h"
#include "editdialog.h"
#include "fakeserver.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "pagedlistmodel.h"
#include "profilestore.h"
#include "secretdialog.h"
#include "secretstore.h"
#include "session.h"
#include "signindialog.h"
#include "store.h"
#include "windowparts.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace keycard;

namespace {
constexpr int kSlowMs = 1500; // long enough to act while a request is out
} // namespace

class LifecycleTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signIn_cancelledInFlight_noSessionAndDialogWorksAgain();
    void signIn_dialogWhileProfileSignInInFlight_dialogWinsAndNothingIsFreedTwice();
    void signIn_secondProfileWhileFirstInFlight_lastChoiceWins();
    void switch_withEditDialogOpen_dialogSaysSessionEnded();
    void switch_withBulkDeleteRunning_endsWithReportNotDeleting();
    void switch_withCreateInFlight_waitsAndRevealsTheSecret();
    void switch_withPagesLoading_oldPagesNeverArrive();
    void close_withCreateInFlight_waitsUntilTheSecretIsShown();
    void close_withEditDialogOpen_closesCleanly();
    void close_withBulkDeleteRunning_closesCleanly();
    void close_withPagesLoadingOrSignInInFlight_closesCleanly();

private:
    ConnectionConfig config(bool readOnly) const;
    void saveProfile(const QString& name, bool readOnly);
    void signInDirectly(const QString& profile, bool readOnly);
    void openOrganization(const QString& orgId);
    void selectAccount(const QString& accountId);
    QAction* action(const char* name) const;
    QAction* profileAction(const QString& name) const;
    QTableView* accountsView() const { return test::accountsView(m_window.get()); }
    QTableView* credentialsView() const { return test::credentialsView(m_window.get()); }
    EditDialog* startCredentialCreate(const QString& accountId, const QString& name);
    QString startBulkDelete(const QString& accountId, int count);
    QString statusText() const { return m_window->statusBar()->currentMessage(); }
    QString firstAccount() const
    {
        return accountsView()->model()->index(0, 0).data(PagedListModel::IdRole).toString();
    }
    bool noRequestFor(const QString& operationId, int ms);

    std::unique_ptr<fake::FakeServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    QString m_orgId;
};

void LifecycleTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KeycardTest"));
    QApplication::setApplicationName(QStringLiteral("tst_lifecycle"));
}

void LifecycleTest::init()
{
    QSettings().clear();
    m_server = std::make_unique<fake::FakeServer>(11);
    QVERIFY(m_server->listen(0));
    m_orgId = m_server->demoIds().smallOrgId;
    m_profiles = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("Keycard Admin tests"));
    saveProfile(QStringLiteral("admin"), false);
    saveProfile(QStringLiteral("auditor"), true);
    m_window = std::make_unique<MainWindow>(*m_profiles, *m_secrets);
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void LifecycleTest::cleanup()
{
    m_window.reset();
    QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty() ||
                QApplication::activeModalWidget() == nullptr);
    m_server.reset();
}

ConnectionConfig LifecycleTest::config(bool readOnly) const
{
    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = readOnly ? m_server->readOnlyClientId() : m_server->demoClientId();
    config.auth.secret =
        SecretString(readOnly ? m_server->readOnlyClientSecret() : m_server->demoClientSecret());
    return config;
}

void LifecycleTest::saveProfile(const QString& name, bool readOnly)
{
    const ConnectionConfig connection = config(readOnly);
    m_profiles->save(
        {name, connection.baseUrl, AuthConfig::Kind::ClientCredentials, connection.auth.clientId});
    bool written = false;
    m_secrets->write(SecretStore::profileKey(name),
                     SecretStore::profileLabel(name, connection.auth.clientId),
                     connection.auth.secret, this, [&written](const SecretStore::Outcome& outcome) {
                         QVERIFY2(outcome.ok(), qPrintable(outcome.errorText));
                         written = true;
                     });
    QTRY_VERIFY(written);
}

void LifecycleTest::signInDirectly(const QString& profile, bool readOnly)
{
    m_window->signIn(config(readOnly), {profile, profile});
}

QAction* LifecycleTest::action(const char* name) const
{
    return m_window->findChild<QAction*>(QLatin1String(name));
}

QAction* LifecycleTest::profileAction(const QString& name) const
{
    const auto menu = m_window->findChild<QMenu*>(QStringLiteral("menuProfiles"));
    for (QAction* entry : menu->actions())
        if (entry->text() == name)
            return entry;
    return nullptr;
}

// True when the server receives no request for `operationId` within `ms`.
bool LifecycleTest::noRequestFor(const QString& operationId, int ms)
{
    QSignalSpy received(m_server.get(), &fake::FakeServer::requestReceived);
    QDeadlineTimer deadline(ms);
    while (received.wait(int(qMax<qint64>(1, deadline.remainingTime())))) {
        for (const QList<QVariant>& arguments : std::as_const(received))
            if (arguments.at(0).toString() == operationId)
                return false;
        if (deadline.hasExpired())
            break;
    }
    return true;
}

void LifecycleTest::openOrganization(const QString& orgId)
{
    test::openOrganization(m_window.get(), orgId, m_server->store().serviceAccountCount(orgId));
}

void LifecycleTest::selectAccount(const QString& accountId)
{
    test::selectAccount(m_window.get(), accountId,
                        m_server->store().credentialCount(m_orgId, accountId));
}

// Signed in as admin with the small organization open: starts a credential create that the
// server answers only after kSlowMs, and returns its dialog (still open, busy).
EditDialog* LifecycleTest::startCredentialCreate(const QString& accountId, const QString& name)
{
    selectAccount(accountId);
    m_server->addFault(QStringLiteral("createCredential"), fake::Fault::latency(kSlowMs));
    action("actionNewCredential")->trigger();
    auto* dialog = test::waitForModalDialog<EditDialog>();
    if (!dialog)
        return nullptr;
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), name);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    [&] {
        QTRY_COMPARE(m_server->requestCount(QStringLiteral("createCredential")), 1);
    }();
    return dialog;
}

// Signed in as admin with the small organization open: gives `accountId` `count` credentials and
// starts deleting them all, each delete answered only after kSlowMs. Returns the account ID.
QString LifecycleTest::startBulkDelete(const QString& accountId, int count)
{
    for (int i = 0; i < count; ++i)
        m_server->store().createCredential(m_orgId, accountId, QStringLiteral("bulk-%1").arg(i));
    action("actionRefresh")->trigger(); // the table shows them
    [&] {
        QTRY_COMPARE(accountsView()->model()->rowCount(),
                     m_server->store().serviceAccountCount(m_orgId));
    }();
    selectAccount(accountId);
    m_server->addFault(QStringLiteral("deleteCredential"), [] {
        fake::Fault slow = fake::Fault::latency(kSlowMs);
        slow.count = -1;
        return slow;
    }());
    credentialsView()->setFocus();
    credentialsView()->selectAll();
    action("actionDelete")->trigger();
    auto* confirmation = test::waitForModalDialog<QDialog>();
    if (!confirmation)
        return {};
    confirmation->findChild<QPushButton*>(QStringLiteral("deleteButton"))->click();
    // Every delete that runs at once has reached the server (they go out together, some on a
    // connection of their own): any later one would be started after what the test does next.
    [&] {
        QTRY_COMPARE(m_server->requestCount(QStringLiteral("deleteCredential")),
                     BulkCredentialDelete::parallel);
    }();
    return accountId;
}

void LifecycleTest::signIn_cancelledInFlight_noSessionAndDialogWorksAgain()
{
    m_server->addFault(QStringLiteral("serviceAccountToken"), fake::Fault::latency(kSlowMs));
    m_window->openSignInDialog({}, {}, QStringLiteral("admin"));
    auto* dialog = test::waitForModalDialog<SignInDialog>();
    QVERIFY(dialog);
    auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit"));
    QTRY_VERIFY(!secret->text().isEmpty()); // read back from the keychain
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("serviceAccountToken")), 1);

    QTest::keyClick(dialog, Qt::Key_Escape); // cancel while the token exchange is out
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QSignalSpy started(m_window.get(), &MainWindow::sessionStarted);
    QVERIFY(!started.wait(kSlowMs + 500)); // the late answer changes nothing
    QVERIFY(m_window->session() == nullptr);
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("admin")));

    // Signing in again works at once.
    m_window->openSignInDialog({}, {}, QStringLiteral("admin"));
    dialog = test::waitForModalDialog<SignInDialog>();
    QVERIFY(dialog);
    secret = dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit"));
    QTRY_VERIFY(!secret->text().isEmpty());
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(m_window->session() != nullptr);
    QCOMPARE(m_window->session()->identity().profileName, QStringLiteral("admin"));
}

void LifecycleTest::signIn_dialogWhileProfileSignInInFlight_dialogWinsAndNothingIsFreedTwice()
{
    // The first token exchange (the profile picked from the menu) is slow; the dialog's is not.
    m_server->addFault(QStringLiteral("serviceAccountToken"), fake::Fault::latency(kSlowMs));
    QAction* admin = profileAction(QStringLiteral("admin"));
    QVERIFY(admin);
    admin->trigger();
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("serviceAccountToken")), 1);
    QVERIFY(statusText().contains(QStringLiteral("admin")));

    m_window->openSignInDialog({}, {}, QStringLiteral("auditor"));
    auto* dialog = test::waitForModalDialog<SignInDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit"))->text().isEmpty());
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(m_window->session() != nullptr);
    QCOMPARE(m_window->session()->identity().profileName, QStringLiteral("auditor"));

    // The first sign-in's answer arrives later and must not take the window back.
    QSignalSpy started(m_window.get(), &MainWindow::sessionStarted);
    QVERIFY(!started.wait(kSlowMs + 500));
    QCOMPARE(m_window->session()->identity().profileName, QStringLiteral("auditor"));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("auditor")));
    QVERIFY(profileAction(QStringLiteral("auditor"))->isChecked());
    QVERIFY(!profileAction(QStringLiteral("admin"))->isChecked());
}

void LifecycleTest::signIn_secondProfileWhileFirstInFlight_lastChoiceWins()
{
    m_server->addFault(QStringLiteral("serviceAccountToken"), fake::Fault::latency(kSlowMs));
    profileAction(QStringLiteral("admin"))->trigger();
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("serviceAccountToken")), 1);
    profileAction(QStringLiteral("auditor"))->trigger();
    QTRY_VERIFY(m_window->session() != nullptr);
    QCOMPARE(m_window->session()->identity().profileName, QStringLiteral("auditor"));
    QSignalSpy started(m_window.get(), &MainWindow::sessionStarted);
    QVERIFY(!started.wait(kSlowMs + 500));
    QCOMPARE(m_window->session()->identity().profileName, QStringLiteral("auditor"));
    QCOMPARE(m_profiles->lastProfile(), QStringLiteral("auditor"));
}

void LifecycleTest::switch_withEditDialogOpen_dialogSaysSessionEnded()
{
    signInDirectly(QStringLiteral("admin"), false);
    openOrganization(m_orgId);
    selectAccount(firstAccount());
    accountsView()->setFocus();
    action("actionEdit")->trigger();
    QPointer<EditDialog> dialog = test::waitForModalDialog<EditDialog>();
    QVERIFY(dialog);
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("-renamed"));
    QVERIFY(ok->isEnabled());

    // A sign-in finishes while the dialog is open (it was started before it).
    signInDirectly(QStringLiteral("auditor"), true);
    QTRY_COMPARE(m_window->session()->identity().profileName, QStringLiteral("auditor"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("session ended")), qPrintable(error->text()));
    QVERIFY(!ok->isEnabled()); // nothing can be saved to the old organization any more
    QTest::keyClick(dialog, Qt::Key_Return);
    QCOMPARE(m_server->requestCount(QStringLiteral("updateServiceAccount")), 0);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
}

void LifecycleTest::switch_withBulkDeleteRunning_endsWithReportNotDeleting()
{
    signInDirectly(QStringLiteral("admin"), false);
    openOrganization(m_orgId);
    const QString account = startBulkDelete(firstAccount(), 6);
    QVERIFY(!account.isEmpty());
    QVERIFY(statusText().contains(QStringLiteral("Deleting")));

    signInDirectly(QStringLiteral("auditor"), true);
    auto* box = test::waitForModalDialog<QMessageBox>();
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("actionErrorBox"));
    QVERIFY2(box->text().contains(QStringLiteral("could not be deleted")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("session ended")), qPrintable(box->text()));
    QVERIFY2(!statusText().contains(QStringLiteral("Deleting")), qPrintable(statusText()));
    QVERIFY(statusText().contains(QStringLiteral("deleted")));
    box->accept();
    QCOMPARE(m_window->session()->identity().profileName, QStringLiteral("auditor"));
    // Nothing more is sent for the old session.
    QVERIFY(noRequestFor(QStringLiteral("deleteCredential"), kSlowMs + 300));
    QVERIFY(m_server->requestCount(QStringLiteral("deleteCredential")) < 6);
}

void LifecycleTest::switch_withCreateInFlight_waitsAndRevealsTheSecret()
{
    signInDirectly(QStringLiteral("admin"), false);
    openOrganization(m_orgId);
    const QString account = firstAccount();
    QPointer<EditDialog> edit = startCredentialCreate(account, QStringLiteral("in-flight"));
    QVERIFY(edit);

    signInDirectly(QStringLiteral("auditor"), true);
    QTRY_VERIFY2(test::noticeText(m_window.get()).contains(QStringLiteral("switch follows")),
                 qPrintable(test::noticeText(m_window.get())));
    QCOMPARE(m_window->session()->identity().profileName, QStringLiteral("admin"));

    // The answer arrives: its secret is shown, and only then does the switch happen.
    auto* reveal = test::waitForModalDialog<SecretDialog>();
    QVERIFY(reveal);
    QCOMPARE(reveal->credential().name, QStringLiteral("in-flight"));
    QVERIFY(!reveal->findChild<QLineEdit*>(QStringLiteral("secretEdit"))->text().isEmpty());
    QTRY_COMPARE(m_window->session()->identity().profileName, QStringLiteral("auditor"));
    QVERIFY(reveal->isVisible()); // the secret stays on screen after the switch
    QCOMPARE(reveal->keychainKey(), SecretStore::credentialKey(QStringLiteral("admin"), m_orgId,
                                                               account, reveal->credential().id));
    QTRY_VERIFY(reveal->isStored()); // kept under the profile it was created with
    reveal->accept();
    QCOMPARE(m_server->requestCount(QStringLiteral("createCredential")), 1);
}

void LifecycleTest::switch_withPagesLoading_oldPagesNeverArrive()
{
    signInDirectly(QStringLiteral("admin"), false);
    QTRY_VERIFY(test::organizationPicker(m_window.get())->count() > 0);
    m_server->addFault(QStringLiteral("listServiceAccounts"), fake::Fault::latency(kSlowMs));
    QComboBox* picker = test::organizationPicker(m_window.get());
    picker->setCurrentIndex(picker->findData(m_orgId, PagedListModel::IdRole));
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("listServiceAccounts")), 1);

    signInDirectly(QStringLiteral("auditor"), true);
    QTRY_COMPARE(m_window->session()->identity().profileName, QStringLiteral("auditor"));
    QSignalSpy started(m_window.get(), &MainWindow::sessionStarted);
    QVERIFY(!started.wait(kSlowMs + 500));
    // The old organization's page, answered after the switch, is not shown.
    QVERIFY(test::currentOrganizationId(m_window.get()).isEmpty());
    QCOMPARE(accountsView()->model()->rowCount(), 0);
}

void LifecycleTest::close_withCreateInFlight_waitsUntilTheSecretIsShown()
{
    signInDirectly(QStringLiteral("admin"), false);
    openOrganization(m_orgId);
    QPointer<EditDialog> edit = startCredentialCreate(firstAccount(), QStringLiteral("late"));
    QVERIFY(edit);
    edit->reject(); // the user gives up on the dialog; the create goes on
    QTRY_VERIFY(edit.isNull());

    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QVERIFY2(test::noticeText(m_window.get()).contains(QStringLiteral("being created")),
             qPrintable(test::noticeText(m_window.get())));
    auto* reveal = test::waitForModalDialog<SecretDialog>();
    QVERIFY(reveal);
    QCOMPARE(reveal->credential().name, QStringLiteral("late"));
    QVERIFY(m_window->isVisible()); // the secret is on screen: the window waits for the user
    QTRY_VERIFY2(test::noticeText(m_window.get()).contains(QStringLiteral("Put its secret away")),
                 qPrintable(test::noticeText(m_window.get())));
    QTRY_VERIFY(reveal->isStored());
    reveal->accept();
    QVERIFY(m_window->close());
}

void LifecycleTest::close_withEditDialogOpen_closesCleanly()
{
    signInDirectly(QStringLiteral("admin"), false);
    openOrganization(m_orgId);
    selectAccount(firstAccount());
    m_server->addFault(QStringLiteral("updateServiceAccount"), fake::Fault::latency(kSlowMs));
    accountsView()->setFocus();
    action("actionEdit")->trigger();
    auto* dialog = test::waitForModalDialog<EditDialog>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("-x"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("updateServiceAccount")), 1);
    QVERIFY(m_window->close());
    m_window.reset(); // the window, its dialog and its session go while the request is out
    QVERIFY(noRequestFor(QStringLiteral("updateServiceAccount"), kSlowMs + 300));
}

void LifecycleTest::close_withBulkDeleteRunning_closesCleanly()
{
    signInDirectly(QStringLiteral("admin"), false);
    openOrganization(m_orgId);
    const QString account = startBulkDelete(firstAccount(), 6);
    QVERIFY(!account.isEmpty());
    QVERIFY(m_window->close());
    m_window.reset();
    QVERIFY(noRequestFor(QStringLiteral("deleteCredential"), kSlowMs + 300));
}

void LifecycleTest::close_withPagesLoadingOrSignInInFlight_closesCleanly()
{
    signInDirectly(QStringLiteral("admin"), false);
    QTRY_VERIFY(test::organizationPicker(m_window.get())->count() > 0);
    m_server->addFault(QStringLiteral("listServiceAccounts"), fake::Fault::latency(kSlowMs));
    m_server->addFault(QStringLiteral("serviceAccountToken"), fake::Fault::latency(kSlowMs));
    QComboBox* picker = test::organizationPicker(m_window.get());
    picker->setCurrentIndex(picker->findData(m_orgId, PagedListModel::IdRole));
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("listServiceAccounts")), 1);
    profileAction(QStringLiteral("auditor"))->trigger();
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("serviceAccountToken")), 2);
    QVERIFY(m_window->close());
    m_window.reset();
    QVERIFY(noRequestFor(QStringLiteral("listServiceAccounts"), kSlowMs + 300));
}

QTEST_MAIN(LifecycleTest)
#include "tst_lifecycle.moc"
