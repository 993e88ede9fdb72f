// keycardctl's writing side: creates, updates, deletes, and above all where a new secret goes.
// Runs in a private D-Bus session with a real gnome-keyring (scripts/with-keyring).
#include "clitestsupport.h"
#include "profilestore.h"
#include "rotationstate.h"
#include "secretstore.h"
#include "storedsecretsindex.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace keycard;
using keycard::clitest::CliRunner;
using keycard::clitest::Run;

class TestCliSecrets final : public QObject
{
    Q_OBJECT

private:
    fake::FakeServer m_server{11};
    CliRunner m_cli{m_server};
    QString m_org;
    QString m_account;           // a service account of m_org made for these tests
    QList<QByteArray> m_secrets; // every secret seen: none may turn up where it does not belong
    QByteArray m_transcript;     // everything printed that must be free of secrets
    const QString m_envProfile = QStringLiteral("127.0.0.1 (from the environment)");

    QStringList inOrg(const QStringList& rest) const
    {
        return QStringList{QStringLiteral("--organization"), m_org} + rest;
    }

    // Runs keycardctl; what it printed joins the transcript unless stdout was asked for a secret.
    Run run(const QStringList& arguments, const QProcessEnvironment& env,
            const QByteArray& input = {}, bool secretOnStdout = false)
    {
        const Run r = m_cli.run(arguments, env, input);
        m_transcript += r.err;
        if (!secretOnStdout)
            m_transcript += r.out;
        return r;
    }

    Run runOnTerminal(const QStringList& arguments, const QProcessEnvironment& env,
                      const QByteArray& typed, const QString& redirect = {})
    {
        const Run r = m_cli.runOnTerminal(arguments, env, typed, redirect);
        m_transcript += r.out + r.err;
        return r;
    }

    SecretStore::Outcome readKeychain(const QString& key)
    {
        SecretStore store;
        bool done = false;
        SecretStore::Outcome result;
        store.read(key, nullptr, [&](const SecretStore::Outcome& outcome) {
            result = outcome;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            result.status = SecretStore::Status::Failed;
        return result;
    }

    bool indexHas(const QString& profile, const QString& accountId, const QString& credentialId)
    {
        QSettings settings;
        settings.sync(); // written by another process
        return StoredSecretsIndex(&settings).contains(profile, m_org, accountId, credentialId);
    }

    int creates() const { return m_server.requestCount(QStringLiteral("createCredential")); }

    // The ID of m_account's credential named `name` on the server; empty when there is none.
    QString credentialNamed(const QString& name)
    {
        for (const QString& id : m_server.store().credentialIds(m_org, m_account))
            if (m_server.store().credential(m_org, m_account, id)->name == name)
                return id;
        return {};
    }

private slots:
    void initTestCase()
    {
        setApplicationIdentity(); // the settings the app and keycardctl share
        QVERIFY(m_server.listen(0));
        m_org = m_server.demoIds().smallOrgId;
        m_account = m_server.store().createServiceAccount(m_org, QStringLiteral("cli-secrets"));
        m_secrets.append(m_server.demoClientSecret().toUtf8());
    }

    void init()
    {
        m_server.clearFaults();
        m_server.resetRequestCounts();
    }

    void accounts_createUpdateDelete_byIdOrExactName()
    {
        const QProcessEnvironment env = m_cli.signedIn();
        const Run created = run(
            inOrg({QStringLiteral("accounts"), QStringLiteral("create"), QStringLiteral("cli-crud"),
                   QStringLiteral("--description"), QStringLiteral("first")}),
            env);
        QVERIFY2(created.exitCode == 0, created.describe());
        const QString id = created.jsonObject().value(QStringLiteral("id")).toString();
        QVERIFY(m_server.store().serviceAccount(m_org, id));
        QCOMPARE(created.jsonObject().value(QStringLiteral("description")).toString(),
                 QStringLiteral("first"));

        const Run renamed = run(
            inOrg({QStringLiteral("accounts"), QStringLiteral("update"), QStringLiteral("cli-crud"),
                   QStringLiteral("--name"), QStringLiteral("cli-crud-2")}),
            env);
        QVERIFY2(renamed.exitCode == 0, renamed.describe());
        QCOMPARE(m_server.store().serviceAccount(m_org, id)->name, QStringLiteral("cli-crud-2"));

        // A second account of the same name: the name no longer says which one.
        const QString twin =
            m_server.store().createServiceAccount(m_org, QStringLiteral("cli-crud-2"));
        const Run ambiguous = run(inOrg({QStringLiteral("accounts"), QStringLiteral("update"),
                                         QStringLiteral("cli-crud-2"),
                                         QStringLiteral("--description"), QStringLiteral("x")}),
                                  env);
        QVERIFY2(ambiguous.exitCode == 2, ambiguous.describe());
        QVERIFY(ambiguous.err.contains(id.toUtf8()));
        QVERIFY(ambiguous.err.contains(twin.toUtf8()));
        QCOMPARE(m_server.requestCount(QStringLiteral("updateServiceAccount")), 1);

        // Nobody to ask and no --yes: nothing is deleted.
        const Run unconfirmed =
            run(inOrg({QStringLiteral("accounts"), QStringLiteral("delete"), id}), env);
        QVERIFY2(unconfirmed.exitCode == 2, unconfirmed.describe());
        QVERIFY(m_server.store().serviceAccount(m_org, id));

        const Run deleted = run(inOrg({QStringLiteral("accounts"), QStringLiteral("delete"), id,
                                       QStringLiteral("--yes")}),
                                env);
        QVERIFY2(deleted.exitCode == 0, deleted.describe());
        QVERIFY(!m_server.store().serviceAccount(m_org, id));
        QVERIFY(m_server.store().serviceAccount(m_org, twin));

        const Run gone = run(inOrg({QStringLiteral("accounts"), QStringLiteral("delete"), id,
                                    QStringLiteral("--yes")}),
                             env);
        QVERIFY2(gone.exitCode == 1, gone.describe());
    }

    void accountsDelete_withCredentials_onlyWhenAsked()
    {
        const QProcessEnvironment env = m_cli.signedIn();
        const QString id = m_server.store().createServiceAccount(m_org, QStringLiteral("cli-full"));
        m_server.store().createCredential(m_org, id, QStringLiteral("c1"));
        m_server.store().createCredential(m_org, id, QStringLiteral("c2"));

        const Run kept = run(inOrg({QStringLiteral("accounts"), QStringLiteral("delete"),
                                    QStringLiteral("cli-full"), QStringLiteral("--yes")}),
                             env);
        QVERIFY2(kept.exitCode == 2, kept.describe());
        QVERIFY(kept.err.contains("--with-credentials"));
        QCOMPARE(m_server.store().credentialCount(m_org, id), 2);

        const Run all = run(
            inOrg({QStringLiteral("accounts"), QStringLiteral("delete"), QStringLiteral("cli-full"),
                   QStringLiteral("--yes"), QStringLiteral("--with-credentials")}),
            env);
        QVERIFY2(all.exitCode == 0, all.describe());
        QVERIFY(!m_server.store().serviceAccount(m_org, id));
        QCOMPARE(m_server.requestCount(QStringLiteral("deleteCredential")), 2);
    }

    void credentialsCreate_nowhereToPutTheSecret_refusesBeforeCreating()
    {
        const QStringList create = inOrg({QStringLiteral("credentials"), QStringLiteral("create"),
                                          m_account, QStringLiteral("nowhere")});
        // A pipe, not a terminal.
        const Run piped = run(create, m_cli.signedIn());
        QVERIFY2(piped.exitCode == 2, piped.describe());
        QVERIFY(piped.err.contains("--store"));
        // A terminal to show it on, but no one at the keyboard to ask.
        const Run unattended =
            runOnTerminal(create, m_cli.signedIn(), {}, QStringLiteral("</dev/null"));
        QVERIFY2(unattended.exitCode == 2, unattended.describe());
        // Someone at a terminal who says no.
        const Run declined = runOnTerminal(create, m_cli.signedIn(), "q\n");
        QVERIFY2(declined.exitCode == 1, declined.describe());
        QVERIFY(declined.out.contains("[k]eychain"));
        QCOMPARE(creates(), 0);
        QCOMPARE(m_server.store().credentialCount(m_org, m_account), 0);
    }

    void credentialsCreate_secretToStdout_onlyInsideTheJsonObject()
    {
        const Run r =
            run(inOrg({QStringLiteral("-o"), QStringLiteral("table"), QStringLiteral("credentials"),
                       QStringLiteral("create"), m_account, QStringLiteral("to-stdout"),
                       QStringLiteral("--secret-to"), QStringLiteral("stdout")}),
                m_cli.signedIn(), {}, true);
        QVERIFY2(r.exitCode == 0, r.err);
        const QJsonObject object = r.jsonObject();
        const QByteArray secret = object.value(QStringLiteral("client_secret")).toString().toUtf8();
        QVERIFY(secret.startsWith("kcs_"));
        m_secrets.append(secret);
        QVERIFY(!object.value(QStringLiteral("client_id")).toString().isEmpty());
        QCOMPARE(object.value(QStringLiteral("name")).toString(), QStringLiteral("to-stdout"));
        QCOMPARE(creates(), 1);

        // The secret works, given on stdin.
        const Run test =
            run(inOrg({QStringLiteral("credentials"), QStringLiteral("test"), m_account,
                       QStringLiteral("to-stdout"), QStringLiteral("--secret-stdin")}),
                m_cli.signedIn(), secret + '\n');
        QVERIFY2(test.exitCode == 0, test.describe());
        QCOMPARE(test.jsonObject().value(QStringLiteral("works")).toBool(), true);
        const Run wrong =
            run(inOrg({QStringLiteral("credentials"), QStringLiteral("test"), m_account,
                       QStringLiteral("to-stdout"), QStringLiteral("--secret-stdin")}),
                m_cli.signedIn(), "kcs_not-the-secret\n");
        QVERIFY2(wrong.exitCode == 1, wrong.describe());
    }

    // --secret-to stdout and stdout cannot take it (a full disk): the credential exists, its
    // secret is gone, and the message says so and how to delete it.
    void credentialsCreate_secretToStdoutOnFullDisk_saysItIsLostAndWhatToDelete()
    {
        const Run r =
            m_cli.runToFile(inOrg({QStringLiteral("credentials"), QStringLiteral("create"),
                                   m_account, QStringLiteral("to-full-disk"),
                                   QStringLiteral("--secret-to"), QStringLiteral("stdout")}),
                            m_cli.signedIn(), QStringLiteral("/dev/full"));
        m_transcript += r.err;
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(creates(), 1);
        const QString createdId = credentialNamed(QStringLiteral("to-full-disk"));
        QVERIFY(!createdId.isEmpty());
        QVERIFY2(r.err.contains("is lost"), r.err.constData());
        const QByteArray deleteCommand =
            "credentials delete " + m_account.toUtf8() + ' ' + createdId.toUtf8();
        QVERIFY2(r.err.contains(deleteCommand), r.err.constData());
    }

    // --secret-to stdout into a pipe whose reader has already ended: nothing is created.
    void credentialsCreate_secretToStdoutWithoutReader_createsNothing()
    {
        const Run r =
            m_cli.runReaderLeaves(inOrg({QStringLiteral("credentials"), QStringLiteral("create"),
                                         m_account, QStringLiteral("to-nobody"),
                                         QStringLiteral("--secret-to"), QStringLiteral("stdout")}),
                                  m_cli.signedIn(), 0);
        m_transcript += r.err;
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Nothing was created"), r.err.constData());
        QCOMPARE(creates(), 0);
    }

    void credentialsCreate_secretToFile_newOwnerOnlyFile()
    {
        QTemporaryDir outside; // not under HOME: the sweep below looks there
        QVERIFY(outside.isValid());
        const QString path = outside.filePath(QStringLiteral("secret.json"));
        const QStringList create =
            inOrg({QStringLiteral("credentials"), QStringLiteral("create"), m_account,
                   QStringLiteral("to-file"), QStringLiteral("--secret-to"), path});
        const Run r = run(create, m_cli.signedIn());
        QVERIFY2(r.exitCode == 0, r.describe());
        QFile file(path);
        QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        const QByteArray secret = object.value(QStringLiteral("client_secret")).toString().toUtf8();
        QVERIFY(secret.startsWith("kcs_"));
        m_secrets.append(secret);
        QCOMPARE(object.value(QStringLiteral("id")).toString(),
                 r.jsonObject().value(QStringLiteral("id")).toString());
        QVERIFY(!r.jsonObject().contains(QStringLiteral("client_secret")));

        // An existing file is never overwritten, and then nothing is created.
        const Run again = run(create, m_cli.signedIn());
        QVERIFY2(again.exitCode == 2, again.describe());
        QCOMPARE(creates(), 1);
    }

    void create_answerLost_exitsThreeAfterExactlyOnePost()
    {
        const int before = m_server.store().credentialCount(m_org, m_account);
        m_server.addFault(QStringLiteral("createCredential"),
                          fake::Fault::of(fake::Fault::Kind::DropAfterCreate));
        const Run r = run(inOrg({QStringLiteral("credentials"), QStringLiteral("create"), m_account,
                                 QStringLiteral("lost"), QStringLiteral("--secret-to"),
                                 QStringLiteral("stdout")}),
                          m_cli.signedIn());
        QVERIFY2(r.exitCode == 3, r.describe());
        QCOMPARE(creates(), 1);
        QVERIFY(r.err.contains("credentials list"));
        QVERIFY(r.out.isEmpty());
        // It did appear on the server: that is what the message tells the user to look for.
        QCOMPARE(m_server.store().credentialCount(m_org, m_account), before + 1);

        m_server.addFault(QStringLiteral("createServiceAccount"),
                          fake::Fault::of(fake::Fault::Kind::DropAfterCreate));
        const Run account = run(inOrg({QStringLiteral("accounts"), QStringLiteral("create"),
                                       QStringLiteral("lost-account")}),
                                m_cli.signedIn());
        QVERIFY2(account.exitCode == 3, account.describe());
        QCOMPARE(m_server.requestCount(QStringLiteral("createServiceAccount")), 1);
        QVERIFY(account.err.contains("accounts list"));
    }

    void credentialsCreate_storeWithoutKeychain_refusesBeforeCreating()
    {
        QProcessEnvironment env = m_cli.signedIn();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent"));
        const Run r = run(inOrg({QStringLiteral("credentials"), QStringLiteral("create"), m_account,
                                 QStringLiteral("no-keychain"), QStringLiteral("--store")}),
                          env);
        QVERIFY2(r.exitCode == 1, r.describe());
        QVERIFY(r.err.contains("keychain"));
        QCOMPARE(creates(), 0);
    }

    void profiles_addSignInStoreTestDeleteRemove_shareTheAppsKeychain()
    {
        const QProcessEnvironment bare = CliRunner::bare();
        const Run added = run({QStringLiteral("profiles"), QStringLiteral("add"),
                               QStringLiteral("demo"), QStringLiteral("--base-url"),
                               m_server.baseUrl().toString(), QStringLiteral("--client-id"),
                               m_server.demoClientId(), QStringLiteral("--secret-stdin")},
                              bare, m_server.demoClientSecret().toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.describe());
        QVERIFY(ProfileStore().profile(QStringLiteral("demo")));
        const Run listed = run({QStringLiteral("profiles"), QStringLiteral("list")}, bare);
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.jsonArray().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("demo"));

        const QStringList asDemo{QStringLiteral("--profile"), QStringLiteral("demo")};
        const Run created =
            run(asDemo + inOrg({QStringLiteral("credentials"), QStringLiteral("create"),
                                QStringLiteral("cli-secrets"), QStringLiteral("stored"),
                                QStringLiteral("--store")}),
                bare);
        QVERIFY2(created.exitCode == 0, created.describe());
        const QString id = created.jsonObject().value(QStringLiteral("id")).toString();
        QVERIFY(!created.jsonObject().contains(QStringLiteral("client_secret")));
        // Where the app looks: its stored-secrets index and the keychain entry under the profile.
        QVERIFY(indexHas(QStringLiteral("demo"), m_account, id));
        const QString key =
            SecretStore::credentialKey(QStringLiteral("demo"), m_org, m_account, id);
        const SecretStore::Outcome stored = readKeychain(key);
        QVERIFY2(stored.ok(), qPrintable(stored.errorText));
        m_secrets.append(stored.secret.reveal());

        const Run tested =
            run(asDemo + inOrg({QStringLiteral("credentials"), QStringLiteral("test"),
                                QStringLiteral("cli-secrets"), QStringLiteral("stored")}),
                bare);
        QVERIFY2(tested.exitCode == 0, tested.describe());

        const Run deleted =
            run(asDemo + inOrg({QStringLiteral("credentials"), QStringLiteral("delete"),
                                QStringLiteral("cli-secrets"), id, QStringLiteral("--yes")}),
                bare);
        QVERIFY2(deleted.exitCode == 0, deleted.describe());
        QVERIFY(!indexHas(QStringLiteral("demo"), m_account, id));
        QCOMPARE(readKeychain(key).status, SecretStore::Status::NotFound);

        const Run removed = run(
            {QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("demo")}, bare);
        QVERIFY2(removed.exitCode == 0, removed.describe());
        QVERIFY(!ProfileStore().profile(QStringLiteral("demo")));
        QCOMPARE(readKeychain(SecretStore::profileKey(QStringLiteral("demo"))).status,
                 SecretStore::Status::NotFound);
        const Run signedOut = run(
            asDemo + QStringList{QStringLiteral("organizations"), QStringLiteral("list")}, bare);
        QVERIFY2(signedOut.exitCode == 4, signedOut.describe());
    }

    void credentialsCreate_terminalUserPicksKeychain_secretNeverOnScreen()
    {
        const Run r = runOnTerminal(inOrg({QStringLiteral("credentials"), QStringLiteral("create"),
                                           m_account, QStringLiteral("asked")}),
                                    m_cli.signedIn(), "k\n");
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(creates(), 1);
        const QString id = credentialNamed(QStringLiteral("asked"));
        QVERIFY(!id.isEmpty());
        // Signed in with the variables: kept under the app's name for that sign-in.
        QVERIFY(indexHas(m_envProfile, m_account, id));
        const SecretStore::Outcome stored =
            readKeychain(SecretStore::credentialKey(m_envProfile, m_org, m_account, id));
        QVERIFY2(stored.ok(), qPrintable(stored.errorText));
        m_secrets.append(stored.secret.reveal());
        QVERIFY(r.out.contains(id.toUtf8()));
    }

    // The ID of the credential of `accountId` named `name`, from the server's own store.
    QString credentialNamed(const QString& accountId, const QString& name)
    {
        for (const QString& id : m_server.store().credentialIds(m_org, accountId))
            if (m_server.store().credential(m_org, accountId, id)->name == name)
                return id;
        return {};
    }

    QStringList rotate(const QString& credential, const QStringList& options)
    {
        return inOrg({QStringLiteral("credentials"), QStringLiteral("rotate"), m_account,
                      credential}) +
               options;
    }

    void rotate_withStore_replacementStoredWorksAndOldRetiredOnlyWhenUnused()
    {
        const auto old = m_server.store().createCredentialWithSecret(
            m_org, m_account, QStringLiteral("ci-deploy"), QStringLiteral("deploys main"));
        m_secrets.append(old.secret);
        const QProcessEnvironment env = m_cli.signedIn();

        const Run rotated =
            run(rotate(QStringLiteral("ci-deploy"), {QStringLiteral("--store")}), env);
        QVERIFY2(rotated.exitCode == 0, rotated.describe());
        QCOMPARE(creates(), 1);
        const QString newName =
            RotationStore::rotatedName(QStringLiteral("ci-deploy"), QDate::currentDate());
        const QString newId = rotated.jsonObject().value(QStringLiteral("id")).toString();
        QCOMPARE(credentialNamed(m_account, newName), newId);
        QCOMPARE(m_server.store().credential(m_org, m_account, newId)->description,
                 QStringLiteral("deploys main"));
        // Tested by a token exchange before the command ended.
        QVERIFY(m_server.store().credential(m_org, m_account, newId)->lastUsedAt.isValid());
        // Kept where the app looks, and the next step named.
        QVERIFY(indexHas(m_envProfile, m_account, newId));
        const SecretStore::Outcome stored =
            readKeychain(SecretStore::credentialKey(m_envProfile, m_org, m_account, newId));
        QVERIFY2(stored.ok(), qPrintable(stored.errorText));
        m_secrets.append(stored.secret.reveal());
        QVERIFY(rotated.err.contains("--retire-old --if-unused-for 24h"));
        QVERIFY(rotated.err.contains(old.id.toUtf8()));

        const Run tested =
            run(inOrg({QStringLiteral("credentials"), QStringLiteral("test"), m_account, newName}),
                env);
        QVERIFY2(tested.exitCode == 0, tested.describe());

        // Something still signs in with the old secret: the unattended retire refuses.
        const Run used = run(inOrg({QStringLiteral("credentials"), QStringLiteral("test"),
                                    m_account, old.id, QStringLiteral("--secret-stdin")}),
                             env, old.secret + '\n');
        QVERIFY2(used.exitCode == 0, used.describe());
        const QDateTime lastUsed =
            m_server.store().credential(m_org, m_account, old.id)->lastUsedAt;
        QVERIFY(lastUsed.isValid());
        const Run refused =
            run(rotate(old.id, {QStringLiteral("--retire-old"), QStringLiteral("--if-unused-for"),
                                QStringLiteral("24h")}),
                env);
        QVERIFY2(refused.exitCode == 1, refused.describe());
        QVERIFY(refused.err.contains(lastUsed.toUTC().toString(Qt::ISODate).toUtf8()));
        QVERIFY(m_server.store().credential(m_org, m_account, old.id));
        QCOMPARE(m_server.requestCount(QStringLiteral("deleteCredential")), 0);

        // Without a period: only with a confirmation, which nobody can give off a terminal.
        const Run unconfirmed = run(rotate(old.id, {QStringLiteral("--retire-old")}), env);
        QVERIFY2(unconfirmed.exitCode == 2, unconfirmed.describe());
        QVERIFY(unconfirmed.err.contains("less than a day ago"));
        QVERIFY(m_server.store().credential(m_org, m_account, old.id));
        // An earlier rotation's credential replaces nothing newer: the replacement stays.
        m_server.store().insertCredentialWithoutSecret(
            m_org, m_account, QStringLiteral("ci-deploy (rotated 2025-01-01)"),
            QDateTime::currentDateTimeUtc().addYears(-1), {});
        const Run backwards =
            run(rotate(newId, {QStringLiteral("--retire-old"), QStringLiteral("--yes")}), env);
        QVERIFY2(backwards.exitCode == 1, backwards.describe());
        QVERIFY(m_server.store().credential(m_org, m_account, newId));
        // Someone at a terminal who says no.
        const Run declined =
            runOnTerminal(rotate(old.id, {QStringLiteral("--retire-old")}), env, "n\n");
        QVERIFY2(declined.exitCode == 1, declined.describe());
        QVERIFY(declined.out.contains("[y/N]"));
        QVERIFY(m_server.store().credential(m_org, m_account, old.id));
        const Run retired =
            run(rotate(old.id, {QStringLiteral("--retire-old"), QStringLiteral("--yes")}), env);
        QVERIFY2(retired.exitCode == 0, retired.describe());
        QVERIFY(!m_server.store().credential(m_org, m_account, old.id));
        QVERIFY(m_server.store().credential(m_org, m_account, newId));
    }

    void rotateRetireOld_neverUsedOld_deletedOnlyOnceReplaced()
    {
        const QString old =
            m_server.store().createCredential(m_org, m_account, QStringLiteral("never-used"));
        const QProcessEnvironment env = m_cli.signedIn();
        const QStringList retire{QStringLiteral("--retire-old"), QStringLiteral("--if-unused-for"),
                                 QStringLiteral("24h")};
        // No replacement yet: nothing is deleted.
        const Run alone = run(rotate(old, retire), env);
        QVERIFY2(alone.exitCode == 1, alone.describe());
        QVERIFY(alone.err.contains("no replacement"));
        QVERIFY(m_server.store().credential(m_org, m_account, old));

        QTemporaryDir outside;
        QVERIFY(outside.isValid());
        const QString path = outside.filePath(QStringLiteral("rotated.json"));
        const Run rotated =
            run(rotate(QStringLiteral("never-used"), {QStringLiteral("--secret-to"), path}), env);
        QVERIFY2(rotated.exitCode == 0, rotated.describe());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray secret = QJsonDocument::fromJson(file.readAll())
                                      .object()
                                      .value(QStringLiteral("client_secret"))
                                      .toString()
                                      .toUtf8();
        QVERIFY(secret.startsWith("kcs_"));
        m_secrets.append(secret);

        const Run retired = run(rotate(old, retire), env);
        QVERIFY2(retired.exitCode == 0, retired.describe());
        QVERIFY(!m_server.store().credential(m_org, m_account, old));
        QVERIFY(!credentialNamed(m_account, RotationStore::rotatedName(QStringLiteral("never-used"),
                                                                       QDate::currentDate()))
                     .isEmpty());

        const Run badPeriod =
            run(rotate(QStringLiteral("never-used (rotated x)"),
                       {QStringLiteral("--retire-old"), QStringLiteral("--if-unused-for"),
                        QStringLiteral("soon")}),
                env);
        QVERIFY2(badPeriod.exitCode == 2, badPeriod.describe());
    }

    void rotate_answerLost_exitsThreeAfterExactlyOnePost()
    {
        m_server.store().createCredential(m_org, m_account, QStringLiteral("lost-rotation"));
        m_server.addFault(QStringLiteral("createCredential"),
                          fake::Fault::of(fake::Fault::Kind::DropAfterCreate));
        const Run r = run(rotate(QStringLiteral("lost-rotation"),
                                 {QStringLiteral("--secret-to"), QStringLiteral("stdout")}),
                          m_cli.signedIn());
        QVERIFY2(r.exitCode == 3, r.describe());
        QCOMPARE(creates(), 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("credentials list"));
        QVERIFY(r.err.contains("not sent again"));
    }

    // Last: every secret seen in this run, looked for in everything printed and every file left.
    void zz_afterEveryRun_noSecretInOutputOrFiles()
    {
        QVERIFY(m_secrets.size() >= 4);
        for (const QByteArray& secret : std::as_const(m_secrets))
            QVERIFY2(!m_transcript.contains(secret), "a secret was printed where it must not be");
        const QString home = QDir::homePath();
        QVERIFY(home.contains(QLatin1String("testhome")));
        QDirIterator files(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int read = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++read;
            const QByteArray content = file.readAll();
            for (const QByteArray& secret : std::as_const(m_secrets))
                QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
        }
        QVERIFY(read > 0); // at least the settings file
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_cli_secrets.moc"
