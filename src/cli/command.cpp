#include "command.h"

#include "apiclient.h"
#include "apierror.h"
#include "context.h"
#include "itemlookup.h"
#include "output.h"
#include "profilestore.h"
#include "secretstore.h"
#include "signin.h"
#include "storedsecretsindex.h"
#include "terminal.h"

namespace keycard::cli {

Command::Command(Context& context) : m_context(context) {}

Command::~Command() = default;

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    context().progress({});
    // Never inside the caller's own call: main() may still be connecting.
    QMetaObject::invokeMethod(
        this, [this, exitCode] { emit finished(exitCode); }, Qt::QueuedConnection);
}

void Command::fail(const ApiError& error)
{
    context().error(describeError(error));
    switch (error.kind()) {
    case ApiError::Kind::Authentication:
        finish(ExitSignInFailed);
        break;
    case ApiError::Kind::OutcomeUnknown:
        finish(ExitOutcomeUnknown);
        break;
    default:
        finish(ExitFailed);
        break;
    }
}

void Command::failUsage(const QString& message)
{
    context().error(message);
    finish(ExitUsage);
}

void Command::outputFailed(int error)
{
    if (!readerLeft(error))
        context().error(tr("The output could not be written (%1); stopped.").arg(errorText(error)));
    finish(ExitOutputFailed);
}

void Command::finishWritten(int error)
{
    if (error == 0)
        finish(ExitDone);
    else
        outputFailed(error);
}

QString Command::keychainProfile() const
{
    return m_session ? m_session->identity().keychainProfile() : QString();
}

void Command::signIn(const std::function<void()>& next)
{
    const GlobalOptions& options = context().options();
    m_signIn = std::make_unique<SignIn>();
    connect(m_signIn.get(), &SignIn::succeeded, this, [this, next](const SessionPtr& session) {
        m_session = session;
        watchRequests();
        context().verbose(tr("signed in to %1").arg(session->config().baseUrl.toString()));
        next();
    });
    connect(m_signIn.get(), &SignIn::failed, this, [this](const QString& message) {
        context().error(tr("Sign-in failed: %1").arg(message));
        finish(ExitSignInFailed);
    });

    ConnectionConfig environment = ConnectionConfig::fromEnvironment();
    if (environment.hasCredentials()) {
        // As in the app: the variables win, and --base-url stands in for a missing
        // KEYCARD_API_BASE_URL; the identity is the app's, so both find the same keychain entries.
        if (!options.baseUrl.isEmpty() && qEnvironmentVariableIsEmpty("KEYCARD_API_BASE_URL"))
            environment.baseUrl = options.baseUrl;
        context().verbose(tr("signing in with the KEYCARD_API_* variables"));
        m_signIn->start(environment, environmentIdentity(environment.baseUrl));
        return;
    }
    QString profile = options.profile;
    if (profile.isEmpty()) {
        profile = context().profiles().lastProfile();
        if (!context().profiles().profile(profile))
            profile.clear();
    }
    if (profile.isEmpty()) {
        context().error(tr("Not signed in: set KEYCARD_API_CLIENT_ID and "
                           "KEYCARD_API_CLIENT_SECRET (or KEYCARD_API_API_KEY), or pass --profile "
                           "NAME (see “keycardctl profiles list”)."));
        finish(ExitSignInFailed);
        return;
    }
    if (!options.baseUrl.isEmpty()) {
        failUsage(tr("--base-url goes with the KEYCARD_API_* variables; profile “%1” has its own "
                     "URL.")
                      .arg(profile));
        return;
    }
    context().verbose(tr("signing in with profile “%1”").arg(profile));
    m_signIn->startWithProfile(profile, context().profiles(), context().secrets());
}

void Command::signInToOrganization(const std::function<void()>& next)
{
    signIn([this, next] { pickOrganization(next); });
}

void Command::pickOrganization(const std::function<void()>& next)
{
    const QString wanted = context().options().organization;
    if (!wanted.isEmpty()) {
        m_session->client().getOrganization(wanted, this,
                                            [this, next](const Result<Organization>& result) {
                                                if (!result.ok()) {
                                                    fail(result.error());
                                                    return;
                                                }
                                                m_organization = result.value();
                                                next();
                                            });
        return;
    }
    PageRequest page;
    page.limit = 100;
    page.expandPermissions = false;
    m_session->client().listOrganizations(
        page, this, [this, next](const Result<Page<Organization>>& result) {
            if (!result.ok()) {
                fail(result.error());
                return;
            }
            const QList<Organization>& items = result.value().items;
            if (items.size() == 1 && !result.value().pageInfo.hasNextPage) {
                m_organization = items.first();
                next();
                return;
            }
            if (items.isEmpty()) {
                context().error(tr("This sign-in has access to no organization."));
                finish(ExitFailed);
                return;
            }
            QStringList lines;
            for (const Organization& o : items)
                lines.append(QStringLiteral("  %1  %2  %3").arg(o.id, o.label, o.name));
            failUsage(tr("Several organizations are open to this sign-in; pick one with "
                         "--organization ID_OR_LABEL:\n%1")
                          .arg(lines.join(QLatin1Char('\n'))));
        });
}

void Command::findAccount(const QString& idOrName,
                          const std::function<void(const ServiceAccount&)>& next)
{
    const QString orgId = m_organization.id;
    ApiClient& client = m_session->client();
    LookupCalls<ServiceAccount> calls;
    calls.get = [&client, orgId, idOrName](QObject* context,
                                           ApiClient::Callback<ServiceAccount> done) {
        return client.getServiceAccount(orgId, idOrName, context, std::move(done));
    };
    calls.list = [&client, orgId](const PageRequest& page, QObject* context,
                                  ApiClient::Callback<Page<ServiceAccount>> done) {
        return client.listServiceAccounts(orgId, page, context, std::move(done));
    };
    lookUp<ServiceAccount>(this, idOrName, calls, [this, idOrName, next](const auto& lookup) {
        settle<ServiceAccount>(
            lookup, next,
            tr("No service account in organization %1 has the ID or name “%2”.")
                .arg(m_organization.id, idOrName),
            tr("Several service accounts are named “%1”; give the ID of the one you mean:")
                .arg(idOrName),
            [](const ServiceAccount& a) { return QStringLiteral("  %1  %2").arg(a.id, a.name); });
    });
}

void Command::findCredential(const ServiceAccount& account, const QString& idOrName,
                             const std::function<void(const Credential&)>& next)
{
    const QString orgId = m_organization.id;
    const QString accountId = account.id;
    ApiClient& client = m_session->client();
    LookupCalls<Credential> calls;
    calls.get = [&client, orgId, accountId, idOrName](QObject* context,
                                                      ApiClient::Callback<Credential> done) {
        return client.getCredential(orgId, accountId, idOrName, context, std::move(done));
    };
    calls.list = [&client, orgId, accountId](const PageRequest& page, QObject* context,
                                             ApiClient::Callback<Page<Credential>> done) {
        return client.listCredentials(orgId, accountId, page, context, std::move(done));
    };
    lookUp<Credential>(this, idOrName, calls, [this, account, idOrName, next](const auto& lookup) {
        settle<Credential>(
            lookup, next,
            tr("Service account “%1” has no credential with the ID or name “%2”.")
                .arg(account.name, idOrName),
            tr("Several credentials of service account “%1” are named “%2”; give the ID of the "
               "one you mean:")
                .arg(account.name, idOrName),
            [](const Credential& c) {
                return QStringLiteral("  %1  %2  %3").arg(c.id, c.clientId, c.name);
            });
    });
}

void Command::findAccountAndCredential(
    const QString& account, const QString& credential,
    const std::function<void(const ServiceAccount&, const Credential&)>& next)
{
    findAccount(account, [this, credential, next](const ServiceAccount& found) {
        findCredential(found, credential,
                       [found, next](const Credential& credential) { next(found, credential); });
    });
}

template <typename T>
void Command::settle(const Lookup<T>& lookup, const std::function<void(const T&)>& next,
                     const QString& notFound, const QString& ambiguous,
                     const std::function<QString(const T&)>& line)
{
    using Outcome = typename Lookup<T>::Outcome;
    switch (lookup.outcome) {
    case Outcome::Found:
        next(lookup.item);
        return;
    case Outcome::Failed:
        fail(lookup.error);
        return;
    case Outcome::NotFound:
        context().error(notFound);
        finish(ExitFailed);
        return;
    case Outcome::Ambiguous: {
        QStringList lines{ambiguous};
        for (const T& match : lookup.matches)
            lines.append(line(match));
        failUsage(lines.join(QLatin1Char('\n')));
        return;
    }
    }
}

void Command::forgetStoredSecrets(const QString& accountId, const QStringList& credentialIds,
                                  const std::function<void()>& next)
{
    const QString profile = keychainProfile();
    const QString orgId = m_organization.id;
    StoredSecretsIndex& index = context().storedSecrets();
    const QStringList stored = index.idsForAccount(profile, orgId, accountId);
    QStringList ids;
    for (const QString& id : stored)
        if (credentialIds.isEmpty() || credentialIds.contains(id))
            ids.append(id);
    if (ids.isEmpty()) {
        next();
        return;
    }
    auto waiting = std::make_shared<int>(int(ids.size()));
    for (const QString& id : std::as_const(ids)) {
        const QString key = SecretStore::credentialKey(profile, orgId, accountId, id);
        context().secrets().remove(
            key, this,
            [this, &index, profile, orgId, accountId, id, waiting,
             next](const SecretStore::Outcome& outcome) {
                if (outcome.ok() || outcome.status == SecretStore::Status::NotFound)
                    index.remove(profile, orgId, accountId, id);
                else
                    context().error(tr("Credential %1 is deleted, but its secret could not be "
                                       "removed from the system keychain: %2")
                                        .arg(id, outcome.errorText));
                if (--*waiting == 0)
                    next();
            });
    }
}

void Command::watchRequests()
{
    if (!context().options().verbose)
        return;
    connect(&m_session->client(), &ApiClient::requestFinished, this,
            [this](const QString& requestId, int httpStatus) {
                context().verbose(tr("request %1: HTTP %2")
                                      .arg(requestId, httpStatus > 0 ? QString::number(httpStatus)
                                                                     : tr("no answer")));
            });
}

bool Command::confirm(bool yes, const QString& question)
{
    if (yes)
        return true;
    if (!terminal::stdinIsTerminal()) {
        failUsage(
            tr("%1 Not on a terminal, so nobody can answer: add --yes to go ahead.").arg(question));
        return false;
    }
    const auto answer = terminal::ask(question + tr(" [y/N] "));
    const QString reply = answer.value_or(QString()).trimmed().toLower();
    if (reply == QLatin1String("y") || reply == QLatin1String("yes") || reply == tr("y") ||
        reply == tr("yes"))
        return true;
    context().note(tr("Nothing was changed."));
    finish(ExitFailed);
    return false;
}

} // namespace keycard::cli
