#pragma once

#include "secretstring.h"

#include <QObject>
#include <QString>
#include <functional>

namespace keycard {

// The operating system's keychain (QtKeychain) for secrets kept on this machine.
//
// Every job runs with the insecure fallback off, so a secret is never written to a plain file.
// Every call returns at once; `done` runs later from the event loop (never inside the call),
// exactly once, and not at all if `context` was destroyed first. With a null `context` the
// store itself is the context.
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,    // nothing stored under the key
        Unavailable, // no Secret Service / keychain (D-Bus errors, no backend)
        Locked,      // the keychain refused access (locked, or the user said no)
        Failed,      // anything else
    };

    struct Outcome
    {
        Status status = Status::Ok;
        QString errorText;   // the keychain's own errorString(), for people
        SecretString secret; // read() only
        bool ok() const { return status == Status::Ok; }
    };

    using Callback = std::function<void(const Outcome&)>;

    explicit SecretStore(QString serviceName = QStringLiteral("Keycard Admin"),
                         QObject* parent = nullptr);
    ~SecretStore() override;
    Q_DISABLE_COPY_MOVE(SecretStore)

    QString serviceName() const { return m_serviceName; }

    // Stores (or overwrites) the secret under key. `label` is what a person sees in the
    // keychain's own window (Seahorse): profileLabel() or credentialLabel(), never the secret.
    void write(const QString& key, const QString& label, const SecretString& secret,
               QObject* context, Callback done);
    // Reads the secret stored under key; NotFound when there is none.
    void read(const QString& key, QObject* context, Callback done);
    // Removes the entry. NotFound means there was nothing to forget: callers that only want it
    // gone may treat it like Ok.
    void remove(const QString& key, QObject* context, Callback done);

    // "profile/<name>": the profile's own client secret or API key.
    static QString profileKey(const QString& profileName);
    // "credential/<profile>/<org>/<account>/<credential>": a created credential's secret.
    static QString credentialKey(const QString& profile, const QString& orgId,
                                 const QString& accountId, const QString& credentialId);

    // "Keycard Admin: profile “production”, client ID kc_…" (an API key profile says so).
    static QString profileLabel(const QString& profileName, const QString& clientId);
    // "Keycard Admin: credential “ci-deploy”, client ID kc_…".
    static QString credentialLabel(const QString& credentialName, const QString& clientId);

    static QString statusName(Status status); // "Locked", ... (for logs and tests)

private:
    QString m_serviceName;
};

} // namespace keycard
