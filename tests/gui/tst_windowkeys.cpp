// The window as a person meets it from the keyboard and on a slow server: Tab leaves a table,
// Esc clears a filter, a running sign-in is seen where one looks, the secret can be shown.
#include "apiclient.h"
#include "fakeserver.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "pagedlistmodel.h"
#include "profilestore.h"
#include "secretstore.h"
#include "session.h"
#include "signindialog.h"
#include "windowfixture.h"
#include "windowparts.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace keycard;
using namespace keycard::test;

class WindowKeysTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tab_inAccountsTable_leavesTable();
    void escape_inFilter_clearsFilterThenGoesToTable();
    void signIn_slowServer_pickerNamesHostAndBusyBarShows();
    void signInDialog_showSecretButton_togglesEchoMode();

private:
    void showAccounts();

    WindowFixture m_fixture;
};

void WindowKeysTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KeycardTest"));
    QApplication::setApplicationName(QStringLiteral("tst_windowkeys"));
}

void WindowKeysTest::init()
{
    QVERIFY(m_fixture.start(5));
    m_fixture.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_fixture.window.get()));
}

void WindowKeysTest::cleanup()
{
    m_fixture.stop();
}

void WindowKeysTest::showAccounts()
{
    m_fixture.signInAsDemo();
    QComboBox* picker = organizationPicker(m_fixture.window.get());
    QTRY_VERIFY(picker->count() >= 3);
    const int index =
        picker->findData(m_fixture.server->demoIds().bigOrgId, PagedListModel::IdRole);
    QVERIFY(index >= 0);
    picker->setCurrentIndex(index);
    QTRY_VERIFY(accountsView(m_fixture.window.get())->model()->rowCount() >= 10);
}

void WindowKeysTest::tab_inAccountsTable_leavesTable()
{
    showAccounts();
    QTableView* accounts = accountsView(m_fixture.window.get());
    accounts->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), accounts);

    QTest::keyClick(accounts, Qt::Key_Tab);
    QTRY_VERIFY(QApplication::focusWidget() != accounts);
    QVERIFY(QApplication::focusWidget() != nullptr);
}

void WindowKeysTest::escape_inFilter_clearsFilterThenGoesToTable()
{
    showAccounts();
    QTableView* accounts = accountsView(m_fixture.window.get());
    const int shown = accounts->model()->rowCount();
    QLineEdit* filter = accountsPanel(m_fixture.window.get())->filterEdit();
    filter->setFocus(Qt::ShortcutFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), filter);

    // The first account's full name matches far fewer rows than are shown.
    const QString name = accounts->model()->index(0, 0).data().toString();
    QVERIFY(!name.isEmpty());
    QTest::keyClicks(filter, name);
    QTRY_VERIFY(accounts->model()->rowCount() < shown);

    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QTRY_VERIFY(accounts->model()->rowCount() >= shown);
    QCOMPARE(QApplication::focusWidget(), filter); // the first Esc only clears

    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_COMPARE(QApplication::focusWidget(), accounts);
}

void WindowKeysTest::signIn_slowServer_pickerNamesHostAndBusyBarShows()
{
    auto* busy = m_fixture.window->findChild<QProgressBar*>(QStringLiteral("signInBusy"));
    QVERIFY2(busy, "the window has no busy indicator for a sign-in");
    QVERIFY(!busy->isVisible());

    m_fixture.server->addFault(QStringLiteral("serviceAccountToken"), fake::Fault::latency(1500));
    m_fixture.window->signIn(m_fixture.demoConfig(),
                             {QStringLiteral("admin"), QStringLiteral("admin")});
    QComboBox* picker = organizationPicker(m_fixture.window.get());
    const QString host = m_fixture.server->baseUrl().host();
    QVERIFY2(picker->placeholderText().contains(host), qPrintable(picker->placeholderText()));
    QVERIFY2(picker->placeholderText().contains(QStringLiteral("Signing in")),
             qPrintable(picker->placeholderText()));
    QVERIFY(busy->isVisible());
    QVERIFY(m_fixture.window->session() == nullptr); // still waiting for the slow token

    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.window->session() != nullptr, 15000);
    QVERIFY(!busy->isVisible());
    QVERIFY2(!picker->placeholderText().contains(QStringLiteral("Signing in")),
             qPrintable(picker->placeholderText()));
    QTRY_VERIFY(picker->count() > 0);
}

void WindowKeysTest::signInDialog_showSecretButton_togglesEchoMode()
{
    m_fixture.window->openSignInDialog();
    SignInDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_fixture.window->findChild<SignInDialog*>()) && dialog->isVisible());
    auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit"));
    auto* show = dialog->findChild<QToolButton*>(QStringLiteral("showSecretButton"));
    QVERIFY2(show, "the secret field has no show/hide toggle");
    QVERIFY(show->isVisible());
    QVERIFY(show->isCheckable());
    QVERIFY(!show->accessibleName().isEmpty());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);

    QTest::mouseClick(show, Qt::LeftButton);
    QVERIFY(show->isChecked());
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton);
    QVERIFY(!show->isChecked());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
}

QTEST_MAIN(WindowKeysTest)
#include "tst_windowkeys.moc"
