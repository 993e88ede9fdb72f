#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace keycard {

// QtKeychain labels every entry it writes with the service name alone ("Keycard Admin"), so in
// Seahorse a person cannot tell one entry from the next. This gives the entry that QtKeychain
// wrote for (service, key) a label of our own, through the Secret Service's D-Bus API (the
// item's Label property). Only the label changes: the entry is still found by its attributes.
//
// `done` runs from the event loop once the label is set or could not be (a warning in the log;
// the secret itself is safely stored either way), and not at all if `context` is gone. Where
// there is no Secret Service (macOS, Windows, KWallet) nothing is labelled and `done` runs next.
void labelKeychainEntry(const QString& service, const QString& key, const QString& label,
                        QObject* context, std::function<void()> done);

} // namespace keycard
