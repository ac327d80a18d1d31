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
        rows.append({role.name, role.builtin ? tr("built-in") : tr("custom"), grantsText(role.grants)});
    ctx.out().table({tr("ROLE"), tr("KIND"), tr("GRANTS")}, rows);
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
    ctx.out().line(
        tr("%1 (%2): %3").arg(role->name, role->builtin ? tr("built-in") : tr("custom"), role->description));
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
    return ctx.finish(ctx.hub().roles().grant(ctx.argument(0), permission, ctx.actor()),
                      tr("Role %1 now has %2.").arg(ctx.argument(0), permission.toString()));
}

int revokeRole(CommandContext& ctx)
{
    const Permission permission = permissionArguments(ctx, 1);
    return ctx.finish(ctx.hub().roles().revoke(ctx.argument(0), permission, ctx.actor()),
                      tr("Role %1 no longer has %2.").arg(ctx.argument(0), permission.toString()));
}

int createRole(CommandContext& ctx)
{
    return ctx.finish(
        ctx.hub().roles().createRole(ctx.argument(0), ctx.value(QStringLiteral("description")), ctx.actor()),
        tr("Role %1 created.").arg(ctx.argument(0)));
}

int deleteRole(CommandContext& ctx)
{
    return ctx.finish(ctx.hub().roles().deleteRole(ctx.argument(0), ctx.actor()),
                      tr("Role %1 deleted.").arg(ctx.argument(0)));
}

int checkPermission(CommandContext& ctx)
{
    auto user = ctx.user(ctx.argument(0));
    if (!user)
        return Failure;
    const Permission permission = permissionArguments(ctx, 1);
    if (!permission.isValid())
        return ctx.out().error(tr("perm check: unknown feature or action \"%1\". Features: %2; actions: %3.")
                                   .arg(permission.toString(),
                                        Permission::knownFeatures().join(QStringLiteral(", ")),
                                        Permission::knownActions().join(QStringLiteral(", "))),
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
        ctx.out().line(decision.allowed ? tr("allowed") : tr("denied: %1").arg(decision.message));
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
    const Command::Argument roleName{QStringLiteral("ROLE"), tr("The role's name.")};
    const Command::Argument feature{
        QStringLiteral("FEATURE"),
        tr("crm, finance, owners, publishing, calendar, cards, reports, team, users, "
           "roles, security_log, blocked_ips, alerts, settings or *.")};
    const Command::Argument action{QStringLiteral("ACTION"), tr("create, read, update, delete or manage.")};
    return {
        Command{
            role, QStringLiteral("list"), tr("List roles and their grants."), {}, {jsonOption()}, listRoles},
        Command{role, QStringLiteral("show"), tr("Show one role."), {roleName}, {jsonOption()}, showRole},
        Command{role,
                QStringLiteral("grant"),
                tr("Give a role a permission."),
                {roleName, feature, action},
                {},
                grantRole},
        Command{role,
                QStringLiteral("revoke"),
                tr("Take a permission from a role."),
                {roleName, feature, action},
                {},
                revokeRole},
        Command{role,
                QStringLiteral("create"),
                tr("Create a custom role without grants."),
                {roleName},
                {QCommandLineOption(QStringLiteral("description"), tr("What the role is for."), tr("TEXT"))},
                createRole},
        Command{role,
                QStringLiteral("delete"),
                tr("Delete a custom role no user has."),
                {roleName},
                {},
                deleteRole},
        Command{
            QStringLiteral("perm"),
            QStringLiteral("check"),
            tr("Check a permission: exit 0 allowed, 1 denied (a denial is logged as unauthorized_access)."),
            {{QStringLiteral("USER"), tr("The user name.")}, feature, action},
            {jsonOption()},
            checkPermission},
        Command{QStringLiteral("perm"),
                QStringLiteral("list"),
                tr("A user's effective permissions (role and personal grants)."),
                {{QStringLiteral("USER"), tr("The user name.")}},
                {jsonOption()},
                listPermissions},
    };
}

} // namespace nova::ctl
