#pragma once

#include "secretstring.h"

#include <QString>
#include <optional>

namespace keycard::cli {

// What keycardctl needs to know about, and ask of, the terminal it may be attached to.
namespace terminal {

bool stdinIsTerminal();
bool stdoutIsTerminal();
bool stderrIsTerminal();

// Prints `prompt` on stderr and reads one line from stdin (without its line end);
// nullopt at the end of input.
std::optional<QString> ask(const QString& prompt);
// Like ask(), without echoing what is typed when stdin is a terminal.
std::optional<SecretString> askSecret(const QString& prompt);
// Reads all of stdin as a secret (one trailing line end dropped).
SecretString readSecretFromStdin();

} // namespace terminal
} // namespace keycard::cli
