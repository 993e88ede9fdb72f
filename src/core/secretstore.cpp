#include "secretstore.h"

#include "keychainlabel.h"

#include <QLoggingCategory>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace keycard {

namespace {
Q_LOGGING_CATEGORY(lcKeychain, "keycard.core.keychain")

SecretStore::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Status::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError: // what a missing Secret Service or a D-Bus failure looks like
        return SecretStore::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        break;
    }
    return SecretStore::Status::Failed;
}

enum class Operation { Write, Read, Remove };

const char* operationName(Operation op)
{
    switch (op) {
    case Operation::Write:
        return "write";
    case Operation::Read:
        return "read";
    case Operation::Remove:
        break;
    }
    return "remove";
}

// Connects the job's end to `done`, delivered through the event loop to `receiver`, so that
// the callback never runs inside the call that started the job and never after the receiver
// is gone. The key is logged, never the secret.
void finishJob(QKeychain::Job* job, Operation op, QObject* receiver, SecretStore::Callback done)
{
    QObject::connect(job, &QKeychain::Job::finished, receiver,
                     [op, receiver, done = std::move(done)](QKeychain::Job* finished) {
                         auto outcome = std::make_shared<SecretStore::Outcome>();
                         outcome->status = statusFor(finished->error());
                         if (!outcome->ok())
                             outcome->errorText = finished->errorString();
                         if (op == Operation::Read && outcome->ok()) {
                             // SecretString copies the bytes; the job's own buffer is QtKeychain's
                             // and goes with the job: we cannot wipe it.
                             auto* reader = static_cast<QKeychain::ReadPasswordJob*>(finished);
                             outcome->secret = SecretString(reader->binaryData());
                         }
                         qCDebug(lcKeychain).noquote()
                             << operationName(op) << finished->key() << "->"
                             << SecretStore::statusName(outcome->status) << outcome->errorText;
                         QMetaObject::invokeMethod(
                             receiver, [done, outcome] { done(*outcome); }, Qt::QueuedConnection);
                     });
}

template <typename Job>
Job* makeJob(const QString& service, const QString& key)
{
    auto* job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// A name as a label shows it: a server's 4,000-character name would bury the client ID.
QString shortened(const QString& name)
{
    constexpr int kMaxLabelName = 80;
    return name.size() <= kMaxLabelName ? name : name.left(kMaxLabelName - 1) + QChar(0x2026);
}

QString segment(const QString& part)
{
    // '/' separates the parts, so it is escaped inside one (with '%' itself)
    QString escaped = part;
    escaped.replace(QLatin1Char('%'), QLatin1String("%25"));
    escaped.replace(QLatin1Char('/'), QLatin1String("%2F"));
    return escaped;
}
} // namespace

SecretStore::SecretStore(QString serviceName, QObject* parent)
    : QObject(parent), m_serviceName(std::move(serviceName))
{}

SecretStore::~SecretStore() = default;

void SecretStore::write(const QString& key, const QString& label, const SecretString& secret,
                        QObject* context, Callback done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_serviceName, key);
    // The job keeps its own copy until it is deleted; we cannot wipe that one.
    job->setBinaryData(secret.reveal());
    QObject* receiver = context ? context : this;
    // Stored: label the entry, then report. The outcome of a write carries no secret.
    auto labelThenDone = [service = m_serviceName, key, label, receiver,
                          done = std::move(done)](const Outcome& outcome) {
        if (!outcome.ok()) {
            done(outcome);
            return;
        }
        labelKeychainEntry(service, key, label, receiver, [done] { done(Outcome{}); });
    };
    finishJob(job, Operation::Write, receiver, std::move(labelThenDone));
    job->start();
}

void SecretStore::read(const QString& key, QObject* context, Callback done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_serviceName, key);
    finishJob(job, Operation::Read, context ? context : this, std::move(done));
    job->start();
}

void SecretStore::remove(const QString& key, QObject* context, Callback done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_serviceName, key);
    finishJob(job, Operation::Remove, context ? context : this, std::move(done));
    job->start();
}

QString SecretStore::profileKey(const QString& profileName)
{
    return QLatin1String("profile/") + segment(profileName);
}

QString SecretStore::credentialKey(const QString& profile, const QString& orgId,
                                   const QString& accountId, const QString& credentialId)
{
    return QLatin1String("credential/") + segment(profile) + QLatin1Char('/') + segment(orgId) +
           QLatin1Char('/') + segment(accountId) + QLatin1Char('/') + segment(credentialId);
}

QString SecretStore::profileLabel(const QString& profileName, const QString& clientId)
{
    return clientId.isEmpty()
               ? tr("Keycard Admin: profile “%1”, API key").arg(shortened(profileName))
               : tr("Keycard Admin: profile “%1”, client ID %2")
                     .arg(shortened(profileName), shortened(clientId));
}

QString SecretStore::credentialLabel(const QString& credentialName, const QString& clientId)
{
    return tr("Keycard Admin: credential “%1”, client ID %2")
        .arg(shortened(credentialName), shortened(clientId));
}

QString SecretStore::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("Ok");
    case Status::NotFound:
        return QStringLiteral("NotFound");
    case Status::Unavailable:
        return QStringLiteral("Unavailable");
    case Status::Locked:
        return QStringLiteral("Locked");
    case Status::Failed:
        break;
    }
    return QStringLiteral("Failed");
}

} // namespace keycard
