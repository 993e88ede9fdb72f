#include "rowpermissions.h"

namespace keycard {

namespace {
const QString kRead = QStringLiteral("read");
const QString kUpdate = QStringLiteral("update");
const QString kDelete = QStringLiteral("delete");
const QString kCreate = QStringLiteral("create");
} // namespace

namespace {
// The rows of a page usually share one decoded Permissions (the decoder decodes identical grants
// once and hands out the same implicitly shared hash), so the last one read is kept: comparing
// shared hashes is one pointer comparison, where reading the bits is five hash lookups.
struct LastRead
{
    QHash<QString, QHash<QString, bool>> grants;
    QString resource;
    QString child;
    quint8 bits = 0;
    bool valid = false;
};
} // namespace

RowPermissions RowPermissions::from(const Permissions& permissions, const QString& resource,
                                    const QString& child)
{
    RowPermissions result;
    if (!permissions.present)
        return result;
    thread_local LastRead last;
    if (last.valid && last.grants == permissions.grants && last.resource == resource &&
        last.child == child) {
        // Equal but perhaps not shared (the next page's): keep this one, so that the rows after
        // it compare by pointer again.
        last.grants = permissions.grants;
        result.m_bits = last.bits;
        return result;
    }
    const auto own = permissions.grants.constFind(resource);
    quint8 bits = Known;
    if (own != permissions.grants.cend()) {
        if (own->value(kRead))
            bits |= Read;
        if (own->value(kUpdate))
            bits |= Update;
        if (own->value(kDelete))
            bits |= Delete;
    }
    if (!child.isEmpty() && permissions.grants.value(child).value(kCreate))
        bits |= CreateChild;
    result.m_bits = bits;
    last = LastRead{permissions.grants, resource, child, bits, true};
    return result;
}

Permissions RowPermissions::toPermissions(const QString& resource, const QString& child) const
{
    Permissions permissions;
    if (!known())
        return permissions;
    permissions.present = true;
    QHash<QString, bool>& own = permissions.grants[resource];
    own.insert(kRead, (m_bits & Read) != 0);
    own.insert(kUpdate, (m_bits & Update) != 0);
    own.insert(kDelete, (m_bits & Delete) != 0);
    if (!child.isEmpty())
        permissions.grants[child].insert(kCreate, (m_bits & CreateChild) != 0);
    return permissions;
}

} // namespace keycard
