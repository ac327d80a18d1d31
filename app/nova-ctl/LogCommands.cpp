#include "Bidi.h"
#include "CommandContext.h"
#include "Commands.h"
#include "JsonFormat.h"
#include "ServiceHub.h"
#include "securitylog/LogRetention.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogExporter.h"
#include "securitylog/SecurityLogQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <limits>

namespace nova::ctl {

namespace {

// For %Ln, which takes an int.
int count(qint64 n)
{
    return static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max()));
}

QList<QCommandLineOption> filterOptions()
{
    //: %1 is an event type as stored in the log, e.g. login
    return {
        QCommandLineOption(
            QStringLiteral("event"),
            Ctl::tr("Only this event type (repeatable), e.g. %1.").arg(leftToRight(QStringLiteral("login"))),
            Ctl::tr("TYPE")),
        QCommandLineOption(QStringLiteral("ip"), Ctl::tr("Only entries from this IP address."),
                           Ctl::tr("IP")),
        QCommandLineOption(QStringLiteral("user"), Ctl::tr("Only entries of this user name."),
                           Ctl::tr("NAME")),
        QCommandLineOption(QStringLiteral("failed"), Ctl::tr("Only failures and refusals.")),
        QCommandLineOption(QStringLiteral("since"),
                           Ctl::tr("Only entries from this time on (ISO 8601, UTC)."), Ctl::tr("TIME")),
        QCommandLineOption(QStringLiteral("search"), Ctl::tr("Text in the user, IP, user agent or details."),
                           Ctl::tr("TEXT"))};
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
                         //: %1 is what was typed after --since, %2 an example time
                         Ctl::tr("\"%1\" is not an ISO 8601 time such as %2.")
                             .arg(isolated(ctx.value(QStringLiteral("since"))),
                                  leftToRight(QStringLiteral("2026-11-23T08:00:00Z")))};
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
                //: Keep "log list" and --limit: they are typed as they are. %1 is the largest number allowed.
                Ctl::tr("log list: --limit must be a number from 1 to %1.").arg(SecurityLogQuery::kMaxLimit),
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
                     //: The RESULT column of "log list": the event succeeded, or it failed
                     entry.event.success ? Ctl::tr("ok") : Ctl::tr("FAILED"), entry.event.username,
                     entry.event.ip,
                     QString::fromUtf8(QJsonDocument(entry.event.metadata).toJson(QJsonDocument::Compact))});
    ctx.out().table({Ctl::tr("ID"), Ctl::tr("TIME (UTC)"), Ctl::tr("EVENT"), Ctl::tr("RESULT"),
                     Ctl::tr("USER"), Ctl::tr("IP"), Ctl::tr("DETAILS")},
                    rows);
    return Ok;
}

Result<QString> archiveFolder(CommandContext& ctx)
{
    if (ctx.isSet(QStringLiteral("archive-folder")))
        return ctx.value(QStringLiteral("archive-folder"));
    auto policy = ctx.hub().retention().policy();
    if (!policy)
        return policy.error();
    return ctx.hub().retention().archiveFolder(*policy);
}

int verifyLog(CommandContext& ctx)
{
    const bool withArchives =
        ctx.isSet(QStringLiteral("with-archives")) || ctx.isSet(QStringLiteral("archive-folder"));
    Result<LogVerification> report = LogVerification{};
    if (withArchives) {
        auto folder = archiveFolder(ctx);
        if (!folder)
            return ctx.fail(folder.error());
        report = ctx.hub().retention().verifyWithArchives(*folder);
    } else {
        report = ctx.hub().securityLog().verify();
    }
    if (!report)
        return ctx.fail(report.error(), Denied);
    if (ctx.json())
        ctx.out().json(
            QJsonObject{{QStringLiteral("entriesChecked"), report->entriesChecked},
                        {QStringLiteral("intact"), !report->firstBrokenId.has_value()},
                        {QStringLiteral("firstBrokenId"),
                         report->firstBrokenId ? QJsonValue(*report->firstBrokenId) : QJsonValue()},
                        {QStringLiteral("reason"), report->reason},
                        {QStringLiteral("erasuresNotChecked"), report->erasuresNotChecked}});
    if (report->firstBrokenId) {
        if (!ctx.json())
            ctx.out().error(
                //: %1 is the number (id) of a log entry, %2 why its hash does not match
                Ctl::tr("The security log has been altered: the chain breaks at entry %1 (%2). %Ln entries "
                        "checked.",
                        nullptr, count(report->entriesChecked))
                    .arg(*report->firstBrokenId)
                    .arg(report->reason),
                Denied);
        return Denied;
    }
    if (!ctx.json()) {
        ctx.out().line(Ctl::tr("The security log is intact: %Ln entries checked.", nullptr,
                               count(report->entriesChecked)));
        if (report->erasuresNotChecked > 0)
            ctx.out().line(
                Ctl::tr("%Ln erasures also pseudonymised archived entries: run with --with-archives "
                        "to check them.",
                        nullptr, count(report->erasuresNotChecked)));
    }
    return Ok;
}

int archiveLog(CommandContext& ctx)
{
    std::optional<qint64> olderThan;
    if (ctx.isSet(QStringLiteral("older-than-days"))) {
        bool ok = false;
        const int days = ctx.value(QStringLiteral("older-than-days")).toInt(&ok);
        if (!ok || days < RetentionPolicy::kMinDays || days > RetentionPolicy::kMaxDays)
            return ctx.out().error(Ctl::tr("--older-than-days takes a number of days from %1 to %2.")
                                       .arg(RetentionPolicy::kMinDays)
                                       .arg(RetentionPolicy::kMaxDays),
                                   Usage);
        olderThan = ctx.hub().clock().nowMSecs() - days * 24LL * 60 * 60 * 1000;
    }
    auto run = ctx.hub().retention().archive(ctx.actor(), olderThan);
    if (!run)
        return ctx.fail(run.error());
    if (ctx.json()) {
        QJsonObject result{{QStringLiteral("archived"), *run ? (*run)->count : 0}};
        if (*run)
            result.insert(QStringLiteral("file"), (*run)->file);
        ctx.out().json(result);
        return Ok;
    }
    if (!*run) {
        ctx.out().line(Ctl::tr("Nothing to archive: no entry is older than the retention period."));
        return Ok;
    }
    //: %1 is a file path
    ctx.out().line(
        Ctl::tr("%Ln entries archived to %1.", nullptr, count((*run)->count)).arg(leftToRight((*run)->file)));
    return Ok;
}

int retention(CommandContext& ctx)
{
    LogRetention& retention = ctx.hub().retention();
    auto policy = retention.policy();
    if (!policy)
        return ctx.fail(policy.error());
    if (ctx.isSet(QStringLiteral("days")) || ctx.isSet(QStringLiteral("folder"))) {
        RetentionPolicy changed = *policy;
        if (ctx.isSet(QStringLiteral("days"))) {
            bool ok = false;
            changed.days = ctx.value(QStringLiteral("days")).toInt(&ok);
            if (!ok)
                changed.days = 0;
        }
        if (ctx.isSet(QStringLiteral("folder")))
            changed.archiveFolder = ctx.value(QStringLiteral("folder"));
        if (const Status saved = retention.setPolicy(changed, ctx.actor()); !saved)
            return ctx.fail(saved.error(), Usage);
        policy = changed;
    }
    auto lastRun = retention.lastRunMs();
    if (!lastRun)
        return ctx.fail(lastRun.error());
    const QString folder = retention.archiveFolder(*policy);
    if (ctx.json()) {
        ctx.out().json(QJsonObject{{QStringLiteral("days"), policy->days},
                                   {QStringLiteral("folder"), folder},
                                   {QStringLiteral("lastArchiveAt"), isoTime(*lastRun)}});
        return Ok;
    }
    ctx.out().line(Ctl::tr("Entries are kept in the live log for %Ln days.", nullptr, policy->days));
    //: %1 is a folder path
    ctx.out().line(Ctl::tr("Archives go to %1.").arg(leftToRight(folder)));
    ctx.out().line(*lastRun ? Ctl::tr("Last archived: %1 (UTC).").arg(isoTime(**lastRun).toString())
                            : Ctl::tr("Nothing has been archived yet."));
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
        return ctx.out().error(
            Ctl::tr("Cannot write %1: %2").arg(leftToRight(file.fileName()), file.errorString()), Failure);
    auto written = ctx.hub().logExporter().exportTo(file, *format, *filter, ctx.actor());
    if (!written) {
        file.cancelWriting();
        return ctx.fail(written.error());
    }
    if (!file.commit())
        return ctx.out().error(
            Ctl::tr("Cannot write %1: %2").arg(leftToRight(file.fileName()), file.errorString()), Failure);
    //: %1 is a file path
    ctx.out().prompt(
        Ctl::tr("%Ln entries exported to %1.", nullptr, count(*written)).arg(leftToRight(file.fileName())) +
        QLatin1Char('\n'));
    return Ok;
}

} // namespace

QList<Command> logCommands()
{
    const QString group = QStringLiteral("log");
    Command list{group, QStringLiteral("list"), Ctl::tr("Show the newest security log entries."),
                 {},    filterOptions(),        listLog};
    //: N is the placeholder of the number in the help ("--limit <N>"): keep it
    list.options +=
        {jsonOption(), QCommandLineOption(QStringLiteral("limit"), Ctl::tr("At most N entries (default 50)."),
                                          QStringLiteral("N"))};
    Command verify{
        group,
        QStringLiteral("verify"),
        //: 0 and 1 are exit codes: keep the digits
        Ctl::tr("Check the hash chain: exit 0 when intact, 1 naming the first altered entry."),
        {},
        {jsonOption(),
         QCommandLineOption(QStringLiteral("with-archives"),
                            Ctl::tr("Check the archive files first and the live log after them, as one "
                                    "chain.")),
         QCommandLineOption(QStringLiteral("archive-folder"),
                            Ctl::tr("The archives are in this folder (default: the retention setting)."),
                            Ctl::tr("FOLDER"))},
        verifyLog};
    Command archive{
        group,
        QStringLiteral("archive"),
        Ctl::tr("Move entries older than the retention period to a signed, compressed archive file."),
        {},
        {jsonOption(),
         QCommandLineOption(QStringLiteral("older-than-days"),
                            Ctl::tr("Archive entries older than N days instead."), QStringLiteral("N"))},
        archiveLog};
    Command retentionCommand{
        group,
        QStringLiteral("retention"),
        Ctl::tr("Show the retention policy, or change it with --days and --folder."),
        {},
        {jsonOption(),
         QCommandLineOption(QStringLiteral("days"), Ctl::tr("Keep entries in the live log for N days."),
                            QStringLiteral("N")),
         QCommandLineOption(QStringLiteral("folder"), Ctl::tr("Write archives to this folder (a full path)."),
                            Ctl::tr("FOLDER"))},
        retention};
    Command exportCommand{
        group,
        QStringLiteral("export"),
        Ctl::tr("Export the security log as CSV or JSON Lines (fail2ban reads the JSON Lines form)."),
        {},
        filterOptions(),
        exportLog};
    exportCommand.options +=
        //: Keep csv and jsonl: the option accepts them as they are
        {QCommandLineOption(QStringLiteral("format"), Ctl::tr("csv or jsonl (default jsonl)."),
                            Ctl::tr("FORMAT")),
         QCommandLineOption(QStringLiteral("output"),
                            Ctl::tr("Write to this file instead of standard output."), Ctl::tr("FILE"))};
    return {list, verify, exportCommand, archive, retentionCommand};
}

} // namespace nova::ctl
