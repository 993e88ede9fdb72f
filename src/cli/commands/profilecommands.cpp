#include "profilecommands.h"

#include "apiclient.h"
#include "context.h"
#include "profilestore.h"
#include "records.h"
#include "recordwriter.h"
#include "secretstore.h"
#include "terminal.h"

#include <QCommandLineParser>

namespace keycard::cli {

namespace {
class ProfilesList final : public Command
{
public:
    ProfilesList(Context& context, const QStringList&, const QCommandLineParser&) : Command(context)
    {}

    void start() override
    {
        RecordWriter writer(context().format(), profileTable());
        QList<Record> records;
        const QList<ConnectionProfile> profiles = context().profiles().profiles();
        for (const ConnectionProfile& profile : profiles)
            records.append(profileRecord(profile));
        writer.write(records);
        writer.end();
        finish(ExitDone);
    }
};

class ProfilesAdd final : public Command
{
public:
    ProfilesAdd(Context& context, const QStringList& arguments, const QCommandLineParser& parser)
        : Command(context), m_secretFromStdin(parser.isSet(QStringLiteral("secret-stdin")))
    {
        m_profile.name = arguments.value(0);
        m_profile.baseUrl = context.options().baseUrl.isEmpty() ? ConnectionConfig::defaultBaseUrl()
                                                                : context.options().baseUrl;
        m_profile.clientId = parser.value(QStringLiteral("client-id"));
        m_profile.kind = parser.isSet(QStringLiteral("api-key"))
                             ? AuthConfig::Kind::ApiKey
                             : AuthConfig::Kind::ClientCredentials;
    }

    void start() override
    {
        const bool apiKey = m_profile.kind == AuthConfig::Kind::ApiKey;
        if (m_profile.name.trimmed().isEmpty()) {
            failUsage(ProfileCommands::tr("A profile needs a name."));
            return;
        }
        if (apiKey == !m_profile.clientId.isEmpty()) {
            failUsage(ProfileCommands::tr("Give either --client-id ID (a service account "
                                          "credential) or --api-key."));
            return;
        }
        if (auto error = ApiClient::checkBaseUrl(m_profile.baseUrl)) {
            failUsage(describeError(*error));
            return;
        }
        if (context().profiles().profile(m_profile.name)) {
            failUsage(ProfileCommands::tr("A profile named “%1” exists already; remove it first.")
                          .arg(m_profile.name));
            return;
        }
        if (!readSecret())
            return;
        // The secret first: a profile is saved only once its secret is safely in the keychain.
        context().secrets().write(
            SecretStore::profileKey(m_profile.name),
            SecretStore::profileLabel(m_profile.name, m_profile.clientId), m_secret, this,
            [this](const SecretStore::Outcome& outcome) {
                m_secret.clear();
                if (!outcome.ok()) {
                    context().error(ProfileCommands::tr("The system keychain cannot keep the "
                                                        "secret (%1); the profile was not saved.")
                                        .arg(outcome.errorText));
                    finish(ExitFailed);
                    return;
                }
                context().profiles().save(m_profile);
                context().note(ProfileCommands::tr("Saved profile “%1”; its secret is in the "
                                                   "system keychain.")
                                   .arg(m_profile.name));
                finish(ExitDone);
            });
    }

private:
    bool readSecret()
    {
        const bool apiKey = m_profile.kind == AuthConfig::Kind::ApiKey;
        if (m_secretFromStdin) {
            m_secret = terminal::readSecretFromStdin();
        } else if (terminal::stdinIsTerminal()) {
            m_secret = terminal::askSecret(apiKey ? ProfileCommands::tr("API key: ")
                                                  : ProfileCommands::tr("Client secret: "))
                           .value_or(SecretString());
        } else {
            failUsage(ProfileCommands::tr("Not on a terminal: pass the secret on stdin with "
                                          "--secret-stdin."));
            return false;
        }
        if (m_secret.isEmpty()) {
            failUsage(ProfileCommands::tr("No secret was given; the profile was not saved."));
            return false;
        }
        return true;
    }

    ConnectionProfile m_profile;
    bool m_secretFromStdin;
    SecretString m_secret;
};

class ProfilesRemove final : public Command
{
public:
    ProfilesRemove(Context& context, const QStringList& arguments, const QCommandLineParser&)
        : Command(context), m_name(arguments.value(0))
    {}

    void start() override
    {
        if (!context().profiles().profile(m_name)) {
            context().error(
                ProfileCommands::tr("There is no saved profile named “%1”.").arg(m_name));
            finish(ExitFailed);
            return;
        }
        context().secrets().remove(
            SecretStore::profileKey(m_name), this, [this](const SecretStore::Outcome& outcome) {
                if (!outcome.ok() && outcome.status != SecretStore::Status::NotFound) {
                    context().error(ProfileCommands::tr("The profile's secret could not be "
                                                        "removed from the system keychain (%1); "
                                                        "the profile was kept.")
                                        .arg(outcome.errorText));
                    finish(ExitFailed);
                    return;
                }
                context().profiles().remove(m_name);
                context().note(ProfileCommands::tr("Removed profile “%1”.").arg(m_name));
                finish(ExitDone);
            });
    }

private:
    QString m_name;
};
} // namespace

QList<CommandSpec> ProfileCommands::specs()
{
    const QString group = QStringLiteral("profiles");
    return {
        {group,
         QStringLiteral("list"),
         {},
         tr("List the saved connection profiles (shared with Keycard Admin)."),
         {},
         0,
         0,
         factory<ProfilesList>()},
        {group,
         QStringLiteral("add"),
         QStringLiteral("NAME"),
         tr("Save a profile: --base-url URL (default https://api.keycard.ai) and --client-id ID "
            "or --api-key; the secret is asked for, or read from stdin with --secret-stdin, and "
            "kept in the system keychain."),
         {{QStringLiteral("client-id"), tr("The client ID of a service account credential."),
           QStringLiteral("ID")},
          {QStringLiteral("api-key"), tr("The profile signs in with an API key.")},
          {QStringLiteral("secret-stdin"), tr("Read the client secret or API key from stdin.")}},
         1,
         1,
         factory<ProfilesAdd>()},
        {group,
         QStringLiteral("remove"),
         QStringLiteral("NAME"),
         tr("Remove a saved profile and its secret from the system keychain."),
         {},
         1,
         1,
         factory<ProfilesRemove>()},
    };
}

} // namespace keycard::cli
