#include "Bidi.h"
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
        //: %1 is what was typed after --ip
        return ctx.out().error(
            Ctl::tr("login: \"%1\" is not an IPv4 or IPv6 address.").arg(isolated(access.ip)), Usage);
    const auto password = ctx.readPassword(Ctl::tr("Password:") + QLatin1Char(' '));
    if (!password)
        //: Keep "login" and --password-stdin: they are typed as they are
        return ctx.out().error(
            Ctl::tr("login: no password given; use --password-stdin or run it in a terminal."), Usage);
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
            //: A prompt; %1 is a masked phone number, e.g. •••••••4567
            const auto typed = ctx.readLine(Ctl::tr("Code sent to %1:").arg(leftToRight(sent->maskedPhone)) +
                                            QLatin1Char(' '));
            if (!typed)
                return ctx.out().error(Ctl::tr("login: no SMS code on standard input."), Usage);
            code = *typed;
        } else {
            //: %1 is a user name. Keep --code, --backup-code and --sms: they are typed as they are.
            return ctx.out().error(Ctl::tr("%1 uses two-factor sign-in: give --code, --backup-code or --sms.")
                                       .arg(isolated(result->user.username)),
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
    ctx.out().line(Ctl::tr("Signed out; the token is refused from now on."));
    return Ok;
}

} // namespace

QList<Command> loginCommands()
{
    Command signIn{
        QStringLiteral("login"),
        {},
        //: 0 is an exit code: keep the digit
        Ctl::tr("Sign in as a user (logged and watched by the intrusion detector like any sign-in); prints a "
                "session token. Exit 0 only on success."),
        {{Ctl::tr("NAME"), Ctl::tr("The user name.")}},
        {passwordStdinOption(),
         QCommandLineOption(QStringLiteral("code"),
                            Ctl::tr("The TOTP code, for accounts with two-factor sign-in."), Ctl::tr("CODE")),
         QCommandLineOption(QStringLiteral("backup-code"), Ctl::tr("A backup code instead of a TOTP code."),
                            Ctl::tr("CODE")),
         QCommandLineOption(QStringLiteral("sms"),
                            Ctl::tr("Send an SMS code, then read it from the next line of standard input.")),
         QCommandLineOption(QStringLiteral("ip"),
                            Ctl::tr("The client's IP address, as a server would report it."), Ctl::tr("IP")),
         QCommandLineOption(QStringLiteral("user-agent"), Ctl::tr("The client's user agent."),
                            Ctl::tr("TEXT")),
         jsonOption()},
        login};
    Command signOut{QStringLiteral("logout"),
                    {},
                    Ctl::tr("Revoke a session token."),
                    {{Ctl::tr("TOKEN"), Ctl::tr("The token printed by login.")}},
                    {},
                    logout};
    return {signIn, signOut};
}

} // namespace nova::ctl
