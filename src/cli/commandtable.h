#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>

namespace keycard::cli {

// Every command keycardctl knows, and the help built from them. A new command group is one
// class with a static specs() (see commands/) and one line in the constructor.
class CommandTable final
{
    Q_DECLARE_TR_FUNCTIONS(CommandTable)

public:
    CommandTable();

    const QList<CommandSpec>& commands() const { return m_commands; }
    const CommandSpec* find(const QString& group, const QString& name) const;
    bool hasGroup(const QString& group) const;

    // keycardctl --help (help2man reads it to make the man page).
    QString usage() const;
    // keycardctl help GROUP
    QString groupHelp(const QString& group) const;
    // keycardctl help GROUP NAME, keycardctl GROUP NAME --help
    QString commandHelp(const CommandSpec& spec) const;

private:
    QList<CommandSpec> m_commands;
};

} // namespace keycard::cli
