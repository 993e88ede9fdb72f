#include "types.h"

namespace keycard {

bool Permissions::allows(const QString& resource, const QString& action) const
{
    if (!present)
        return true;
    const auto it = grants.constFind(resource);
    if (it == grants.constEnd())
        return false;
    return it->value(action, false);
}

} // namespace keycard
