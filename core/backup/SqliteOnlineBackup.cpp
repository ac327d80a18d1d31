#include "SqliteOnlineBackup.h"

#include "Bidi.h"
#include "backup/BackupProgress.h"
#include "storage/Database.h"

#include <QSqlDriver>
#include <QVariant>

#include <memory>
#include <sqlite3.h>

namespace nova {

namespace {

// About ten seconds of another writer's lock before giving up.
constexpr int kBusyRetries = 200;
constexpr int kBusySleepMs = 50;

Error backupError(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

Error sqliteError(sqlite3* db, int rc)
{
    const QString text =
        QString::fromUtf8(db && sqlite3_errcode(db) == rc ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    //: %1 is SQLite's own (English) message
    return backupError("backup.sqlite", SqliteOnlineBackup::tr("SQLite error: %1").arg(leftToRight(text)));
}

// Holds a read transaction on the source from the first read until the end.
class ReadSnapshot {
public:
    explicit ReadSnapshot(sqlite3* db)
        : m_db(db)
    {}
    ~ReadSnapshot()
    {
        if (m_open)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    int begin()
    {
        int rc = sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return rc;
        m_open = true;
        // BEGIN is deferred: the snapshot is taken by the first read.
        return sqlite3_exec(m_db, "SELECT COUNT(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    }

private:
    sqlite3* m_db;
    bool m_open = false;
};

} // namespace

Result<sqlite3*> SqliteOnlineBackup::liveHandle(const Database& db)
{
    const QSqlDatabase connection = db.connection();
    const QVariant handle =
        connection.isOpen() && connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return backupError(kNoHandle, tr("The database connection is not an SQLite connection this program "
                                         "can back up."));
    auto* raw = *static_cast<sqlite3* const*>(handle.constData());
    if (!raw)
        return backupError(kNoHandle, tr("The database connection is not an SQLite connection this program "
                                         "can back up."));
    return raw;
}

Status SqliteOnlineBackup::copy(sqlite3* from, sqlite3* to, const Progress& progress)
{
    ReadSnapshot snapshot(from);
    int rc = SQLITE_BUSY;
    for (int attempt = 0; attempt < kBusyRetries && (rc == SQLITE_BUSY || rc == SQLITE_LOCKED); ++attempt) {
        rc = snapshot.begin();
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(kBusySleepMs);
    }
    if (rc != SQLITE_OK)
        return sqliteError(from, rc);

    std::unique_ptr<sqlite3_backup, decltype(&sqlite3_backup_finish)> backup(
        sqlite3_backup_init(to, "main", from, "main"), &sqlite3_backup_finish);
    if (!backup)
        return sqliteError(to, sqlite3_errcode(to));
    int busy = 0;
    while (true) {
        rc = sqlite3_backup_step(backup.get(), kPagesPerStep);
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busy > kBusyRetries)
                return backupError(kBusy, tr("The database stayed busy with another program's changes. Try "
                                             "again in a moment."));
            sqlite3_sleep(kBusySleepMs);
            continue;
        }
        if (rc != SQLITE_OK)
            return sqliteError(to, rc);
        busy = 0;
        const qint64 total = sqlite3_backup_pagecount(backup.get());
        if (progress && !progress(total - sqlite3_backup_remaining(backup.get()), total))
            return backupError(kBackupCancelled, tr("Cancelled."));
    }
    const qint64 total = sqlite3_backup_pagecount(backup.get());
    rc = sqlite3_backup_finish(backup.release());
    if (rc != SQLITE_OK)
        return sqliteError(to, rc);
    if (progress)
        progress(total, total);
    return {};
}

} // namespace nova
