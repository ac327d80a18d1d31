#pragma once

#include "Command.h"
#include "CtlOutput.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace nova::ctl {

// nova-ctl: the service layer for scripts and recovery. Parses
// "nova-ctl [--database URL] [--secrets SPEC] GROUP VERB [ARGS] [OPTIONS]",
// opens the services only once the command line is known to be right, and
// maps results to exit codes (ExitCode).
class CtlApp {
    Q_DECLARE_TR_FUNCTIONS(nova::ctl::CtlApp)

public:
    CtlApp(QTextStream& out, QTextStream& err, QTextStream& in);
    int run(const QStringList& arguments);

private:
    QString overview() const;
    QString groupHelp(const QString& group) const;
    const Command* find(const QString& group, const QString& verb) const;
    bool hasGroup(const QString& group) const;
    int runCommand(const Command& command, const QStringList& arguments, const QString& database,
                   const QString& secrets);

    QTextStream& m_outStream;
    QTextStream& m_errStream;
    QTextStream& m_in;
    CtlOutput m_out;
    QList<Command> m_commands;
};

} // namespace nova::ctl
