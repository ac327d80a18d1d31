#pragma once

#include "Result.h"
#include "rbac/Actor.h"
#include "securitylog/SecurityEvent.h"
#include "securitylog/SecurityLogFilter.h"

#include <QByteArray>
#include <QIODevice>

#include <functional>

namespace nova {

class AdminAudit;
class Database;

enum class ExportFormat { Csv, JsonLines };

// Called after every batch; returning false cancels the export
// (Error "export.cancelled").
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

// Writes the security log, oldest first, as CSV or JSON Lines, reading it in
// key-ordered batches so a million rows never sit in memory at once.
//
// JSON Lines are written for the specification's fail2ban filter
// (^.*"event":"login".*"success":false.*"ip":"<HOST>".*$): fields in the
// order timestamp, event, success, ip, …, and metadata keys that could
// imitate those fields are written \u-escaped (valid JSON, same value), so
// nothing but the entry's own ip can become <HOST>.
//
// CSV follows RFC 4180 (quoted when needed, CRLF line ends, UTF-8) and
// neutralises spreadsheet formulas: a cell starting with = + - @ TAB or CR
// gets a leading apostrophe.
class SecurityLogExporter {
public:
    SecurityLogExporter(const Database& db, AdminAudit& audit);

    // Exporting is an administrative action: a successful export is recorded
    // as export_data (and announced, it is a sensitive action); a failed or
    // cancelled one is recorded as refused with the error code. Returns the
    // number of entries written.
    Result<qint64> exportTo(QIODevice& device, ExportFormat format, const SecurityLogFilter& filter,
                            const Actor& actor, const ExportProgress& progress = {});

    static Result<ExportFormat> formatFromName(const QString& name); // "csv", "jsonl"
    static QString formatName(ExportFormat format);

    static QByteArray csvHeader();
    static QByteArray csvRow(const SecurityLogEntry& entry);
    static QString csvCell(const QString& value);
    static QByteArray jsonLine(const SecurityLogEntry& entry); // ends with '\n'

private:
    Result<qint64> write(QIODevice& device, ExportFormat format, const SecurityLogFilter& filter,
                         const ExportProgress& progress);

    const Database& m_db;
    AdminAudit& m_audit;
};

} // namespace nova
