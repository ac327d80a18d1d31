#include "CommandContext.h"

#include "ServiceHub.h"
#include "users/UserService.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace nova::ctl {

std::optional<QString> CommandContext::readPassword(const QString& prompt)
{
    if (isSet(QStringLiteral("password-stdin"))) {
        QString line = m_in.readLine();
        if (line.isNull())
            return std::nullopt;
        return line;
    }
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    m_out.prompt(prompt);
    termios saved{};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QString line = m_in.readLine();
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    m_out.prompt(QStringLiteral("\n"));
    if (line.isNull())
        return std::nullopt;
    return line;
}

std::optional<QString> CommandContext::readLine(const QString& prompt)
{
    if (::isatty(STDIN_FILENO))
        m_out.prompt(prompt);
    QString line = m_in.readLine();
    if (line.isNull())
        return std::nullopt;
    return line.trimmed();
}

int CommandContext::finish(const Status& status, const QString& done)
{
    if (!status)
        return fail(status.error());
    if (!done.isEmpty())
        m_out.line(done);
    return Ok;
}

Result<User> CommandContext::user(const QString& name)
{
    auto found = m_hub.users().byName(name);
    if (!found)
        m_out.error(found.errorMessage(), Failure);
    return found;
}

} // namespace nova::ctl
