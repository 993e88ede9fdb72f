#include "newsecretdelivery.h"

#include "context.h"
#include "exitcode.h"
#include "output.h"
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

// Writes `bytes` to stdout and wipes them: the errno when they did not all arrive, else 0.
int writeStdout(QByteArray& bytes)
{
    const int error = writeAll(stdout, bytes);
    SecretString::wipe(bytes);
    return error;
}
} // namespace

NewSecretDelivery::NewSecretDelivery(Context& context, const QCommandLineParser& parser)
    : m_context(context), m_store(parser.isSet(QStringLiteral("store")))
{
    const QString secretTo = parser.value(QStringLiteral("secret-to"));
    if (secretTo == QLatin1String("stdout")) {
        m_output = Output::Stdout;
    } else if (!secretTo.isEmpty()) {
        m_output = Output::File;
        m_path = secretTo;
    }
}

NewSecretDelivery::~NewSecretDelivery() = default;

QList<QCommandLineOption> NewSecretDelivery::options()
{
    return {
        {QStringLiteral("store"),
         tr("Keep the secret in the system keychain, where Keycard Admin finds it.")},
        {QStringLiteral("secret-to"),
         tr("Write the secret to stdout (inside the JSON object only) or to a new file that only "
            "you may read."),
         QStringLiteral("stdout|FILE")},
    };
}

std::optional<int> NewSecretDelivery::prepare()
{
    if (!m_store && m_output == Output::Record) {
        if (auto stop = chooseInteractively())
            return stop;
    }
    if (m_output == Output::File)
        return openFile();
    if (m_output == Output::Stdout && stdoutReaderGone()) {
        m_context.error(tr("stdout is a pipe whose reader has already ended, so the secret would "
                           "be lost. Nothing was created."));
        return ExitUsage;
    }
    return std::nullopt;
}

std::optional<int> NewSecretDelivery::chooseInteractively()
{
    if (!terminal::stdinIsTerminal() || !terminal::stderrIsTerminal()) {
        m_context.error(tr("The new secret needs a place to go: pass --store (the system "
                           "keychain) or --secret-to stdout|FILE. Nothing was created."));
        return ExitUsage;
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
            return std::nullopt;
        }
        if (choice == QLatin1String("s") && canShow) {
            m_output = Output::Terminal;
            return std::nullopt;
        }
        if (choice == QLatin1String("f")) {
            const auto path = terminal::ask(tr("File to create: "));
            if (!path || path->trimmed().isEmpty())
                continue;
            m_output = Output::File;
            m_path = path->trimmed();
            return std::nullopt;
        }
        if (choice == QLatin1String("q") || !answer) {
            m_context.note(tr("Nothing was created."));
            return ExitFailed;
        }
    }
}

std::optional<int> NewSecretDelivery::openFile()
{
    // Created now, before the credential, new and readable by its owner only: a file that
    // exists already is never overwritten, and a file that cannot be made stops the create.
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::NewOnly,
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_context.error(tr("Cannot create %1 for the secret (%2); it must not exist yet. Nothing "
                           "was created.")
                            .arg(QFileInfo(m_path).absoluteFilePath(), m_file->errorString()));
        m_file.reset();
        return ExitUsage;
    }
    return std::nullopt;
}

void NewSecretDelivery::discard()
{
    if (!m_file)
        return;
    m_file->remove();
    m_file.reset();
}

void NewSecretDelivery::checkKeychain(const std::function<void(bool usable)>& next)
{
    if (!m_store) {
        next(true);
        return;
    }
    // Before creating anything, make sure the keychain answers: reading an entry that does not
    // exist says "not found" only when the keychain works.
    m_context.secrets().read(
        QStringLiteral("keycardctl/availability-check"), this,
        [this, next](const SecretStore::Outcome& outcome) {
            if (outcome.ok() || outcome.status == SecretStore::Status::NotFound) {
                next(true);
                return;
            }
            discard();
            m_context.error(tr("The system keychain cannot keep the secret (%1). Nothing was "
                               "created; use --secret-to FILE instead.")
                                .arg(outcome.errorText));
            next(false);
        });
}

void NewSecretDelivery::deliver(const NewCredential& created, const QString& profile,
                                const QString& orgId, const QString& accountId,
                                const std::function<void(int exitCode)>& done)
{
    if (!m_store) {
        done(writeOut(created, false, {}, orgId, accountId));
        return;
    }
    const QString key =
        SecretStore::credentialKey(profile, orgId, accountId, created.credential.id);
    m_context.secrets().write(
        key, SecretStore::credentialLabel(created.credential.name, created.credential.clientId),
        created.clientSecret, this,
        [this, created, profile, orgId, accountId, done](const SecretStore::Outcome& outcome) {
            if (outcome.ok())
                m_context.storedSecrets().add(profile, orgId, accountId, created.credential.id);
            done(writeOut(created, outcome.ok(), outcome.errorText, orgId, accountId));
        });
}

int NewSecretDelivery::writeOut(const NewCredential& created, bool stored,
                                const QString& storeError, const QString& orgId,
                                const QString& accountId)
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
            m_context.note(tr("The secret is in %1 (readable by you only).")
                               .arg(QFileInfo(m_path).absoluteFilePath()));
    }
    if (stored)
        m_context.note(tr("The secret is in the system keychain; Keycard Admin shows it as "
                          "stored."));

    if (m_output == Output::Stdout || (!secretKept && m_output != Output::Terminal)) {
        // Asked for, or the last safe place left: the caller's own stdout, inside the object.
        QByteArray bytes = recordWithSecret(created);
        if (const int error = writeStdout(bytes))
            return notWritten(created, secretKept, error, orgId, accountId);
        if (!secretKept && m_output != Output::Stdout) {
            m_context.error(tr("The secret could not be kept where you asked (%1), so it was "
                               "written to stdout instead; it is shown nowhere else.")
                                .arg(keepError));
            return ExitFailed;
        }
        return ExitDone;
    }
    int error = RecordWriter::writeOne(m_context.format(), credentialTable(),
                                       credentialRecord(created.credential));
    if (m_output == Output::Terminal && error == 0) {
        QByteArray line = "client_secret: " + created.clientSecret.reveal() + '\n';
        error = writeStdout(line);
        if (error == 0)
            m_context.note(tr("This is the only time the secret is shown."));
    }
    if (error != 0)
        return notWritten(created, secretKept, error, orgId, accountId);
    return ExitDone;
}

int NewSecretDelivery::notWritten(const NewCredential& created, bool secretKept, int error,
                                  const QString& orgId, const QString& accountId)
{
    if (secretKept) {
        if (!readerLeft(error))
            m_context.error(tr("The output could not be written (%1); the secret is kept as said "
                               "above.")
                                .arg(errorText(error)));
        return ExitOutputFailed;
    }
    // Said even to a reader that left: the secret was meant for it.
    m_context.error(tr("The secret of the new credential “%1” (client ID %2) could not be written "
                       "to stdout (%3) and is kept nowhere else: it is lost, nobody has seen it. "
                       "Delete the credential with: keycardctl --organization %4 credentials "
                       "delete %5 %6")
                        .arg(created.credential.name, created.credential.clientId, errorText(error),
                             orgId, accountId, created.credential.id));
    return ExitOutputFailed;
}

QString NewSecretDelivery::lostCreateMessage(const QString& name, const QString& orgId,
                                             const QString& accountId)
{
    return tr("The answer to creating credential “%1” was lost, so it may or may not exist now; "
              "if it does, nobody has seen its secret. It was not sent again. See what appeared "
              "with: keycardctl --organization %2 credentials list %3 — and delete a credential "
              "you do not recognise.")
        .arg(name, orgId, accountId);
}

} // namespace keycard::cli
