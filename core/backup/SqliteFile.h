#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace nova {

// A connection of our own (not Qt's) to an SQLite file that is not the live
// database: a backup's snapshot, its decrypted copy or a safety copy. Used on
// one thread; closed by the destructor.
class SqliteFile {
    Q_DECLARE_TR_FUNCTIONS(nova::SqliteFile)
public:
    enum class Mode { ReadOnly, ReadWrite };

    static constexpr const char* kSqliteError = "backup.sqlite";
    static constexpr const char* kCorrupt = "backup.corrupt_database";
    static constexpr const char* kNotNova = "backup.not_nova";
    static constexpr const char* kNewerSchema = "backup.newer_schema";

    // ReadWrite creates the file when it is missing.
    static Result<SqliteFile> open(const QString& path, Mode mode);
    SqliteFile(SqliteFile&& other) noexcept;
    SqliteFile& operator=(SqliteFile&& other) noexcept;
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;
    ~SqliteFile();

    sqlite3* handle() const { return m_handle; }

    // Runs one statement that returns no rows.
    Status exec(const char* sql);
    // A copy taken from a WAL database says WAL in its header; as a lone
    // file it is better as a plain rollback-journal database that leaves no
    // -wal or -shm file beside it.
    Status useRollbackJournal() { return exec("PRAGMA journal_mode = DELETE"); }
    // PRAGMA integrity_check: ok, or kCorrupt with SQLite's first complaint.
    Status checkIntegrity();
    // The schema version of a Nova Admin database: kNotNova without a
    // schema_migrations table, kNewerSchema when newer than this build.
    Result<int> novaSchemaVersion();
    // An error named after SQLite's message for the handle's last failure.
    Error lastError() const;

    // The files SQLite may leave beside a database (-journal, -wal, -shm).
    static void removeSideFiles(const QString& path);

private:
    explicit SqliteFile(sqlite3* handle)
        : m_handle(handle)
    {}

    sqlite3* m_handle = nullptr;
};

} // namespace nova
