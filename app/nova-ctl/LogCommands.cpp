#include "CommandContext.h"
#include "Commands.h"
#include "JsonFormat.h"
#include "ServiceHub.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogExporter.h"
#include "securitylog/SecurityLogQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace nova::ctl {

namespace {

QList<QCommandLineOption> filterOptions()
{
    return {QCommandLineOption(QStringLiteral("event"), tr("Only this event type (repeatable), e.g. login."),
                               tr("TYPE")),
            QCommandLineOption(QStringLiteral("ip"), tr("Only entries from this IP address."), tr("IP")),
            QCommandLineOption(QStringLiteral("user"), tr("Only entries of this user name."), tr("NAME")),
            QCommandLineOption(QStringLiteral("failed"), tr("Only failures and refusals.")),
            QCommandLineOption(QStringLiteral("since"), tr("Only entries from this time on (ISO 8601, UTC)."),
                               tr("TIME")),
            QCommandLineOption(QStringLiteral("search"), tr("Text in the user, IP, user agent or details."),
                               tr("TEXT"))};
}

Result<SecurityLogFilter> filterFrom(CommandContext& ctx)
{
    SecurityLogFilter filter;
    filter.events = ctx.values(QStringLiteral("event"));
    filter.ip = ctx.value(QStringLiteral("ip"));
    filter.username = ctx.value(QStringLiteral("user"));
    filter.text = ctx.value(QStringLiteral("search"));
    if (ctx.isSet(QStringLiteral("failed")))
        filter.success = false;
    if (ctx.isSet(QStringLiteral("since"))) {
        QDateTime since = QDateTime::fromString(ctx.value(QStringLiteral("since")), Qt::ISODate);
        if (!since.isValid())
            return Error{QStringLiteral("ctl.time"),
                         tr("\"%1\" is not an ISO 8601 time such as 2026-11-23T08:00:00Z.")
                             .arg(ctx.value(QStringLiteral("since")))};
        if (since.timeSpec() == Qt::LocalTime)
            since.setTimeSpec(Qt::UTC);
        filter.fromMs = since.toMSecsSinceEpoch();
    }
    return filter;
}

QJsonObject entryJson(const SecurityLogEntry& entry)
{
    return QJsonDocument::fromJson(SecurityLogExporter::jsonLine(entry)).object();
}

int listLog(CommandContext& ctx)
{
    auto filter = filterFrom(ctx);
    if (!filter)
        return ctx.out().error(filter.errorMessage(), Usage);
    int limit = 50;
    if (ctx.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = ctx.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > SecurityLogQuery::kMaxLimit)
            return ctx.out().error(
                tr("log list: --limit must be a number from 1 to %1.").arg(SecurityLogQuery::kMaxLimit),
                Usage);
    }
    auto page = ctx.hub().logQuery().page(*filter, std::nullopt, limit);
    if (!page)
        return ctx.fail(page.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const SecurityLogEntry& entry : page->entries)
            array.append(entryJson(entry));
        ctx.out().json(array);
        return Ok;
    }
    QList<QStringList> rows;
    for (const SecurityLogEntry& entry : page->entries)
        rows.append({QString::number(entry.id), isoTime(entry.createdAtMs).toString(), entry.event.event,
                     entry.event.success ? tr("ok") : tr("FAILED"), entry.event.username, entry.event.ip,
                     QString::fromUtf8(QJsonDocument(entry.event.metadata).toJson(QJsonDocument::Compact))});
    ctx.out().table(
        {tr("ID"), tr("TIME (UTC)"), tr("EVENT"), tr("RESULT"), tr("USER"), tr("IP"), tr("DETAILS")}, rows);
    return Ok;
}

int verifyLog(CommandContext& ctx)
{
    auto report = ctx.hub().securityLog().verify();
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json())
        ctx.out().json(
            QJsonObject{{QStringLiteral("entriesChecked"), report->entriesChecked},
                        {QStringLiteral("intact"), !report->firstBrokenId.has_value()},
                        {QStringLiteral("firstBrokenId"),
                         report->firstBrokenId ? QJsonValue(*report->firstBrokenId) : QJsonValue()},
                        {QStringLiteral("reason"), report->reason}});
    if (report->firstBrokenId) {
        if (!ctx.json())
            ctx.out().error(
                tr("The security log has been altered: the chain breaks at entry %1 (%2). %3 entries "
                   "checked.")
                    .arg(*report->firstBrokenId)
                    .arg(report->reason)
                    .arg(report->entriesChecked),
                Denied);
        return Denied;
    }
    if (!ctx.json())
        ctx.out().line(tr("The security log is intact: %1 entries checked.").arg(report->entriesChecked));
    return Ok;
}

int exportLog(CommandContext& ctx)
{
    auto format = SecurityLogExporter::formatFromName(
        ctx.isSet(QStringLiteral("format")) ? ctx.value(QStringLiteral("format")) : QStringLiteral("jsonl"));
    if (!format)
        return ctx.out().error(format.errorMessage(), Usage);
    auto filter = filterFrom(ctx);
    if (!filter)
        return ctx.out().error(filter.errorMessage(), Usage);
    if (!ctx.isSet(QStringLiteral("output"))) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ctx.out().error(out.errorString(), Failure);
        auto written = ctx.hub().logExporter().exportTo(out, *format, *filter, ctx.actor());
        out.flush();
        return written ? static_cast<int>(Ok) : ctx.fail(written.error());
    }
    // Written to a temporary file and renamed at the end, so a failed export
    // never leaves a truncated file that looks complete.
    QSaveFile file(ctx.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly))
        return ctx.out().error(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()), Failure);
    auto written = ctx.hub().logExporter().exportTo(file, *format, *filter, ctx.actor());
    if (!written) {
        file.cancelWriting();
        return ctx.fail(written.error());
    }
    if (!file.commit())
        return ctx.out().error(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()), Failure);
    ctx.out().prompt(tr("%n entries exported to %1.\n", static_cast<int>(*written)).arg(file.fileName()));
    return Ok;
}

} // namespace

QList<Command> logCommands()
{
    const QString group = QStringLiteral("log");
    Command list{group, QStringLiteral("list"), tr("Show the newest security log entries."),
                 {},    filterOptions(),        listLog};
    list.options += {jsonOption(), QCommandLineOption(QStringLiteral("limit"),
                                                      tr("At most N entries (default 50)."), tr("N"))};
    Command verify{group,
                   QStringLiteral("verify"),
                   tr("Check the hash chain: exit 0 when intact, 1 naming the first altered entry."),
                   {},
                   {jsonOption()},
                   verifyLog};
    Command exportCommand{
        group,
        QStringLiteral("export"),
        tr("Export the security log as CSV or JSON Lines (fail2ban reads the JSON Lines form)."),
        {},
        filterOptions(),
        exportLog};
    exportCommand.options +=
        {QCommandLineOption(QStringLiteral("format"), tr("csv or jsonl (default jsonl)."), tr("FORMAT")),
         QCommandLineOption(QStringLiteral("output"), tr("Write to this file instead of standard output."),
                            tr("FILE"))};
    return {list, verify, exportCommand};
}

} // namespace nova::ctl
