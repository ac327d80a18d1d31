#include "TestDatabase.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <unistd.h>

using namespace nova;
using nova::test::TestDatabase;

namespace {

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

DatabaseUrl sqliteUrl(const QString& path)
{
    DatabaseUrl url;
    url.sqlitePath = path;
    return url;
}

// Runs statements on a plain Qt SQLite connection, as another program would.
bool rawSqlite(const QString& path, const QStringList& statements,
               const QString& name = QStringLiteral("raw"))
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString& statement : statements)
            ok = ok && query.exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestDatabaseClass : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void createsAndMigrates();
    void reopeningKeepsData();
    void valuesAreBoundNotSpliced();
    void transactionRollsBackAndNests();
    void concurrentTransactionsWaitForEachOther();

    // SQLite files: refused and left exactly as they were.
    void missingFileWithMustExist();
    void fileThatIsNotSqlite();
    void sqliteFileOfAnotherProgram();
    void damagedSqliteFile();
    void newerSchema();
    void readOnlyFile();
    void lockedFile();
    void deadServer();
};

void TestDatabaseClass::createsAndMigrates()
{
    QFETCH_GLOBAL(QString, backend);
    auto test = TestDatabase::create(backend);
    QVERIFY(test);
    Database& db = test->db();
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    const QStringList tables = db.connection().tables();
    for (const char* table :
         {"users", "totp_secrets", "backup_codes", "roles", "role_grants", "user_grants", "security_log",
          "blocked_ips", "allowed_ips", "revoked_tokens", "alerts", "settings"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    if (!db.isPostgres()) {
        auto mode = db.exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.ok() && mode->next());
        QCOMPARE(mode->value(0).toString(), QStringLiteral("wal"));
    }
}

void TestDatabaseClass::reopeningKeepsData()
{
    QFETCH_GLOBAL(QString, backend);
    auto test = TestDatabase::create(backend);
    QVERIFY(test);
    QVERIFY(test->db().exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")).ok());
    auto url = DatabaseUrl::parse(test->url());
    QVERIFY(url.ok());
    auto again = Database::open(*url, Database::OpenMode::MustExist);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    auto row =
        (*again)->exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {QStringLiteral("k")});
    QVERIFY(row.ok() && row->next());
    QCOMPARE(row->value(0).toString(), QStringLiteral("v"));
    QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabaseClass::valuesAreBoundNotSpliced()
{
    QFETCH_GLOBAL(QString, backend);
    auto test = TestDatabase::create(backend);
    QVERIFY(test);
    const QString hostile = QStringLiteral("x'); DROP TABLE settings; --");
    QVERIFY(test->db()
                .exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), {hostile, hostile})
                .ok());
    auto row = test->db().exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {hostile});
    QVERIFY(row.ok() && row->next());
    QCOMPARE(row->value(0).toString(), hostile);
    QVERIFY(test->db().connection().tables().contains(QStringLiteral("settings")));
}

void TestDatabaseClass::transactionRollsBackAndNests()
{
    QFETCH_GLOBAL(QString, backend);
    auto test = TestDatabase::create(backend);
    QVERIFY(test);
    Database& db = test->db();
    const auto count = [&db]() {
        auto rows = db.exec(QStringLiteral("SELECT COUNT(*) FROM settings"));
        return rows && rows->next() ? rows->value(0).toInt() : -1;
    };
    const Status failed = db.transaction([&]() -> Status {
        if (auto inserted = db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')"));
            !inserted)
            return inserted.error();
        const Status inner = db.transaction([&]() -> Status {
            if (auto inserted =
                    db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('b', '2')"));
                !inserted)
                return inserted.error();
            return {};
        });
        if (!inner)
            return inner;
        return Error{QStringLiteral("test.abort"), QStringLiteral("abort")};
    });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, QStringLiteral("test.abort"));
    QCOMPARE(count(), 0);

    const Status duplicate = db.transaction([&]() -> Status {
        for (int i = 0; i < 2; ++i) {
            if (auto inserted =
                    db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('same', 'x')"));
                !inserted)
                return inserted.error();
        }
        return {};
    });
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code, QStringLiteral("db.duplicate"));
    QCOMPARE(count(), 0);

    QVERIFY(db.transaction([&]() -> Status {
                  auto inserted =
                      db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('c', '3')"));
                  return inserted ? Status() : Status(inserted.error());
              }).ok());
    QCOMPARE(count(), 1);
}

void TestDatabaseClass::concurrentTransactionsWaitForEachOther()
{
    QFETCH_GLOBAL(QString, backend);
    auto test = TestDatabase::create(backend);
    QVERIFY(test);
    Database& db = test->db();
    QVERIFY(db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('counter', '0')")).ok());
    // Each transaction reads a value and writes what it computed from it, as
    // the security log's chain and the services' checks do, while other
    // threads commit in between: no transaction may fail, and none may write
    // over another's update.
    constexpr int kThreads = 4;
    constexpr int kEach = 60;
    std::atomic<int> failures{0};
    QString firstFailure;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&db, &failures, &firstFailure] {
            for (int i = 0; i < kEach; ++i) {
                const Status done = db.transaction([&]() -> Status {
                    auto read = db.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'counter'"));
                    if (!read)
                        return read.error();
                    const int value = read->next() ? read->value(0).toInt() : -1;
                    read->finish();
                    auto written =
                        db.exec(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'counter'"),
                                {QString::number(value + 1)});
                    return written ? Status() : Status(written.error());
                });
                if (!done && failures.fetch_add(1) == 0)
                    firstFailure = done.errorMessage();
            }
        }));
        threads.back()->start();
    }
    for (const auto& thread : threads)
        QVERIFY(thread->wait(60000));
    QVERIFY2(failures.load() == 0, qPrintable(firstFailure));
    auto rows = db.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'counter'"));
    QVERIFY(rows && rows->next());
    QCOMPARE(rows->value(0).toInt(), kThreads * kEach);
}

void TestDatabaseClass::missingFileWithMustExist()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String(TestDatabase::kSqlite))
        QSKIP("a file check");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    auto db = Database::open(sqliteUrl(path), Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("db.missing"));
    QVERIFY(db.errorMessage().contains(path));
    QVERIFY(!QFile::exists(path));
}

void TestDatabaseClass::fileThatIsNotSqlite()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String(TestDatabase::kSqlite))
        QSKIP("a file check");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Customer notes, not a database.\n");
    file.close();
    const QByteArray before = fileDigest(path);
    auto db = Database::open(sqliteUrl(path));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("db.corrupt"));
    QCOMPARE(fileDigest(path), before);
}

void TestDatabaseClass::sqliteFileOfAnotherProgram()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String(TestDatabase::kSqlite))
        QSKIP("a file check");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(rawSqlite(path, {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"),
                             QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)")}));
    const QByteArray before = fileDigest(path);
    auto db = Database::open(sqliteUrl(path));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("db.foreign"));
    QCOMPARE(fileDigest(path), before);
}

void TestDatabaseClass::damagedSqliteFile()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String(TestDatabase::kSqlite))
        QSKIP("a file check");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\xAB'));
    file.close();
    const QByteArray before = fileDigest(path);
    auto db = Database::open(sqliteUrl(path));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("db.corrupt"));
    QCOMPARE(fileDigest(path), before);
}

void TestDatabaseClass::newerSchema()
{
    QFETCH_GLOBAL(QString, backend);
    auto test = TestDatabase::create(backend);
    QVERIFY(test);
    QVERIFY(test->db()
                .exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, 0)"),
                      {Database::latestSchemaVersion() + 1})
                .ok());
    auto url = DatabaseUrl::parse(test->url());
    QVERIFY(url.ok());
    auto db = Database::open(*url);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("db.newer"));
    QVERIFY(db.errorMessage().contains(QString::number(Database::latestSchemaVersion() + 1)));
    QCOMPARE(test->db().schemaVersion(), Database::latestSchemaVersion() + 1);
}

void TestDatabaseClass::readOnlyFile()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String(TestDatabase::kSqlite))
        QSKIP("a file check");
    if (::geteuid() == 0)
        QSKIP("root may write any file, so a read-only file cannot be made here");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        auto db = Database::open(sqliteUrl(path));
        QVERIFY(db.ok());
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    auto db = Database::open(sqliteUrl(path));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("db.readonly"));
}

void TestDatabaseClass::lockedFile()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String(TestDatabase::kSqlite))
        QSKIP("a file check");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    {
        auto db = Database::open(sqliteUrl(path));
        QVERIFY(db.ok());
    }
    {
        // Another program holds the write lock while we try to change the file.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery hold(other);
        QVERIFY(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        auto db = Database::open(sqliteUrl(path));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        const auto written =
            (*db)->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')"));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("db.locked"));
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

void TestDatabaseClass::deadServer()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String(TestDatabase::kPostgres))
        QSKIP("a server check");
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://nova@127.0.0.1:1/nova"));
    QVERIFY(url.ok());
    auto db = Database::open(*url);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().code == QLatin1String("db.unreachable") ||
                 db.error().code == QLatin1String("db.open"),
             qPrintable(db.error().code));
    QVERIFY(!db.errorMessage().isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabaseClass)
#include "tst_database.moc"
