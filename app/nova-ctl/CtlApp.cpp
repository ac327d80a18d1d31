#include "CtlApp.h"

#include "Bidi.h"
#include "CommandContext.h"
#include "Commands.h"
#include "ServiceHub.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nova::ctl {

namespace {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        QStringLiteral("database"),
        //: %1 and %2 are the forms of a database URL
        CtlApp::tr("The database: a SQLite file, %1 or %2 (default: the desktop's SQLite file).")
            .arg(leftToRight(QStringLiteral("sqlite:///path")),
                 leftToRight(QStringLiteral("postgresql://user@host:port/db"))),
        //: The placeholders of arguments and option values in the help are upper case in English
        CtlApp::tr("URL"));
}

QCommandLineOption secretsOption()
{
    return QCommandLineOption(
        QStringLiteral("secrets"),
        //: Keep auto, keychain and file:FOLDER: the option accepts them as they are
        CtlApp::tr("Where keys are kept: auto, keychain or file:FOLDER (default: auto, the store "
                   "this database was first used with)."),
        CtlApp::tr("STORE"));
}

// Every usage error ends with the same hint, one message to translate.
QString tryHelp(const QString& command)
{
    //: %1 is a command to run
    return CtlApp::tr("Try \"%1\".").arg(leftToRight(command + QStringLiteral(" --help")));
}

QString actorName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return user.isEmpty() ? QStringLiteral("nova-ctl") : user;
}

} // namespace

CtlApp::CtlApp(QTextStream& out, QTextStream& err, QTextStream& in)
    : m_outStream(out)
    , m_errStream(err)
    , m_in(in)
    , m_out(out, err)
{
    for (const auto& group : {userCommands(), totpCommands(), loginCommands(), roleCommands(), ipCommands(),
                              logCommands(), serviceCommands(), backupCommands()})
        m_commands += group;
}

bool CtlApp::hasGroup(const QString& group) const
{
    return std::any_of(m_commands.cbegin(), m_commands.cend(),
                       [&](const Command& c) { return c.group == group; });
}

const Command* CtlApp::find(const QString& group, const QString& verb) const
{
    for (const Command& command : m_commands) {
        if (command.group == group && (command.verb.isEmpty() || command.verb == verb))
            return &command;
    }
    return nullptr;
}

QString CtlApp::overview() const
{
    const QCommandLineOption globalOptions[] = {databaseOption(), secretsOption()};
    const QString command = tr("COMMAND");
    QString synopsis = QStringLiteral("nova-ctl");
    for (const QCommandLineOption& option : globalOptions)
        synopsis += QStringLiteral(" [--%1 %2]").arg(option.names().constFirst(), option.valueName());
    synopsis += QStringLiteral(" %1 [%2] [%3]").arg(command, tr("ARGUMENTS"), tr("OPTIONS"));

    //: %1 is the command line's form
    QString text = tr("Usage: %1").arg(leftToRight(synopsis)) + QLatin1Char('\n') +
                   tr("Nova Admin from the command line, for scripts and recovery.") +
                   QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const Command& entry : m_commands) {
        QString usage = entry.name();
        for (const Command::Argument& argument : entry.arguments)
            usage += argument.optional ? QStringLiteral(" [%1]").arg(argument.name)
                                       : QLatin1Char(' ') + argument.name;
        text += QStringLiteral("  %1\n      %2\n").arg(usage, entry.description);
    }
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n');
    for (const QCommandLineOption& option : globalOptions)
        text += QStringLiteral("  --%1 %2\n      %3\n")
                    .arg(option.names().constFirst(), option.valueName(), option.description());
    //: %1 is a command to run, with a placeholder for the command's name
    text += QLatin1Char('\n') +
            tr("%1 shows a command's options.")
                .arg(leftToRight(QStringLiteral("nova-ctl %1 --help").arg(command))) +
            QLatin1Char('\n') +
            //: Keep the digits: they are the exit codes scripts see
            tr("Exit codes: 0 success, 1 refused (wrong password, permission denied), 2 usage error, 3 "
               "failure.") +
            QLatin1Char('\n');
    return text;
}

QString CtlApp::groupHelp(const QString& group) const
{
    //: %1 is a command group such as "user"
    QString text = tr("Commands of \"%1\":").arg(leftToRight(group)) + QLatin1Char('\n');
    for (const Command& command : m_commands) {
        if (command.group == group)
            text += QStringLiteral("  %1\n      %2\n").arg(command.name(), command.description);
    }
    return text;
}

int CtlApp::run(const QStringList& arguments)
{
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    global.addOption(help);
    global.addOption(version);
    global.addOption(databaseOption());
    global.addOption(secretsOption());
    if (!global.parse(arguments))
        return m_out.error(global.errorText() + QLatin1Char('\n') + tryHelp(QStringLiteral("nova-ctl")),
                           Usage);
    if (global.isSet(version)) {
        m_out.line(QStringLiteral("nova-ctl ") + QCoreApplication::applicationVersion());
        return Ok;
    }
    const QStringList positional = global.positionalArguments();
    if (positional.isEmpty()) {
        if (global.isSet(help)) {
            m_outStream << overview();
            return Ok;
        }
        m_errStream << overview();
        return Usage;
    }
    const QString group = positional.at(0);
    if (!hasGroup(group))
        //: %1 is what was typed as the command
        return m_out.error(tr("unknown command \"%1\".").arg(isolated(group)) + QLatin1Char(' ') +
                               tryHelp(QStringLiteral("nova-ctl")),
                           Usage);
    const QString verb = positional.value(1);
    const Command* command = find(group, verb);
    if (!command) {
        const bool asked = verb == QLatin1String("--help") || verb == QLatin1String("-h");
        if (asked) {
            m_outStream << groupHelp(group);
            return Ok;
        }
        if (!verb.isEmpty())
            m_out.error(tr("unknown command \"%1\".").arg(isolated(group + QLatin1Char(' ') + verb)), Usage);
        m_errStream << groupHelp(group);
        return Usage;
    }
    const QStringList rest = positional.mid(command->verb.isEmpty() ? 1 : 2);
    return runCommand(*command, rest, global.value(QStringLiteral("database")),
                      global.value(QStringLiteral("secrets")));
}

int CtlApp::runCommand(const Command& command, const QStringList& arguments, const QString& database,
                       const QString& secrets)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    parser.addOption(databaseOption());
    parser.addOption(secretsOption());
    parser.addOptions(command.options);
    for (const Command::Argument& argument : command.arguments)
        parser.addPositionalArgument(argument.name, argument.description,
                                     argument.optional ? QStringLiteral("[%1]").arg(argument.name)
                                                       : argument.name);
    const QString programName = QStringLiteral("nova-ctl ") + command.name();
    const QString usageHint = tryHelp(programName);
    if (!parser.parse(QStringList{programName} + arguments))
        return m_out.error(parser.errorText() + QLatin1Char('\n') + usageHint, Usage);
    if (parser.isSet(help)) {
        // helpText() names the executable's path; the verb is what the reader needs.
        QString text = parser.helpText();
        text.replace(text.indexOf(QCoreApplication::arguments().constFirst()),
                     QCoreApplication::arguments().constFirst().size(), programName);
        m_outStream << text;
        return Ok;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (given < command.requiredArguments())
        //: %1 is a command such as "nova-ctl user add", %2 the placeholder of the argument it needs, e.g.
        //: NAME
        return m_out.error(
            tr("%1: missing %2.").arg(leftToRight(programName), isolated(command.arguments.at(given).name)) +
                QLatin1Char('\n') + usageHint,
            Usage);
    if (given > command.arguments.size())
        return m_out.error(
            //: %1 is a command such as "nova-ctl user list", %2 what was typed after it
            tr("%1: unexpected argument \"%2\".")
                    .arg(leftToRight(programName),
                         isolated(parser.positionalArguments().at(command.arguments.size()))) +
                QLatin1Char('\n') + usageHint,
            Usage);

    ServiceConfig config;
    config.database =
        parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database")) : database;
    const QString store =
        parser.isSet(QStringLiteral("secrets")) ? parser.value(QStringLiteral("secrets")) : secrets;
    if (!store.isEmpty())
        config.secrets = store;
    auto hub = ServiceHub::open(config);
    if (!hub)
        return m_out.error(hub.errorMessage(), Failure);

    Actor actor = Actor::localOperator(actorName());
    actor.userAgent = QStringLiteral("nova-ctl/") + QCoreApplication::applicationVersion();
    CommandContext context(**hub, m_out, m_in, parser, actor);
    return command.run(context);
}

} // namespace nova::ctl
