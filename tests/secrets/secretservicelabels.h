#pragma once

// The labels the Secret Service itself holds for what QtKeychain stored under (service, key):
// what Seahorse shows a person. Read over the private session bus of scripts/with-keyring.
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QStringList>

namespace secrettest {

inline QStringList secretServiceLabels(const QString& service, const QString& key)
{
    const QString secrets = QStringLiteral("org.freedesktop.secrets");
    QDBusMessage search = QDBusMessage::createMethodCall(
        secrets, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    qDBusRegisterMetaType<QMap<QString, QString>>();
    search << QVariant::fromValue(
        QMap<QString, QString>{{QStringLiteral("user"), key}, {QStringLiteral("server"), service}});
    const QDBusReply<QList<QDBusObjectPath>> unlocked = QDBusConnection::sessionBus().call(search);
    QStringList labels;
    for (const QDBusObjectPath& item : unlocked.value()) {
        QDBusMessage get = QDBusMessage::createMethodCall(
            secrets, item.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Item") << QStringLiteral("Label");
        const QDBusReply<QDBusVariant> label = QDBusConnection::sessionBus().call(get);
        labels << label.value().variant().toString();
    }
    return labels;
}

} // namespace secrettest
