#pragma once

#include "command.h"

namespace keycard::cli {

// profiles list | add | remove: the app's saved connections (the secret in the keychain).
struct ProfileCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommands)

public:
    static QList<CommandSpec> specs();
};

} // namespace keycard::cli
