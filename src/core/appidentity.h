#pragma once

class QCoreApplication;

namespace keycard {

// Keycard Admin and keycardctl share their settings (profiles, stored-secret marks) and keychain
// entries, which Qt finds by these names: both programs set them here, and nowhere else.
void setApplicationIdentity();

// The programs' own catalogue (embedded under :/i18n) and Qt's, for the system's language.
void installTranslations(QCoreApplication& app);

} // namespace keycard
