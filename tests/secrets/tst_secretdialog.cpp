// The reveal-once dialog end to end: a credential created on the local server through the real
// ApiClient, the real gnome-keyring of a private D-Bus session, the offscreen clipboard.
#include "apiclient.h"
#include "fakeserver.h"
#include "secretdialog.h"
#include "secretservicelabels.h"
#include "secretstore.h"
#include "secrettesthelpers.h"
#include "secureclipboard.h"
#include "session.h"
#include "storedsecretsindex.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFontInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMimeData>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

using keycard::ApiClient;
using keycard::NewCredential;
using keycard::SecretDialog;
using keycard::SecretStore;
using keycard::SecretString;

namespace {
constexpr int kTimeoutMs = 30000;

// Everything any logging category prints while the leak test runs.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") +
                     QLatin1String(": ") + message);
    }
    if (type != QtDebugMsg && type != QtInfoMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

QString clipboardText()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    return mime ? mime->text() : QString();
}
// Where the tests save files: outside HOME, so the leak test's search stays meaningful.
std::unique_ptr<QTemporaryDir> saveDir()
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid() || dir->path().startsWith(QDir::homePath()))
        qFatal("no scratch folder outside HOME");
    return dir;
}

constexpr QFile::Permissions ownerOnly =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
} // namespace

class TestSecretDialog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<keycard::fake::FakeServer> m_server;
    keycard::SessionPtr m_session;
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<keycard::SecureClipboard> m_clipboard;
    std::unique_ptr<keycard::StoredSecretsIndex> m_index;
    SecretDialog::Location m_location;
    int m_created = 0;

    SecretDialog::Services services() const
    {
        return {m_session, m_store.get(), m_clipboard.get(), m_index.get()};
    }

    NewCredential createCredential()
    {
        std::optional<keycard::Result<NewCredential>> result;
        keycard::Draft draft;
        draft.name = QStringLiteral("secret-dialog-test-%1").arg(++m_created);
        m_session->client().createCredential(
            m_location.orgId, m_location.accountId, draft, this,
            [&](const keycard::Result<NewCredential>& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kTimeoutMs))
            qFatal("create credential did not answer");
        if (!result->ok())
            qFatal("create credential failed: %s", qPrintable(describeError(result->error())));
        return result->value();
    }

    std::optional<SecretStore::Outcome> readBack(const QString& key)
    {
        std::optional<SecretStore::Outcome> outcome;
        m_store->read(key, this, [&](const SecretStore::Outcome& o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, kTimeoutMs))
            qWarning("keychain read did not finish");
        return outcome;
    }

    // Opens the dialog for a fresh credential and counts the close confirmations asked.
    struct Opened
    {
        NewCredential created;
        std::unique_ptr<SecretDialog> dialog;
        std::shared_ptr<int> asked = std::make_shared<int>(0);
        std::shared_ptr<bool> answer = std::make_shared<bool>(false);
    };
    Opened open(bool storeAutomatically)
    {
        Opened o;
        o.created = createCredential();
        o.dialog =
            std::make_unique<SecretDialog>(o.created, m_location, services(), storeAutomatically);
        o.dialog->setConfirmDiscard([asked = o.asked, answer = o.answer] {
            ++*asked;
            return *answer;
        });
        o.dialog->show();
        o.dialog->activateWindow(); // keyboard shortcuts go to the active window
        if (!QTest::qWaitForWindowActive(o.dialog.get()))
            qFatal("dialog not shown");
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qgetenv("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
                 "run through scripts/with-keyring (ctest does)");
        QCoreApplication::setOrganizationName(QStringLiteral("Keycard Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_secretdialog"));
        m_server = std::make_unique<keycard::fake::FakeServer>();
        QVERIFY(m_server->listen(0));
        keycard::ConnectionConfig config;
        config.baseUrl = m_server->baseUrl();
        config.auth.kind = keycard::AuthConfig::Kind::ClientCredentials;
        config.auth.clientId = m_server->demoClientId();
        config.auth.secret = SecretString(m_server->demoClientSecret());
        m_session = keycard::Session::create(config, {QString(), QStringLiteral("test")});
        m_store = std::make_unique<SecretStore>(QStringLiteral("Keycard Admin tests"));
        m_clipboard = std::make_unique<keycard::SecureClipboard>();
        m_index = std::make_unique<keycard::StoredSecretsIndex>(); // the default settings
        m_location = {QStringLiteral("test-profile"), m_server->demoIds().bigOrgId,
                      m_server->demoIds().accountWithNoCredentials};
    }

    void newCredential_opened_secretMaskedAndStatementShown()
    {
        auto o = open(true);
        auto* secretEdit = secrettest::child<QLineEdit>(o.dialog.get(), "secretEdit");
        const QString secret = o.created.clientSecret.revealString();
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QVERIFY(!secretEdit->displayText().contains(secret));
        QVERIFY(!o.dialog->isSecretRevealed());
        QCOMPARE(secrettest::child<QLineEdit>(o.dialog.get(), "clientIdEdit")->text(),
                 o.created.credential.clientId);
        QCOMPARE(secrettest::child<QLabel>(o.dialog.get(), "nameLabel")->text(),
                 o.created.credential.name);
        QVERIFY(secrettest::child<QLabel>(o.dialog.get(), "statementLabel")
                    ->text()
                    .contains(QLatin1String("only time the server shows this secret")));
        QTRY_VERIFY_WITH_TIMEOUT(o.dialog->isStored(), kTimeoutMs);
    }

    void newCredential_autoStore_secretIsInTheKeychainAndIndexed()
    {
        auto o = open(true);
        QTRY_VERIFY_WITH_TIMEOUT(o.dialog->isStored(), kTimeoutMs);
        QCOMPARE(o.dialog->keychainStatusText(),
                 QStringLiteral("The secret is stored in this computer's keychain."));
        QVERIFY(m_index->contains(m_location.profile, m_location.orgId, m_location.accountId,
                                  o.created.credential.id));
        const auto back = readBack(SecretStore::credentialKey(
            m_location.profile, m_location.orgId, m_location.accountId, o.created.credential.id));
        QVERIFY(back.has_value());
        QVERIFY2(back->ok(), qPrintable(back->errorText));
        QVERIFY(back->secret == o.created.clientSecret);
        // Seahorse shows which credential it is, by name and client ID.
        const QStringList labels = secrettest::secretServiceLabels(
            m_store->serviceName(),
            SecretStore::credentialKey(m_location.profile, m_location.orgId, m_location.accountId,
                                       o.created.credential.id));
        QCOMPARE(labels, QStringList{SecretStore::credentialLabel(o.created.credential.name,
                                                                  o.created.credential.clientId)});
        QVERIFY(labels.first().contains(o.created.credential.clientId));
        // stored: closing asks nothing
        o.dialog->reject();
        QCOMPARE(*o.asked, 0);
        QVERIFY(!o.dialog->isVisible());
    }

    void show_toggled_revealsAndMasksAgain()
    {
        auto o = open(true);
        auto* secretEdit = secrettest::child<QLineEdit>(o.dialog.get(), "secretEdit");
        auto* show = secrettest::child<QPushButton>(o.dialog.get(), "showSecretButton");
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Normal);
        QCOMPARE(secretEdit->displayText(), o.created.clientSecret.revealString());
        // a button's shortcut animates the click: it lands a moment later
        QTest::keyClick(o.dialog.get(), Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QVERIFY(!secretEdit->displayText().contains(o.created.clientSecret.revealString()));
        QTest::keyClick(o.dialog.get(), Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(o.dialog->isSecretRevealed());
        QTRY_VERIFY_WITH_TIMEOUT(o.dialog->isStored(), kTimeoutMs);
    }

    void copyButtons_clicked_secretWithHintsAndClientIdPlain()
    {
        auto o = open(false);
        QTest::mouseClick(secrettest::child<QPushButton>(o.dialog.get(), "copySecretButton"),
                          Qt::LeftButton);
        QVERIFY(o.dialog->isCopied());
        QCOMPARE(clipboardText(), o.created.clientSecret.revealString());
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(
                     QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArrayLiteral("secret"));
        QVERIFY(m_clipboard->isCountingDown());

        QTest::mouseClick(secrettest::child<QPushButton>(o.dialog.get(), "copyClientIdButton"),
                          Qt::LeftButton);
        QCOMPARE(clipboardText(), o.created.credential.clientId);
        QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(
            QStringLiteral("x-kde-passwordManagerHint")));

        // copied, not stored: closing asks nothing (the keychain did not fail, it was not asked)
        o.dialog->reject();
        QCOMPARE(*o.asked, 0);
    }

    void ctrlC_inTheRevealedSecretField_copiesThroughTheSecureClipboard()
    {
        auto o = open(false);
        QGuiApplication::clipboard()->clear();
        auto* secretEdit = secrettest::child<QLineEdit>(o.dialog.get(), "secretEdit");
        QTest::mouseClick(secrettest::child<QPushButton>(o.dialog.get(), "showSecretButton"),
                          Qt::LeftButton);
        secretEdit->setFocus();
        secretEdit->selectAll(); // a selection is never kept in the secret field
        QVERIFY(!secretEdit->hasSelectedText());
        QTest::keyClick(secretEdit, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboardText(), o.created.clientSecret.revealString());
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(
            QStringLiteral("x-kde-passwordManagerHint")));
        QVERIFY(o.dialog->isCopied());
        m_clipboard->clearNow();
        QVERIFY(clipboardText().isEmpty());
        o.dialog->reject();
    }

    void secretField_maskedAndShown_wholeSecretFitsInAFixedPitchFont()
    {
        auto o = open(true);
        auto* secretEdit = secrettest::child<QLineEdit>(o.dialog.get(), "secretEdit");
        const QString secret = o.created.clientSecret.revealString();
        QVERIFY(secret.size() >= 40);
        QCOMPARE(secretEdit->text(), secret);
        QVERIFY(QFontInfo(secretEdit->font()).fixedPitch());
        const int room = secretEdit->contentsRect().width();
        // masked: every bullet fits too
        QVERIFY2(secretEdit->fontMetrics().horizontalAdvance(secretEdit->displayText()) <= room,
                 qPrintable(QStringLiteral("masked text does not fit %1 px").arg(room)));
        QTest::mouseClick(secrettest::child<QPushButton>(o.dialog.get(), "showSecretButton"),
                          Qt::LeftButton);
        QCOMPARE(secretEdit->displayText(), secret);
        QVERIFY2(secretEdit->fontMetrics().horizontalAdvance(secret) <= room,
                 qPrintable(QStringLiteral("%1 px of secret in %2 px")
                                .arg(secretEdit->fontMetrics().horizontalAdvance(secret))
                                .arg(room)));
        QTRY_VERIFY_WITH_TIMEOUT(o.dialog->isStored(), kTimeoutMs);
    }

    void copySecret_clicked_dialogShowsFeedbackAndCountdownUntilCleared()
    {
        const int timeout = m_clipboard->clearTimeoutSeconds();
        m_clipboard->setClearTimeoutSeconds(3);
        auto o = open(false);
        auto* status = o.dialog->findChild<QLabel*>(QStringLiteral("copyStatusLabel"));
        QVERIFY2(status, "the dialog has no copy status of its own");
        QTest::mouseClick(secrettest::child<QPushButton>(o.dialog.get(), "copySecretButton"),
                          Qt::LeftButton);
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QLatin1String("copied")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QLatin1String("3 s")), qPrintable(status->text()));
        QTRY_VERIFY2(status->text().contains(QLatin1String("2 s")), qPrintable(status->text()));
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QLatin1String("cleared")) &&
                                      !status->text().contains(QLatin1String(" s.")),
                                  qPrintable(status->text()), 10000);
        QVERIFY(clipboardText().isEmpty());
        QVERIFY(!status->text().contains(o.created.clientSecret.revealString()));
        m_clipboard->setClearTimeoutSeconds(timeout);
        o.dialog->reject();
        QCOMPARE(*o.asked, 0);
    }

    void saveAsFile_warningAccepted_envFileOwnerOnlyWithTheSecret()
    {
        const auto dir = saveDir();
        const QString path = dir->filePath(QStringLiteral("credential.env"));
        {
            // a file already there, readable by all: replaced, and owner-only after
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old\n");
            old.close();
            QVERIFY(old.setPermissions(old.permissions() | QFile::ReadOther | QFile::ReadGroup));
        }
        auto o = open(false);
        QStringList steps;
        o.dialog->setConfirmPlainTextFile([&] { return steps << QStringLiteral("warned"), true; });
        o.dialog->setChooseSaveFile([&] {
            steps << QStringLiteral("chose");
            return path;
        });
        QTest::mouseClick(secrettest::child<QPushButton>(o.dialog.get(), "saveFileButton"),
                          Qt::LeftButton);
        QCOMPARE(steps, (QStringList{QStringLiteral("warned"), QStringLiteral("chose")}));
        QVERIFY(o.dialog->isSavedToFile());
        QCOMPARE(QFileInfo(path).permissions(), ownerOnly);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("KEYCARD_API_CLIENT_ID=" + o.created.credential.clientId.toUtf8() +
                            "\nKEYCARD_API_CLIENT_SECRET=" + o.created.clientSecret.reveal() +
                            '\n'));
        QCOMPARE(QDir(dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp
        QVERIFY(secrettest::child<QLabel>(o.dialog.get(), "fileStatusLabel")
                    ->text()
                    .contains(QLatin1String("Delete the file")));
        // saved: the secret is put away, closing asks nothing
        o.dialog->reject();
        QCOMPARE(*o.asked, 0);
    }

    void saveAsFile_jsonSuffix_jsonFileOwnerOnlyWithTheSecret()
    {
        const auto dir = saveDir();
        const QString path = dir->filePath(QStringLiteral("credential.json"));
        auto o = open(false);
        o.dialog->setConfirmPlainTextFile([] { return true; });
        o.dialog->setChooseSaveFile([&] { return path; });
        QTest::mouseClick(secrettest::child<QPushButton>(o.dialog.get(), "saveFileButton"),
                          Qt::LeftButton);
        QCOMPARE(QFileInfo(path).permissions(), ownerOnly);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value(QLatin1String("client_id")).toString(),
                 o.created.credential.clientId);
        QCOMPARE(document.object().value(QLatin1String("client_secret")).toString(),
                 o.created.clientSecret.revealString());
        o.dialog->reject();
        QCOMPARE(*o.asked, 0);
    }

    void saveAsFile_warningDeclined_noFileAndClosingStillAsks()
    {
        const auto dir = saveDir();
        auto o = open(false);
        int chosen = 0;
        o.dialog->setConfirmPlainTextFile([] { return false; });
        o.dialog->setChooseSaveFile([&] {
            ++chosen;
            return dir->filePath(QStringLiteral("credential.env"));
        });
        QTest::mouseClick(secrettest::child<QPushButton>(o.dialog.get(), "saveFileButton"),
                          Qt::LeftButton);
        QCOMPARE(chosen, 0);
        QVERIFY(!o.dialog->isSavedToFile());
        QVERIFY(QDir(dir->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        o.dialog->reject();
        QCOMPARE(*o.asked, 1);
        *o.answer = true;
        o.dialog->reject();
    }

    void test_clicked_reportsTheCredentialWorks()
    {
        auto o = open(true);
        const int tokensBefore = m_server->requestCount(QStringLiteral("serviceAccountToken"));
        QTest::mouseClick(secrettest::child<QPushButton>(o.dialog.get(), "testButton"),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(o.dialog->testResultText(),
                                  QStringLiteral("The credential works."), kTimeoutMs);
        QVERIFY(m_server->requestCount(QStringLiteral("serviceAccountToken")) > tokensBefore);
        QTRY_VERIFY_WITH_TIMEOUT(o.dialog->isStored(), kTimeoutMs);
    }

    void closing_neitherCopiedNorStored_asksAndStaysOpenUntilConfirmed()
    {
        auto o = open(false);
        auto* secretEdit = secrettest::child<QLineEdit>(o.dialog.get(), "secretEdit");
        QVERIFY(!o.dialog->isStored());
        QVERIFY(secrettest::child<QPushButton>(o.dialog.get(), "storeButton")->isVisible());

        QTest::keyClick(o.dialog.get(), Qt::Key_Escape);
        QCOMPARE(*o.asked, 1);
        QVERIFY(o.dialog->isVisible());
        o.dialog->close(); // the window's close button
        QCOMPARE(*o.asked, 2);
        QVERIFY(o.dialog->isVisible());
        QCOMPARE(secretEdit->text(), o.created.clientSecret.revealString());

        *o.answer = true;
        QTest::mouseClick(secrettest::child<QDialogButtonBox>(o.dialog.get(), "buttonBox")
                              ->button(QDialogButtonBox::Close),
                          Qt::LeftButton);
        QCOMPARE(*o.asked, 3);
        QVERIFY(!o.dialog->isVisible());
        QVERIFY(secretEdit->text().isEmpty()); // wiped on close
        QVERIFY(!m_index->contains(m_location.profile, m_location.orgId, m_location.accountId,
                                   o.created.credential.id));
    }

    void storeButton_clicked_storesAndClosesWithoutAsking()
    {
        auto o = open(false);
        QTest::mouseClick(secrettest::child<QPushButton>(o.dialog.get(), "storeButton"),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(o.dialog->isStored(), kTimeoutMs);
        o.dialog->reject();
        QCOMPARE(*o.asked, 0);
    }

    void storedMode_readBackSecret_showsCopiesAndTests()
    {
        auto o = open(true);
        QTRY_VERIFY_WITH_TIMEOUT(o.dialog->isStored(), kTimeoutMs);
        o.dialog->reject();
        const auto back = readBack(o.dialog->keychainKey());
        QVERIFY(back && back->ok());

        SecretDialog stored(o.created.credential, back->secret, m_location, services());
        int asked = 0;
        stored.setConfirmDiscard([&] { return ++asked, false; });
        stored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stored));
        QCOMPARE(stored.mode(), SecretDialog::Mode::Stored);
        QVERIFY(!stored.isSecretRevealed());
        QVERIFY(!secrettest::child<QPushButton>(&stored, "storeButton")->isVisible());
        QTest::mouseClick(secrettest::child<QPushButton>(&stored, "copySecretButton"),
                          Qt::LeftButton);
        QCOMPARE(clipboardText(), o.created.clientSecret.revealString());
        QTest::mouseClick(secrettest::child<QPushButton>(&stored, "testButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stored.testResultText(), QStringLiteral("The credential works."),
                                  kTimeoutMs);
        stored.reject();
        QCOMPARE(asked, 0);
        m_clipboard->clearNow();
    }

    void test_wrongSecret_reportsTheErrorWithoutAToken()
    {
        const auto created = createCredential();
        SecretDialog stored(created.credential, SecretString(QByteArrayLiteral("not-the-secret")),
                            m_location, services());
        stored.show();
        QTest::mouseClick(secrettest::child<QPushButton>(&stored, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!stored.testResultText().isEmpty() &&
                                     !stored.testResultText().startsWith(QLatin1String("Testing")),
                                 kTimeoutMs);
        QVERIFY(stored.testResultText() != QStringLiteral("The credential works."));
        QVERIFY(!stored.testResultText().contains(QLatin1String("eyJ"))); // no JWT shown
    }

    // Create, copy, store, show, test and close with every debug message on; then the secret
    // is nowhere in the log, the settings or any file under the test's home folder.
    void leak_fullFlowWithDebugLogging_secretFoundNowhere()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureMessage);

        QByteArray secretBytes;
        QString credentialId;
        {
            auto o = open(true);
            secretBytes = o.created.clientSecret.reveal();
            credentialId = o.created.credential.id;
            QTest::mouseClick(secrettest::child<QPushButton>(o.dialog.get(), "copySecretButton"),
                              Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(o.dialog->isStored(), kTimeoutMs);
            QTest::mouseClick(secrettest::child<QPushButton>(o.dialog.get(), "showSecretButton"),
                              Qt::LeftButton);
            QTest::mouseClick(secrettest::child<QPushButton>(o.dialog.get(), "testButton"),
                              Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(o.dialog->testResultText(),
                                      QStringLiteral("The credential works."), kTimeoutMs);
            o.dialog->reject();
            QVERIFY(!o.dialog->isVisible());
            m_clipboard->clearNow(); // what quitting does
        }
        QSettings().sync();

        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(secretBytes.size() >= 16);
        const QByteArray utf16 =
            QByteArray(reinterpret_cast<const char*>(QString::fromUtf8(secretBytes).utf16()),
                       secretBytes.size() * 2);
        const QList<QByteArray> forms = {secretBytes, utf16, secretBytes.toBase64(),
                                         secretBytes.toHex(), secretBytes.toPercentEncoding()};

        // the log: it was really on, and the flow really logged
        QStringList log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log;
            g_log.clear();
        }
        QVERIFY(log.size() > 5);
        QVERIFY2(log.join(QLatin1Char('\n')).contains(credentialId),
                 "the flow's debug output names the credential");
        for (const QString& line : std::as_const(log)) {
            const QByteArray bytes = line.toUtf8();
            for (const QByteArray& form : forms)
                QVERIFY2(!bytes.contains(form), qPrintable(QLatin1String("log: ") + line));
        }

        // the settings and every file under the scratch home, the keyring's own file aside
        const QString settingsFile = QSettings().fileName();
        QVERIFY2(QFile::exists(settingsFile), qPrintable(settingsFile));
        const QString home = QDir::homePath();
        QVERIFY2(settingsFile.startsWith(home), qPrintable(settingsFile));
        const QString keyrings = QDir(home).filePath(QStringLiteral(".local/share/keyrings"));
        int searched = 0;
        QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.startsWith(keyrings))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // sockets and the like
            const QByteArray content = file.readAll();
            ++searched;
            for (const QByteArray& form : forms)
                QVERIFY2(!content.contains(form), qPrintable(QLatin1String("file: ") + path));
        }
        QVERIFY(searched >= 1);
        SecretString::wipe(secretBytes);
    }

    void cleanupTestCase() { m_clipboard->clearNow(); }
};

QTEST_MAIN(TestSecretDialog)
#include "tst_secretdialog.moc"
