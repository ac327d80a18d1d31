#pragma once

#include "Command.h"

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

// Translated text in nova-ctl's context; n for plural forms (%n).
QString tr(const char* text, int n = -1);

// Options several commands share.
QCommandLineOption jsonOption();
QCommandLineOption passwordStdinOption();

} // namespace nova::ctl
