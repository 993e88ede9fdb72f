#include "runner.h"

#include "command.h"
#include "commandtable.h"
#include "context.h"
#include "exitcode.h"
#include "globaloptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace keycard::cli {

namespace {
struct RunnerText
{
    Q_DECLARE_TR_FUNCTIONS(keycard::cli::Runner)
};

void print(FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

int usageError(const QString& message)
{
    print(stderr, QStringLiteral("keycardctl: ") + message + QLatin1Char('\n') +
                      RunnerText::tr("Try “keycardctl --help”.") + QLatin1Char('\n'));
    return ExitUsage;
}

QCommandLineOption helpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")}, RunnerText::tr("Show the help.")};
}
} // namespace

Runner::Runner() : m_table(std::make_unique<CommandTable>()) {}

Runner::~Runner()
{
    m_command.reset(); // before the context it refers to
}

int Runner::help(const QStringList& topic) const
{
    if (topic.isEmpty()) {
        print(stdout, m_table->usage());
        return ExitDone;
    }
    if (topic.size() >= 2) {
        if (const CommandSpec* spec = m_table->find(topic.at(0), topic.at(1))) {
            print(stdout, m_table->commandHelp(*spec));
            return ExitDone;
        }
    }
    if (topic.size() == 1) {
        if (const CommandSpec* spec = m_table->find(topic.at(0), {})) {
            print(stdout, m_table->commandHelp(*spec));
            return ExitDone;
        }
    }
    if (topic.size() == 1 && m_table->hasGroup(topic.at(0))) {
        print(stdout, m_table->groupHelp(topic.at(0)));
        return ExitDone;
    }
    return usageError(
        RunnerText::tr("There is no command “%1”.").arg(topic.join(QLatin1Char(' '))));
}

int Runner::prepare(const QStringList& arguments)
{
    const QString program = arguments.value(0, QStringLiteral("keycardctl"));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           RunnerText::tr("Show the version."));

    // The options before the command; everything from the command's name on is left as it is.
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addOptions(GlobalOptions::options());
    global.addOption(helpOption());
    global.addOption(versionOption);
    if (!global.parse(arguments))
        return usageError(global.errorText());
    if (global.isSet(versionOption)) {
        print(stdout,
              QStringLiteral("keycardctl %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitDone;
    }
    const QStringList rest = global.positionalArguments();
    if (global.isSet(QStringLiteral("help")))
        return help(rest);
    if (rest.isEmpty()) {
        print(stderr, m_table->usage());
        return ExitUsage;
    }
    if (rest.first() == QLatin1String("help"))
        return help(rest.mid(1));

    const QString group = rest.value(0);
    QString name = rest.value(1);
    const CommandSpec* spec = m_table->find(group, name);
    if (!spec && (spec = m_table->find(group, {}))) // a command of one word ("report")
        name.clear();
    if (!spec) {
        if (m_table->hasGroup(group)) {
            print(stderr, m_table->groupHelp(group));
            return name.isEmpty()
                       ? ExitUsage
                       : usageError(RunnerText::tr("“%1” has no command “%2”.").arg(group, name));
        }
        return usageError(RunnerText::tr("There is no command “%1”.").arg(group));
    }

    // The command's own options, and the global ones again (they may come after the command).
    QCommandLineParser parser;
    parser.addOptions(GlobalOptions::options());
    parser.addOptions(spec->options);
    parser.addOption(helpOption());
    if (!parser.parse(QStringList{program} + rest.mid(name.isEmpty() ? 1 : 2)))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, m_table->commandHelp(*spec));
        return ExitDone;
    }
    const QStringList commandArguments = parser.positionalArguments();
    if (commandArguments.size() < spec->minArguments ||
        commandArguments.size() > spec->maxArguments)
        return usageError(RunnerText::tr("Usage: keycardctl %1 %2")
                              .arg(spec->title(), spec->arguments)
                              .trimmed());

    GlobalOptions options;
    if (auto problem = options.readFrom(global))
        return usageError(*problem);
    if (auto problem = options.readFrom(parser))
        return usageError(*problem);

    m_context = std::make_unique<Context>(options);
    m_command = spec->create(*m_context, commandArguments, parser);
    return -1;
}

} // namespace keycard::cli
