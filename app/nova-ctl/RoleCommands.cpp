#include "Bidi.h"
#include "CommandContext.h"
#include "Commands.h"
#include "JsonFormat.h"
#include "ServiceHub.h"
#include "rbac/PermissionService.h"
#include "rbac/RoleService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nova::ctl {

namespace {

QString roleKind(const Role& role)
{
    //: A role that comes with Nova Admin, as opposed to a custom role an administrator created
    return role.builtin ? Ctl::tr("built-in") : Ctl::tr("custom");
}

QString grantsText(const QList<Permission>& grants)
{
    QStringList items;
    for (const Permission& grant : grants)
        items.append(grant.toString());
    return items.join(QStringLiteral(", "));
}

int listRoles(CommandContext& ctx)
{
    auto roles = ctx.hub().roles().roles();
    if (!roles)
        return ctx.fail(roles.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const Role& role : *roles)
            array.append(roleJson(role));
        ctx.out().json(array);
        return Ok;
    }
    QList<QStringList> rows;
    for (const Role& role : *roles)
        rows.append({role.name, roleKind(role), grantsText(role.grants)});
    ctx.out().table({Ctl::tr("ROLE"), Ctl::tr("KIND"), Ctl::tr("GRANTS")}, rows);
    return Ok;
}

int showRole(CommandContext& ctx)
{
    auto role = ctx.hub().roles().role(ctx.argument(0));
    if (!role)
        return ctx.fail(role.error());
    if (ctx.json()) {
        ctx.out().json(roleJson(*role));
        return Ok;
    }
    //: %1 is a role name, %2 "built-in" or "custom", %3 the role's description
    ctx.out().line(
        Ctl::tr("%1 (%2): %3").arg(leftToRight(role->name), roleKind(*role), isolated(role->description)));
    for (const Permission& grant : role->grants)
        ctx.out().line(QStringLiteral("  ") + grant.toString());
    return Ok;
}

Permission permissionArguments(CommandContext& ctx, int first)
{
    return Permission{ctx.argument(first), ctx.argument(first + 1)};
}

int grantRole(CommandContext& ctx)
{
    const Permission permission = permissionArguments(ctx, 1);
    return ctx.finish(
        ctx.hub().roles().grant(ctx.argument(0), permission, ctx.actor()),
        //: %1 is a role name, %2 a permission such as finance:delete
        Ctl::tr("Role %1 now has %2.").arg(leftToRight(ctx.argument(0)), leftToRight(permission.toString())));
}

int revokeRole(CommandContext& ctx)
{
    const Permission permission = permissionArguments(ctx, 1);
    return ctx.finish(ctx.hub().roles().revoke(ctx.argument(0), permission, ctx.actor()),
                      //: %1 is a role name, %2 a permission such as finance:delete
                      Ctl::tr("Role %1 no longer has %2.")
                          .arg(leftToRight(ctx.argument(0)), leftToRight(permission.toString())));
}

int createRole(CommandContext& ctx)
{
    return ctx.finish(
        ctx.hub().roles().createRole(ctx.argument(0), ctx.value(QStringLiteral("description")), ctx.actor()),
        Ctl::tr("Role %1 created.").arg(leftToRight(ctx.argument(0))));
}

int deleteRole(CommandContext& ctx)
{
    return ctx.finish(ctx.hub().roles().deleteRole(ctx.argument(0), ctx.actor()),
                      Ctl::tr("Role %1 deleted.").arg(leftToRight(ctx.argument(0))));
}

int checkPermission(CommandContext& ctx)
{
    auto user = ctx.user(ctx.argument(0));
    if (!user)
        return Failure;
    const Permission permission = permissionArguments(ctx, 1);
    if (!permission.isValid())
        //: %1 is what was typed, e.g. crm:fly; %2 and %3 are lists of the names the command accepts
        return ctx.out().error(
            Ctl::tr("perm check: unknown feature or action \"%1\". Features: %2; actions: %3.")
                .arg(leftToRight(permission.toString()),
                     leftToRight(Permission::knownFeatures().join(QStringLiteral(", "))),
                     leftToRight(Permission::knownActions().join(QStringLiteral(", ")))),
            Usage);
    AccessContext access;
    access.userAgent = ctx.actor().userAgent;
    access.endpoint = QStringLiteral("nova-ctl perm check");
    const AccessDecision decision = ctx.hub().permissions().check(user->id, permission, access);
    if (ctx.json())
        ctx.out().json(QJsonObject{{QStringLiteral("user"), user->username},
                                   {QStringLiteral("feature"), permission.feature},
                                   {QStringLiteral("action"), permission.action},
                                   {QStringLiteral("allowed"), decision.allowed},
                                   {QStringLiteral("reason"), decision.reason}});
    else
        //: The answer of "perm check"
        ctx.out().line(decision.allowed ? Ctl::tr("allowed")
                                        //: %1 is the reason, a sentence
                                        : Ctl::tr("denied: %1").arg(decision.message));
    return decision.allowed ? Ok : Denied;
}

int listPermissions(CommandContext& ctx)
{
    auto user = ctx.user(ctx.argument(0));
    if (!user)
        return Failure;
    auto permissions = ctx.hub().permissions().effectivePermissions(user->id);
    if (!permissions)
        return ctx.fail(permissions.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const Permission& p : *permissions)
            array.append(
                QJsonObject{{QStringLiteral("feature"), p.feature}, {QStringLiteral("action"), p.action}});
        ctx.out().json(array);
        return Ok;
    }
    for (const Permission& p : *permissions)
        ctx.out().line(p.toString());
    return Ok;
}

} // namespace

QList<Command> roleCommands()
{
    const QString role = QStringLiteral("role");
    const Command::Argument roleName{Ctl::tr("ROLE"), Ctl::tr("The role's name.")};
    const Command::Argument feature{
        Ctl::tr("FEATURE"),
        //: %1 is the list of feature names, which stay in English
        Ctl::tr("The feature: %1, or * for all of them.")
            .arg(leftToRight(Permission::knownFeatures().join(QStringLiteral(", "))))};
    const Command::Argument action{
        Ctl::tr("ACTION"),
        //: %1 is the list of action names, which stay in English. Keep manage: it is one of them.
        Ctl::tr("The action: %1 (manage covers the others).")
            .arg(leftToRight(Permission::knownActions().join(QStringLiteral(", "))))};
    return {
        Command{role,
                QStringLiteral("list"),
                Ctl::tr("List roles and their grants."),
                {},
                {jsonOption()},
                listRoles},
        Command{
            role, QStringLiteral("show"), Ctl::tr("Show one role."), {roleName}, {jsonOption()}, showRole},
        Command{role,
                QStringLiteral("grant"),
                Ctl::tr("Give a role a permission."),
                {roleName, feature, action},
                {},
                grantRole},
        Command{role,
                QStringLiteral("revoke"),
                Ctl::tr("Take a permission from a role."),
                {roleName, feature, action},
                {},
                revokeRole},
        Command{role,
                QStringLiteral("create"),
                Ctl::tr("Create a custom role without grants."),
                {roleName},
                {QCommandLineOption(QStringLiteral("description"), Ctl::tr("What the role is for."),
                                    Ctl::tr("TEXT"))},
                createRole},
        Command{role,
                QStringLiteral("delete"),
                Ctl::tr("Delete a custom role no user has."),
                {roleName},
                {},
                deleteRole},
        Command{
            QStringLiteral("perm"),
            QStringLiteral("check"),
            //: 0 and 1 are exit codes: keep the digits. Keep unauthorized_access: it is the event's name in
            //: the log.
            Ctl::tr(
                "Check a permission: exit 0 allowed, 1 denied (a denial is logged as unauthorized_access)."),
            {{Ctl::tr("USER"), Ctl::tr("The user name.")}, feature, action},
            {jsonOption()},
            checkPermission},
        Command{QStringLiteral("perm"),
                QStringLiteral("list"),
                Ctl::tr("A user's effective permissions (role and personal grants)."),
                {{Ctl::tr("USER"), Ctl::tr("The user name.")}},
                {jsonOption()},
                listPermissions},
    };
}

} // namespace nova::ctl
