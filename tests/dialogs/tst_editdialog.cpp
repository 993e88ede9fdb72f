#include "credentialcreate.h"
#include "dialogfixture.h"
#include "editdialog.h"
#include "serverlimits.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace keycard;
using keycard::test::DialogFixture;

namespace {

QPushButton* okButton(EditDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Ok);
}
QLineEdit* nameEdit(EditDialog* dialog)
{
    return dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
}
QPlainTextEdit* descriptionEdit(EditDialog* dialog)
{
    return dialog->findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit"));
}
QLabel* label(EditDialog* dialog, const char* name)
{
    return dialog->findChild<QLabel*>(QLatin1String(name));
}

// Shows the dialog window-modal as the application does and waits until it is on screen.
void show(EditDialog* dialog)
{
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
}

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

// The create that a credential dialog started (null when it started none).
QPointer<CredentialCreate> startedCreate(const QSignalSpy& started)
{
    return started.isEmpty() ? nullptr : started.at(0).at(0).value<CredentialCreate*>();
}

QStringList bodyKeys(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object().keys();
}

} // namespace

class TestEditDialog final : public QObject
{
    Q_OBJECT

private slots:
    // QSignalSpy keeps the task a dialog started only when its type is registered.
    void initTestCase() { qRegisterMetaType<keycard::CredentialCreate*>(); }
    void createServiceAccount_typedNameAndDescription_createsTrimmedAndAccepts();
    void createServiceAccount_emptyOrWhitespaceName_okDisabled();
    void createServiceAccount_descriptionOverLimit_okDisabledAndCounterSaysSo();
    void createServiceAccount_serverRejectsDescription_messageBesideDescription();
    void editServiceAccount_serverRejectsName_messageBesideName();
    void createServiceAccount_readOnlyCredential_showsPermissionErrorWithRequestId();
    void createServiceAccount_escapeWhileSaving_cancelsAndCloses();
    void editServiceAccount_onlyNameChanged_sendsOnlyName();
    void editServiceAccount_nothingChanged_closesWithoutRequest();
    void editServiceAccount_longName_shownWholeUpToTheSaneLength();
    void editServiceAccount_hugeNameUntouched_notSentBackCut();
    void createCredential_typedName_emitsNewCredentialWithSecret();
    void editCredential_descriptionChanged_sendsOnlyDescription();
    void createCredential_answerDropped_notResentAndReported();
    void createCredential_escapeWhileSaving_createGoesOnAndSecretArrives();
};

void TestEditDialog::createServiceAccount_typedNameAndDescription_createsTrimmedAndAccepts()
{
    DialogFixture f;
    const int before = f.server.store().serviceAccountCount(f.orgId());
    QPointer<EditDialog> dialog = EditDialog::createServiceAccount(f.session, f.orgId());
    QSignalSpy saved(dialog.data(), &EditDialog::serviceAccountSaved);
    show(dialog);
    QVERIFY(!okButton(dialog)->isEnabled());

    QTest::keyClicks(nameEdit(dialog), QStringLiteral("  billing-exporter-2  "));
    QTest::keyClicks(descriptionEdit(dialog), QStringLiteral("Exports invoices nightly"));
    QCOMPARE(label(dialog, "counterLabel")->text(), QStringLiteral("24 / 500"));
    QVERIFY(okButton(dialog)->isEnabled());

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    // Busy while saving: inputs and OK disabled, the indicator shown.
    QVERIFY(dialog->isBusy());
    QVERIFY(!nameEdit(dialog)->isEnabled());
    QVERIFY(!descriptionEdit(dialog)->isEnabled());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog->findChild<QProgressBar*>(QStringLiteral("busyIndicator"))->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
    const auto account = saved.at(0).at(0).value<ServiceAccount>();
    QCOMPARE(account.name, QStringLiteral("billing-exporter-2"));
    QCOMPARE(account.description, QStringLiteral("Exports invoices nightly"));
    QCOMPARE(f.server.store().serviceAccountCount(f.orgId()), before + 1);
    const auto* stored = f.server.store().serviceAccount(f.orgId(), account.id);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("billing-exporter-2"));
    QTRY_VERIFY(dialog.isNull()); // accepted and closed (deletes itself)
}

void TestEditDialog::createServiceAccount_emptyOrWhitespaceName_okDisabled()
{
    DialogFixture f;
    QPointer<EditDialog> dialog = EditDialog::createServiceAccount(f.session, f.orgId());
    show(dialog);
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(nameEdit(dialog), QStringLiteral("   "));
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(descriptionEdit(dialog), QStringLiteral("only a description"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(nameEdit(dialog), QStringLiteral("x"));
    QVERIFY(okButton(dialog)->isEnabled());
    nameEdit(dialog)->selectAll();
    QTest::keyClick(nameEdit(dialog), Qt::Key_Backspace);
    QVERIFY(!okButton(dialog)->isEnabled());
    // Return in the name field does not send anything either.
    QTest::keyClick(nameEdit(dialog), Qt::Key_Return);
    QCOMPARE(f.server.requestCount(QStringLiteral("createServiceAccount")), 0);
    delete dialog;
}

void TestEditDialog::createServiceAccount_descriptionOverLimit_okDisabledAndCounterSaysSo()
{
    DialogFixture f;
    QPointer<EditDialog> dialog = EditDialog::createServiceAccount(f.session, f.orgId());
    show(dialog);
    QTest::keyClicks(nameEdit(dialog), QStringLiteral("reporting"));
    descriptionEdit(dialog)->setPlainText(QString(500, QLatin1Char('d')));
    QCOMPARE(label(dialog, "counterLabel")->text(), QStringLiteral("500 / 500"));
    QVERIFY(okButton(dialog)->isEnabled());

    descriptionEdit(dialog)->moveCursor(QTextCursor::End);
    QTest::keyClicks(descriptionEdit(dialog), QStringLiteral("x"));
    QVERIFY(label(dialog, "counterLabel")->text().startsWith(QStringLiteral("501 / 500")));
    QVERIFY(label(dialog, "counterLabel")->text().contains(QStringLiteral("too long")));
    QVERIFY(!okButton(dialog)->isEnabled());
    // The counter turns red.
    QCOMPARE(label(dialog, "counterLabel")->palette().color(QPalette::WindowText),
             QColor(0xc6, 0x28, 0x28));

    QTest::keyClick(descriptionEdit(dialog), Qt::Key_Backspace);
    QCOMPARE(label(dialog, "counterLabel")->text(), QStringLiteral("500 / 500"));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(f.server.requestCount(QStringLiteral("createServiceAccount")), 0);
    delete dialog;
}

void TestEditDialog::createServiceAccount_serverRejectsDescription_messageBesideDescription()
{
    DialogFixture f;
    QPointer<EditDialog> dialog = EditDialog::createServiceAccount(f.session, f.orgId());
    QSignalSpy saved(dialog.data(), &EditDialog::serviceAccountSaved);
    show(dialog);
    dialog->setDescriptionLimit(1000); // let the server do the checking
    QTest::keyClicks(nameEdit(dialog), QStringLiteral("reporting"));
    descriptionEdit(dialog)->setPlainText(QString(501, QLatin1Char('d')));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 5000);
    QCOMPARE(f.server.requestCount(QStringLiteral("createServiceAccount")), 1);
    QVERIFY(label(dialog, "descriptionErrorLabel")->isVisible());
    QVERIFY(label(dialog, "descriptionErrorLabel")
                ->text()
                .contains(QStringLiteral("description"), Qt::CaseInsensitive));
    QVERIFY(!label(dialog, "nameErrorLabel")->isVisible());
    QVERIFY(!label(dialog, "errorLabel")->isVisible());
    QVERIFY(dialog->isVisible()); // still open to correct the value
    QVERIFY(descriptionEdit(dialog)->isEnabled());
    QCOMPARE(saved.count(), 0);

    // Correcting the field clears the message.
    descriptionEdit(dialog)->moveCursor(QTextCursor::End);
    QTest::keyClick(descriptionEdit(dialog), Qt::Key_Backspace);
    QVERIFY(!label(dialog, "descriptionErrorLabel")->isVisible());
    delete dialog;
}

void TestEditDialog::editServiceAccount_serverRejectsName_messageBesideName()
{
    DialogFixture f;
    const QString id = f.server.demoIds().accountWithOneCredential;
    f.server.addFault(QStringLiteral("updateServiceAccount"), fake::Fault::httpStatus(422));
    QPointer<EditDialog> dialog = EditDialog::editServiceAccount(
        f.session, f.orgId(), accountFromStore(f.server, f.orgId(), id));
    show(dialog);
    QTest::keyClicks(nameEdit(dialog), QStringLiteral("-renamed"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(label(dialog, "nameErrorLabel")->isVisible(), 5000);
    QVERIFY(label(dialog, "nameErrorLabel")->text().contains(QStringLiteral("422")));
    QVERIFY(!label(dialog, "descriptionErrorLabel")->isVisible());
    QVERIFY(!label(dialog, "errorLabel")->isVisible());
    QVERIFY(!dialog->isBusy());
    QVERIFY(okButton(dialog)->isEnabled());
    delete dialog;
}

void TestEditDialog::createServiceAccount_readOnlyCredential_showsPermissionErrorWithRequestId()
{
    DialogFixture f(/*readOnly=*/true);
    const int before = f.server.store().serviceAccountCount(f.orgId());
    QPointer<EditDialog> dialog = EditDialog::createServiceAccount(f.session, f.orgId());
    show(dialog);
    QTest::keyClicks(nameEdit(dialog), QStringLiteral("not-allowed"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    QLabel* error = label(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 5000);
    const QString requestId = QString::fromLatin1(
        f.server.lastRequestHeader(QStringLiteral("createServiceAccount"), "X-Client-Request-ID"));
    QVERIFY(!requestId.isEmpty());
    QVERIFY2(error->text().contains(QStringLiteral("not allowed")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("Request ID: ") + requestId),
             qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(f.server.store().serviceAccountCount(f.orgId()), before);
    delete dialog;
}

void TestEditDialog::createServiceAccount_escapeWhileSaving_cancelsAndCloses()
{
    DialogFixture f;
    f.server.addFault(QStringLiteral("createServiceAccount"), fake::Fault::latency(1500));
    QPointer<EditDialog> dialog = EditDialog::createServiceAccount(f.session, f.orgId());
    QSignalSpy saved(dialog.data(), &EditDialog::serviceAccountSaved);
    QSignalSpy rejected(dialog.data(), &QDialog::rejected);
    show(dialog);
    QTest::keyClicks(nameEdit(dialog), QStringLiteral("slow-one"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(f.server.requestCount(QStringLiteral("createServiceAccount")), 1,
                              5000);

    QTest::keyClick(dialog, Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
    QTRY_VERIFY(dialog.isNull());
    QTest::qWait(1800); // past the server's delay: no answer is delivered to anyone
    QCOMPARE(saved.count(), 0);
}

void TestEditDialog::editServiceAccount_onlyNameChanged_sendsOnlyName()
{
    DialogFixture f;
    const QString id = f.server.demoIds().accountWithNoCredentials;
    const ServiceAccount original = accountFromStore(f.server, f.orgId(), id);
    QVERIFY(!original.description.isEmpty());
    QPointer<EditDialog> dialog = EditDialog::editServiceAccount(f.session, f.orgId(), original);
    QSignalSpy saved(dialog.data(), &EditDialog::serviceAccountSaved);
    show(dialog);
    QCOMPARE(nameEdit(dialog)->text(), original.name);
    QCOMPARE(descriptionEdit(dialog)->toPlainText(), original.description);

    nameEdit(dialog)->selectAll();
    QTest::keyClicks(nameEdit(dialog), QStringLiteral("renamed-account"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);

    const QByteArray body = f.server.lastRequestBody(QStringLiteral("updateServiceAccount"));
    QCOMPARE(bodyKeys(body), QStringList{QStringLiteral("name")});
    const auto account = saved.at(0).at(0).value<ServiceAccount>();
    QCOMPARE(account.name, QStringLiteral("renamed-account"));
    QCOMPARE(account.description, original.description);
    QCOMPARE(f.server.store().serviceAccount(f.orgId(), id)->name,
             QStringLiteral("renamed-account"));
    QTRY_VERIFY(dialog.isNull());
}

void TestEditDialog::editServiceAccount_nothingChanged_closesWithoutRequest()
{
    DialogFixture f;
    const QString id = f.server.demoIds().accountWithNoCredentials;
    QPointer<EditDialog> dialog = EditDialog::editServiceAccount(
        f.session, f.orgId(), accountFromStore(f.server, f.orgId(), id));
    QSignalSpy accepted(dialog.data(), &QDialog::accepted);
    QSignalSpy saved(dialog.data(), &EditDialog::serviceAccountSaved);
    show(dialog);
    // Trailing spaces are trimmed away: still no change.
    QTest::keyClicks(nameEdit(dialog), QStringLiteral("  "));
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(f.server.requestCount(QStringLiteral("updateServiceAccount")), 0);
}

void TestEditDialog::editServiceAccount_longName_shownWholeUpToTheSaneLength()
{
    // Longer than any table cell shows, shorter than the sane length: the dialog shows it all.
    DialogFixture f;
    ServiceAccount account =
        accountFromStore(f.server, f.orgId(), f.server.demoIds().accountWithNoCredentials);
    account.name = QString(limits::kMaxCellTextChars * 3, QLatin1Char('n'));
    account.description = QString(limits::kMaxCellDescriptionChars + 100, QLatin1Char('d'));
    QPointer<EditDialog> dialog = EditDialog::editServiceAccount(f.session, f.orgId(), account);
    show(dialog);
    QCOMPARE(nameEdit(dialog)->text(), account.name);
    QCOMPARE(descriptionEdit(dialog)->toPlainText(), account.description);
    delete dialog.data();
}

void TestEditDialog::editServiceAccount_hugeNameUntouched_notSentBackCut()
{
    // A 1 MB name is cut at the sane length so that the window never lays it out whole; the
    // cut value is not sent back when only the description changes.
    DialogFixture f;
    const QString id = f.server.demoIds().accountWithNoCredentials;
    ServiceAccount account = accountFromStore(f.server, f.orgId(), id);
    account.name = QString(1024 * 1024, QLatin1Char('n'));
    QPointer<EditDialog> dialog = EditDialog::editServiceAccount(f.session, f.orgId(), account);
    QSignalSpy saved(dialog.data(), &EditDialog::serviceAccountSaved);
    show(dialog);
    const QString shown = nameEdit(dialog)->text();
    QCOMPARE(shown.size(), limits::kMaxFullTextChars);
    QVERIFY(shown.endsWith(QChar(0x2026)));

    descriptionEdit(dialog)->selectAll();
    QTest::keyClicks(descriptionEdit(dialog), QStringLiteral("new words"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
    const QByteArray body = f.server.lastRequestBody(QStringLiteral("updateServiceAccount"));
    QCOMPARE(bodyKeys(body), QStringList{QStringLiteral("description")});
    QTRY_VERIFY(dialog.isNull());
}

void TestEditDialog::createCredential_typedName_emitsNewCredentialWithSecret()
{
    DialogFixture f;
    const QString account = f.server.demoIds().accountWithOneCredential;
    const int before = f.server.store().credentialCount(f.orgId(), account);
    QPointer<EditDialog> dialog = EditDialog::createCredential(f.session, f.orgId(), account);
    QSignalSpy started(dialog.data(), &EditDialog::credentialCreateStarted);
    show(dialog);
    QTest::keyClicks(nameEdit(dialog), QStringLiteral("ci-runner"));
    QTest::keyClicks(descriptionEdit(dialog), QStringLiteral("For the CI pipeline"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QPointer<CredentialCreate> create = startedCreate(started);
    QVERIFY(create);
    QSignalSpy created(create.data(), &CredentialCreate::created);

    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 5000);
    const auto credential = created.at(0).at(0).value<NewCredential>();
    QCOMPARE(credential.credential.name, QStringLiteral("ci-runner"));
    QCOMPARE(credential.credential.description, QStringLiteral("For the CI pipeline"));
    QVERIFY(!credential.credential.clientId.isEmpty());
    QVERIFY(!credential.clientSecret.isEmpty());
    QCOMPARE(f.server.store().credentialCount(f.orgId(), account), before + 1);
    QTRY_VERIFY(dialog.isNull());
}

void TestEditDialog::editCredential_descriptionChanged_sendsOnlyDescription()
{
    DialogFixture f;
    const QString account = f.server.demoIds().accountWithOneCredential;
    const QString credentialId = f.server.store().credentialIds(f.orgId(), account).first();
    const fake::Credential* stored = f.server.store().credential(f.orgId(), account, credentialId);
    QVERIFY(stored);
    Credential original;
    original.id = stored->id;
    original.clientId = stored->clientId;
    original.name = stored->name;
    original.description = stored->description;

    QPointer<EditDialog> dialog =
        EditDialog::editCredential(f.session, f.orgId(), account, original);
    QSignalSpy saved(dialog.data(), &EditDialog::credentialSaved);
    show(dialog);
    descriptionEdit(dialog)->selectAll();
    QTest::keyClicks(descriptionEdit(dialog), QStringLiteral("Rotated in March"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);

    QCOMPARE(bodyKeys(f.server.lastRequestBody(QStringLiteral("updateCredential"))),
             QStringList{QStringLiteral("description")});
    const auto credential = saved.at(0).at(0).value<Credential>();
    QCOMPARE(credential.id, original.id);
    QCOMPARE(credential.name, original.name);
    QCOMPARE(credential.description, QStringLiteral("Rotated in March"));
    QCOMPARE(f.server.store().credential(f.orgId(), account, credentialId)->description,
             QStringLiteral("Rotated in March"));
}

void TestEditDialog::createCredential_answerDropped_notResentAndReported()
{
    DialogFixture f;
    const QString account = f.server.demoIds().accountWithNoCredentials;
    f.server.addFault(QStringLiteral("createCredential"),
                      fake::Fault::of(fake::Fault::Kind::DropAfterCreate));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QPointer<EditDialog> dialog = EditDialog::createCredential(f.session, f.orgId(), account);
    QSignalSpy started(dialog.data(), &EditDialog::credentialCreateStarted);
    show(dialog);
    QTest::keyClicks(nameEdit(dialog), QStringLiteral("lost-answer"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QPointer<CredentialCreate> create = startedCreate(started);
    QVERIFY(create);
    QSignalSpy created(create.data(), &CredentialCreate::created);
    QSignalSpy unknown(create.data(), &CredentialCreate::outcomeUnknown);

    QTRY_COMPARE_WITH_TIMEOUT(unknown.count(), 1, 8000);
    QVERIFY(unknown.at(0).at(0).toDateTime() >= before.addMSecs(-1));
    QCOMPARE(created.count(), 0);
    QLabel* error = label(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("secret is lost")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("Request ID: ")));
    // It cannot be sent again from this dialog.
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClick(nameEdit(dialog), Qt::Key_Return);
    QTest::qWait(200);
    QCOMPARE(f.server.requestCount(QStringLiteral("createCredential")), 1);
    QCOMPARE(f.server.store().credentialCount(f.orgId(), account), 1); // the server did create it
    delete dialog;
}

void TestEditDialog::createCredential_escapeWhileSaving_createGoesOnAndSecretArrives()
{
    DialogFixture f;
    const QString account = f.server.demoIds().accountWithNoCredentials;
    f.server.addFault(QStringLiteral("createCredential"), fake::Fault::latency(1000));
    QPointer<EditDialog> dialog = EditDialog::createCredential(f.session, f.orgId(), account);
    QSignalSpy started(dialog.data(), &EditDialog::credentialCreateStarted);
    show(dialog);
    QTest::keyClicks(nameEdit(dialog), QStringLiteral("given-up"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QPointer<CredentialCreate> create = startedCreate(started);
    QVERIFY(create);
    QSignalSpy created(create.data(), &CredentialCreate::created);
    QSignalSpy unknown(create.data(), &CredentialCreate::outcomeUnknown);
    QTRY_COMPARE_WITH_TIMEOUT(f.server.requestCount(QStringLiteral("createCredential")), 1, 5000);
    QCOMPARE(f.session->createsInFlight(), 1);

    // The request may already have reached the server: closing the dialog does not drop its
    // answer, which carries the only copy of the secret.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 5000);
    QVERIFY(!created.at(0).at(0).value<NewCredential>().clientSecret.isEmpty());
    QCOMPARE(unknown.count(), 0);
    QCOMPARE(f.session->createsInFlight(), 0);
    QCOMPARE(f.server.requestCount(QStringLiteral("createCredential")), 1);
}

QTEST_MAIN(TestEditDialog)
#include "tst_editdialog.moc"
