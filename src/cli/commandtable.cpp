#include "commandtable.h"

#include "commands/accountcommands.h"
#include "commands/credentialcommands.h"
#include "commands/organizationcommands.h"
#include "commands/profilecommands.h"
#include "commands/reportcommand.h"
#include "globaloptions.h"

namespace keycard::cli {

namespace {
constexpr int kHelpWidth = 79;
constexpr int kLabelWidth = 30;

// `text` wrapped to the help's width, every line indented by `indent`.
QString wrapped(const QString& text, int indent, int firstLineUsed)
{
    QString out;
    int column = firstLineUsed;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (column > indent && column + 1 + word.size() > kHelpWidth) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (column > indent) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += int(word.size());
    }
    return out;
}

// "  label      description", the description wrapped beside the label.
QString entry(const QString& label, const QString& description)
{
    QString line = QStringLiteral("  ") + label;
    if (line.size() + 2 > kLabelWidth)
        line += QLatin1Char('\n') + QString(kLabelWidth, QLatin1Char(' '));
    else
        line = line.leftJustified(kLabelWidth);
    const int used = int(line.size() - line.lastIndexOf(QLatin1Char('\n')) - 1);
    return line + wrapped(description, kLabelWidth, used) + QLatin1Char('\n');
}

// "accounts create NAME"
QString synopsis(const CommandSpec& spec)
{
    return spec.arguments.isEmpty() ? spec.title()
                                    : spec.title() + QLatin1Char(' ') + spec.arguments;
}

QString optionLabel(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names())
        names.append(QString(name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString label = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        label += QLatin1Char(' ') + option.valueName();
    return label;
}
} // namespace

CommandTable::CommandTable()
{
    m_commands += OrganizationCommands::specs();
    m_commands += AccountCommands::specs();
    m_commands += CredentialCommands::specs();
    m_commands += ReportCommand::specs();
    m_commands += ProfileCommands::specs();
}

const CommandSpec* CommandTable::find(const QString& group, const QString& name) const
{
    for (const CommandSpec& spec : m_commands)
        if (spec.group == group && spec.name == name)
            return &spec;
    return nullptr;
}

bool CommandTable::hasGroup(const QString& group) const
{
    for (const CommandSpec& spec : m_commands)
        if (spec.group == group)
            return true;
    return false;
}

QString CommandTable::usage() const
{
    QString text = tr("Usage: keycardctl [OPTION]... COMMAND [ARGUMENT]... [OPTION]...\n");
    text += wrapped(tr("Administer a Keycard organization from the command line, with the same "
                       "sign-in, profiles, keychain and rules as Keycard Admin. Lists are printed "
                       "as their pages arrive."),
                    0, 0) +
            QStringLiteral("\n\n");
    text += tr("Options:\n");
    for (const QCommandLineOption& option : GlobalOptions::options())
        text += entry(optionLabel(option), option.description());
    text += entry(QStringLiteral("-h, --help"),
                  tr("Show this help, or a command's with keycardctl help COMMAND."));
    text += entry(QStringLiteral("--version"), tr("Show the version."));

    text += tr("\nCommands:\n");
    for (const CommandSpec& spec : m_commands)
        text += entry(synopsis(spec), spec.summary);
    text += entry(QStringLiteral("help COMMAND"), tr("Show a command's options."));

    text += tr("\nSign-in:\n");
    text += QStringLiteral("  ") +
            wrapped(tr("As Keycard Admin: the KEYCARD_API_CLIENT_ID and KEYCARD_API_CLIENT_SECRET "
                       "(or KEYCARD_API_API_KEY) variables first, with KEYCARD_API_BASE_URL or "
                       "--base-url; otherwise --profile NAME, or the profile Keycard Admin used "
                       "last, with its secret from the system keychain. ACCOUNT and CREDENTIAL "
                       "take an ID or an exact name."),
                    2, 2) +
            QLatin1Char('\n');

    text += tr("\nExit status:\n");
    text += entry(QStringLiteral("0"), tr("done"));
    text += entry(QStringLiteral("1"),
                  tr("the server refused or failed (the message names the request ID)"));
    text += entry(QStringLiteral("2"), tr("usage error: the command cannot be run as given"));
    text += entry(QStringLiteral("3"),
                  tr("outcome unknown: a create whose answer was lost; it was not sent again, "
                     "check what appeared"));
    text += entry(QStringLiteral("4"), tr("sign-in failed"));
    text += entry(QStringLiteral("5"),
                  tr("the output could not be written: its reader left (as with | head) or the "
                     "disk is full; a list stops asking for pages"));

    text += tr("\nExamples:\n");
    text += QStringLiteral("  keycardctl --profile production accounts list --filter ci\n"
                           "  keycardctl accounts create deploy-bot --description 'CI deploys'\n"
                           "  keycardctl credentials create deploy-bot github --store\n"
                           "  keycardctl credentials create deploy-bot ci --secret-to stdout | jq\n"
                           "  keycardctl --output csv credentials list deploy-bot > creds.csv\n"
                           "  keycardctl credentials rotate deploy-bot github --store\n"
                           "  keycardctl credentials rotate deploy-bot github --retire-old "
                           "--if-unused-for 24h\n"
                           "  keycardctl --output csv report > credentials.csv\n");
    return text;
}

QString CommandTable::groupHelp(const QString& group) const
{
    QString text =
        tr("Usage: keycardctl [OPTION]... %1 COMMAND [ARGUMENT]... [OPTION]...\n\n").arg(group);
    text += tr("Commands:\n");
    for (const CommandSpec& spec : m_commands)
        if (spec.group == group)
            text += entry(synopsis(spec), spec.summary);
    return text;
}

QString CommandTable::commandHelp(const CommandSpec& spec) const
{
    QString text = tr("Usage: keycardctl [OPTION]... %1 [OPTION]...\n").arg(synopsis(spec));
    text += wrapped(spec.summary, 0, 0) + QStringLiteral("\n");
    if (!spec.options.isEmpty()) {
        text += tr("\nOptions:\n");
        for (const QCommandLineOption& option : spec.options)
            text += entry(optionLabel(option), option.description());
    }
    text += tr("\nThe options of keycardctl --help apply too.\n");
    return text;
}

} // namespace keycard::cli
