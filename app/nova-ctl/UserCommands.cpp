#include "Bidi.h"
#include "CommandContext.h"
#include "Commands.h"
#include "JsonFormat.h"
#include "ServiceHub.h"
#include "privacy/PersonalDataExporter.h"
#include "users/UserImporter.h"
#include "users/UserService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace nova::ctl {

namespace {

Command::Argument nameArgument()
{
    return {Ctl::tr("NAME"), Ctl::tr("The user name.")};
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
        //: Keep "user add" and --role: they are typed as they are
        return ctx.out().error(Ctl::tr("user add: --role is required."), Usage);
    //: A prompt; %1 is a user name
    const auto password =
        ctx.readPassword(Ctl::tr("Password for %1:").arg(isolated(user.username)) + QLatin1Char(' '));
    if (!password)
        //: Keep "user add" and --password-stdin: they are typed as they are
        return ctx.out().error(
            Ctl::tr("user add: no password given; use --password-stdin or run it in a terminal."), Usage);
    user.password = *password;
    auto created = ctx.hub().users().create(user, ctx.actor());
    if (!created)
        return ctx.fail(created.error());
    if (ctx.json())
        ctx.out().json(userJson(*created));
    else
        //: %1 is a user name, %2 the number the database gave the account, %3 a role name
        ctx.out().line(
            Ctl::tr("Created user %1 (id %2, role %3).")
                .arg(isolated(created->username), QString::number(created->id), leftToRight(created->role)));
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
            //: Keep "user list", --status, active, disabled and locked: they are typed as they are
            return ctx.out().error(Ctl::tr("user list: --status must be active, disabled or locked."), Usage);
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
                     UserStatusText::toString(user.status),
                     //: The 2FA column of "user list": two-factor sign-in is on or off
                     user.twoFactorEnabled ? Ctl::tr("on") : Ctl::tr("off"), user.email});
    ctx.out().table({Ctl::tr("ID"), Ctl::tr("USER"), Ctl::tr("ROLE"), Ctl::tr("STATUS"),
                     //: Column header: two-factor sign-in
                     Ctl::tr("2FA"), Ctl::tr("E-MAIL")},
                    rows);
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
        return ctx.finish((ctx.hub().users().*action)(user->id, ctx.actor()),
                          Ctl::tr(done).arg(isolated(user->username)));
    };
    return command;
}

int resetPassword(CommandContext& ctx)
{
    auto user = ctx.user(ctx.argument(0));
    if (!user)
        return Failure;
    //: A prompt; %1 is a user name
    const auto password =
        ctx.readPassword(Ctl::tr("New password for %1:").arg(isolated(user->username)) + QLatin1Char(' '));
    if (!password)
        //: Keep "user reset-password" and --password-stdin: they are typed as they are
        return ctx.out().error(Ctl::tr("user reset-password: no password given; use --password-stdin."),
                               Usage);
    return ctx.finish(ctx.hub().users().resetPassword(user->id, *password, ctx.actor()),
                      //: %1 is a user name
                      Ctl::tr("Password of %1 changed.").arg(isolated(user->username)));
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
        //: %1 is a line number in the imported file, %2 what is wrong with it
        ctx.out().error(Ctl::tr("line %1: %2").arg(QLocale().toString(error.line), error.message), Failure);
    if (!report->ok())
        return ctx.out().error(Ctl::tr("Nothing imported: %Ln row(s) have errors.", nullptr,
                                       static_cast<int>(report->errors.size())),
                               Failure);
    // One sentence per count, as each count needs its own plural form.
    QString summary = report->dryRun
                          ? Ctl::tr("Dry run: %Ln user(s) would be created.", nullptr, report->created)
                          : Ctl::tr("Imported %Ln user(s).", nullptr, report->created);
    if (report->skipped > 0)
        summary += QLatin1Char(' ') +
                   (report->dryRun
                        //: With --skip-existing: user names that already exist are left alone
                        ? Ctl::tr("%Ln existing user(s) would be skipped.", nullptr, report->skipped)
                        //: With --skip-existing: user names that already exist are left alone
                        : Ctl::tr("%Ln existing user(s) skipped.", nullptr, report->skipped));
    ctx.out().line(summary);
    return Ok;
}

int eraseUser(CommandContext& ctx)
{
    auto user = ctx.user(ctx.argument(0));
    if (!user)
        return ctx.fail(user.error());
    if (!ctx.isSet(QStringLiteral("yes")))
        //: Keep --yes: it is typed as it is. %1 is a user name
        return ctx.out().error(
            Ctl::tr("Erasing %1 deletes the account and replaces their name in the security "
                    "log with a pseudonym; it cannot be undone. Run again with --yes to erase.")
                .arg(isolated(user->username)),
            Usage);
    auto report = ctx.hub().users().erase(user->id, ctx.actor());
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json()) {
        ctx.out().json(QJsonObject{{QStringLiteral("pseudonym"), report->pseudonym},
                                   {QStringLiteral("logEntries"), report->logEntries},
                                   {QStringLiteral("otherRecords"), report->otherRecords},
                                   {QStringLiteral("leftAlone"), report->leftAlone}});
        return Ok;
    }
    //: %1 is the erased user's former name, %2 the pseudonym that replaces it
    ctx.out().line(Ctl::tr("User %1 erased; %Ln log entries now name them %2.", nullptr,
                           static_cast<int>(report->logEntries))
                       .arg(isolated(user->username), isolated(report->pseudonym)));
    if (report->leftAlone > 0)
        ctx.out().line(
            Ctl::tr("%Ln entries were already pseudonymised by an earlier erasure and were left as "
                    "they are.",
                    nullptr, static_cast<int>(report->leftAlone)));
    return Ok;
}

int exportUser(CommandContext& ctx)
{
    if (!ctx.isSet(QStringLiteral("out")))
        //: Keep "user export" and --out: they are typed as they are
        return ctx.out().error(Ctl::tr("user export: --out is required."), Usage);
    auto user = ctx.user(ctx.argument(0));
    if (!user)
        return Failure;
    ServiceHub& hub = ctx.hub();
    PersonalDataExporter exporter(hub.database(), hub.roles(), hub.permissions(), hub.audit(), hub.clock());
    // With --json nova-ctl speaks English (main.cpp), and so does the summary.
    const QLocale locale = ctx.json() ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale();
    auto files = exporter.exportTo(user->id, ctx.value(QStringLiteral("out")), ctx.actor(), locale,
                                   QStringLiteral("nova-ctl user export"));
    if (!files)
        return ctx.fail(files.error());
    if (ctx.json()) {
        ctx.out().json(QJsonObject{{QStringLiteral("user"), user->username},
                                   {QStringLiteral("userId"), user->id},
                                   {QStringLiteral("jsonFile"), files->jsonPath},
                                   {QStringLiteral("htmlFile"), files->htmlPath},
                                   {QStringLiteral("logEntries"), files->logEntries},
                                   {QStringLiteral("alerts"), files->alerts}});
        return Ok;
    }
    // One path per line and nothing else, for scripts.
    ctx.out().line(files->jsonPath);
    ctx.out().line(files->htmlPath);
    return Ok;
}

} // namespace

QList<Command> userCommands()
{
    const QString group = QStringLiteral("user");
    Command add{
        group,
        QStringLiteral("add"),
        Ctl::tr("Create a user (the password must satisfy the password policy)."),
        {nameArgument()},
        {QCommandLineOption(QStringLiteral("role"),
                            //: Keep admin, broker, manager and security: they are the built-in roles' names
                            Ctl::tr("The role (admin, broker, manager, security or a custom role)."),
                            Ctl::tr("ROLE")),
         QCommandLineOption(QStringLiteral("email"), Ctl::tr("E-mail address."), Ctl::tr("EMAIL")),
         QCommandLineOption(QStringLiteral("display-name"), Ctl::tr("Full name."), Ctl::tr("TEXT")),
         QCommandLineOption(QStringLiteral("phone"), Ctl::tr("Mobile number for SMS codes."),
                            Ctl::tr("PHONE")),
         passwordStdinOption(), jsonOption()},
        addUser};
    Command list{group,
                 QStringLiteral("list"),
                 Ctl::tr("List users."),
                 {},
                 {jsonOption(),
                  QCommandLineOption(QStringLiteral("role"), Ctl::tr("Only this role."), Ctl::tr("ROLE")),
                  //: Keep active, disabled and locked: the option accepts them as they are
                  QCommandLineOption(QStringLiteral("status"),
                                     Ctl::tr("Only active, disabled or locked users."), Ctl::tr("STATUS")),
                  QCommandLineOption(QStringLiteral("search"), Ctl::tr("Text in the name or e-mail."),
                                     Ctl::tr("TEXT"))},
                 listUsers};
    Command reset{group,
                  QStringLiteral("reset-password"),
                  Ctl::tr("Set a new password for a user."),
                  {nameArgument()},
                  {passwordStdinOption()},
                  resetPassword};
    Command import{
        group,
        QStringLiteral("import"),
        Ctl::tr("Import users with their password hashes from CSV or JSON (bcrypt hashes from Nova CRM "
                "are re-hashed at the first sign-in)."),
        {{Ctl::tr("FILE"), Ctl::tr("A .csv or .json file.")}},
        {QCommandLineOption(QStringLiteral("dry-run"), Ctl::tr("Check the file, change nothing.")),
         QCommandLineOption(QStringLiteral("skip-existing"),
                            Ctl::tr("Skip user names that already exist instead of failing."))},
        importUsers};
    return {
        add,
        list,
        simpleVerb(QStringLiteral("disable"), Ctl::tr("Disable a user: no sign-in until enabled again."),
                   &UserService::disable, QT_TRANSLATE_NOOP("nova::ctl", "User %1 disabled.")),
        simpleVerb(QStringLiteral("enable"), Ctl::tr("Enable a disabled user."), &UserService::enable,
                   QT_TRANSLATE_NOOP("nova::ctl", "User %1 enabled.")),
        simpleVerb(QStringLiteral("unlock"), Ctl::tr("Release a user locked after failed sign-ins."),
                   &UserService::unlock, QT_TRANSLATE_NOOP("nova::ctl", "User %1 unlocked.")),
        simpleVerb(QStringLiteral("delete"), Ctl::tr("Delete a user (recorded in the security log)."),
                   &UserService::remove, QT_TRANSLATE_NOOP("nova::ctl", "User %1 deleted.")),
        reset,
        import,
        Command{group,
                QStringLiteral("erase"),
                Ctl::tr("Erase a user on a data-protection request: delete the account and pseudonymise "
                        "their records without breaking the log's chain."),
                {nameArgument()},
                {jsonOption(), QCommandLineOption(QStringLiteral("yes"), Ctl::tr("Confirm the erasure."))},
                eraseUser},
        Command{group,
                QStringLiteral("export"),
                Ctl::tr("Export everything stored about a user on a data-protection request: a JSON file "
                        "and an HTML summary, readable by the owner only."),
                {nameArgument()},
                {QCommandLineOption(QStringLiteral("out"),
                                    Ctl::tr("The folder for the two files (created when missing)."),
                                    Ctl::tr("DIR")),
                 jsonOption()},
                exportUser}};
}

} // namespace nova::ctl
