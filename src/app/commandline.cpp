#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace keycard {

std::optional<StartOptions> parseCommandLine(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Administer a Keycard organization's service accounts and credentials."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
                                    "Start a built-in demo server on loopback and sign in to it."));
    const QCommandLineOption seed(
        QStringLiteral("demo-seed"),
        QCoreApplication::translate("CommandLine", "Seed of the demo data (default 1)."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("CommandLine", "Sign in with the saved connection profile."),
        QStringLiteral("name"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        QCoreApplication::translate("CommandLine", "The Keycard API base URL to use."),
        QStringLiteral("url"));
    const QCommandLineOption organization(
        QStringLiteral("organization"),
        QCoreApplication::translate("CommandLine", "Open this organization (ID or label)."),
        QStringLiteral("id-or-label"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine",
                                    "Save a picture of the window once data is shown, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption smoke(
        QStringLiteral("smoke-test"),
        QCoreApplication::translate(
            "CommandLine",
            "Quit with status 0 once the first page of service accounts is shown (1 after 20 s)."));
    parser.addOptions({demo, seed, profile, baseUrl, organization, screenshot, smoke});
    parser.process(app);

    StartOptions options;
    options.demo = parser.isSet(demo);
    bool seedOk = false;
    options.demoSeed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("CommandLine", "--demo-seed needs a number.")));
        return std::nullopt;
    }
    options.profile = parser.value(profile);
    if (parser.isSet(baseUrl)) {
        options.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
        if (!options.baseUrl.isValid() || options.baseUrl.scheme().isEmpty()) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate("CommandLine", "Not a usable URL: %1")
                               .arg(parser.value(baseUrl))));
            return std::nullopt;
        }
    }
    options.organization = parser.value(organization);
    options.screenshotPath = parser.value(screenshot);
    options.smokeTest = parser.isSet(smoke);
    return options;
}

} // namespace keycard
