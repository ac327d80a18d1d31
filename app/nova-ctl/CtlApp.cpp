#include "CtlApp.h"

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
        tr("The database: a SQLite file, sqlite:///path or postgresql://user@host:port/db "
           "(default: the desktop's SQLite file)."),
        tr("URL"));
}

QCommandLineOption secretsOption()
{
    return QCommandLineOption(
        QStringLiteral("secrets"),
        tr("Where keys are kept: auto, keychain or file:FOLDER (default: auto, the store "
           "this database was first used with)."),
        tr("STORE"));
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
                              logCommands(), serviceCommands()})
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
    QString text = tr("Usage: nova-ctl [--database URL] [--secrets STORE] COMMAND [ARGUMENTS] [OPTIONS]\n"
                      "Nova Admin from the command line, for scripts and recovery.\n\nCommands:\n");
    for (const Command& command : m_commands) {
        QString synopsis = command.name();
        for (const Command::Argument& argument : command.arguments)
            synopsis += argument.optional ? QStringLiteral(" [%1]").arg(argument.name)
                                          : QLatin1Char(' ') + argument.name;
        text += QStringLiteral("  %1\n      %2\n").arg(synopsis, command.description);
    }
    text += tr("\nGlobal options:\n  --database URL   %1\n  --secrets STORE  %2\n"
               "\n\"nova-ctl COMMAND --help\" shows a command's options.\n"
               "Exit codes: 0 success, 1 refused (wrong password, permission denied), 2 usage error, "
               "3 failure.\n")
                .arg(databaseOption().description(), secretsOption().description());
    return text;
}

QString CtlApp::groupHelp(const QString& group) const
{
    QString text = tr("Commands of \"%1\":\n").arg(group);
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
        return m_out.error(global.errorText() + QLatin1Char('\n') + tr("Try \"nova-ctl --help\"."), Usage);
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
        return m_out.error(tr("unknown command \"%1\". Try \"nova-ctl --help\".").arg(group), Usage);
    const QString verb = positional.value(1);
    const Command* command = find(group, verb);
    if (!command) {
        const bool asked = verb == QLatin1String("--help") || verb == QLatin1String("-h");
        if (asked) {
            m_outStream << groupHelp(group);
            return Ok;
        }
        if (!verb.isEmpty())
            m_out.error(tr("unknown command \"%1 %2\".").arg(group, verb), Usage);
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
    const QString usageHint = tr("Try \"%1 --help\".").arg(programName);
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
        return m_out.error(tr("%1: missing %2.").arg(programName, command.arguments.at(given).name) +
                               QLatin1Char('\n') + usageHint,
                           Usage);
    if (given > command.arguments.size())
        return m_out.error(
            tr("%1: unexpected argument \"%2\".")
                    .arg(programName, parser.positionalArguments().at(command.arguments.size())) +
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
