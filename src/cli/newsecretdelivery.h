#pragma once

#include "types.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QFile>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace keycard::cli {

class Context;

// Where the secret of a credential about to be created goes (--store, --secret-to stdout|FILE,
// or a question on a terminal), and putting it there once it exists. Shared by
// `credentials create` and `credentials rotate`, so both keep a new secret by the same rules:
// the place is settled before anything is created; a secret that cannot be put where asked is
// never dropped but goes to stdout, with an error.
class NewSecretDelivery final : public QObject
{
    Q_OBJECT

public:
    NewSecretDelivery(Context& context, const QCommandLineParser& parser);
    ~NewSecretDelivery() override;
    Q_DISABLE_COPY_MOVE(NewSecretDelivery)

    // --store and --secret-to.
    static QList<QCommandLineOption> options();

    // Before anything is created: settles where the secret goes (asking on a terminal) and
    // creates the file. Returns the exit code to end with when nothing may be created.
    std::optional<int> prepare();
    // With --store, checks that the keychain answers; `next(true)` to go on creating. On
    // false the error has been said and the command ends with ExitFailed.
    void checkKeychain(const std::function<void(bool usable)>& next);
    // The create failed or its answer was lost: removes the file made for the secret.
    void discard();
    // Puts the new secret where it was asked (the keychain entry under `profile`, as the app
    // keeps it), prints the credential's record, then `done(exitCode)`.
    void deliver(const NewCredential& created, const QString& profile, const QString& orgId,
                 const QString& accountId, const std::function<void(int exitCode)>& done);

    // The lost-create rule's message: not sent again, where to look, what to delete.
    static QString lostCreateMessage(const QString& name, const QString& orgId,
                                     const QString& accountId);

private:
    enum class Output { Record, Stdout, File, Terminal };

    std::optional<int> chooseInteractively();
    std::optional<int> openFile();
    int writeOut(const NewCredential& created, bool stored, const QString& storeError,
                 const QString& orgId, const QString& accountId);
    // stdout took not all of the secret or the record (`error`): says so, and what to do when
    // the secret is kept nowhere else.
    int notWritten(const NewCredential& created, bool secretKept, int error, const QString& orgId,
                   const QString& accountId);

    Context& m_context;
    bool m_store = false;
    Output m_output = Output::Record;
    QString m_path;
    std::unique_ptr<QFile> m_file;
};

} // namespace keycard::cli
