#include "globaloptions.h"

#include "terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace keycard::cli {

QList<QCommandLineOption> GlobalOptions::options()
{
    return {
        {QStringLiteral("profile"),
         tr("Sign in with the saved profile NAME (its secret from the system keychain)."),
         QStringLiteral("NAME")},
        {QStringLiteral("base-url"),
         tr("The API's base URL when signing in with the KEYCARD_API_* variables."),
         QStringLiteral("URL")},
        {QStringLiteral("organization"),
         tr("The organization to work in, by ID or label (needed when there are several)."),
         QStringLiteral("ID_OR_LABEL")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         tr("table, json or csv (default: table on a terminal, json otherwise)."),
         QStringLiteral("FORMAT")},
        {{QStringLiteral("q"), QStringLiteral("quiet")}, tr("Print nothing on stderr but errors.")},
        {QStringLiteral("verbose"),
         tr("Print each request's ID, status and time on stderr (never a secret).")},
    };
}

std::optional<QString> GlobalOptions::readFrom(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("profile")))
        profile = parser.value(QStringLiteral("profile"));
    if (parser.isSet(QStringLiteral("base-url"))) {
        baseUrl = QUrl(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
        if (!baseUrl.isValid() || baseUrl.scheme().isEmpty() || baseUrl.host().isEmpty())
            return tr("--base-url needs an absolute URL such as https://api.keycard.ai, "
                      "not “%1”.")
                .arg(parser.value(QStringLiteral("base-url")));
    }
    if (parser.isSet(QStringLiteral("organization")))
        organization = parser.value(QStringLiteral("organization"));
    if (parser.isSet(QStringLiteral("output"))) {
        const QString value = parser.value(QStringLiteral("output")).toLower();
        if (value == QLatin1String("table"))
            output = OutputFormat::Table;
        else if (value == QLatin1String("json"))
            output = OutputFormat::Json;
        else if (value == QLatin1String("csv"))
            output = OutputFormat::Csv;
        else
            return tr("--output takes table, json or csv, not “%1”.")
                .arg(parser.value(QStringLiteral("output")));
    }
    quiet = quiet || parser.isSet(QStringLiteral("quiet"));
    verbose = verbose || parser.isSet(QStringLiteral("verbose"));
    if (quiet && verbose)
        return tr("--quiet and --verbose cannot be combined.");
    return std::nullopt;
}

OutputFormat GlobalOptions::format() const
{
    if (output)
        return *output;
    return terminal::stdoutIsTerminal() ? OutputFormat::Table : OutputFormat::Json;
}

} // namespace keycard::cli
