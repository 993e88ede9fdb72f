#include "keychainlabel.h"

#include <QLoggingCategory>
#include <QMetaObject>

#ifdef KEYCARD_SECRET_SERVICE_LABELS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QPointer>
#include <memory>
#endif

namespace keycard {

namespace {
Q_LOGGING_CATEGORY(lcKeychainLabel, "keycard.core.keychain")

#ifdef KEYCARD_SECRET_SERVICE_LABELS
const QString kSecretsService = QStringLiteral("org.freedesktop.secrets");

using Attributes = QMap<QString, QString>;
using ObjectPaths = QList<QDBusObjectPath>;

// Calls `then` with the call's reply once it arrives, unless `context` is gone by then.
void whenAnswered(const QDBusMessage& call, QObject* context,
                  std::function<void(const QDBusMessage&)> then)
{
    auto* watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [then = std::move(then)](QDBusPendingCallWatcher* finished) {
                         finished->deleteLater();
                         then(finished->reply());
                     });
}

void setLabels(const ObjectPaths& items, const QString& label, QObject* context,
               const std::function<void()>& done)
{
    auto remaining = std::make_shared<int>(int(items.size()));
    for (const QDBusObjectPath& item : items) {
        QDBusMessage set = QDBusMessage::createMethodCall(
            kSecretsService, item.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("Set"));
        set << QStringLiteral("org.freedesktop.Secret.Item") << QStringLiteral("Label")
            << QVariant::fromValue(QDBusVariant(label));
        whenAnswered(
            set, context, [remaining, done, path = item.path()](const QDBusMessage& reply) {
                if (reply.type() == QDBusMessage::ErrorMessage)
                    qCWarning(lcKeychainLabel).noquote()
                        << "keychain entry" << path << "not labelled:" << reply.errorMessage();
                if (--*remaining == 0)
                    done();
            });
    }
}
#endif
} // namespace

void labelKeychainEntry(const QString& service, const QString& key, const QString& label,
                        QObject* context, std::function<void()> done)
{
#ifdef KEYCARD_SECRET_SERVICE_LABELS
    static const auto registered = qDBusRegisterMetaType<Attributes>();
    Q_UNUSED(registered)
    QDBusMessage search = QDBusMessage::createMethodCall(
        kSecretsService, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    // The attributes QtKeychain's libsecret backend stores an entry under.
    search << QVariant::fromValue(
        Attributes{{QStringLiteral("user"), key}, {QStringLiteral("server"), service}});
    whenAnswered(search, context, [label, context, done](const QDBusMessage& reply) {
        if (reply.type() == QDBusMessage::ErrorMessage || reply.arguments().isEmpty()) {
            qCWarning(lcKeychainLabel).noquote()
                << "keychain entry not found to label:" << reply.errorMessage();
            done();
            return;
        }
        const QDBusPendingReply<ObjectPaths, ObjectPaths> found(reply);
        const ObjectPaths unlocked = found.argumentAt<0>();
        if (unlocked.isEmpty()) {
            done(); // KWallet, or another store: QtKeychain did not write through libsecret
            return;
        }
        setLabels(unlocked, label, context, done);
    });
#else
    Q_UNUSED(service)
    Q_UNUSED(key)
    Q_UNUSED(label)
    QMetaObject::invokeMethod(context, std::move(done), Qt::QueuedConnection);
#endif
}

} // namespace keycard
