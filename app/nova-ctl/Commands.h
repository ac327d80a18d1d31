#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QList>

namespace nova::ctl {

// Each group of verbs lives in its own file.
QList<Command> userCommands();
QList<Command> totpCommands();
QList<Command> loginCommands();
QList<Command> roleCommands();
QList<Command> ipCommands();
QList<Command> logCommands();
QList<Command> serviceCommands();
QList<Command> backupCommands();

// The translation context of the commands' texts. The commands are free
// functions, which lupdate cannot give a context of their own: they call
// Ctl::tr(), so the extracted context and the one looked up at run time agree.
class Ctl {
    Q_DECLARE_TR_FUNCTIONS(nova::ctl)
};

// Options several commands share.
QCommandLineOption jsonOption();
QCommandLineOption passwordStdinOption();

} // namespace nova::ctl
