#include "CommandContext.h"
#include "Commands.h"
#include "JsonFormat.h"
#include "ServiceHub.h"
#include "auth/SignInService.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace nova::ctl {

namespace {

// A refusal (wrong password, locked, blocked, wrong code) is exit 1; a
// database or key store that failed is exit 3.
int refusalOrFailure(CommandContext& ctx, const Error& error)
{
    const bool broken = error.code.startsWith(QLatin1String("db.")) ||
                        error.code.startsWith(QLatin1String("secret.")) ||
                        error.code.startsWith(QLatin1String("keyring."));
    return ctx.fail(error, broken ? Failure : Denied);
}

int login(CommandContext& ctx)
{
    AccessContext access;
    access.ip = ctx.value(QStringLiteral("ip"));
    access.userAgent = ctx.isSet(QStringLiteral("user-agent")) ? ctx.value(QStringLiteral("user-agent"))
                                                               : ctx.actor().userAgent;
    access.endpoint = QStringLiteral("nova-ctl login");
    if (!access.ip.isEmpty() && QHostAddress(access.ip).isNull())
        return ctx.out().error(tr("login: \"%1\" is not an IPv4 or IPv6 address.").arg(access.ip), Usage);
    const auto password = ctx.readPassword(tr("Password: "));
    if (!password)
        return ctx.out().error(tr("login: no password given; use --password-stdin or run it in a terminal."),
                               Usage);
    SignInService& signIn = ctx.hub().signIn();
    auto result = signIn.signIn(ctx.argument(0), *password, access);
    if (!result)
        return refusalOrFailure(ctx, result.error());

    if (!result->signedIn()) {
        SecondFactor method = SecondFactor::Totp;
        QString code;
        if (ctx.isSet(QStringLiteral("code"))) {
            code = ctx.value(QStringLiteral("code"));
        } else if (ctx.isSet(QStringLiteral("backup-code"))) {
            method = SecondFactor::BackupCode;
            code = ctx.value(QStringLiteral("backup-code"));
        } else if (ctx.isSet(QStringLiteral("sms"))) {
            method = SecondFactor::Sms;
            auto sent = signIn.sendSmsCode(result->challenge, access);
            if (!sent)
                return refusalOrFailure(ctx, sent.error());
            const auto typed = ctx.readLine(tr("Code sent to %1: ").arg(sent->maskedPhone));
            if (!typed)
                return ctx.out().error(tr("login: no SMS code on standard input."), Usage);
            code = *typed;
        } else {
            return ctx.out().error(tr("%1 uses two-factor sign-in: give --code, --backup-code or --sms.")
                                       .arg(result->user.username),
                                   Denied);
        }
        result = signIn.completeSecondFactor(result->challenge, method, code, access);
        if (!result)
            return refusalOrFailure(ctx, result.error());
    }

    const IssuedToken& session = *result->session;
    if (ctx.json()) {
        QJsonObject json{{QStringLiteral("token"), session.token},
                         {QStringLiteral("expiresAt"), isoTime(session.claims.expiresAtMs)},
                         {QStringLiteral("user"), userJson(result->user)}};
        ctx.out().json(json);
    } else {
        ctx.out().line(session.token);
    }
    return Ok;
}

int logout(CommandContext& ctx)
{
    AccessContext access;
    access.userAgent = ctx.actor().userAgent;
    access.endpoint = QStringLiteral("nova-ctl logout");
    const Status done = ctx.hub().signIn().signOut(ctx.argument(0), access);
    if (!done)
        return refusalOrFailure(ctx, done.error());
    ctx.out().line(tr("Signed out; the token is refused from now on."));
    return Ok;
}

} // namespace

QList<Command> loginCommands()
{
    Command signIn{
        QStringLiteral("login"),
        {},
        tr("Sign in as a user (logged and watched by the intrusion detector like any sign-in); prints a "
           "session "
           "token. Exit 0 only on success."),
        {{QStringLiteral("NAME"), tr("The user name.")}},
        {passwordStdinOption(),
         QCommandLineOption(QStringLiteral("code"),
                            tr("The TOTP code, for accounts with two-factor sign-in."), tr("CODE")),
         QCommandLineOption(QStringLiteral("backup-code"), tr("A backup code instead of a TOTP code."),
                            tr("CODE")),
         QCommandLineOption(QStringLiteral("sms"),
                            tr("Send an SMS code, then read it from the next line of standard input.")),
         QCommandLineOption(QStringLiteral("ip"), tr("The client's IP address, as a server would report it."),
                            tr("IP")),
         QCommandLineOption(QStringLiteral("user-agent"), tr("The client's user agent."), tr("TEXT")),
         jsonOption()},
        login};
    Command signOut{QStringLiteral("logout"),
                    {},
                    tr("Revoke a session token."),
                    {{QStringLiteral("TOKEN"), tr("The token printed by login.")}},
                    {},
                    logout};
    return {signIn, signOut};
}

} // namespace nova::ctl
