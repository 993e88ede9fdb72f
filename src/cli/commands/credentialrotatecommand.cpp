#include "credentialrotatecommand.h"

#include "apiclient.h"
#include "commonoptions.h"
#include "context.h"
#include "credentialcreate.h"
#include "credentialhygiene.h"
#include "newsecretdelivery.h"
#include "pagestream.h"
#include "recordwriter.h"
#include "retireifunused.h"
#include "rotationstate.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace keycard::cli {

namespace {
constexpr qint64 kRecentUseSeconds = 24 * 60 * 60;

QString utcText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// Whether `candidate` is named as `credentials rotate` (and the app) names a replacement of `old`,
// and is not older than it (an earlier rotation's credential replaces nothing newer).
bool isReplacementOf(const Credential& candidate, const Credential& old)
{
    static const QRegularExpression rotated(
        QStringLiteral(" \\(rotated (\\d{4}-\\d{2}-\\d{2})\\)$"));
    if (candidate.id == old.id || (candidate.createdAt.isValid() && old.createdAt.isValid() &&
                                   candidate.createdAt < old.createdAt))
        return false;
    const QRegularExpressionMatch match = rotated.match(candidate.name);
    if (!match.hasMatch())
        return false;
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    return date.isValid() && RotationStore::rotatedName(old.name, date) == candidate.name;
}
} // namespace

CredentialRotateCommand::CredentialRotateCommand(Context& context, const QStringList& arguments,
                                                 const QCommandLineParser& parser)
    : Command(context), m_account(arguments.value(0)), m_credential(arguments.value(1)),
      m_delivery(std::make_unique<NewSecretDelivery>(context, parser)),
      m_retireOld(parser.isSet(QStringLiteral("retire-old"))),
      m_yes(parser.isSet(QStringLiteral("yes"))),
      m_secretOptions(parser.isSet(QStringLiteral("store")) ||
                      parser.isSet(QStringLiteral("secret-to"))),
      m_unusedForText(parser.value(QStringLiteral("if-unused-for")))
{}

CredentialRotateCommand::~CredentialRotateCommand() = default;

QList<QCommandLineOption> CredentialRotateCommand::options()
{
    return NewSecretDelivery::options() +
           QList<QCommandLineOption>{
               {QStringLiteral("retire-old"),
                tr("The last step: delete CREDENTIAL, the old credential, once a replacement "
                   "made by rotate exists.")},
               {QStringLiteral("if-unused-for"),
                tr("With --retire-old: delete only when the old credential has not been used for "
                   "this long (never used counts as unused), such as 24h, 7d, 30m; otherwise "
                   "refuse with exit status 1."),
                QStringLiteral("PERIOD")},
               CommonOptions::yes(),
           };
}

void CredentialRotateCommand::start()
{
    if (!m_retireOld) {
        if (!m_unusedForText.isEmpty()) {
            failUsage(tr("--if-unused-for goes with --retire-old."));
            return;
        }
        startRotation();
        return;
    }
    if (m_secretOptions) {
        failUsage(tr("--retire-old creates nothing, so it takes neither --store nor --secret-to."));
        return;
    }
    if (!m_unusedForText.isEmpty()) {
        m_unusedForSeconds = CredentialHygiene::parsePeriod(m_unusedForText);
        if (!m_unusedForSeconds) {
            failUsage(tr("--if-unused-for takes a number and a unit, such as 24h, 7d, 30m or 45s; "
                         "“%1” is not one.")
                          .arg(m_unusedForText));
            return;
        }
    }
    startRetirement();
}

void CredentialRotateCommand::startRotation()
{
    if (auto stop = m_delivery->prepare()) {
        finish(*stop);
        return;
    }
    signInToOrganization([this] {
        findAccountAndCredential(m_account, m_credential,
                                 [this](const ServiceAccount& account, const Credential& old) {
                                     m_delivery->checkKeychain([this, account, old](bool usable) {
                                         if (usable)
                                             createReplacement(account, old);
                                         else
                                             finish(ExitFailed);
                                     });
                                 });
    });
}

void CredentialRotateCommand::createReplacement(const ServiceAccount& account,
                                                const Credential& old)
{
    const Draft draft{RotationStore::rotatedName(old.name, QDate::currentDate()), old.description};
    auto* task = session()->start(
        std::make_unique<CredentialCreate>(session(), organization().id, account.id, draft));
    connect(task, &CredentialCreate::created, this,
            [this, account, old](const NewCredential& created) {
                m_delivery->deliver(created, keychainProfile(), organization().id, account.id,
                                    [this, account, old, created](int exitCode) {
                                        testReplacement(account, old, created, exitCode);
                                    });
            });
    connect(task, &CredentialCreate::failed, this, [this](const ApiError& error) {
        m_delivery->discard();
        fail(error);
    });
    connect(task, &CredentialCreate::outcomeUnknown, this,
            [this, account, draft](const QDateTime&, const ApiError& error) {
                m_delivery->discard();
                context().error(describeError(error));
                context().error(NewSecretDelivery::lostCreateMessage(draft.name, organization().id,
                                                                     account.id));
                finish(ExitOutcomeUnknown);
            });
}

void CredentialRotateCommand::testReplacement(const ServiceAccount& account, const Credential& old,
                                              const NewCredential& created, int deliveryExit)
{
    const Credential replacement = created.credential;
    session()->client().testClientCredentials(
        replacement.clientId, created.clientSecret, this,
        [this, account, old, replacement, deliveryExit](const Result<Empty>& result) {
            if (!result.ok()) {
                context().error(tr("The replacement “%1” (client ID %2) was created, but it did "
                                   "not sign in: %3. Keep using “%4” and do not retire it.")
                                    .arg(replacement.name, replacement.clientId,
                                         describeError(result.error()), old.name));
                finish(ExitFailed);
                return;
            }
            context().note(
                tr("The replacement “%1” signs in. Switch whatever uses client ID %2 over to "
                   "client ID %3; then retire the old credential with:\n"
                   "  keycardctl --organization %4 credentials rotate %5 %6 --retire-old "
                   "--if-unused-for 24h")
                    .arg(replacement.name, old.clientId, replacement.clientId, organization().id,
                         account.id, old.id));
            finish(deliveryExit);
        });
}

void CredentialRotateCommand::startRetirement()
{
    signInToOrganization([this] {
        findAccountAndCredential(m_account, m_credential,
                                 [this](const ServiceAccount& account, const Credential& old) {
                                     findReplacement(account, old);
                                 });
    });
}

void CredentialRotateCommand::findReplacement(const ServiceAccount& account, const Credential& old)
{
    ApiClient& client = session()->client();
    const QString orgId = organization().id;
    auto found = std::make_shared<std::optional<Credential>>();
    streamPages<Credential>(
        this,
        [&client, orgId, accountId = account.id](const PageRequest& page, QObject* context,
                                                 ApiClient::Callback<Page<Credential>> done) {
            return client.listCredentials(orgId, accountId, page, context, std::move(done));
        },
        [found, old](const QList<Credential>& items) {
            for (const Credential& item : items)
                if (!*found && isReplacementOf(item, old))
                    *found = item;
        },
        [this, account, old, found](const std::optional<ApiError>& error) {
            if (error) {
                fail(*error);
                return;
            }
            if (!*found) {
                context().error(
                    tr("Credential “%1” has no replacement yet (a credential named “%2”), so it "
                       "was not retired. Create one first with: keycardctl credentials rotate "
                       "%3 %4 — or delete it without a replacement with: keycardctl credentials "
                       "delete %3 %4")
                        .arg(old.name, RotationStore::rotatedName(old.name, QDate::currentDate()),
                             account.id, old.id));
                finish(ExitFailed);
                return;
            }
            retire(account, old, **found);
        });
}

void CredentialRotateCommand::retire(const ServiceAccount& account, const Credential& old,
                                     const Credential& replacement)
{
    if (!m_unusedForSeconds) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString question = tr("Retire (delete) credential “%1”, replaced by “%2”?")
                               .arg(old.name, replacement.name);
        if (!CredentialHygiene::unusedFor(old.lastUsedAt, kRecentUseSeconds, now))
            question = tr("Credential “%1” was last used at %2, less than a day ago: something "
                          "may still use it.")
                           .arg(old.name, utcText(old.lastUsedAt)) +
                       QLatin1Char(' ') + question;
        if (!confirm(m_yes, question))
            return;
    }
    auto* task = session()->start(std::make_unique<RetireIfUnused>(
        session(), organization().id, account.id, old.id, m_unusedForSeconds.value_or(-1)));
    connect(task, &RetireIfUnused::retired, this,
            [this, account, old, replacement](const QDateTime& lastUsedAt) {
                context().note(tr("Retired credential “%1” (%2); “%3” (client ID %4) replaces it.")
                                   .arg(old.name, old.id, replacement.name, replacement.clientId));
                const Record record{
                    {QStringLiteral("id"), old.id},
                    {QStringLiteral("name"), old.name},
                    {QStringLiteral("last_used_at"), lastUsedAt.isValid()
                                                         ? QJsonValue(utcText(lastUsedAt))
                                                         : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("retired"), true},
                    {QStringLiteral("replaced_by"), replacement.id},
                };
                const int writeError = RecordWriter::writeOne(context().format(), {}, record);
                forgetStoredSecrets(account.id, {old.id},
                                    [this, writeError] { finishWritten(writeError); });
            });
    connect(task, &RetireIfUnused::refused, this, [this, old](const QDateTime& lastUsedAt) {
        context().error(tr("Credential “%1” was last used at %2, less than %3 ago, so it was not "
                           "retired: something still uses it. Switch that over to the "
                           "replacement and try again later.")
                            .arg(old.name, utcText(lastUsedAt), m_unusedForText));
        finish(ExitFailed);
    });
    connect(task, &RetireIfUnused::failed, this, [this](const ApiError& error) { fail(error); });
}

} // namespace keycard::cli
