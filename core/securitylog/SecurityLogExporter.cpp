#include "SecurityLogExporter.h"

#include "Bidi.h"
#include "rbac/AdminAudit.h"
#include "securitylog/SecurityLogQuery.h"
#include "securitylog/SecurityLogRow.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace nova {

namespace {

constexpr int kBatch = 2000;

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// A JSON string literal with its quotes, escaped as JSON requires.
QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// Metadata keys that would read as the line's own fields to a text filter
// such as fail2ban's. \u escapes keep the JSON value identical. The pattern
// can only occur as (part of) a key, since inside strings every quote that
// precedes a colon is escaped; replacing it inside a key is still valid JSON.
QByteArray shieldedMetadata(const QJsonObject& metadata)
{
    QByteArray text = QJsonDocument(metadata).toJson(QJsonDocument::Compact);
    text.replace("\"event\":", "\"\\u0065vent\":");
    text.replace("\"success\":", "\"\\u0073uccess\":");
    text.replace("\"ip\":", "\"\\u0069p\":");
    return text;
}

Error exportError(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

} // namespace

SecurityLogExporter::SecurityLogExporter(const Database& db, AdminAudit& audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<ExportFormat> SecurityLogExporter::formatFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (lower == QLatin1String("jsonl") || lower == QLatin1String("json-lines") ||
        lower == QLatin1String("ndjson"))
        return ExportFormat::JsonLines;
    return exportError("export.format",
                       //: csv and jsonl are the format names to type; keep them as they are
                       QCoreApplication::translate("nova::SecurityLogExporter",
                                                   "Unknown export format \"%1\": use csv or "
                                                   "jsonl.")
                           .arg(leftToRight(name)));
}

QString SecurityLogExporter::formatName(ExportFormat format)
{
    return format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
}

QString SecurityLogExporter::csvCell(const QString& value)
{
    QString cell = value;
    // A spreadsheet would run a cell starting with these as a formula (CSV injection).
    if (!cell.isEmpty()) {
        const QChar first = cell.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                       cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
    if (!quote)
        return cell;
    cell.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

QByteArray SecurityLogExporter::csvHeader()
{
    return QByteArrayLiteral("id,timestamp,event,success,severity,user_id,username,ip,user_agent,metadata,"
                             "prev_hash,hash\r\n");
}

QByteArray SecurityLogExporter::csvRow(const SecurityLogEntry& entry)
{
    const SecurityEvent& e = entry.event;
    const QStringList cells{QString::number(entry.id),
                            isoTime(entry.createdAtMs),
                            csvCell(e.event),
                            e.success ? QStringLiteral("true") : QStringLiteral("false"),
                            severityName(e.severity),
                            e.userId ? QString::number(*e.userId) : QString(),
                            csvCell(e.username),
                            csvCell(e.ip),
                            csvCell(e.userAgent),
                            csvCell(SecurityLogRow::metadataText(e.metadata)),
                            entry.prevHash,
                            entry.hash};
    return cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray SecurityLogExporter::jsonLine(const SecurityLogEntry& entry)
{
    // Written by hand: QJsonObject sorts keys, and the fail2ban filter needs
    // event, success and ip in this order.
    const SecurityEvent& e = entry.event;
    QByteArray line;
    line.reserve(256);
    line += "{\"timestamp\":" + jsonString(isoTime(entry.createdAtMs));
    line += ",\"event\":" + jsonString(e.event);
    line += ",\"success\":";
    line += e.success ? "true" : "false";
    line += ",\"ip\":" + (e.ip.isEmpty() ? QByteArray("null") : jsonString(e.ip));
    line += ",\"user\":" + (e.username.isEmpty() ? QByteArray("null") : jsonString(e.username));
    line += ",\"userId\":" + (e.userId ? QByteArray::number(*e.userId) : QByteArray("null"));
    line += ",\"severity\":" + jsonString(severityName(e.severity));
    line += ",\"userAgent\":" + (e.userAgent.isEmpty() ? QByteArray("null") : jsonString(e.userAgent));
    line += ",\"metadata\":" + shieldedMetadata(e.metadata);
    line += ",\"id\":" + QByteArray::number(entry.id);
    line += ",\"hash\":" + jsonString(entry.hash);
    line += "}\n";
    return line;
}

Result<qint64> SecurityLogExporter::write(QIODevice& device, ExportFormat format,
                                          const SecurityLogFilter& filter, const ExportProgress& progress)
{
    if (!device.isOpen() || !device.isWritable())
        return exportError("export.device", QCoreApplication::translate("nova::SecurityLogExporter",
                                                                        "The export target is not open for "
                                                                        "writing."));
    const auto writeAll = [&device](const QByteArray& data) -> Status {
        if (device.write(data) != data.size())
            return exportError("export.write", QCoreApplication::translate("nova::SecurityLogExporter",
                                                                           "Writing the export failed: %1")
                                                   .arg(device.errorString()));
        return {};
    };

    const SecurityLogQuery query(m_db);
    const auto upTo = query.lastId();
    if (!upTo)
        return upTo.error();
    qint64 total = 0;
    if (progress) {
        const auto counted = query.count(filter, *upTo);
        if (!counted)
            return counted.error();
        total = *counted;
    }
    if (format == ExportFormat::Csv) {
        if (const Status written = writeAll(csvHeader()); !written)
            return written.error();
    }
    qint64 done = 0;
    qint64 afterId = 0;
    for (;;) {
        const auto batch = query.ascending(filter, afterId, *upTo, kBatch);
        if (!batch)
            return batch.error();
        QByteArray chunk;
        for (const SecurityLogEntry& entry : *batch)
            chunk += format == ExportFormat::Csv ? csvRow(entry) : jsonLine(entry);
        if (const Status written = writeAll(chunk); !written)
            return written.error();
        done += batch->size();
        if (progress && !progress(done, total))
            return exportError("export.cancelled", QCoreApplication::translate("nova::SecurityLogExporter",
                                                                               "The export was cancelled."));
        if (batch->size() < kBatch)
            break;
        afterId = batch->constLast().id;
    }
    return done;
}

Result<qint64> SecurityLogExporter::exportTo(QIODevice& device, ExportFormat format,
                                             const SecurityLogFilter& filter, const Actor& actor,
                                             const ExportProgress& progress)
{
    QJsonObject metadata{{QStringLiteral("what"), QStringLiteral("security_log")},
                         {QStringLiteral("format"), formatName(format)}};
    if (!filter.isEmpty()) {
        QJsonObject filterJson;
        if (!filter.events.isEmpty())
            filterJson.insert(QStringLiteral("events"), QJsonArray::fromStringList(filter.events));
        if (filter.userId)
            filterJson.insert(QStringLiteral("user_id"), *filter.userId);
        if (!filter.username.isEmpty())
            filterJson.insert(QStringLiteral("username"), filter.username);
        if (!filter.ip.isEmpty())
            filterJson.insert(QStringLiteral("address"), filter.ip);
        if (filter.success)
            filterJson.insert(QStringLiteral("outcome"), *filter.success);
        if (filter.fromMs)
            filterJson.insert(QStringLiteral("from"), *filter.fromMs);
        if (filter.toMs)
            filterJson.insert(QStringLiteral("to"), *filter.toMs);
        if (!filter.text.isEmpty())
            filterJson.insert(QStringLiteral("text"), filter.text);
        metadata.insert(QStringLiteral("filter"), filterJson);
    }
    const auto written = write(device, format, filter, progress);
    if (!written) {
        // Part of the log may have left already; the attempt is on record either way.
        (void)m_audit.recordRefusal(actor, EventType::ExportData, metadata, written.error());
        return written.error();
    }
    metadata.insert(QStringLiteral("rows"), *written);
    const auto recorded = m_audit.record(actor, EventType::ExportData, metadata);
    if (!recorded)
        return recorded.error();
    m_audit.announce(*recorded);
    return *written;
}

} // namespace nova
