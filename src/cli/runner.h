#pragma once

#include <QStringList>
#include <memory>

namespace keycard::cli {

class Command;
class CommandTable;
class Context;

// Reads keycardctl's command line, answers --help, --version and help COMMAND at once (no
// network, no display), and otherwise makes the one command to run.
class Runner final
{
public:
    Runner();
    ~Runner();
    Q_DISABLE_COPY_MOVE(Runner)

    // Returns the exit code when the command line was answered already (help, version, usage
    // errors); -1 when command() is ready to start.
    int prepare(const QStringList& arguments);
    Command* command() const { return m_command.get(); }

private:
    int help(const QStringList& topic) const;

    std::unique_ptr<CommandTable> m_table;
    std::unique_ptr<Context> m_context;
    std::unique_ptr<Command> m_command;
};

} // namespace keycard::cli
