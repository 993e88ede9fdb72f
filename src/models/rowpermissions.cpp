#include "rowpermissions.h"

namespace keycard {

namespace {
const QString kRead = QStringLiteral("read");
const QString kUpdate = QStringLiteral("update");
const QString kDelete = QStringLiteral("delete");
const QString kCreate = QStringLiteral("create");
} // namespace

RowPermissions RowPermissions::from(const Permissions& permissions, const QString& resource,
                                    const QString& child)
{
    RowPermissions result;
    if (!permissions.present)
        return result;
    const QHash<QString, bool> own = permissions.grants.value(resource);
    quint8 bits = Known;
    if (own.value(kRead))
        bits |= Read;
    if (own.value(kUpdate))
        bits |= Update;
    if (own.value(kDelete))
        bits |= Delete;
    if (!child.isEmpty() && permissions.grants.value(child).value(kCreate))
        bits |= CreateChild;
    result.m_bits = bits;
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
