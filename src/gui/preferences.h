#pragma once

namespace keycard {

// The user's choices from the settings dialog, kept in the application settings.
struct Preferences
{
    int clipboardClearSeconds = 30;
    int pageSize = 50;
    bool storeNewSecretsInKeychain = true;
    int lockAfterIdleMinutes = 15; // 0 = never

    static Preferences load();
    void save() const;
};

} // namespace keycard
