#pragma once

#include "credentialhygiene.h"

namespace keycard {

// The user's choices from the settings dialog, kept in the application settings.
struct Preferences
{
    int clipboardClearSeconds = 30;
    int pageSize = 100; // the API's largest page: half the requests of 50
    bool storeNewSecretsInKeychain = true;
    HygieneThresholds hygiene;     // when credentials are marked unused or old
    int lockAfterIdleMinutes = 15; // 0 = never

    static Preferences load();
    void save() const;
};

} // namespace keycard
