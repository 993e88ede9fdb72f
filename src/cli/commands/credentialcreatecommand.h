#pragma once

#include "command.h"
#include "secretstring.h"

#include <QFile>
#include <memory>

namespace keycard::cli {

// credentials create ACCOUNT NAME [--description TEXT] [--store] [--secret-to stdout|FILE]
//
// Where the secret goes is settled before anything is created: --store (the keychain, where the
// app shows it as stored), --secret-to stdout (only inside the JSON object), --secret-to FILE (a
// new owner-only file). Without either, a terminal is asked; otherwise it refuses (ExitUsage).
// The create is sent once; a lost answer ends with ExitOutcomeUnknown. A secret that could not be
// put where asked is never dropped: it goes to stdout, with an error.
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
    enum class Output { Record, Stdout, File, Terminal };

    bool chooseInteractively();
    bool openFile();
    void checkKeychain(const std::function<void()>& next);
    void create(const ServiceAccount& account);
    void deliver(const NewCredential& created);
    void writeOut(const NewCredential& created, bool stored, const QString& storeError);
    void discardFile();

    QString m_account;
    Draft m_draft;
    bool m_store = false;
    Output m_output = Output::Record;
    QString m_path;
    std::unique_ptr<QFile> m_file;
    QString m_accountId;
    QString m_secretToValue;
};

} // namespace keycard::cli
