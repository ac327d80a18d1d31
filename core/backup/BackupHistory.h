#pragma once

#include "Result.h"

#include <QString>

#include <optional>

namespace nova {

class Database;

// A backup that ran: made by nova-ctl or the desktop ("file"), or made
// outside Nova Admin and recorded with `nova-ctl backup mark` ("external",
// e.g. a pg_dump).
struct BackupRecord {
    static inline const QString kFile = QStringLiteral("file");
    static inline const QString kExternal = QStringLiteral("external");

    qint64 atMs = 0;
    QString kind;
    QString file; // the backup's path; empty for an external one
    qint64 sizeBytes = 0;
    QString note;
    QString by; // who ran it

    bool operator==(const BackupRecord&) const = default;
};

// "When did the last backup run", kept in the settings table (backup.last.*
// keys) so every program on the database, nova-ctl included, sees the same.
class BackupHistory {
public:
    // A warning is due when the last backup is older than this, or missing.
    static constexpr qint64 kOverdueAfterMs = 7LL * 24 * 60 * 60 * 1000;

    explicit BackupHistory(const Database& db);

    Result<std::optional<BackupRecord>> last() const;
    // Replaces the record; belongs in the transaction that logs the backup.
    Status record(const BackupRecord& record);

    static bool isOverdue(const std::optional<BackupRecord>& last, qint64 nowMs);

private:
    const Database& m_db;
};

} // namespace nova
