#pragma once

#include "command.h"

namespace keycard::cli {

// credentials list | create | rotate | update | delete | test
struct CredentialCommands
{
    Q_DECLARE_TR_FUNCTIONS(CredentialCommands)

public:
    static QList<CommandSpec> specs();
};

} // namespace keycard::cli
