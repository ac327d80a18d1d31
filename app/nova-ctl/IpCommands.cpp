#include "Bidi.h"
#include "CommandContext.h"
#include "Commands.h"
#include "JsonFormat.h"
#include "ServiceHub.h"
#include "blocklist/IpBlockList.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

namespace nova::ctl {

namespace {

// "90s", "30m", "24h", "7d", "2w"; "permanent" for no expiry.
Result<std::optional<qint64>> parseDuration(const QString& text)
{
    if (text == QLatin1String("permanent"))
        return std::optional<qint64>();
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,6})([smhdw])$"));
    const auto match = pattern.match(text.trimmed().toLower());
    const qint64 amount = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    if (amount <= 0)
        return Error{QStringLiteral("ctl.duration"),
                     //: %1 is what was typed after --for. Keep s, m, h, d, w, 24h and permanent: the
                     //: option accepts them as they are.
                     Ctl::tr("\"%1\" is not a duration: use a number with s, m, h, d or w (e.g. 24h), or "
                             "permanent.")
                         .arg(isolated(text))};
    const QChar unit = match.captured(2).at(0);
    const qint64 seconds = unit == QLatin1Char('s')   ? 1
                           : unit == QLatin1Char('m') ? 60
                           : unit == QLatin1Char('h') ? 3600
                           : unit == QLatin1Char('d') ? 86400
                                                      : 604800;
    return std::optional<qint64>(amount * seconds * 1000);
}

Result<IpRange> rangeArgument(CommandContext& ctx)
{
    auto range = IpRange::parse(ctx.argument(0));
    if (!range)
        ctx.out().error(range.errorMessage(), Usage);
    return range;
}

int block(CommandContext& ctx)
{
    auto range = rangeArgument(ctx);
    if (!range)
        return Usage;
    auto duration = parseDuration(ctx.isSet(QStringLiteral("for")) ? ctx.value(QStringLiteral("for"))
                                                                   : QStringLiteral("24h"));
    if (!duration)
        return ctx.out().error(duration.errorMessage(), Usage);
    //: Saved as the block's reason when --reason is not given
    QString reason = Ctl::tr("Blocked with nova-ctl");
    if (ctx.isSet(QStringLiteral("reason")))
        reason = ctx.value(QStringLiteral("reason"));
    auto entry = ctx.hub().blockList().block(*range, *duration, reason, BlockSource::Manual, ctx.actor());
    if (!entry)
        return ctx.fail(entry.error());
    if (ctx.json()) {
        ctx.out().json(blockedIpJson(*entry));
        return Ok;
    }
    const QString shown = leftToRight(entry->range.toDisplayString());
    if (entry->expiresAtMs) {
        const QDateTime until = QDateTime::fromMSecsSinceEpoch(*entry->expiresAtMs);
        //: %1 is an IP address or network, %2 a date and time
        ctx.out().line(
            Ctl::tr("%1 blocked until %2.").arg(shown, QLocale().toString(until, QLocale::ShortFormat)));
    } else {
        //: %1 is an IP address or network
        ctx.out().line(Ctl::tr("%1 blocked until unblocked.").arg(shown));
    }
    return Ok;
}

int unblock(CommandContext& ctx)
{
    auto range = rangeArgument(ctx);
    if (!range)
        return Usage;
    return ctx.finish(ctx.hub().blockList().unblock(*range, ctx.actor()),
                      //: %1 is an IP address or network
                      Ctl::tr("%1 unblocked.").arg(leftToRight(range->toDisplayString())));
}

int list(CommandContext& ctx)
{
    auto entries = ctx.hub().blockList().list();
    if (!entries)
        return ctx.fail(entries.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const BlockedIp& entry : *entries)
            array.append(blockedIpJson(entry));
        ctx.out().json(array);
        return Ok;
    }
    QList<QStringList> rows;
    for (const BlockedIp& entry : *entries)
        rows.append({entry.range.toString(), entry.source,
                     //: In the expiry column of "ip list": the block has no end
                     entry.expiresAtMs ? isoTime(entry.expiresAtMs).toString() : Ctl::tr("permanent"),
                     entry.reason});
    //: Column headers of the tables are upper case in English, like the argument placeholders
    ctx.out().table({Ctl::tr("RANGE"), Ctl::tr("SOURCE"), Ctl::tr("EXPIRES (UTC)"), Ctl::tr("REASON")}, rows);
    return Ok;
}

int allow(CommandContext& ctx)
{
    auto range = rangeArgument(ctx);
    if (!range)
        return Usage;
    auto entry = ctx.hub().blockList().allow(*range, ctx.value(QStringLiteral("note")), ctx.actor());
    if (!entry)
        return ctx.fail(entry.error());
    //: %1 is an IP address or network
    ctx.out().line(Ctl::tr("%1 is on the allow-list and will never be blocked.")
                       .arg(leftToRight(range->toDisplayString())));
    return Ok;
}

int disallow(CommandContext& ctx)
{
    auto range = rangeArgument(ctx);
    if (!range)
        return Usage;
    return ctx.finish(ctx.hub().blockList().disallow(*range, ctx.actor()),
                      //: %1 is an IP address or network
                      Ctl::tr("%1 removed from the allow-list.").arg(leftToRight(range->toDisplayString())));
}

int allowed(CommandContext& ctx)
{
    auto entries = ctx.hub().blockList().allowed();
    if (!entries)
        return ctx.fail(entries.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const AllowedIp& entry : *entries)
            array.append(QJsonObject{{QStringLiteral("range"), entry.range.toString()},
                                     {QStringLiteral("note"), entry.note},
                                     {QStringLiteral("createdAt"), isoTime(entry.createdAtMs)}});
        ctx.out().json(array);
        return Ok;
    }
    QList<QStringList> rows;
    for (const AllowedIp& entry : *entries)
        rows.append({entry.range.toString(), entry.note});
    ctx.out().table({Ctl::tr("RANGE"), Ctl::tr("NOTE")}, rows);
    return Ok;
}

int exportList(CommandContext& ctx)
{
    const QString format =
        ctx.isSet(QStringLiteral("format")) ? ctx.value(QStringLiteral("format")) : QStringLiteral("plain");
    Result<QString> text = QString();
    if (format == QLatin1String("nginx"))
        text = ctx.hub().blockList().toNginxDenyList();
    else if (format == QLatin1String("plain"))
        text = ctx.hub().blockList().toPlainList();
    else
        //: Keep "ip export", --format, nginx and plain: they are typed as they are
        return ctx.out().error(Ctl::tr("ip export: --format must be nginx or plain."), Usage);
    if (!text)
        return ctx.fail(text.error());
    if (!ctx.isSet(QStringLiteral("output"))) {
        ctx.out().text(*text);
        return Ok;
    }
    QSaveFile file(ctx.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(text->toUtf8()) < 0 || !file.commit())
        //: %1 is a file path, %2 the system's reason
        return ctx.out().error(
            Ctl::tr("Cannot write %1: %2").arg(leftToRight(file.fileName()), file.errorString()), Failure);
    return Ok;
}

} // namespace

QList<Command> ipCommands()
{
    const QString group = QStringLiteral("ip");
    const Command::Argument range{
        //: The placeholders of arguments and option values in the help are upper case in English
        Ctl::tr("RANGE"),
        //: %1 and %2 are example addresses
        Ctl::tr("An IPv4 or IPv6 address or a CIDR network, e.g. %1 or %2.")
            .arg(leftToRight(QStringLiteral("203.0.113.7")), leftToRight(QStringLiteral("2001:db8::/32")))};
    return {
        Command{
            group,
            QStringLiteral("block"),
            Ctl::tr("Block an address or network; blocking it again extends the block."),
            {range},
            {QCommandLineOption(
                 QStringLiteral("for"),
                 //: Keep 90s, 30m, 24h, 7d, 2w and permanent: the option accepts them as they are
                 Ctl::tr("How long: 90s, 30m, 24h, 7d, 2w or permanent (default 24h)."), Ctl::tr("DURATION")),
             QCommandLineOption(QStringLiteral("reason"), Ctl::tr("Why, for the log and the list."),
                                Ctl::tr("TEXT")),
             jsonOption()},
            block},
        Command{group, QStringLiteral("unblock"), Ctl::tr("Remove a block."), {range}, {}, unblock},
        Command{group, QStringLiteral("list"), Ctl::tr("List active blocks."), {}, {jsonOption()}, list},
        Command{group,
                QStringLiteral("allow"),
                Ctl::tr("Put an address or network on the allow-list: it is never blocked."),
                {range},
                {QCommandLineOption(QStringLiteral("note"), Ctl::tr("What it is, e.g. the office network."),
                                    Ctl::tr("TEXT"))},
                allow},
        Command{group,
                QStringLiteral("disallow"),
                Ctl::tr("Remove an entry from the allow-list."),
                {range},
                {},
                disallow},
        Command{
            group, QStringLiteral("allowed"), Ctl::tr("List the allow-list."), {}, {jsonOption()}, allowed},
        Command{
            group,
            QStringLiteral("export"),
            Ctl::tr(
                "Export the active blocks as an nginx deny list or a plain list (for ipset or fail2ban)."),
            {},
            //: Keep nginx and plain: the option accepts them as they are
            {QCommandLineOption(QStringLiteral("format"), Ctl::tr("nginx or plain (default plain)."),
                                Ctl::tr("FORMAT")),
             QCommandLineOption(QStringLiteral("output"),
                                Ctl::tr("Write to this file instead of standard output."), Ctl::tr("FILE"))},
            exportList},
    };
}

} // namespace nova::ctl
