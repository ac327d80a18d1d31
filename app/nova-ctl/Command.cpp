#include "Command.h"

#include "Commands.h"

#include <QCoreApplication>

namespace nova::ctl {

QString tr(const char* text, int n)
{
    return QCoreApplication::translate("nova::ctl", text, nullptr, n);
}

int Command::requiredArguments() const
{
    int count = 0;
    for (const Argument& argument : arguments)
        count += argument.optional ? 0 : 1;
    return count;
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              QCoreApplication::translate("nova::ctl", "Print JSON (stable, for scripts)."));
}

QCommandLineOption passwordStdinOption()
{
    return QCommandLineOption(
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("nova::ctl", "Read the password from one line of standard input."));
}

} // namespace nova::ctl
