#pragma once

#include "command.h"

namespace keycard::cli {

// organizations list
struct OrganizationCommands
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationCommands)

public:
    static QList<CommandSpec> specs();
};

} // namespace keycard::cli
