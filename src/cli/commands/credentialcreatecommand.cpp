#include "credentialcreatecommand.h"

#include "commonoptions.h"
#include "context.h"
#include "credentialcreate.h"
#include "records.h"
#include "recordwriter.h"
#include "secretstore.h"
#include "storedsecretsindex.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <cstdio>

namespace keycard::cli {

namespace {
// The record of a new credential with its secret, as JSON bytes; the caller wipes them.
QByteArray recordWithSecret(const NewCredential& created)
{
    Record record = credentialRecord(created.credential);
    QString secret = created.clientSecret.revealString();
    record.insert(2, {QStringLiteral("client_secret"), secret});
    QByteArray bytes = RecordWriter::jsonObject(record) + '\n';
    record.clear();
    SecretString::wipe(secret);
    return bytes;
}

void writeStdout(QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    SecretString::wipe(bytes);
}
} // namespace

CredentialCreateCommand::CredentialCreateCommand(Context& context, const QStringList& arguments,
                                                 const QCommandLineParser& parser)
    : Command(context), m_account(arguments.value(0)),
      m_store(parser.isSet(QStringLiteral("store"))),
      m_secretToValue(parser.value(QStringLiteral("secret-to")))
{
    m_draft.name = arguments.value(1);
    m_draft.description = parser.value(QStringLiteral("description"));
    if (m_secretToValue == QLatin1String("stdout")) {
        m_output = Output::Stdout;
    } else if (!m_secretToValue.isEmpty()) {
        m_output = Output::File;
        m_path = m_secretToValue;
    }
}

CredentialCreateCommand::~CredentialCreateCommand() = default;

QList<QCommandLineOption> CredentialCreateCommand::options()
{
    return {
        CommonOptions::description(tr("The new credential's description (at most 500 "
                                      "characters).")),
        {QStringLiteral("store"),
         tr("Keep the secret in the system keychain, where Keycard Admin finds it.")},
        {QStringLiteral("secret-to"),
         tr("Write the secret to stdout (inside the JSON object only) or to a new file that only "
            "you may read."),
         QStringLiteral("stdout|FILE")},
    };
}

void CredentialCreateCommand::start()
{
    if (auto problem = CommonOptions::checkDraft(m_draft)) {
        failUsage(*problem);
        return;
    }
    if (!m_store && m_output == Output::Record && !chooseInteractively())
        return;
    if (m_output == Output::File && !openFile())
        return;
    signInToOrganization([this] {
        findAccount(m_account, [this](const ServiceAccount& account) {
            if (m_store)
                checkKeychain([this, account] { create(account); });
            else
                create(account);
        });
    });
}

bool CredentialCreateCommand::chooseInteractively()
{
    if (!terminal::stdinIsTerminal() || !terminal::stderrIsTerminal()) {
        failUsage(tr("The new secret needs a place to go: pass --store (the system keychain) or "
                     "--secret-to stdout|FILE. Nothing was created."));
        return false;
    }
    const bool canShow = terminal::stdoutIsTerminal();
    const QString question =
        canShow ? tr("The secret of the new credential is shown only once. Keep it in the "
                     "[k]eychain, write it to a [f]ile, [s]how it here, or [q]uit? ")
                : tr("The secret of the new credential is shown only once. Keep it in the "
                     "[k]eychain, write it to a [f]ile, or [q]uit? ");
    for (;;) {
        const auto answer = terminal::ask(question);
        const QString choice = answer.value_or(QStringLiteral("q")).trimmed().toLower();
        if (choice == QLatin1String("k")) {
            m_store = true;
            return true;
        }
        if (choice == QLatin1String("s") && canShow) {
            m_output = Output::Terminal;
            return true;
        }
        if (choice == QLatin1String("f")) {
            const auto path = terminal::ask(tr("File to create: "));
            if (!path || path->trimmed().isEmpty())
                continue;
            m_output = Output::File;
            m_path = path->trimmed();
            return true;
        }
        if (choice == QLatin1String("q") || !answer) {
            context().note(tr("Nothing was created."));
            finish(ExitFailed);
            return false;
        }
    }
}

bool CredentialCreateCommand::openFile()
{
    // Created now, before the credential, new and readable by its owner only: a file that
    // exists already is never overwritten, and a file that cannot be made stops the create.
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::NewOnly,
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        failUsage(tr("Cannot create %1 for the secret (%2); it must not exist yet. Nothing was "
                     "created.")
                      .arg(QFileInfo(m_path).absoluteFilePath(), m_file->errorString()));
        m_file.reset();
        return false;
    }
    return true;
}

void CredentialCreateCommand::discardFile()
{
    if (!m_file)
        return;
    m_file->remove();
    m_file.reset();
}

void CredentialCreateCommand::checkKeychain(const std::function<void()>& next)
{
    // Before creating anything, make sure the keychain answers: reading an entry that does not
    // exist says "not found" only when the keychain works.
    context().secrets().read(
        QStringLiteral("keycardctl/availability-check"), this,
        [this, next](const SecretStore::Outcome& outcome) {
            if (outcome.ok() || outcome.status == SecretStore::Status::NotFound) {
                next();
                return;
            }
            discardFile();
            context().error(tr("The system keychain cannot keep the secret (%1). Nothing was "
                               "created; use --secret-to FILE instead.")
                                .arg(outcome.errorText));
            finish(ExitFailed);
        });
}

void CredentialCreateCommand::create(const ServiceAccount& account)
{
    m_accountId = account.id;
    auto* task = session()->start(
        std::make_unique<CredentialCreate>(session(), organization().id, account.id, m_draft));
    connect(task, &CredentialCreate::created, this, &CredentialCreateCommand::deliver);
    connect(task, &CredentialCreate::failed, this, [this](const ApiError& error) {
        discardFile();
        fail(error);
    });
    connect(task, &CredentialCreate::outcomeUnknown, this,
            [this, account](const QDateTime&, const ApiError& error) {
                discardFile();
                context().error(describeError(error));
                context().error(
                    tr("The answer to creating credential “%1” was lost, so it may or may not "
                       "exist now; if it does, nobody has seen its secret. It was not sent again. "
                       "See what appeared with: keycardctl --organization %2 credentials list "
                       "%3 — and delete a credential you do not recognise.")
                        .arg(m_draft.name, organization().id, account.id));
                finish(ExitOutcomeUnknown);
            });
}

void CredentialCreateCommand::deliver(const NewCredential& created)
{
    if (!m_store) {
        writeOut(created, false, {});
        return;
    }
    const QString profile = keychainProfile();
    const QString orgId = organization().id;
    const QString key =
        SecretStore::credentialKey(profile, orgId, m_accountId, created.credential.id);
    context().secrets().write(
        key, SecretStore::credentialLabel(created.credential.name, created.credential.clientId),
        created.clientSecret, this,
        [this, created, profile, orgId](const SecretStore::Outcome& outcome) {
            if (outcome.ok())
                context().storedSecrets().add(profile, orgId, m_accountId, created.credential.id);
            writeOut(created, outcome.ok(), outcome.errorText);
        });
}

void CredentialCreateCommand::writeOut(const NewCredential& created, bool stored,
                                       const QString& storeError)
{
    bool secretKept = stored;
    QString keepError = storeError;
    if (m_output == Output::File) {
        QByteArray bytes = recordWithSecret(created);
        const bool written = m_file->write(bytes) == bytes.size() && m_file->flush();
        SecretString::wipe(bytes);
        keepError = m_file->errorString();
        m_file->close();
        if (!written)
            m_file->remove(); // never leave half a secret behind
        secretKept = secretKept || written;
        if (written)
            context().note(tr("The secret is in %1 (readable by you only).")
                               .arg(QFileInfo(m_path).absoluteFilePath()));
    }
    if (stored)
        context().note(tr("The secret is in the system keychain; Keycard Admin shows it as "
                          "stored."));

    if (m_output == Output::Stdout || (!secretKept && m_output != Output::Terminal)) {
        // Asked for, or the last safe place left: the caller's own stdout, inside the object.
        QByteArray bytes = recordWithSecret(created);
        writeStdout(bytes);
        if (!secretKept && m_output != Output::Stdout) {
            context().error(tr("The secret could not be kept where you asked (%1), so it was "
                               "written to stdout instead; it is shown nowhere else.")
                                .arg(keepError));
            finish(ExitFailed);
            return;
        }
        finish(ExitDone);
        return;
    }
    RecordWriter::writeOne(context().format(), credentialTable(),
                           credentialRecord(created.credential));
    if (m_output == Output::Terminal) {
        QByteArray line = "client_secret: " + created.clientSecret.reveal() + '\n';
        writeStdout(line);
        context().note(tr("This is the only time the secret is shown."));
    }
    finish(ExitDone);
}

} // namespace keycard::cli
