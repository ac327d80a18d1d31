#include "CommandContext.h"
#include "Commands.h"
#include "ServiceHub.h"
#include "crypto/Base32.h"
#include "twofactor/TwoFactorService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nova::ctl {

namespace {

void printBackupCodes(CommandContext& ctx, const QStringList& codes)
{
    if (ctx.json()) {
        ctx.out().json(QJsonObject{{QStringLiteral("backupCodes"), QJsonArray::fromStringList(codes)}});
        return;
    }
    ctx.out().line(tr("Backup codes (each works once; they are not shown again):"));
    for (const QString& code : codes)
        ctx.out().line(QStringLiteral("  ") + code);
}

int enroll(CommandContext& ctx)
{
    auto user = ctx.user(ctx.argument(0));
    if (!user)
        return Failure;
    auto enrollment = ctx.hub().twoFactor().enroll(user->id, ctx.actor());
    if (!enrollment)
        return ctx.fail(enrollment.error());
    if (ctx.json()) {
        ctx.out().json(QJsonObject{{QStringLiteral("user"), user->username},
                                   {QStringLiteral("issuer"), enrollment->issuer},
                                   {QStringLiteral("account"), enrollment->account},
                                   {QStringLiteral("secret"), enrollment->secretBase32},
                                   {QStringLiteral("uri"), enrollment->otpauthUri}});
        return Ok;
    }
    ctx.out().line(enrollment->otpauthUri);
    ctx.out().line(tr("Secret: %1").arg(Base32::grouped(enrollment->secretBase32)));
    ctx.out().line(
        tr("Scan the URI as a QR code (e.g. qrencode -t ansiutf8 URI) or type the secret, then run "
           "\"nova-ctl totp confirm %1 CODE\" with the first code; that enables two-factor sign-in "
           "and prints the backup codes.")
            .arg(user->username));
    return Ok;
}

int confirm(CommandContext& ctx)
{
    auto user = ctx.user(ctx.argument(0));
    if (!user)
        return Failure;
    AccessContext access;
    access.userAgent = ctx.actor().userAgent;
    access.endpoint = QStringLiteral("nova-ctl totp confirm");
    auto codes = ctx.hub().twoFactor().confirm(user->id, ctx.argument(1), access);
    if (!codes)
        return ctx.fail(codes.error(), Denied);
    if (!ctx.json())
        ctx.out().line(tr("Two-factor sign-in is now on for %1.").arg(user->username));
    printBackupCodes(ctx, *codes);
    return Ok;
}

int disable(CommandContext& ctx)
{
    auto user = ctx.user(ctx.argument(0));
    if (!user)
        return Failure;
    return ctx.finish(ctx.hub().twoFactor().disable(user->id, ctx.actor()),
                      tr("Two-factor sign-in is off for %1.").arg(user->username));
}

int regenerate(CommandContext& ctx)
{
    auto user = ctx.user(ctx.argument(0));
    if (!user)
        return Failure;
    auto codes = ctx.hub().twoFactor().regenerateBackupCodes(user->id, ctx.actor());
    if (!codes)
        return ctx.fail(codes.error());
    printBackupCodes(ctx, *codes);
    return Ok;
}

int status(CommandContext& ctx)
{
    auto user = ctx.user(ctx.argument(0));
    if (!user)
        return Failure;
    auto state = ctx.hub().twoFactor().status(user->id);
    if (!state)
        return ctx.fail(state.error());
    if (ctx.json()) {
        ctx.out().json(QJsonObject{{QStringLiteral("user"), user->username},
                                   {QStringLiteral("enrolled"), state->enrolled},
                                   {QStringLiteral("enabled"), state->enabled},
                                   {QStringLiteral("backupCodesLeft"), state->backupCodesLeft}});
        return Ok;
    }
    ctx.out().line(state->enabled
                       ? tr("%1: on, %2 backup code(s) left.").arg(user->username).arg(state->backupCodesLeft)
                   : state->enrolled ? tr("%1: enrolled, waiting for the first code.").arg(user->username)
                                     : tr("%1: off.").arg(user->username));
    return Ok;
}

int rotateKey(CommandContext& ctx)
{
    auto count = ctx.hub().twoFactor().rotateKey(ctx.actor());
    if (!count)
        return ctx.fail(count.error());
    ctx.out().line(tr("New encryption key in use; %n secret(s) re-encrypted.", *count));
    return Ok;
}

} // namespace

QList<Command> totpCommands()
{
    const QString group = QStringLiteral("totp");
    const Command::Argument name{QStringLiteral("NAME"), tr("The user name.")};
    return {
        Command{group,
                QStringLiteral("enroll"),
                tr("Start TOTP enrollment: prints the otpauth:// URI and the secret."),
                {name},
                {jsonOption()},
                enroll},
        Command{group,
                QStringLiteral("confirm"),
                tr("Turn two-factor sign-in on with the first code; prints the backup codes once."),
                {name, {QStringLiteral("CODE"), tr("The code the authenticator app shows.")}},
                {jsonOption()},
                confirm},
        Command{group,
                QStringLiteral("disable"),
                tr("Turn two-factor sign-in off for a user."),
                {name},
                {},
                disable},
        Command{group,
                QStringLiteral("backup-codes"),
                tr("Replace a user's backup codes; prints the new ones once."),
                {name},
                {jsonOption()},
                regenerate},
        Command{group,
                QStringLiteral("status"),
                tr("Show whether two-factor sign-in is on."),
                {name},
                {jsonOption()},
                status},
        Command{group,
                QStringLiteral("rotate-key"),
                tr("Encrypt every TOTP secret with a new key, in one transaction."),
                {},
                {},
                rotateKey},
    };
}

} // namespace nova::ctl
