#pragma once

// macOS only (built when APPLE, with Qt 6.5 or later).
namespace keycard {

// Lets the MIME type "application/x-nspasteboard-concealed-type" reach the pasteboard as the
// UTI "org.nspasteboard.ConcealedType" (and back), so that pasteboard managers see the hint.
// Without it Qt puts an unknown MIME type under a "com.trolltech.anymime" UTI. Installs the
// converter on the first call; later calls do nothing. Needs a QGuiApplication.
void installConcealedTypeConverter();

} // namespace keycard
