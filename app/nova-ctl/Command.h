#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

namespace nova::ctl {

class CommandContext;

// One verb of nova-ctl, e.g. "user add". Arguments are positional; options
// are parsed by a QCommandLineParser of its own, so "--help" works per verb.
struct Command {
    struct Argument {
        QString name; // the placeholder in the help, translated like option value names
        QString description;
        bool optional = false;
    };

    QString group;
    QString verb; // empty for a group that is itself the verb ("login")
    QString description;
    QList<Argument> arguments;
    QList<QCommandLineOption> options;
    std::function<int(CommandContext&)> run;

    QString name() const { return verb.isEmpty() ? group : group + QLatin1Char(' ') + verb; }
    int requiredArguments() const;
};

} // namespace nova::ctl
