#include "credentialcreatecommand.h"

#include "commonoptions.h"
#include "context.h"
#include "credentialcreate.h"
#include "newsecretdelivery.h"

#include <QCommandLineParser>

namespace keycard::cli {

CredentialCreateCommand::CredentialCreateCommand(Context& context, const QStringList& arguments,
                                                 const QCommandLineParser& parser)
    : Command(context), m_account(arguments.value(0)),
      m_delivery(std::make_unique<NewSecretDelivery>(context, parser))
{
    m_draft.name = arguments.value(1);
    m_draft.description = parser.value(QStringLiteral("description"));
}

CredentialCreateCommand::~CredentialCreateCommand() = default;

QList<QCommandLineOption> CredentialCreateCommand::options()
{
    return QList<QCommandLineOption>{CommonOptions::description(
               tr("The new credential's description (at most 500 characters)."))} +
           NewSecretDelivery::options();
}

void CredentialCreateCommand::start()
{
    if (auto problem = CommonOptions::checkDraft(m_draft)) {
        failUsage(*problem);
        return;
    }
    if (auto stop = m_delivery->prepare()) {
        finish(*stop);
        return;
    }
    signInToOrganization([this] {
        findAccount(m_account, [this](const ServiceAccount& account) {
            m_delivery->checkKeychain([this, account](bool usable) {
                if (usable)
                    create(account);
                else
                    finish(ExitFailed);
            });
        });
    });
}

void CredentialCreateCommand::create(const ServiceAccount& account)
{
    auto* task = session()->start(
        std::make_unique<CredentialCreate>(session(), organization().id, account.id, m_draft));
    connect(task, &CredentialCreate::created, this, [this, account](const NewCredential& created) {
        m_delivery->deliver(created, keychainProfile(), organization().id, account.id,
                            [this](int exitCode) { finish(exitCode); });
    });
    connect(task, &CredentialCreate::failed, this, [this](const ApiError& error) {
        m_delivery->discard();
        fail(error);
    });
    connect(task, &CredentialCreate::outcomeUnknown, this,
            [this, account](const QDateTime&, const ApiError& error) {
                m_delivery->discard();
                context().error(describeError(error));
                context().error(NewSecretDelivery::lostCreateMessage(
                    m_draft.name, organization().id, account.id));
                finish(ExitOutcomeUnknown);
            });
}

} // namespace keycard::cli
