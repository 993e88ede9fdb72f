#include "accountcommands.h"

#include "bulkcredentialdelete.h"
#include "commonoptions.h"
#include "credentialcreate.h"
#include "listcommand.h"
#include "records.h"

#include <QCommandLineParser>

namespace keycard::cli {

namespace {
bool matchesFilter(const ServiceAccount& account, const QString& filter)
{
    return account.name.contains(filter, Qt::CaseInsensitive) ||
           account.description.contains(filter, Qt::CaseInsensitive) ||
           account.id.contains(filter, Qt::CaseInsensitive);
}

class AccountsList final : public ListCommand
{
public:
    AccountsList(Context& context, const QStringList&, const QCommandLineParser& parser)
        : ListCommand(context), m_filter(parser.value(QStringLiteral("filter")))
    {}

    void start() override
    {
        signInToOrganization([this] {
            ApiClient& client = session()->client();
            const QString orgId = organization().id;
            std::function<bool(const ServiceAccount&)> keep;
            if (!m_filter.isEmpty())
                keep = [filter = m_filter](const ServiceAccount& a) {
                    return matchesFilter(a, filter);
                };
            printAll<ServiceAccount>(
                [&client, orgId](const PageRequest& page, QObject* context,
                                 ApiClient::Callback<Page<ServiceAccount>> done) {
                    return client.listServiceAccounts(orgId, page, context, std::move(done));
                },
                serviceAccountRecord, serviceAccountTable(), keep);
        });
    }

private:
    QString m_filter;
};

class AccountsCreate final : public Command
{
public:
    AccountsCreate(Context& context, const QStringList& arguments, const QCommandLineParser& parser)
        : Command(context)
    {
        m_draft.name = arguments.value(0);
        m_draft.description = parser.value(QStringLiteral("description"));
    }

    void start() override
    {
        if (auto problem = CommonOptions::checkDraft(m_draft)) {
            failUsage(*problem);
            return;
        }
        signInToOrganization([this] {
            session()->client().createServiceAccount(
                organization().id, m_draft, this, [this](const Result<ServiceAccount>& result) {
                    if (result.ok()) {
                        finishWritten(RecordWriter::writeOne(context().format(),
                                                             serviceAccountTable(),
                                                             serviceAccountRecord(result.value())));
                        return;
                    }
                    if (!CredentialCreate::secretMayBeLost(result.error())) {
                        fail(result.error());
                        return;
                    }
                    context().error(describeError(result.error()));
                    context().error(
                        AccountCommands::tr(
                            "The answer to creating service account “%1” was lost, so it may or "
                            "may not exist now. It was not sent again. See what appeared with: "
                            "keycardctl --organization %2 accounts list --filter '%1'")
                            .arg(m_draft.name, organization().id));
                    finish(ExitOutcomeUnknown);
                });
        });
    }

private:
    Draft m_draft;
};

class AccountsUpdate final : public Command
{
public:
    AccountsUpdate(Context& context, const QStringList& arguments, const QCommandLineParser& parser)
        : Command(context), m_account(arguments.value(0)), m_patch(CommonOptions::patch(parser))
    {}

    void start() override
    {
        if (auto problem = CommonOptions::checkPatch(m_patch)) {
            failUsage(*problem);
            return;
        }
        signInToOrganization([this] {
            findAccount(m_account, [this](const ServiceAccount& account) {
                session()->client().updateServiceAccount(
                    organization().id, account.id, m_patch, this,
                    [this](const Result<ServiceAccount>& result) {
                        if (!result.ok()) {
                            fail(result.error());
                            return;
                        }
                        finishWritten(RecordWriter::writeOne(context().format(),
                                                             serviceAccountTable(),
                                                             serviceAccountRecord(result.value())));
                    });
            });
        });
    }

private:
    QString m_account;
    Patch m_patch;
};

class AccountsDelete final : public Command
{
public:
    AccountsDelete(Context& context, const QStringList& arguments, const QCommandLineParser& parser)
        : Command(context), m_account(arguments.value(0)),
          m_withCredentials(parser.isSet(QStringLiteral("with-credentials"))),
          m_yes(parser.isSet(QStringLiteral("yes")))
    {}

    void start() override
    {
        const QString question =
            m_withCredentials
                ? AccountCommands::tr("Delete service account “%1” and all its credentials?")
                      .arg(m_account)
                : AccountCommands::tr("Delete service account “%1”?").arg(m_account);
        if (!confirm(m_yes, question))
            return;
        signInToOrganization([this] {
            findAccount(m_account, [this](const ServiceAccount& account) {
                m_found = account;
                listCredentials();
            });
        });
    }

private:
    void listCredentials()
    {
        ApiClient& client = session()->client();
        const QString orgId = organization().id;
        const QString accountId = m_found.id;
        auto ids = std::make_shared<QStringList>();
        streamPages<Credential>(
            this,
            [&client, orgId, accountId](const PageRequest& page, QObject* context,
                                        ApiClient::Callback<Page<Credential>> done) {
                return client.listCredentials(orgId, accountId, page, context, std::move(done));
            },
            [ids](const QList<Credential>& items) {
                for (const Credential& c : items)
                    ids->append(c.id);
            },
            [this, ids](const std::optional<ApiError>& error) {
                if (error) {
                    fail(*error);
                    return;
                }
                if (ids->isEmpty()) {
                    deleteAccount();
                    return;
                }
                if (!m_withCredentials) {
                    failUsage(AccountCommands::tr("Service account “%1” has %n credential(s); add "
                                                  "--with-credentials to delete them with it.",
                                                  nullptr, int(ids->size()))
                                  .arg(m_found.name));
                    return;
                }
                deleteCredentials(*ids);
            });
    }

    void deleteCredentials(const QStringList& ids)
    {
        auto* bulk = session()->start(
            std::make_unique<BulkCredentialDelete>(session(), organization().id, m_found.id, ids));
        connect(bulk, &BulkCredentialDelete::progress, this, [this](int done, int total) {
            context().progress(
                AccountCommands::tr("Deleting credentials: %1 of %2…").arg(done).arg(total));
        });
        connect(bulk, &SessionTask::finished, this, [this, bulk] {
            const QStringList deleted = bulk->deletedIds();
            const QString report = bulk->reportText();
            forgetStoredSecrets(m_found.id, deleted, [this, report] {
                if (!report.isEmpty()) {
                    context().error(AccountCommands::tr("Some credentials were not deleted, so "
                                                        "the service account was kept:\n%1")
                                        .arg(report));
                    finish(ExitFailed);
                    return;
                }
                deleteAccount();
            });
        });
    }

    void deleteAccount()
    {
        session()->client().deleteServiceAccount(
            organization().id, m_found.id, this, [this](const Result<Empty>& result) {
                if (!result.ok()) {
                    fail(result.error());
                    return;
                }
                context().note(AccountCommands::tr("Deleted service account “%1” (%2).")
                                   .arg(m_found.name, m_found.id));
                forgetStoredSecrets(m_found.id, {}, [this] { finish(ExitDone); });
            });
    }

    QString m_account;
    bool m_withCredentials;
    bool m_yes;
    ServiceAccount m_found;
};
} // namespace

QList<CommandSpec> AccountCommands::specs()
{
    const QString group = QStringLiteral("accounts");
    return {
        {group,
         QStringLiteral("list"),
         {},
         tr("List the organization's service accounts, printing each page as it arrives."),
         {{QStringLiteral("filter"),
           tr("Only accounts whose name, description or ID contains TEXT (any case)."),
           QStringLiteral("TEXT")}},
         0,
         0,
         factory<AccountsList>()},
        {group,
         QStringLiteral("create"),
         QStringLiteral("NAME"),
         tr("Create a service account; a create whose answer is lost is never sent again."),
         {CommonOptions::description(tr("The new account's description (at most 500 "
                                        "characters)."))},
         1,
         1,
         factory<AccountsCreate>()},
        {group,
         QStringLiteral("update"),
         QStringLiteral("ACCOUNT"),
         tr("Rename a service account or change its description."),
         {CommonOptions::name(tr("The account's new name.")),
          CommonOptions::description(tr("The account's new description (empty to clear)."))},
         1,
         1,
         factory<AccountsUpdate>()},
        {group,
         QStringLiteral("delete"),
         QStringLiteral("ACCOUNT"),
         tr("Delete a service account (and its stored secrets from this computer's keychain)."),
         {{QStringLiteral("with-credentials"),
           tr("Also delete the account's credentials (an account that has some is kept "
              "otherwise).")},
          CommonOptions::yes()},
         1,
         1,
         factory<AccountsDelete>()},
    };
}

} // namespace keycard::cli
