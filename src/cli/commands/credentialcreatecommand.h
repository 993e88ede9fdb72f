#pragma once

#include "command.h"

#include <memory>

namespace keycard::cli {

class NewSecretDelivery;

// credentials create ACCOUNT NAME [--description TEXT] [--store] [--secret-to stdout|FILE]
//
// Where the secret goes is settled before anything is created (NewSecretDelivery): --store (the
// keychain, where the app shows it as stored), --secret-to stdout (only inside the JSON object),
// --secret-to FILE (a new owner-only file). Without either, a terminal is asked; otherwise it
// refuses (ExitUsage). The create is sent once; a lost answer ends with ExitOutcomeUnknown.
class CredentialCreateCommand final : public Command
{
    Q_OBJECT

public:
    CredentialCreateCommand(Context& context, const QStringList& arguments,
                            const QCommandLineParser& parser);
    ~CredentialCreateCommand() override;

    static QList<QCommandLineOption> options();
    void start() override;

private:
    void create(const ServiceAccount& account);

    QString m_account;
    Draft m_draft;
    std::unique_ptr<NewSecretDelivery> m_delivery;
};

} // namespace keycard::cli
