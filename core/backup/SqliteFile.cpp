#include "SqliteFile.h"

#include "Bidi.h"
#include "storage/Database.h"

#include <QFile>

#include <sqlite3.h>
#include <utility>

namespace nova {

namespace {

Error fileError(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

// One prepared statement, finalised on every path.
class Statement {
public:
    Statement(sqlite3* db, const char* sql) { m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    bool prepared() const { return m_rc == SQLITE_OK && m_stmt; }
    int step() { return sqlite3_step(m_stmt); }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column)));
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

} // namespace

Result<SqliteFile> SqliteFile::open(const QString& path, Mode mode)
{
    sqlite3* handle = nullptr;
    const int flags =
        mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    SqliteFile file(handle);
    if (rc != SQLITE_OK)
        return file.lastError();
    sqlite3_extended_result_codes(handle, 1);
    return file;
}

SqliteFile::SqliteFile(SqliteFile&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
{}

SqliteFile& SqliteFile::operator=(SqliteFile&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}

SqliteFile::~SqliteFile()
{
    sqlite3_close_v2(m_handle);
}

Error SqliteFile::lastError() const
{
    const QString text =
        m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("out of memory");
    //: %1 is SQLite's own (English) message
    return fileError(kSqliteError, tr("SQLite error: %1").arg(leftToRight(text)));
}

Status SqliteFile::exec(const char* sql)
{
    if (sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError();
    return {};
}

Status SqliteFile::checkIntegrity()
{
    Statement check(m_handle, "PRAGMA integrity_check(1)");
    const int rc = check.prepared() ? check.step() : sqlite3_errcode(m_handle);
    if (rc == SQLITE_ROW && check.text(0) == QLatin1String("ok"))
        return {};
    // A file that is no database at all fails before the first row.
    const QString complaint = rc == SQLITE_ROW ? check.text(0) : QString::fromUtf8(sqlite3_errmsg(m_handle));
    const int primary = rc & 0xff;
    if (rc == SQLITE_ROW || primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
        //: %1 is SQLite's own (English) message
        return fileError(kCorrupt,
                         tr("The database failed SQLite's integrity check: %1").arg(leftToRight(complaint)));
    return lastError();
}

Result<int> SqliteFile::novaSchemaVersion()
{
    Statement table(m_handle, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = "
                              "'schema_migrations'");
    if (!table.prepared() || table.step() != SQLITE_ROW)
        return lastError();
    if (table.integer(0) == 0)
        return fileError(kNotNova, tr("This is not a Nova Admin database."));
    Statement version(m_handle, "SELECT MAX(version) FROM schema_migrations");
    if (!version.prepared() || version.step() != SQLITE_ROW)
        return lastError();
    const qint64 schema = version.integer(0);
    if (schema < 1)
        return fileError(kNotNova, tr("This is not a Nova Admin database."));
    if (schema > Database::latestSchemaVersion())
        return fileError(
            kNewerSchema,
            tr("The database is from a newer Nova Admin (schema %1; this version knows %2). Update "
               "Nova Admin to use it.")
                .arg(schema)
                .arg(Database::latestSchemaVersion()));
    return static_cast<int>(schema);
}

void SqliteFile::removeSideFiles(const QString& path)
{
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace nova
