#pragma once

#include "globaloptions.h"

#include <QElapsedTimer>
#include <QString>
#include <memory>

namespace keycard {
class ProfileStore;
class SecretStore;
class StoredSecretsIndex;
} // namespace keycard

namespace keycard::cli {

// What every command of one keycardctl run shares: the options, the GUI's profile store,
// keychain and stored-secrets index, and the stderr voice (errors, notes, --verbose).
class Context final
{
public:
    explicit Context(GlobalOptions options);
    ~Context();
    Q_DISABLE_COPY_MOVE(Context)

    const GlobalOptions& options() const { return m_options; }
    OutputFormat format() const { return m_options.format(); }

    ProfileStore& profiles() const { return *m_profiles; }
    SecretStore& secrets() const { return *m_secrets; }
    StoredSecretsIndex& storedSecrets() const { return *m_storedSecrets; }

    // "keycardctl: <text>" on stderr, always.
    void error(const QString& text) const;
    // A note on stderr, unless --quiet.
    void note(const QString& text) const;
    // A line on stderr with --verbose only, with the time since the start.
    void verbose(const QString& text) const;
    // Progress ("Fetched 300 service accounts…") on stderr: only when stderr is a terminal that
    // is not also showing the rows, and not with --quiet. Empty text clears the line.
    void progress(const QString& text) const;

private:
    GlobalOptions m_options;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<StoredSecretsIndex> m_storedSecrets;
    QElapsedTimer m_clock;
    bool m_showProgress = false;
};

} // namespace keycard::cli
