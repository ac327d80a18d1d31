#include "CommandContext.h"
#include "Commands.h"
#include "JsonFormat.h"
#include "ServiceHub.h"
#include "users/UserImporter.h"
#include "users/UserService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nova::ctl {

namespace {

Command::Argument nameArgument()
{
    return {QStringLiteral("NAME"), tr("The user name.")};
}

int addUser(CommandContext& ctx)
{
    NewUser user;
    user.username = ctx.argument(0);
    user.role = ctx.value(QStringLiteral("role"));
    user.email = ctx.value(QStringLiteral("email"));
    user.displayName = ctx.value(QStringLiteral("display-name"));
    user.phone = ctx.value(QStringLiteral("phone"));
    if (user.role.isEmpty())
        return ctx.out().error(tr("user add: --role is required."), Usage);
    const auto password = ctx.readPassword(tr("Password for %1: ").arg(user.username));
    if (!password)
        return ctx.out().error(
            tr("user add: no password given; use --password-stdin or run it in a terminal."), Usage);
    user.password = *password;
    auto created = ctx.hub().users().create(user, ctx.actor());
    if (!created)
        return ctx.fail(created.error());
    if (ctx.json())
        ctx.out().json(userJson(*created));
    else
        ctx.out().line(tr("Created user %1 (id %2, role %3).")
                           .arg(created->username)
                           .arg(created->id)
                           .arg(created->role));
    return Ok;
}

int listUsers(CommandContext& ctx)
{
    UserFilter filter;
    filter.role = ctx.value(QStringLiteral("role"));
    filter.text = ctx.value(QStringLiteral("search"));
    if (ctx.isSet(QStringLiteral("status"))) {
        filter.status = UserStatusText::fromString(ctx.value(QStringLiteral("status")));
        if (!filter.status)
            return ctx.out().error(tr("user list: --status must be active, disabled or locked."), Usage);
    }
    auto users = ctx.hub().users().list(filter);
    if (!users)
        return ctx.fail(users.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const User& user : *users)
            array.append(userJson(user));
        ctx.out().json(array);
        return Ok;
    }
    QList<QStringList> rows;
    for (const User& user : *users)
        rows.append({QString::number(user.id), user.username, user.role,
                     UserStatusText::toString(user.status), user.twoFactorEnabled ? tr("on") : tr("off"),
                     user.email});
    ctx.out().table({tr("ID"), tr("USER"), tr("ROLE"), tr("STATUS"), tr("2FA"), tr("E-MAIL")}, rows);
    return Ok;
}

// disable, enable, unlock and delete differ only in the call and the words.
Command simpleVerb(const QString& verb, const QString& description,
                   Status (UserService::*action)(qint64, const Actor&), const char* done)
{
    Command command{QStringLiteral("user"), verb, description, {nameArgument()}, {}, {}};
    command.run = [action, done](CommandContext& ctx) {
        auto user = ctx.user(ctx.argument(0));
        if (!user)
            return static_cast<int>(Failure);
        return ctx.finish((ctx.hub().users().*action)(user->id, ctx.actor()), tr(done).arg(user->username));
    };
    return command;
}

int resetPassword(CommandContext& ctx)
{
    auto user = ctx.user(ctx.argument(0));
    if (!user)
        return Failure;
    const auto password = ctx.readPassword(tr("New password for %1: ").arg(user->username));
    if (!password)
        return ctx.out().error(tr("user reset-password: no password given; use --password-stdin."), Usage);
    return ctx.finish(ctx.hub().users().resetPassword(user->id, *password, ctx.actor()),
                      tr("Password of %1 changed.").arg(user->username));
}

int importUsers(CommandContext& ctx)
{
    ImportOptions options;
    options.dryRun = ctx.isSet(QStringLiteral("dry-run"));
    options.existing = ctx.isSet(QStringLiteral("skip-existing")) ? ImportOptions::Existing::Skip
                                                                  : ImportOptions::Existing::Fail;
    auto report = ctx.hub().importer().importFile(ctx.argument(0), options, ctx.actor());
    if (!report)
        return ctx.fail(report.error());
    for (const ImportRowError& error : report->errors)
        ctx.out().error(tr("line %1: %2").arg(error.line).arg(error.message), Failure);
    if (!report->ok())
        return ctx.out().error(
            tr("Nothing imported: %n row(s) have errors.", static_cast<int>(report->errors.size())), Failure);
    ctx.out().line(report->dryRun
                       ? tr("Dry run: %1 user(s) would be created, %2 skipped.")
                             .arg(report->created)
                             .arg(report->skipped)
                       : tr("Imported %1 user(s), skipped %2.").arg(report->created).arg(report->skipped));
    return Ok;
}

} // namespace

QList<Command> userCommands()
{
    const QString group = QStringLiteral("user");
    Command add{
        group,
        QStringLiteral("add"),
        tr("Create a user (the password must satisfy the password policy)."),
        {nameArgument()},
        {QCommandLineOption(QStringLiteral("role"),
                            tr("The role (admin, broker, manager, security or a custom role)."), tr("ROLE")),
         QCommandLineOption(QStringLiteral("email"), tr("E-mail address."), tr("EMAIL")),
         QCommandLineOption(QStringLiteral("display-name"), tr("Full name."), tr("TEXT")),
         QCommandLineOption(QStringLiteral("phone"), tr("Mobile number for SMS codes."), tr("PHONE")),
         passwordStdinOption(), jsonOption()},
        addUser};
    Command list{
        group,
        QStringLiteral("list"),
        tr("List users."),
        {},
        {jsonOption(), QCommandLineOption(QStringLiteral("role"), tr("Only this role."), tr("ROLE")),
         QCommandLineOption(QStringLiteral("status"), tr("Only active, disabled or locked users."),
                            tr("STATUS")),
         QCommandLineOption(QStringLiteral("search"), tr("Text in the name or e-mail."), tr("TEXT"))},
        listUsers};
    Command reset{group,
                  QStringLiteral("reset-password"),
                  tr("Set a new password for a user."),
                  {nameArgument()},
                  {passwordStdinOption()},
                  resetPassword};
    Command import{group,
                   QStringLiteral("import"),
                   tr("Import users with their password hashes from CSV or JSON (bcrypt hashes from Nova CRM "
                      "are re-hashed at the first sign-in)."),
                   {{QStringLiteral("FILE"), tr("A .csv or .json file.")}},
                   {QCommandLineOption(QStringLiteral("dry-run"), tr("Check the file, change nothing.")),
                    QCommandLineOption(QStringLiteral("skip-existing"),
                                       tr("Skip user names that already exist instead of failing."))},
                   importUsers};
    return {add,
            list,
            simpleVerb(QStringLiteral("disable"), tr("Disable a user: no sign-in until enabled again."),
                       &UserService::disable, QT_TRANSLATE_NOOP("nova::ctl", "User %1 disabled.")),
            simpleVerb(QStringLiteral("enable"), tr("Enable a disabled user."), &UserService::enable,
                       QT_TRANSLATE_NOOP("nova::ctl", "User %1 enabled.")),
            simpleVerb(QStringLiteral("unlock"), tr("Release a user locked after failed sign-ins."),
                       &UserService::unlock, QT_TRANSLATE_NOOP("nova::ctl", "User %1 unlocked.")),
            simpleVerb(QStringLiteral("delete"), tr("Delete a user (recorded in the security log)."),
                       &UserService::remove, QT_TRANSLATE_NOOP("nova::ctl", "User %1 deleted.")),
            reset,
            import};
}

} // namespace nova::ctl
