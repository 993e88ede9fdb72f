#pragma once

#include "exitcode.h"
#include "session.h"
#include "types.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <memory>

class QCommandLineParser;

namespace keycard {
class ApiError;
class SignIn;
} // namespace keycard

namespace keycard::cli {

class Context;
template <typename T>
struct Lookup;

// One run of one command ("accounts list"). start() begins the work; exactly one finished()
// follows, later, with the exit code. The steps every command shares are here: signing in as
// the app does, picking the organization, and reporting failures with the right exit code.
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(Context& context);
    ~Command() override;
    Q_DISABLE_COPY_MOVE(Command)

    virtual void start() = 0;

signals:
    void finished(int exitCode);

protected:
    Context& context() const { return m_context; }
    // Ends the command (once; later calls are ignored).
    void finish(int exitCode);
    // Prints describeError() (with the request ID) and ends with ExitFailed, or ExitSignInFailed
    // when the server refused the credentials.
    void fail(const ApiError& error);
    void failUsage(const QString& message);
    // Ends after output that did not all arrive (its errno): quietly when the reader left
    // (`keycardctl … | head`), with the reason otherwise; ExitOutputFailed either way.
    void outputFailed(int error);
    // finish(ExitDone) when `error` (from RecordWriter::writeOne) is 0, else outputFailed().
    void finishWritten(int error);

    // Signs in as the app does: the KEYCARD_API_* variables first, then --profile (its secret
    // from the keychain), then the profile the app used last. Runs `next` once signed in;
    // ends with ExitSignInFailed when that fails.
    void signIn(const std::function<void()>& next);
    // Signs in, then finds --organization (or the only organization there is).
    void signInToOrganization(const std::function<void()>& next);

    // ACCOUNT / CREDENTIAL arguments: an ID or an exact name. Ends with ExitFailed when nothing
    // matches and with ExitUsage (listing the matches) when a name is ambiguous.
    void findAccount(const QString& idOrName,
                     const std::function<void(const ServiceAccount&)>& next);
    void findCredential(const ServiceAccount& account, const QString& idOrName,
                        const std::function<void(const Credential&)>& next);
    void findAccountAndCredential(
        const QString& account, const QString& credential,
        const std::function<void(const ServiceAccount&, const Credential&)>& next);

    // Removes the keychain entries (and the app's index marks) of the given deleted credentials
    // of an account of this organization, or of all its credentials when `credentialIds` is
    // empty; then runs `next`. An entry that cannot be removed is reported, not fatal.
    void forgetStoredSecrets(const QString& accountId, const QStringList& credentialIds,
                             const std::function<void()>& next);

    const SessionPtr& session() const { return m_session; }
    const Organization& organization() const { return m_organization; }
    // The name the app keeps this session's secrets under in the keychain.
    QString keychainProfile() const;

    // Asks "… [y/N]" on a terminal unless --yes was given; not on a terminal and without --yes,
    // ends with ExitUsage. Returns whether to go on.
    bool confirm(bool yes, const QString& question);

private:
    void pickOrganization(const std::function<void()>& next);
    void watchRequests();
    template <typename T>
    void settle(const Lookup<T>& lookup, const std::function<void(const T&)>& next,
                const QString& notFound, const QString& ambiguous,
                const std::function<QString(const T&)>& line);

    Context& m_context;
    SessionPtr m_session;
    Organization m_organization;
    std::unique_ptr<SignIn> m_signIn;
    bool m_finished = false;
};

// What a command needs to be listed, parsed and made: one entry of the command table.
struct CommandSpec
{
    using Factory = std::function<std::unique_ptr<Command>(Context&, const QStringList& arguments,
                                                           const QCommandLineParser& parser)>;

    QString group;     // "accounts"
    QString name;      // "create"; empty for a command of one word
    QString arguments; // "NAME" (for the usage line)
    QString summary;   // one sentence
    QList<QCommandLineOption> options;
    int minArguments = 0;
    int maxArguments = 0;
    Factory create;

    // "accounts create"; a command of one word ("report") has an empty name.
    QString title() const { return name.isEmpty() ? group : group + QLatin1Char(' ') + name; }
};

template <typename T>
CommandSpec::Factory factory()
{
    return [](Context& context, const QStringList& arguments, const QCommandLineParser& parser) {
        return std::make_unique<T>(context, arguments, parser);
    };
}

} // namespace keycard::cli
