#include "bulkcredentialdelete.h"
#include "credentialcreate.h"
#include "deleteconfirmation.h"
#include "dialogfixture.h"
#include "editdialog.h"
#include "lostcreaterecovery.h"

#include <QApplication>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <memory>

using namespace keycard;
using keycard::test::DialogFixture;

namespace {

ServiceAccount accountFromStore(fake::FakeServer& server, const QString& orgId, const QString& id)
{
    const fake::ServiceAccount* stored = server.store().serviceAccount(orgId, id);
    ServiceAccount account;
    if (stored) {
        account.id = stored->id;
        account.name = stored->name;
        account.description = stored->description;
    }
    return account;
}

// The confirmation for an account with one credential, shown: its name must be typed.
std::unique_ptr<DeleteAccountConfirmation> openWithOneCredential(DialogFixture& f)
{
    auto dialog = std::make_unique<DeleteAccountConfirmation>(
        accountFromStore(f.server, f.orgId(), f.server.demoIds().accountWithOneCredential), 1);
    dialog->open();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qFatal("dialog not shown");
    return dialog;
}

using Failures = QList<QPair<QString, ApiError>>;

// What a bulk delete reported when it finished, kept after the task itself is gone.
struct BulkResult
{
    bool finished = false;
    SessionTask::Outcome outcome = SessionTask::Outcome::Running;
    QStringList deleted;
    Failures failures;
    QString report;
};
using BulkReport = std::shared_ptr<BulkResult>;

BulkReport reportOf(BulkCredentialDelete* bulk)
{
    auto result = std::make_shared<BulkResult>();
    QObject::connect(bulk, &SessionTask::finished, [bulk, result](SessionTask::Outcome outcome) {
        result->finished = true;
        result->outcome = outcome;
        result->deleted = bulk->deletedIds();
        result->failures = bulk->failures();
        result->report = bulk->reportText();
    });
    return result;
}

} // namespace

class TestDeleteDialogs final : public QObject
{
    Q_OBJECT

private slots:
    // QSignalSpy keeps the task a dialog started only when its type is registered.
    void initTestCase() { qRegisterMetaType<keycard::CredentialCreate*>(); }
    void deleteAccount_withCredentials_countsThemAndTypedNameEnablesDelete();
    void deleteAccount_noCredentials_deleteEnabledAtOnce();
    void deleteAccount_opened_isTheActiveModalDialog();
    void deleteAccount_typedNameThenEnter_deletes();
    void deleteAccount_wrongNameThenEnter_doesNothing();
    void deleteAccount_title_fitsTheDialog();
    void deleteCredentials_several_oneConfirmationNamingThem();
    void bulkDelete_oneAlreadyGone_othersDeletedAndFailureReported();
    void bulkDelete_readOnlyCredential_everyFailureReported();
    void lostCreate_answerDropped_orphanFoundAndDeleted();
};

void TestDeleteDialogs::deleteAccount_withCredentials_countsThemAndTypedNameEnablesDelete()
{
    DialogFixture f;
    const QString id = f.server.demoIds().accountWithManyCredentials;
    const int expected = f.server.store().credentialCount(f.orgId(), id);
    QVERIFY(expected > 100); // more than one page
    const ServiceAccount account = accountFromStore(f.server, f.orgId(), id);

    DeleteAccountConfirmation dialog(account);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.countCredentials(f.session, f.orgId());
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.deleteButton()->isEnabled()); // not before the count is known

    QTRY_COMPARE_WITH_TIMEOUT(dialog.credentialCount(), expected, 5000);
    auto* credentialsLabel = dialog.findChild<QLabel*>(QStringLiteral("credentialsLabel"));
    QVERIFY2(credentialsLabel->text().contains(
                 QStringLiteral("This also deletes its %1 credentials").arg(expected)),
             qPrintable(credentialsLabel->text()));
    QVERIFY(dialog.requiresTypedName());
    auto* typed = dialog.findChild<QLineEdit*>(QStringLiteral("typedNameEdit"));
    QVERIFY(typed->isVisible());
    QVERIFY(!dialog.deleteButton()->isEnabled());

    QTest::keyClicks(typed, account.name.left(account.name.size() - 1));
    QVERIFY(!dialog.deleteButton()->isEnabled());
    QTest::keyClicks(typed, account.name.right(1));
    QVERIFY(dialog.deleteButton()->isEnabled());
    QTest::keyClicks(typed, QStringLiteral("x"));
    QVERIFY(!dialog.deleteButton()->isEnabled());
    QTest::keyClick(typed, Qt::Key_Backspace);
    QVERIFY(dialog.deleteButton()->isEnabled());

    QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    // The dialog only asks; nothing was deleted by it.
    QCOMPARE(f.server.requestCount(QStringLiteral("deleteServiceAccount")), 0);
}

void TestDeleteDialogs::deleteAccount_noCredentials_deleteEnabledAtOnce()
{
    DialogFixture f;
    const QString id = f.server.demoIds().accountWithNoCredentials;
    DeleteAccountConfirmation dialog(accountFromStore(f.server, f.orgId(), id), 0);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.requiresTypedName());
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("typedNameEdit"))->isVisible());
    QVERIFY(dialog.deleteButton()->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("questionLabel"))
                ->text()
                .contains(dialog.account().name));
    // Esc cancels.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
}

void TestDeleteDialogs::deleteAccount_opened_isTheActiveModalDialog()
{
    DialogFixture f;
    const QString id = f.server.demoIds().accountWithOneCredential;
    auto* dialog = new DeleteAccountConfirmation(accountFromStore(f.server, f.orgId(), id));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QDialog> guard = dialog;
    dialog->countCredentials(f.session, f.orgId());
    dialog->open();
    QTRY_COMPARE(QApplication::activeModalWidget(), static_cast<QWidget*>(dialog));
    auto* found = qobject_cast<DeleteAccountConfirmation*>(QApplication::activeModalWidget());
    QVERIFY(found);
    QTRY_COMPARE_WITH_TIMEOUT(found->credentialCount(), 1, 5000);
    QVERIFY(found->findChild<QLabel*>(QStringLiteral("credentialsLabel"))
                ->text()
                .contains(QStringLiteral("This also deletes its credential")));
    found->reject();
    QTRY_VERIFY(guard.isNull());
}

void TestDeleteDialogs::deleteAccount_typedNameThenEnter_deletes()
{
    DialogFixture f;
    const auto opened = openWithOneCredential(f);
    DeleteAccountConfirmation& dialog = *opened;
    const ServiceAccount& account = dialog.account();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QVERIFY(!dialog.deleteButton()->isDefault()); // never the default while disabled
    auto* typed = dialog.findChild<QLineEdit*>(QStringLiteral("typedNameEdit"));
    QTest::keyClicks(typed, account.name);
    QVERIFY(dialog.deleteButton()->isEnabled());
    QVERIFY(dialog.deleteButton()->isDefault());
    QTest::keyClick(typed, Qt::Key_Return);
    QCOMPARE(rejected.count(), 0);
    QCOMPARE(accepted.count(), 1);
}

void TestDeleteDialogs::deleteAccount_wrongNameThenEnter_doesNothing()
{
    DialogFixture f;
    const auto opened = openWithOneCredential(f);
    DeleteAccountConfirmation& dialog = *opened;
    const ServiceAccount& account = dialog.account();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    auto* typed = dialog.findChild<QLineEdit*>(QStringLiteral("typedNameEdit"));
    QTest::keyClicks(typed, account.name + QStringLiteral("x"));
    QTest::keyClick(typed, Qt::Key_Return);
    QTest::keyClick(typed, Qt::Key_Enter);
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(rejected.count(), 0);
    QVERIFY(dialog.isVisible());
    // name right, then wrong again: Delete stops being the default
    QTest::keyClick(typed, Qt::Key_Backspace);
    QVERIFY(dialog.deleteButton()->isDefault());
    QTest::keyClicks(typed, QStringLiteral("y"));
    QVERIFY(!dialog.deleteButton()->isDefault());
    QTest::keyClick(typed, Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(rejected.count(), 0);
}

void TestDeleteDialogs::deleteAccount_title_fitsTheDialog()
{
    DialogFixture f;
    const auto opened = openWithOneCredential(f);
    DeleteAccountConfirmation& dialog = *opened;
    const ServiceAccount& account = dialog.account();
    // A title bar's font is the window manager's; a bold application font is a fair stand-in.
    QFont titleFont = QApplication::font();
    titleFont.setBold(true);
    // and the title bar holds an icon and three buttons beside the title
    const int titleWidth = QFontMetrics(titleFont).horizontalAdvance(dialog.windowTitle()) +
                           4 * dialog.style()->pixelMetric(QStyle::PM_TitleBarHeight);
    QVERIFY2(dialog.minimumWidth() >= titleWidth,
             qPrintable(QStringLiteral("minimum %1 px, title %2 px")
                            .arg(dialog.minimumWidth())
                            .arg(titleWidth)));
    dialog.resize(1, 1);
    QVERIFY(dialog.width() >= titleWidth);
    QVERIFY(
        dialog.findChild<QLabel*>(QStringLiteral("questionLabel"))->text().contains(account.name));
}

void TestDeleteDialogs::deleteCredentials_several_oneConfirmationNamingThem()
{
    QList<Credential> credentials;
    for (int i = 0; i < 12; ++i) {
        Credential c;
        c.id = QStringLiteral("id%1").arg(i);
        c.clientId = QStringLiteral("client%1").arg(i);
        c.name = QStringLiteral("deploy-key-%1").arg(i);
        credentials << c;
    }
    DeleteCredentialsConfirmation many(credentials);
    many.open();
    QVERIFY(QTest::qWaitForWindowExposed(&many));
    QCOMPARE(QApplication::activeModalWidget(), static_cast<QWidget*>(&many));
    QVERIFY(many.text().contains(QStringLiteral("Delete these 12 credentials?")));
    QVERIFY(many.text().contains(QStringLiteral("deploy-key-0")));
    QVERIFY(many.text().contains(QStringLiteral("deploy-key-9")));
    QVERIFY(!many.text().contains(QStringLiteral("deploy-key-10")));
    QVERIFY(many.text().contains(QStringLiteral("and 2 more")));
    QVERIFY(many.deleteButton()->isEnabled());
    QSignalSpy accepted(&many, &QDialog::accepted);
    QTest::mouseClick(many.deleteButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);

    DeleteCredentialsConfirmation one(credentials.mid(0, 1));
    QVERIFY(one.text().contains(QStringLiteral("Delete this credential?")));
    QVERIFY(one.text().contains(QStringLiteral("deploy-key-0")));
}

void TestDeleteDialogs::bulkDelete_oneAlreadyGone_othersDeletedAndFailureReported()
{
    DialogFixture f;
    const QString account = f.server.demoIds().accountWithNoCredentials;
    QStringList ids;
    QHash<QString, QString> names;
    for (int i = 0; i < 5; ++i) {
        const QString name = QStringLiteral("bulk-%1").arg(i);
        const QString id = f.server.store().createCredential(f.orgId(), account, name);
        ids << id;
        names.insert(id, name);
    }
    // One disappears before the bulk delete reaches it.
    QVERIFY(f.server.store().deleteCredential(f.orgId(), account, ids.at(2)));

    auto task = std::make_unique<BulkCredentialDelete>(f.session, f.orgId(), account, ids);
    task->setNames(names);
    QSignalSpy progress(task.get(), &BulkCredentialDelete::progress);
    const BulkReport result = reportOf(task.get());
    BulkCredentialDelete* bulk = f.session->start(std::move(task));
    QVERIFY(!bulk->isFinished());
    QTRY_VERIFY_WITH_TIMEOUT(result->finished, 10000);

    QCOMPARE(result->outcome, SessionTask::Outcome::Failed);
    QCOMPARE(progress.count(), 5);
    QCOMPARE(progress.last().at(0).toInt(), 5);
    QCOMPARE(progress.last().at(1).toInt(), 5);
    auto deleted = result->deleted;
    deleted.sort();
    QStringList expected = ids;
    expected.removeAt(2);
    expected.sort();
    QCOMPARE(deleted, expected);
    const auto failures = result->failures;
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.at(0).first, ids.at(2));
    QCOMPARE(failures.at(0).second.kind(), ApiError::Kind::NotFound);
    QCOMPARE(f.server.store().credentialCount(f.orgId(), account), 0);

    const QString report = result->report;
    QVERIFY2(report.contains(QStringLiteral("1 of 5 credentials could not be deleted")),
             qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("bulk-2")));
    QVERIFY(report.contains(QStringLiteral("Request ID: ") + failures.at(0).second.requestId()));
    QVERIFY(!report.contains(QStringLiteral("bulk-1")));
}

void TestDeleteDialogs::bulkDelete_readOnlyCredential_everyFailureReported()
{
    DialogFixture f(/*readOnly=*/true);
    const QString account = f.server.demoIds().accountWithNoCredentials;
    const QStringList ids{
        f.server.store().createCredential(f.orgId(), account, QStringLiteral("a")),
        f.server.store().createCredential(f.orgId(), account, QStringLiteral("b")),
        f.server.store().createCredential(f.orgId(), account, QStringLiteral("c"))};
    auto task = std::make_unique<BulkCredentialDelete>(f.session, f.orgId(), account, ids);
    const BulkReport result = reportOf(task.get());
    f.session->start(std::move(task));
    QTRY_VERIFY_WITH_TIMEOUT(result->finished, 10000);
    QVERIFY(result->deleted.isEmpty());
    const auto failures = result->failures;
    QCOMPARE(failures.size(), 3);
    for (const auto& failure : failures)
        QCOMPARE(failure.second.kind(), ApiError::Kind::Permission);
    QVERIFY(result->report.contains(QStringLiteral("3 of 3 credentials could not be deleted")));
    QCOMPARE(f.server.store().credentialCount(f.orgId(), account), 3);
}

void TestDeleteDialogs::lostCreate_answerDropped_orphanFoundAndDeleted()
{
    DialogFixture f;
    const QString account = f.server.demoIds().accountWithOneCredential;
    const QStringList knownIds = f.server.store().credentialIds(f.orgId(), account);
    const int before = knownIds.size();
    f.server.addFault(QStringLiteral("createCredential"),
                      fake::Fault::of(fake::Fault::Kind::DropAfterCreate));

    // The create, through the dialog, as the user does it.
    QPointer<EditDialog> dialog = EditDialog::createCredential(f.session, f.orgId(), account);
    QSignalSpy started(dialog.data(), &EditDialog::credentialCreateStarted);
    dialog->open();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("orphan-to-be"));
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), Qt::Key_Return);
    QCOMPARE(started.count(), 1);
    QSignalSpy unknown(started.at(0).at(0).value<CredentialCreate*>(),
                       &CredentialCreate::outcomeUnknown);
    QTRY_COMPARE_WITH_TIMEOUT(unknown.count(), 1, 8000);
    const QDateTime startedAt = unknown.at(0).at(0).toDateTime();
    delete dialog;

    QCOMPARE(f.server.requestCount(QStringLiteral("createCredential")), 1);
    QCOMPARE(f.server.store().credentialCount(f.orgId(), account), before + 1);

    const QSet<QString> known(knownIds.cbegin(), knownIds.cend());
    QPointer<LostCreateRecovery> recovery = f.session->start(
        std::make_unique<LostCreateRecovery>(f.session, f.orgId(), account, known, startedAt));
    QSignalSpy found(recovery.data(), &LostCreateRecovery::found);
    QSignalSpy deleted(recovery.data(), &LostCreateRecovery::orphansDeleted);
    QSignalSpy finished(recovery.data(), &SessionTask::finished);
    QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 5000);
    const auto orphans = found.at(0).at(0).value<QList<Credential>>();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.at(0).name, QStringLiteral("orphan-to-be"));
    QVERIFY(!known.contains(orphans.at(0).id));
    const QString text = recovery->explanation();
    QVERIFY2(text.contains(QStringLiteral("its answer never arrived, so its secret is lost")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("These credentials appeared since:")));
    QVERIFY(text.contains(QStringLiteral("orphan-to-be")));
    QVERIFY(text.contains(orphans.at(0).clientId));
    QVERIFY(text.contains(QStringLiteral("Delete it?")));
    // Still exactly one create: the recovery only lists.
    QCOMPARE(f.server.requestCount(QStringLiteral("createCredential")), 1);

    QCOMPARE(finished.count(), 0); // it waits for the user's answer
    recovery->deleteOrphans();
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 5000);
    QCOMPARE(deleted.at(0).at(0).toStringList(), QStringList{orphans.at(0).id});
    QVERIFY(deleted.at(0).at(1).value<Failures>().isEmpty());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<SessionTask::Outcome>(), SessionTask::Outcome::Done);
    QCOMPARE(f.server.store().credentialCount(f.orgId(), account), before);
    QCOMPARE(f.server.store().credentialIds(f.orgId(), account), knownIds);
    QCOMPARE(f.server.requestCount(QStringLiteral("createCredential")), 1);
}

QTEST_MAIN(TestDeleteDialogs)
#include "tst_deletedialogs.moc"
