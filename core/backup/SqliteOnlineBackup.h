#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <functional>

struct sqlite3;

namespace nova {

class Database;

// SQLite's online backup API (sqlite3_backup_init/step/finish) between two
// open connections, so the live database is copied, or replaced, while the
// program keeps using it.
class SqliteOnlineBackup {
    Q_DECLARE_TR_FUNCTIONS(nova::SqliteOnlineBackup)
public:
    // 256 pages of 4 KiB: a step takes milliseconds, so cancelling is prompt.
    static constexpr int kPagesPerStep = 256;
    static constexpr const char* kNoHandle = "backup.no_sqlite_handle";
    static constexpr const char* kBusy = "backup.busy";

    // Pages copied so far and in all; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // The calling thread's Qt connection to `db` as SQLite's own handle
    // (Debian's QSQLITE driver links the system libsqlite3, as we do).
    static Result<sqlite3*> liveHandle(const Database& db);

    // Copies "main" of `from` over "main" of `to`. `from` stays in one read
    // transaction for the whole copy, so the copy is one consistent snapshot:
    // in WAL mode other connections keep writing, and their commits neither
    // restart the copy nor get into it. `to` is written in one transaction
    // that commits only at the end; a cancel or failure leaves it as it was.
    static Status copy(sqlite3* from, sqlite3* to, const Progress& progress = {});
};

} // namespace nova
