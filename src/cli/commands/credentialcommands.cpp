#include "credentialcommands.h"

#include "commonoptions.h"
#include "credentialcreatecommand.h"
#include "credentialrotatecommand.h"
#include "listcommand.h"
#include "records.h"
#include "secretstore.h"
#include "terminal.h"

#include <QCommandLineParser>

namespace keycard::cli {

namespace {
class CredentialsList final : public ListCommand
{
public:
    CredentialsList(Context& context, const QStringList& arguments, const QCommandLineParser&)
        : ListCommand(context), m_account(arguments.value(0))
    {}

    void start() override
    {
        signInToOrganization([this] {
            findAccount(m_account, [this](const ServiceAccount& account) {
                ApiClient& client = session()->client();
                const QString orgId = organization().id;
                const QString accountId = account.id;
                printAll<Credential>(
                    [&client, orgId, accountId](const PageRequest& page, QObject* context,
                                                ApiClient::Callback<Page<Credential>> done) {
                        return client.listCredentials(orgId, accountId, page, context,
                                                      std::move(done));
                    },
                    credentialRecord, credentialTable());
            });
        });
    }

private:
    QString m_account;
};

class CredentialsUpdate final : public Command
{
public:
    CredentialsUpdate(Context& context, const QStringList& arguments,
                      const QCommandLineParser& parser)
        : Command(context), m_account(arguments.value(0)), m_credential(arguments.value(1)),
          m_patch(CommonOptions::patch(parser))
    {}

    void start() override
    {
        if (auto problem = CommonOptions::checkPatch(m_patch)) {
            failUsage(*problem);
            return;
        }
        signInToOrganization([this] {
            findAccountAndCredential(
                m_account, m_credential,
                [this](const ServiceAccount& account, const Credential& found) {
                    session()->client().updateCredential(
                        organization().id, account.id, found.id, m_patch, this,
                        [this](const Result<Credential>& result) {
                            if (!result.ok()) {
                                fail(result.error());
                                return;
                            }
                            finishWritten(RecordWriter::writeOne(context().format(),
                                                                 credentialTable(),
                                                                 credentialRecord(result.value())));
                        });
                });
        });
    }

private:
    QString m_account;
    QString m_credential;
    Patch m_patch;
};

class CredentialsDelete final : public Command
{
public:
    CredentialsDelete(Context& context, const QStringList& arguments,
                      const QCommandLineParser& parser)
        : Command(context), m_account(arguments.value(0)), m_credential(arguments.value(1)),
          m_yes(parser.isSet(QStringLiteral("yes")))
    {}

    void start() override
    {
        if (!confirm(m_yes, CredentialCommands::tr("Delete credential “%1” of service account "
                                                   "“%2”? Whatever uses it stops working.")
                                .arg(m_credential, m_account)))
            return;
        signInToOrganization([this] {
            findAccountAndCredential(
                m_account, m_credential,
                [this](const ServiceAccount& account, const Credential& found) {
                    session()->client().deleteCredential(
                        organization().id, account.id, found.id, this,
                        [this, account, found](const Result<Empty>& result) {
                            if (!result.ok()) {
                                fail(result.error());
                                return;
                            }
                            context().note(CredentialCommands::tr("Deleted credential “%1” (%2).")
                                               .arg(found.name, found.id));
                            forgetStoredSecrets(account.id, {found.id},
                                                [this] { finish(ExitDone); });
                        });
                });
        });
    }

private:
    QString m_account;
    QString m_credential;
    bool m_yes;
};

class CredentialsTest final : public Command
{
public:
    CredentialsTest(Context& context, const QStringList& arguments,
                    const QCommandLineParser& parser)
        : Command(context), m_account(arguments.value(0)), m_credential(arguments.value(1)),
          m_secretFromStdin(parser.isSet(QStringLiteral("secret-stdin")))
    {}

    void start() override
    {
        if (m_secretFromStdin) {
            m_secret = terminal::readSecretFromStdin();
            if (m_secret.isEmpty()) {
                failUsage(CredentialCommands::tr("--secret-stdin: nothing came on stdin."));
                return;
            }
        }
        signInToOrganization([this] {
            findAccountAndCredential(
                m_account, m_credential,
                [this](const ServiceAccount& account, const Credential& found) {
                    if (m_secretFromStdin) {
                        test(found);
                        return;
                    }
                    readStoredSecret(account, found);
                });
        });
    }

private:
    void readStoredSecret(const ServiceAccount& account, const Credential& credential)
    {
        const QString key = SecretStore::credentialKey(keychainProfile(), organization().id,
                                                       account.id, credential.id);
        context().secrets().read(
            key, this, [this, credential](const SecretStore::Outcome& outcome) {
                if (!outcome.ok()) {
                    context().error(
                        outcome.status == SecretStore::Status::NotFound
                            ? CredentialCommands::tr(
                                  "This computer's keychain holds no secret of credential “%1” "
                                  "for this sign-in. Pass the secret on stdin with "
                                  "--secret-stdin.")
                                  .arg(credential.name)
                            : CredentialCommands::tr("The system keychain could not be read: %1")
                                  .arg(outcome.errorText));
                    finish(ExitFailed);
                    return;
                }
                m_secret = outcome.secret;
                test(credential);
            });
    }

    void test(const Credential& credential)
    {
        session()->client().testClientCredentials(
            credential.clientId, m_secret, this, [this, credential](const Result<Empty>& result) {
                m_secret.clear();
                if (!result.ok()) {
                    context().error(CredentialCommands::tr("Credential “%1” (client ID %2) did "
                                                           "not sign in: %3")
                                        .arg(credential.name, credential.clientId,
                                             describeError(result.error())));
                    finish(ExitFailed);
                    return;
                }
                Record record{{QStringLiteral("id"), credential.id},
                              {QStringLiteral("client_id"), credential.clientId},
                              {QStringLiteral("name"), credential.name},
                              {QStringLiteral("works"), true}};
                finishWritten(RecordWriter::writeOne(context().format(), {}, record));
            });
    }

    QString m_account;
    QString m_credential;
    bool m_secretFromStdin;
    SecretString m_secret;
};
} // namespace

QList<CommandSpec> CredentialCommands::specs()
{
    const QString group = QStringLiteral("credentials");
    return {
        {group,
         QStringLiteral("list"),
         QStringLiteral("ACCOUNT"),
         tr("List a service account's credentials (never their secrets)."),
         {},
         1,
         1,
         factory<CredentialsList>()},
        {group, QStringLiteral("create"), QStringLiteral("ACCOUNT NAME"),
         tr("Create a credential. Its secret goes to the keychain (--store) or where --secret-to "
            "says; on a terminal without either you are asked, elsewhere nothing is created."),
         CredentialCreateCommand::options(), 2, 2, factory<CredentialCreateCommand>()},
        {group, QStringLiteral("rotate"), QStringLiteral("ACCOUNT CREDENTIAL"),
         tr("Replace a credential: create its replacement (the secret kept as with create) and "
            "test it. Later, --retire-old deletes the old one, with --if-unused-for only when "
            "nothing has used it for that long."),
         CredentialRotateCommand::options(), 2, 2, factory<CredentialRotateCommand>()},
        {group,
         QStringLiteral("update"),
         QStringLiteral("ACCOUNT CREDENTIAL"),
         tr("Rename a credential or change its description."),
         {CommonOptions::name(tr("The credential's new name.")),
          CommonOptions::description(tr("The credential's new description (empty to clear)."))},
         2,
         2,
         factory<CredentialsUpdate>()},
        {group,
         QStringLiteral("delete"),
         QStringLiteral("ACCOUNT CREDENTIAL"),
         tr("Delete a credential (and its stored secret from this computer's keychain)."),
         {CommonOptions::yes()},
         2,
         2,
         factory<CredentialsDelete>()},
        {group,
         QStringLiteral("test"),
         QStringLiteral("ACCOUNT CREDENTIAL"),
         tr("Check that a credential's secret signs in: the secret from the keychain, or from "
            "stdin with --secret-stdin."),
         {{QStringLiteral("secret-stdin"), tr("Read the secret from stdin.")}},
         2,
         2,
         factory<CredentialsTest>()},
    };
}

} // namespace keycard::cli
