#include "Bidi.h"
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
    ctx.out().line(Ctl::tr("Backup codes (each works once; they are not shown again):"));
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
    //: %1 is the secret key in base32
    ctx.out().line(Ctl::tr("Secret: %1").arg(leftToRight(Base32::grouped(enrollment->secretBase32))));
    const QString qrCommand = QStringLiteral("qrencode -t ansiutf8 URI");
    const QString confirmCommand =
        QStringLiteral("nova-ctl totp confirm %1 %2").arg(user->username, Ctl::tr("CODE"));
    //: %1 is a command that draws the QR code in the terminal, %2 the command to run next
    ctx.out().line(Ctl::tr("Scan the URI as a QR code (e.g. %1) or type the secret, then run \"%2\" with the "
                           "first code; that enables two-factor sign-in and prints the backup codes.")
                       .arg(leftToRight(qrCommand), leftToRight(confirmCommand)));
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
        //: %1 is a user name
        ctx.out().line(Ctl::tr("Two-factor sign-in is now on for %1.").arg(isolated(user->username)));
    printBackupCodes(ctx, *codes);
    return Ok;
}

int disable(CommandContext& ctx)
{
    auto user = ctx.user(ctx.argument(0));
    if (!user)
        return Failure;
    return ctx.finish(ctx.hub().twoFactor().disable(user->id, ctx.actor()),
                      //: %1 is a user name
                      Ctl::tr("Two-factor sign-in is off for %1.").arg(isolated(user->username)));
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
    const QString name = isolated(user->username);
    if (state->enabled)
        //: Two-factor sign-in of the user %1
        ctx.out().line(
            Ctl::tr("%1: on, %Ln backup code(s) left.", nullptr, state->backupCodesLeft).arg(name));
    else if (state->enrolled)
        //: Two-factor sign-in of the user %1
        ctx.out().line(Ctl::tr("%1: enrolled, waiting for the first code.").arg(name));
    else
        //: Two-factor sign-in of the user %1
        ctx.out().line(Ctl::tr("%1: off.").arg(name));
    return Ok;
}

int rotateKey(CommandContext& ctx)
{
    auto count = ctx.hub().twoFactor().rotateKey(ctx.actor());
    if (!count)
        return ctx.fail(count.error());
    ctx.out().line(Ctl::tr("New encryption key in use; %Ln secret(s) re-encrypted.", nullptr, *count));
    return Ok;
}

} // namespace

QList<Command> totpCommands()
{
    const QString group = QStringLiteral("totp");
    const Command::Argument name{Ctl::tr("NAME"), Ctl::tr("The user name.")};
    return {
        Command{group,
                QStringLiteral("enroll"),
                //: %1 is otpauth://, the scheme of the URI authenticator apps read
                Ctl::tr("Start TOTP enrollment: prints the %1 URI and the secret.")
                    .arg(leftToRight(QStringLiteral("otpauth://"))),
                {name},
                {jsonOption()},
                enroll},
        Command{group,
                QStringLiteral("confirm"),
                Ctl::tr("Turn two-factor sign-in on with the first code; prints the backup codes once."),
                {name, {Ctl::tr("CODE"), Ctl::tr("The code the authenticator app shows.")}},
                {jsonOption()},
                confirm},
        Command{group,
                QStringLiteral("disable"),
                Ctl::tr("Turn two-factor sign-in off for a user."),
                {name},
                {},
                disable},
        Command{group,
                QStringLiteral("backup-codes"),
                Ctl::tr("Replace a user's backup codes; prints the new ones once."),
                {name},
                {jsonOption()},
                regenerate},
        Command{group,
                QStringLiteral("status"),
                Ctl::tr("Show whether two-factor sign-in is on."),
                {name},
                {jsonOption()},
                status},
        Command{group,
                QStringLiteral("rotate-key"),
                Ctl::tr("Encrypt every TOTP secret with a new key, in one transaction."),
                {},
                {},
                rotateKey},
    };
}

} // namespace nova::ctl
