#pragma once

#include "command.h"

namespace keycard::cli {

// accounts list | create | update | delete
struct AccountCommands
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)

public:
    static QList<CommandSpec> specs();
};

} // namespace keycard::cli
