#pragma once

#include "command.h"

#include <memory>
#include <optional>

namespace keycard::cli {

class NewSecretDelivery;

// credentials rotate ACCOUNT CREDENTIAL [--store] [--secret-to stdout|FILE]
//   Steps 1 and 2 of a rotation: creates the replacement ("ci-deploy (rotated 2026-11-29)", the
//   old description kept; the app's naming), keeps its secret as `credentials create` does, and
//   tests it with a token exchange. Prints the command for the last step.
// credentials rotate ACCOUNT CREDENTIAL --retire-old [--if-unused-for PERIOD] [--yes]
//   The last step: CREDENTIAL is the old credential. It is deleted only when a replacement
//   (a credential of the account named as rotate names it) exists; with --if-unused-for only
//   when unused for that long (never used counts as unused), otherwise after a confirmation.
class CredentialRotateCommand final : public Command
{
    Q_OBJECT

public:
    CredentialRotateCommand(Context& context, const QStringList& arguments,
                            const QCommandLineParser& parser);
    ~CredentialRotateCommand() override;

    static QList<QCommandLineOption> options();
    void start() override;

private:
    void startRotation();
    void createReplacement(const ServiceAccount& account, const Credential& old);
    void testReplacement(const ServiceAccount& account, const Credential& old,
                         const NewCredential& created, int deliveryExit);

    void startRetirement();
    void findReplacement(const ServiceAccount& account, const Credential& old);
    void retire(const ServiceAccount& account, const Credential& old,
                const Credential& replacement);

    QString m_account;
    QString m_credential;
    std::unique_ptr<NewSecretDelivery> m_delivery;
    bool m_retireOld = false;
    bool m_yes = false;
    bool m_secretOptions = false;
    QString m_unusedForText;
    std::optional<qint64> m_unusedForSeconds;
};

} // namespace keycard::cli
