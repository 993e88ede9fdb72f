#pragma once

#include <QString>
#include <QUrl>
#include <optional>

class QCoreApplication;

namespace keycard {

// What the user asked for on the command line.
struct StartOptions
{
    bool demo = false;
    quint64 demoSeed = 1;
    QString profile;
    QUrl baseUrl;
    QString organization;   // ID or label to open
    QString screenshotPath; // grab the window once the demo data is shown, then quit
    bool smokeTest = false; // quit with 0 once the first page of service accounts is painted
};

// Parses the command line; handles --help and --version itself (they exit). Returns nullopt
// and prints the reason when the arguments are unusable.
std::optional<StartOptions> parseCommandLine(const QCoreApplication& app);

} // namespace keycard
