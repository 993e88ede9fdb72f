// What a screen reader meets, read through QAccessible as the platform bridges read it: every
// control that takes the focus has a name, the tables say their column headers, and Tab moves
// through each window in the order a person reads it. Covered: the main window with an
// organization open and an account selected, the sign-in, edit, delete, reveal and settings
// dialogs.
#include "deleteconfirmation.h"
#include "editdialog.h"
#include "fakeserver.h"
#include "mainwindow.h"
#include "preferences.h"
#include "profilestore.h"
#include "secretdialog.h"
#include "secretstore.h"
#include "session.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "windowfixture.h"
#include "windowparts.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace keycard;
using namespace keycard::test;

namespace {

QString describe(QAccessibleInterface* iface)
{
    QObject* object = iface->object();
    return QStringLiteral("%1 (role %2)")
        .arg(object ? QString::fromLatin1(object->metaObject()->className()) + QLatin1Char(' ') +
                          object->objectName()
                    : QStringLiteral("a child item"))
        .arg(int(iface->role()));
}

// Every focusable, visible control below `iface` that has no accessible name.
void collectUnnamed(QAccessibleInterface* iface, QStringList& unnamed, int depth = 0)
{
    if (!iface || depth > 40)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    // Cells and list items get their names from the data they show; the controls are what
    // matter here.
    const bool item = iface->role() == QAccessible::Cell ||
                      iface->role() == QAccessible::ListItem || iface->role() == QAccessible::Row ||
                      iface->role() == QAccessible::RowHeader ||
                      iface->role() == QAccessible::ColumnHeader;
    const QString name = iface->text(QAccessible::Name).trimmed();
    if (state.focusable && !item && name.isEmpty())
        unnamed << describe(iface);
    // On Linux Qt names a combo box by its current item and says what it picks through its
    // label (a buddy): without one, a screen reader only hears the item.
    if (auto* combo = qobject_cast<QComboBox*>(iface->object());
        combo && iface->relations(QAccessible::Labelled).isEmpty() &&
        combo->accessibleName().isEmpty())
        unnamed << describe(iface) + QStringLiteral(" has no label");
    if (item)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), unnamed, depth + 1);
}

QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(root), unnamed);
    return unnamed;
}

// The column headers of a table as its accessible interface gives them: the children with the
// ColumnHeader role (what a screen reader reads; Qt caches and owns these, whereas
// QAccessibleTableCellInterface::columnHeaderCells() hands out new objects on Qt 6.4).
QStringList accessibleHeaders(QTableView* view)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(view);
    if (!iface || !iface->tableInterface())
        return {QStringLiteral("<no table interface>")};
    QStringList headers;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface* child = iface->child(i);
        if (child && child->role() == QAccessible::ColumnHeader)
            headers << child->text(QAccessible::Name);
    }
    return headers;
}

QStringList modelHeaders(const QTableView* view)
{
    QStringList headers;
    for (int column = 0; column < view->model()->columnCount(); ++column)
        headers << view->model()->headerData(column, Qt::Horizontal).toString();
    return headers;
}

// The widgets Tab visits, starting at `first`, until the chain comes back to it.
QList<QWidget*> tabChain(QWidget* window, QWidget* first)
{
    QList<QWidget*> chain;
    QWidget* widget = first;
    do {
        if (widget->isVisibleTo(window) && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus) && widget->window() == window)
            chain << widget;
        widget = widget->nextInFocusChain();
    } while (widget && widget != first && chain.size() < 200);
    return chain;
}

// Where Tab goes back up a dialog: each stop must be on the same row as the one before or below
// it.
QStringList tabOrderProblems(QWidget* dialog)
{
    QWidget* first = dialog->nextInFocusChain();
    QStringList problems;
    const QList<QWidget*> chain = tabChain(dialog, first);
    for (int i = 1; i < chain.size(); ++i) {
        const QRect before(chain[i - 1]->mapTo(dialog, QPoint(0, 0)), chain[i - 1]->size());
        const QRect now(chain[i]->mapTo(dialog, QPoint(0, 0)), chain[i]->size());
        if (now.bottom() < before.top())
            problems << QStringLiteral("Tab goes up from %1 to %2")
                            .arg(chain[i - 1]->objectName(), chain[i]->objectName());
    }
    return problems;
}

// What a screen reader or keyboard user would trip over in a dialog.
QStringList accessibilityProblems(QWidget* dialog)
{
    return unnamedControls(dialog) + tabOrderProblems(dialog);
}
} // namespace

class AccessibilityTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindow_everyControlHasANameAndTablesHaveHeaders();
    void mainWindow_tabOrder_followsTheLayout();
    void signInDialog_everyControlNamedTabInOrder();
    void editDialog_everyControlNamedTabInOrder();
    void deleteConfirmations_everyControlNamedTabInOrder();
    void secretDialog_everyControlNamedTabInOrder();
    void settingsDialog_everyControlNamedTabInOrder();

private:
    void openAccount();
    MainWindow* window() const { return m_fixture.window.get(); }

    WindowFixture m_fixture;
};

void AccessibilityTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KeycardTest"));
    QApplication::setApplicationName(QStringLiteral("tst_accessibility"));
}

void AccessibilityTest::init()
{
    QVERIFY(m_fixture.start(5, QSize(1100, 720)));
}

void AccessibilityTest::cleanup()
{
    m_fixture.stop();
}

void AccessibilityTest::openAccount()
{
    m_fixture.signInAsDemo();
    const QString orgId = m_fixture.server->demoIds().smallOrgId;
    test::openOrganization(window(), orgId, m_fixture.server->store().serviceAccountCount(orgId));
    QTableView* accounts = accountsView(window());
    for (int row = 0; row < accounts->model()->rowCount(); ++row) {
        const QString id = accounts->model()->index(row, 0).data(PagedListModel::IdRole).toString();
        const int credentials = m_fixture.server->store().credentialCount(orgId, id);
        if (credentials > 0) {
            test::selectAccount(window(), id, credentials);
            return;
        }
    }
    QFAIL("the small demo organization has no account with credentials");
}

void AccessibilityTest::mainWindow_everyControlHasANameAndTablesHaveHeaders()
{
    openAccount();
    const QStringList unnamed = unnamedControls(window());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));

    for (QTableView* view : {accountsView(window()), credentialsView(window())}) {
        QCOMPARE(accessibleHeaders(view), modelHeaders(view));
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(view);
        QCOMPARE(iface->role(), QAccessible::Table);
        QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), qPrintable(view->objectName()));
    }
}

// Tab from the organization picker goes down the window: picker, accounts filter, accounts
// table, credentials filter, credentials table; nothing further down comes before something
// above it.
void AccessibilityTest::mainWindow_tabOrder_followsTheLayout()
{
    openAccount();
    QWidget* picker = organizationPicker(window());
    const QList<QWidget*> chain = tabChain(window(), picker);
    const QList<QWidget*> expected = {
        picker, accountsPanel(window())->filterEdit(), accountsView(window()),
        credentialsPanel(window())->filterEdit(), credentialsView(window())};
    QList<QWidget*> visited;
    for (QWidget* widget : chain)
        if (expected.contains(widget))
            visited << widget;
    QStringList names;
    for (QWidget* widget : chain)
        names << widget->objectName();
    QVERIFY2(visited == expected, qPrintable(names.join(QStringLiteral(", "))));

    // Within the central area, each stop is below or to the right of the one before.
    int lastTop = -1;
    for (QWidget* widget : chain) {
        if (!window()->centralWidget()->isAncestorOf(widget))
            continue;
        const QRect area(widget->mapTo(window(), QPoint(0, 0)), widget->size());
        QVERIFY2(area.bottom() > lastTop,
                 qPrintable(widget->objectName() +
                            QStringLiteral(" comes before what is above it: ") +
                            names.join(QStringLiteral(", "))));
        lastTop = area.top();
    }
}

void AccessibilityTest::signInDialog_everyControlNamedTabInOrder()
{
    SignInDialog dialog(*m_fixture.profiles, m_fixture.secrets.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList problems = accessibilityProblems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
}

void AccessibilityTest::editDialog_everyControlNamedTabInOrder()
{
    std::unique_ptr<EditDialog> dialog(
        EditDialog::createCredential(WeakSession(), QStringLiteral("org"), QStringLiteral("sa")));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    const QStringList problems = accessibilityProblems(dialog.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
}

void AccessibilityTest::deleteConfirmations_everyControlNamedTabInOrder()
{
    ServiceAccount account;
    account.id = QStringLiteral("sa1");
    account.name = QStringLiteral("deploy-bot");
    DeleteAccountConfirmation accountDialog(account, 2);
    accountDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&accountDialog));
    QStringList problems = accessibilityProblems(&accountDialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));

    Credential credential;
    credential.id = QStringLiteral("c1");
    credential.name = QStringLiteral("ci");
    credential.clientId = QStringLiteral("client-1");
    DeleteCredentialsConfirmation credentialsDialog({credential});
    credentialsDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&credentialsDialog));
    problems = accessibilityProblems(&credentialsDialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
}

void AccessibilityTest::secretDialog_everyControlNamedTabInOrder()
{
    NewCredential created;
    created.credential.id = QStringLiteral("c1");
    created.credential.name = QStringLiteral("ci");
    created.credential.clientId = QStringLiteral("client-1");
    created.clientSecret = SecretString(QByteArrayLiteral("not-a-real-secret"));
    SecretDialog dialog(
        created, {QStringLiteral("test"), QStringLiteral("org"), QStringLiteral("sa")}, {}, false);
    dialog.setConfirmDiscard([] { return true; });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList problems = accessibilityProblems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
}

void AccessibilityTest::settingsDialog_everyControlNamedTabInOrder()
{
    SettingsDialog dialog{Preferences()};
    static_cast<QDialog&>(dialog).show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList problems = accessibilityProblems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
}

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
