#pragma once

class QCoreApplication;

namespace keycard {

// Installs the app's own catalogue and Qt's (qtbase: the standard buttons, "Close", the
// context menus) for the system's language. Qt's comes from the Qt installation when it is
// there (qt6-translations-l10n on Debian) and otherwise from the copy built into the app, so an
// installer never leaves the standard buttons in English.
void installTranslations(QCoreApplication& app);

} // namespace keycard
