#include "preferences.h"

#include <QSettings>

namespace keycard {

namespace {
const char* const clipboardKey = "preferences/clipboardClearSeconds";
const char* const pageSizeKey = "preferences/pageSize";
const char* const storeKey = "preferences/storeNewSecretsInKeychain";
const char* const unusedDaysKey = "preferences/unusedCredentialDays";
const char* const oldDaysKey = "preferences/oldCredentialDays";
constexpr int kMaxHygieneDays = 3650;
const char* const lockKey = "preferences/lockAfterIdleMinutes";
} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences defaults;
    Preferences p;
    p.clipboardClearSeconds = qBound(
        5, settings.value(QLatin1String(clipboardKey), defaults.clipboardClearSeconds).toInt(),
        600);
    p.pageSize =
        qBound(10, settings.value(QLatin1String(pageSizeKey), defaults.pageSize).toInt(), 100);
    p.storeNewSecretsInKeychain =
        settings.value(QLatin1String(storeKey), defaults.storeNewSecretsInKeychain).toBool();
    p.hygiene.unusedDays =
        qBound(1, settings.value(QLatin1String(unusedDaysKey), defaults.hygiene.unusedDays).toInt(),
               kMaxHygieneDays);
    p.hygiene.oldDays =
        qBound(1, settings.value(QLatin1String(oldDaysKey), defaults.hygiene.oldDays).toInt(),
               kMaxHygieneDays);
    p.lockAfterIdleMinutes = qBound(
        0, settings.value(QLatin1String(lockKey), defaults.lockAfterIdleMinutes).toInt(), 1440);
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(QLatin1String(clipboardKey), clipboardClearSeconds);
    settings.setValue(QLatin1String(pageSizeKey), pageSize);
    settings.setValue(QLatin1String(storeKey), storeNewSecretsInKeychain);
    settings.setValue(QLatin1String(unusedDaysKey), hygiene.unusedDays);
    settings.setValue(QLatin1String(oldDaysKey), hygiene.oldDays);
    settings.setValue(QLatin1String(lockKey), lockAfterIdleMinutes);
}

} // namespace keycard
