// Drives the real main window offscreen against the local Keycard-compatible server, with the
// real keychain (a private gnome-keyring) behind the profiles.
#include "apiclient.h"
#include "fakeserver.h"
#include "filteredlistmodel.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "pagedlistmodel.h"
#include "profilestore.h"
#include "secretstore.h"
#include "session.h"
#include "signindialog.h"
#include "store.h"
#include "windowparts.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace keycard;
using namespace keycard::test;

class MainWindowTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signIn_clientCredentials_showsOrganizationAccountsAndCredentials();
    void signIn_apiKey_listsOrganizations();
    void signIn_wrongSecret_showsServerMessage();
    void signIn_plainHttpRemote_isRefused();
    void filter_findsAccountBeyondLoadedPages();
    void profiles_switchWithoutRestart_readOnlyDisablesCreate();
    void profile_secretKeptInKeychainNotSettings();
    void emptyOrganization_saysWhatToDo();
    void failedPage_inlineErrorWithRetry_keepsRows();
    void repeatedCursor_stopsPagingWithMessage();

private:
    SignInDialog* waitForSignInDialog();
    void signInThroughDialog(const QString& profile, const QString& clientId, const QString& secret,
                             bool apiKey = false);
    void chooseOrganization(const QString& orgId);
    int rowOfAccount(const QString& accountId) const;

    std::unique_ptr<fake::FakeServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KeycardTest"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void MainWindowTest::init()
{
    QSettings().clear();
    m_server = std::make_unique<fake::FakeServer>(7);
    QVERIFY(m_server->listen(0));
    m_profiles = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("Keycard Admin tests"));
    m_window = std::make_unique<MainWindow>(*m_profiles, *m_secrets);
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void MainWindowTest::cleanup()
{
    m_window.reset();
    m_server.reset();
}

SignInDialog* MainWindowTest::waitForSignInDialog()
{
    SignInDialog* dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = m_window->findChild<SignInDialog*>()) && dialog->isVisible());
    }();
    return dialog;
}

void MainWindowTest::signInThroughDialog(const QString& profile, const QString& clientId,
                                         const QString& secret, bool apiKey)
{
    m_window->openSignInDialog();
    SignInDialog* dialog = waitForSignInDialog();
    QVERIFY(dialog);
    auto* profileCombo = dialog->findChild<QComboBox*>(QStringLiteral("profileCombo"));
    profileCombo->setEditText(profile);
    auto* baseUrl = dialog->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"));
    baseUrl->clear();
    QTest::keyClicks(baseUrl, m_server->baseUrl().toString());
    dialog
        ->findChild<QRadioButton*>(apiKey ? QStringLiteral("apiKeyRadio")
                                          : QStringLiteral("clientCredentialsRadio"))
        ->setChecked(true);
    auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"));
    id->clear();
    if (!apiKey)
        QTest::keyClicks(id, clientId);
    auto* secretEdit = dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit"));
    secretEdit->clear();
    QTest::keyClicks(secretEdit, secret);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

void MainWindowTest::chooseOrganization(const QString& orgId)
{
    QComboBox* picker = organizationPicker(m_window.get());
    QTRY_VERIFY(picker->count() >= 3);
    const int index = picker->findData(orgId, PagedListModel::IdRole);
    QVERIFY(index >= 0);
    picker->setCurrentIndex(index);
    QCOMPARE(currentOrganizationId(m_window.get()), orgId);
}

int MainWindowTest::rowOfAccount(const QString& accountId) const
{
    return rowWithId(accountsView(m_window.get())->model(), accountId);
}

void MainWindowTest::signIn_clientCredentials_showsOrganizationAccountsAndCredentials()
{
    QAbstractItemModelTester accountsTester(accountsView(m_window.get())->model(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester credentialsTester(
        credentialsView(m_window.get())->model(),
        QAbstractItemModelTester::FailureReportingMode::Fatal);
    signInThroughDialog(QStringLiteral("admin"), m_server->demoClientId(),
                        m_server->demoClientSecret());
    QTRY_VERIFY(m_window->session() != nullptr);
    QVERIFY(!m_window->findChild<SignInDialog*>() ||
            !m_window->findChild<SignInDialog*>()->isVisible());

    chooseOrganization(m_server->demoIds().bigOrgId);
    QTableView* accounts = accountsView(m_window.get());
    QTRY_VERIFY(accounts->model()->rowCount() > 0);
    // The table shows the account's name, as the server has it.
    const QString firstId = accounts->model()->index(0, 0).data(PagedListModel::IdRole).toString();
    QCOMPARE(accounts->model()->index(0, 0).data().toString(),
             m_server->store().serviceAccount(m_server->demoIds().bigOrgId, firstId)->name);

    // Select the account with one credential: it appears below.
    const QString accountId = m_server->demoIds().accountWithOneCredential;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (rowOfAccount(accountId) >= 0)
                return true;
            accounts->scrollToBottom();
            return false;
        }(),
        20000);
    accounts->setCurrentIndex(accounts->model()->index(rowOfAccount(accountId), 0));
    QCOMPARE(currentAccountId(m_window.get()), accountId);
    QTableView* credentials = credentialsView(m_window.get());
    QTRY_COMPARE(credentials->model()->rowCount(), 1);
    const QString credentialId =
        m_server->store().credentialIds(m_server->demoIds().bigOrgId, accountId).first();
    QCOMPARE(credentials->model()->index(0, 0).data(PagedListModel::IdRole).toString(),
             credentialId);
}

void MainWindowTest::signIn_apiKey_listsOrganizations()
{
    signInThroughDialog(QStringLiteral("key"), {}, m_server->issueApiKey(), true);
    QTRY_VERIFY(m_window->session() != nullptr);
    QCOMPARE(m_window->session()->config().auth.kind, AuthConfig::Kind::ApiKey);
    QTRY_COMPARE(organizationPicker(m_window.get())->count(),
                 m_server->store().organizationCount());
}

void MainWindowTest::signIn_wrongSecret_showsServerMessage()
{
    signInThroughDialog(QStringLiteral("admin"), m_server->demoClientId(),
                        QStringLiteral("not-the-secret"));
    SignInDialog* dialog = m_window->findChild<SignInDialog*>();
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QTRY_VERIFY(!message->text().isEmpty());
    // The server's own words reach the user, with the request ID support can trace.
    QVERIFY2(message->text().contains(QStringLiteral("Unknown client_id or wrong client_secret")),
             qPrintable(message->text()));
    // Every sentence of it ends with a period, the quoted one too.
    QVERIFY2(message->text().contains(QStringLiteral("wrong client_secret\u201d. ")),
             qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("Request ID"), Qt::CaseInsensitive),
             qPrintable(message->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(m_window->session() == nullptr);
}

void MainWindowTest::signIn_plainHttpRemote_isRefused()
{
    m_window->openSignInDialog();
    SignInDialog* dialog = waitForSignInDialog();
    auto* baseUrl = dialog->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"));
    baseUrl->setText(QStringLiteral("http://api.example.com"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit")),
                     QStringLiteral("id"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit")),
                     QStringLiteral("s"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY2(message->text().contains(QStringLiteral("https")), qPrintable(message->text()));
    QVERIFY(m_window->session() == nullptr);
}

void MainWindowTest::filter_findsAccountBeyondLoadedPages()
{
    signInThroughDialog(QStringLiteral("admin"), m_server->demoClientId(),
                        m_server->demoClientSecret());
    QTRY_VERIFY(m_window->session() != nullptr);
    chooseOrganization(m_server->demoIds().bigOrgId);
    QTableView* accounts = accountsView(m_window.get());
    QTRY_VERIFY(accounts->model()->rowCount() > 0);

    // The oldest account is on the last page: typing its name makes the list load until found,
    // after "Search further" once the first step of the search paused.
    const QString orgId = m_server->demoIds().bigOrgId;
    const QString oldest = m_server->store().serviceAccountIds(orgId).last();
    const QString name = m_server->store().serviceAccount(orgId, oldest)->name;
    QVERIFY(m_server->store().serviceAccountCount(orgId) >
            FilteredListModel::kDefaultSearchStepRows);
    QTest::keyClicks(accountsPanel(m_window.get())->filterEdit(), name);
    auto* further = accountsPanel(m_window.get())
                        ->findChild<QPushButton*>(QStringLiteral("searchFurtherButton"));
    QTRY_VERIFY_WITH_TIMEOUT(further->isVisible(), 30000);
    QCOMPARE(rowOfAccount(oldest), -1);
    QTest::mouseClick(further, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowOfAccount(oldest) >= 0, 30000);
    for (int row = 0; row < accounts->model()->rowCount(); ++row)
        QVERIFY(
            accounts->model()->index(row, 0).data().toString().contains(name,
                                                                        Qt::CaseInsensitive) ||
            accounts->model()->index(row, 1).data().toString().contains(name, Qt::CaseInsensitive));

    // A filter nothing matches ends with a clear empty state once the list is complete.
    accountsPanel(m_window.get())->filterEdit()->clear();
    QTest::keyClicks(accountsPanel(m_window.get())->filterEdit(),
                     QStringLiteral("zz-no-such-account-zz"));
    QTRY_VERIFY_WITH_TIMEOUT(accountsPanel(m_window.get())
                                 ->emptyStateText()
                                 .contains(QStringLiteral("zz-no-such-account-zz")),
                             30000);
}

void MainWindowTest::profiles_switchWithoutRestart_readOnlyDisablesCreate()
{
    signInThroughDialog(QStringLiteral("admin"), m_server->demoClientId(),
                        m_server->demoClientSecret());
    QTRY_VERIFY(m_window->session() != nullptr);
    signInThroughDialog(QStringLiteral("auditor"), m_server->readOnlyClientId(),
                        m_server->readOnlyClientSecret());
    QTRY_COMPARE(m_window->session()->config().auth.clientId, m_server->readOnlyClientId());
    chooseOrganization(m_server->demoIds().bigOrgId);
    QTRY_VERIFY(accountsView(m_window.get())->model()->rowCount() > 0);

    QAction* newAccount = m_window->findChild<QAction*>(QStringLiteral("actionNewServiceAccount"));
    QTRY_VERIFY(!newAccount->isEnabled());
    QVERIFY2(newAccount->toolTip().contains(QStringLiteral("not allowed")),
             qPrintable(newAccount->toolTip()));

    // Switch back through the menu: the secret comes from the keychain, no dialog.
    auto* menu = m_window->findChild<QMenu*>(QStringLiteral("menuProfiles"));
    QAction* admin = nullptr;
    for (QAction* action : menu->actions())
        if (action->text() == QStringLiteral("admin"))
            admin = action;
    QVERIFY(admin);
    admin->trigger();
    QTRY_COMPARE(m_window->session()->config().auth.clientId, m_server->demoClientId());
    QVERIFY(!m_window->findChild<SignInDialog*>() ||
            !m_window->findChild<SignInDialog*>()->isVisible());
    chooseOrganization(m_server->demoIds().bigOrgId);
    QTRY_VERIFY(newAccount->isEnabled());
}

void MainWindowTest::profile_secretKeptInKeychainNotSettings()
{
    signInThroughDialog(QStringLiteral("admin"), m_server->demoClientId(),
                        m_server->demoClientSecret());
    QTRY_VERIFY(m_window->session() != nullptr);
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains(m_server->demoClientId().toUtf8()));
    QVERIFY(!contents.contains(m_server->demoClientSecret().toUtf8()));

    bool done = false;
    SecretString stored;
    m_secrets->read(SecretStore::profileKey(QStringLiteral("admin")), this,
                    [&](const SecretStore::Outcome& outcome) {
                        done = true;
                        stored = outcome.secret;
                    });
    QTRY_VERIFY(done);
    QCOMPARE(stored.revealString(), m_server->demoClientSecret());
}

void MainWindowTest::emptyOrganization_saysWhatToDo()
{
    signInThroughDialog(QStringLiteral("admin"), m_server->demoClientId(),
                        m_server->demoClientSecret());
    QTRY_VERIFY(m_window->session() != nullptr);
    chooseOrganization(m_server->demoIds().emptyOrgId);
    QTRY_VERIFY(accountsPanel(m_window.get())->emptyStateText().contains(QStringLiteral("Ctrl+N")));
    QVERIFY(credentialsPanel(m_window.get())
                ->emptyStateText()
                .contains(QStringLiteral("Select a service account")));
}

void MainWindowTest::failedPage_inlineErrorWithRetry_keepsRows()
{
    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = m_server->demoClientId();
    config.auth.secret = SecretString(m_server->demoClientSecret());
    m_window->adoptSession(Session::create(config, {QString(), QStringLiteral("test")}));
    chooseOrganization(m_server->demoIds().bigOrgId);
    QAbstractItemModel* rows = accountsView(m_window.get())->model();
    constexpr int kPage = PagedListModel::kDefaultPageSize;
    QTRY_COMPARE(rows->rowCount(), kPage);

    // The next page fails even after the client's own retries.
    m_server->addFault(QStringLiteral("listServiceAccounts"), fake::Fault::httpStatus(503, 3));
    rows->fetchMore({});
    auto* retry =
        accountsPanel(m_window.get())->findChild<QPushButton*>(QStringLiteral("retryButton"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 15000);
    const QString status = accountsPanel(m_window.get())->statusText();
    QVERIFY2(status.contains(QStringLiteral("Request ID")), qPrintable(status));
    QCOMPARE(rows->rowCount(), kPage); // nothing loaded is lost

    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(rows->rowCount(), 2 * kPage);
    QTRY_VERIFY(!retry->isVisible());
    // The error is gone; what is loaded stays said (the footer follows within a frame).
    QTRY_VERIFY2(accountsPanel(m_window.get())
                     ->statusText()
                     .contains(QStringLiteral("loaded, more available")),
                 qPrintable(accountsPanel(m_window.get())->statusText()));
    QVERIFY(!accountsPanel(m_window.get())->statusText().contains(QStringLiteral("Request ID")));
}

void MainWindowTest::repeatedCursor_stopsPagingWithMessage()
{
    ConnectionConfig config;
    config.baseUrl = m_server->baseUrl();
    config.auth.clientId = m_server->demoClientId();
    config.auth.secret = SecretString(m_server->demoClientSecret());
    m_window->adoptSession(Session::create(config, {QString(), QStringLiteral("test")}));
    chooseOrganization(m_server->demoIds().bigOrgId);
    QAbstractItemModel* rows = accountsView(m_window.get())->model();
    QTRY_COMPARE(rows->rowCount(), PagedListModel::kDefaultPageSize);
    rows->fetchMore({});
    QTRY_COMPARE(rows->rowCount(), 2 * PagedListModel::kDefaultPageSize);

    m_server->addFault(QStringLiteral("listServiceAccounts"),
                       fake::Fault::of(fake::Fault::Kind::RepeatCursor, -1));
    m_server->resetRequestCounts();
    rows->fetchMore({});
    QTRY_VERIFY(accountsPanel(m_window.get())
                    ->statusText()
                    .contains(QStringLiteral("repeated a page cursor")));
    QVERIFY(!rows->canFetchMore({}));
    // Neither the model on its own nor a further fetchMore asks again. Waiting on the server's
    // signal gives such a request the time to arrive, so that this check can fail.
    QSignalSpy received(m_server.get(), &fake::FakeServer::requestReceived);
    rows->fetchMore({});
    QVERIFY(!received.wait(2000));
    QCOMPARE(m_server->requestCount(QStringLiteral("listServiceAccounts")), 1);
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
