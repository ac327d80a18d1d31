#include "Command.h"

#include "Commands.h"

namespace nova::ctl {

int Command::requiredArguments() const
{
    int count = 0;
    for (const Argument& argument : arguments)
        count += argument.optional ? 0 : 1;
    return count;
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), Ctl::tr("Print JSON (stable, for scripts)."));
}

QCommandLineOption passwordStdinOption()
{
    return QCommandLineOption(QStringLiteral("password-stdin"),
                              Ctl::tr("Read the password from one line of standard input."));
}

} // namespace nova::ctl
