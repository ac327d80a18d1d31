#include "Database.h"

#include "Bidi.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QUuid>

#include <atomic>

namespace nova {

namespace {

// Connection name per (database, thread). thread_local keeps a thread from
// ever picking up a connection that another thread opened.
thread_local QHash<QString, QString> t_connections;
thread_local QHash<QString, int> t_transactionDepth;
std::atomic<quint64> g_connectionCounter{0};

Error dbError(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

} // namespace

Error Database::sqlError(const QSqlError& error)
{
    const QString text = error.text().trimmed();
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("database is locked")) ||
        lower.contains(QLatin1String("database is busy")))
        return dbError("db.locked",
                       QCoreApplication::translate("nova::Database",
                                                   "The database is locked by another program. Try again "
                                                   "in a moment."));
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")))
        return dbError("db.readonly",
                       QCoreApplication::translate("nova::Database", "The database is read-only."));
    if (lower.contains(QLatin1String("not a database")) || lower.contains(QLatin1String("malformed")))
        return dbError("db.corrupt",
                       QCoreApplication::translate("nova::Database",
                                                   "The database file is damaged or is not a database."));
    if (lower.contains(QLatin1String("unique")) || lower.contains(QLatin1String("duplicate key")))
        return dbError("db.duplicate",
                       QCoreApplication::translate("nova::Database", "That entry already exists."));
    if (lower.contains(QLatin1String("connection")) || lower.contains(QLatin1String("could not connect")) ||
        lower.contains(QLatin1String("server closed")))
        return dbError("db.unreachable", QCoreApplication::translate(
                                             "nova::Database", "The database server cannot be reached: %1")
                                             .arg(leftToRight(text)));
    return dbError(
        "db.error",
        QCoreApplication::translate("nova::Database", "Database error: %1").arg(leftToRight(text)));
}

namespace {

enum class TransactionStatement { Begin, Commit, Rollback };

// The PostgreSQL advisory lock every transaction takes.
constexpr qint64 kWriterLock = 727000;

Status runTransactionStatement(const Database& database, TransactionStatement statement)
{
    if (database.isPostgres()) {
        QSqlDatabase db = database.connection();
        const bool done = statement == TransactionStatement::Begin    ? db.transaction()
                          : statement == TransactionStatement::Commit ? db.commit()
                                                                      : db.rollback();
        if (!done)
            return Database::sqlError(db.lastError());
        if (statement != TransactionStatement::Begin)
            return {};
        // One writing transaction at a time, as on SQLite: under READ COMMITTED
        // two transactions that read a value and write what they computed
        // from it would otherwise overwrite each other's update, two log
        // appends would chain onto the same entry, and two daemons could
        // migrate at once. Our transactions are short admin changes and log
        // appends, so waiting costs little.
        if (auto locked = database.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriterLock));
            !locked) {
            db.rollback();
            return locked.error();
        }
        return {};
    }
    // A deferred BEGIN in WAL mode takes its snapshot at the first read; when
    // another connection commits before this one's first write, that write
    // fails at once with SQLITE_BUSY and the busy timeout never applies.
    // IMMEDIATE takes the write lock up front and waits for it within the timeout.
    const QString sql = statement == TransactionStatement::Begin    ? QStringLiteral("BEGIN IMMEDIATE")
                        : statement == TransactionStatement::Commit ? QStringLiteral("COMMIT")
                                                                    : QStringLiteral("ROLLBACK");
    auto done = database.exec(sql);
    return done ? Status() : Status(done.error());
}

} // namespace

Database::Database(DatabaseUrl url, QString baseName)
    : m_url(std::move(url))
    , m_baseName(std::move(baseName))
{}

Database::~Database()
{
    const QString own = t_connections.take(m_baseName);
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString& name : names) {
        if (!name.startsWith(m_baseName))
            continue;
        // Only this thread may touch its own connection (Qt warns otherwise);
        // the worker threads' connections close when they are removed.
        if (name == own) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

int Database::latestSchemaVersion()
{
    return Migrations::all().constLast().version;
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url, OpenMode mode)
{
    if (url.engine == DatabaseUrl::Engine::Sqlite) {
        const QFileInfo info(url.sqlitePath);
        if (!info.exists()) {
            if (mode == OpenMode::MustExist)
                return dbError("db.missing", QCoreApplication::translate(
                                                 "nova::Database", "The database file %1 does not exist.")
                                                 .arg(leftToRight(url.sqlitePath)));
            if (!QDir().mkpath(info.absolutePath()))
                return dbError("db.create",
                               QCoreApplication::translate("nova::Database", "Cannot create the folder %1.")
                                   .arg(leftToRight(info.absolutePath())));
        } else {
            if (!info.isFile() || !info.isReadable())
                return dbError("db.unreadable", QCoreApplication::translate(
                                                    "nova::Database", "The database file %1 cannot be read.")
                                                    .arg(leftToRight(url.sqlitePath)));
            if (!info.isWritable())
                return dbError("db.readonly", QCoreApplication::translate(
                                                  "nova::Database", "The database file %1 is read-only.")
                                                  .arg(leftToRight(url.sqlitePath)));
            if (info.size() > 0) {
                QFile file(url.sqlitePath);
                if (!file.open(QIODevice::ReadOnly) || file.read(16) != QByteArray("SQLite format 3\0", 16))
                    return dbError("db.corrupt", QCoreApplication::translate(
                                                     "nova::Database",
                                                     "%1 is not an SQLite database; it was left as it is.")
                                                     .arg(leftToRight(url.sqlitePath)));
            }
        }
    }

    const QString baseName = QStringLiteral("nova-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db(new Database(url, baseName));
    if (const Status opened = db->ensureConnection(); !opened)
        return opened.error();
    if (const Status migrated = db->migrate(); !migrated)
        return migrated.error();
    return db;
}

QSqlDatabase Database::connection() const
{
    (void)ensureConnection();
    return QSqlDatabase::database(t_connections.value(m_baseName), false);
}

Status Database::ensureConnection() const
{
    if (t_connections.contains(m_baseName))
        return {};
    const QString name = m_baseName + QLatin1Char('-') + QString::number(g_connectionCounter.fetch_add(1));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    t_connections.insert(m_baseName, name);
    return openConnection(db);
}

Status Database::openConnection(QSqlDatabase& db) const
{
    if (isPostgres()) {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setDatabaseName(m_url.database);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        QString options = m_url.options;
        if (!options.contains(QLatin1String("connect_timeout")))
            options +=
                (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=5");
        db.setConnectOptions(options);
    } else {
        db.setDatabaseName(m_url.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open())
        return sqlError(db.lastError());
    if (isPostgres()) {
        // The driver prints server notices ("already exists, skipping") on
        // stderr, where they would mix with nova-ctl's own messages.
        QSqlQuery quiet(db);
        if (!quiet.exec(QStringLiteral("SET client_min_messages = warning"))) {
            const Error error = sqlError(quiet.lastError());
            db.close();
            return error;
        }
    } else {
        QSqlQuery pragma(db);
        // journal_mode = WAL is set by migrate(): it rewrites the file header,
        // and a file that is not ours must stay byte for byte as it was.
        for (const char* statement : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
            if (!pragma.exec(QString::fromLatin1(statement))) {
                const Error error = sqlError(pragma.lastError());
                db.close();
                return error;
            }
        }
    }
    return {};
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values) const
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        // A dropped PostgreSQL connection is reopened once before giving up.
        if (const Status reopened = openConnection(db); !reopened)
            return reopened.error();
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // PostgreSQL cannot PREPARE DDL, so statements without parameters run directly.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return sqlError(query.lastError());
        return query;
    }
    if (!query.prepare(sql))
        return sqlError(query.lastError());
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError());
    return query;
}

Status Database::transaction(const std::function<Status()>& work) const
{
    int& depth = t_transactionDepth[m_baseName];
    if (depth > 0) {
        ++depth;
        Status result = work();
        --depth;
        return result;
    }
    if (const Status begun = runTransactionStatement(*this, TransactionStatement::Begin); !begun)
        return begun;
    ++depth;
    Status result = work();
    --depth;
    if (result)
        result = runTransactionStatement(*this, TransactionStatement::Commit);
    if (!result)
        (void)runTransactionStatement(*this, TransactionStatement::Rollback);
    return result;
}

int Database::schemaVersion() const
{
    auto query = exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
    if (!query || !query->next())
        return 0;
    return query->value(0).toInt();
}

Status Database::migrate()
{
    // Refuse to touch a database that has tables but is not ours.
    const QStringList tables = connection().tables();
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_migrations"))) {
        if (auto probe = exec(QStringLiteral("SELECT 1")); !probe)
            return probe.error();
        return dbError("db.foreign",
                       QCoreApplication::translate("nova::Database",
                                                   "This database belongs to another program; Nova Admin "
                                                   "left it untouched."));
    }
    if (tables.isEmpty()) {
        if (auto probe = exec(QStringLiteral("SELECT 1")); !probe)
            return probe.error();
    }
    if (!isPostgres()) {
        if (auto wal = exec(QStringLiteral("PRAGMA journal_mode = WAL")); !wal)
            return wal.error();
    }
    if (auto created = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                           " version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"));
        !created)
        return created.error();
    // An up-to-date database is only read here, so opening it does not wait
    // for the write lock another program may hold.
    if (schemaVersion() == latestSchemaVersion())
        return {};

    return transaction([this]() -> Status {
        const int current = schemaVersion();
        if (current > latestSchemaVersion())
            return dbError("db.newer",
                           QCoreApplication::translate("nova::Database",
                                                       "The database was created by a newer Nova Admin "
                                                       "(schema %1; this version knows %2). Update Nova "
                                                       "Admin; the database was not changed.")
                               .arg(current)
                               .arg(latestSchemaVersion()));
        for (const Migration& migration : Migrations::all()) {
            if (migration.version <= current)
                continue;
            for (const QString& statement : migration.statements) {
                if (auto done = exec(Migrations::forEngine(statement, isPostgres())); !done)
                    return done.error();
            }
            if (auto recorded =
                    exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                         {migration.version, QDateTime::currentMSecsSinceEpoch()});
                !recorded)
                return recorded.error();
        }
        return {};
    });
}

} // namespace nova
