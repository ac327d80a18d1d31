#pragma once

#include "CtlOutput.h"
#include "Result.h"
#include "rbac/Actor.h"
#include "users/User.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace nova {
class ServiceHub;
}

namespace nova::ctl {

// What a command runs with: the opened services, its parsed arguments and
// the streams. The actor is the local operator (whoever may open the
// database may change it anyway); every change is still logged as theirs.
class CommandContext {
public:
    CommandContext(ServiceHub& hub, CtlOutput& out, QTextStream& in, const QCommandLineParser& parser,
                   Actor actor)
        : m_hub(hub)
        , m_out(out)
        , m_in(in)
        , m_parser(parser)
        , m_actor(std::move(actor))
    {}

    ServiceHub& hub() { return m_hub; }
    CtlOutput& out() { return m_out; }
    const Actor& actor() const { return m_actor; }
    QString argument(int index) const { return m_parser.positionalArguments().value(index); }
    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }
    QStringList values(const QString& option) const { return m_parser.values(option); }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }

    // The password from one line of standard input with --password-stdin,
    // or asked for without echo when standard input is a terminal.
    std::optional<QString> readPassword(const QString& prompt);
    // One line of standard input, after a prompt when it is a terminal.
    std::optional<QString> readLine(const QString& prompt);

    // Prints the error on stderr and returns Failure, or prints `done` and
    // returns Ok.
    int finish(const Status& status, const QString& done);
    int fail(const Error& error, int code = Failure) { return m_out.error(error.message, code); }
    // The user named on the command line, or the error printed.
    Result<User> user(const QString& name);

private:
    ServiceHub& m_hub;
    CtlOutput& m_out;
    QTextStream& m_in;
    const QCommandLineParser& m_parser;
    Actor m_actor;
};

} // namespace nova::ctl
