#pragma once

#include "types.h"

#include <QString>
#include <QtGlobal>

namespace keycard {

// What the caller may do with one row, packed into one byte (kept per row instead of the
// nested hashes of Permissions). `resource` is the row's own resource type
// ("service_accounts"), `child` the type of what can be created beneath it ("credentials").
class RowPermissions final
{
public:
    enum Action : quint8 {
        Read = 0x01,
        Update = 0x02,
        Delete = 0x04,
        CreateChild = 0x08,
    };

    RowPermissions() = default;
    static RowPermissions from(const Permissions& permissions, const QString& resource,
                               const QString& child = {});

    // True when the answer said so, or when it carried no permissions (unknown: don't block).
    bool allows(Action action) const { return !known() || (m_bits & action) != 0; }
    bool known() const { return (m_bits & Known) != 0; }
    quint8 bits() const { return m_bits; }

    // The Permissions this row was built from, as far as the bits tell.
    Permissions toPermissions(const QString& resource, const QString& child = {}) const;

private:
    static constexpr quint8 Known = 0x80;
    quint8 m_bits = 0;
};

} // namespace keycard
