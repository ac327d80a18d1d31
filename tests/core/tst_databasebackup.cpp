#include "ManualClock.h"
#include "TestDatabase.h"
#include "TestHub.h"
#include "backup/BackupHeader.h"
#include "backup/BackupKeyDerivation.h"
#include "backup/BackupStream.h"
#include "backup/DatabaseBackup.h"
#include "backup/SqliteFile.h"
#include "crypto/SecureRandom.h"
#include "secrets/SecretStore.h"
#include "securitylog/SecurityLog.h"
#include "storage/Database.h"
#include "users/UserService.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");
const QString kOtherPassphrase = QStringLiteral("correct horse battery stapler");
// Seeded into the log to look for in the encrypted file.
const QString kMarker = QStringLiteral("plaintext-marker-7f3a");

struct LogRow {
    qint64 id = 0;
    QString event;
    bool success = false;
    QString hash;
    bool operator==(const LogRow&) const = default;
};

QList<LogRow> logRows(QSqlDatabase connection)
{
    QList<LogRow> rows;
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT id, event, success, hash FROM security_log ORDER BY id")))
        qFatal("cannot read the log: %s", qPrintable(query.lastError().text()));
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool(),
                     query.value(3).toString()});
    return rows;
}

// Another database file (a safety copy), read through a connection of its own.
QList<LogRow> logRowsIn(const QString& path)
{
    const QString name = QStringLiteral("copy-") + QUuid::createUuid().toString();
    QList<LogRow> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            rows = logRows(db);
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// Enough rows for the database to span several backup steps (256 pages)
// and several 1 MiB chunks.
void seed(SecurityLog& log, int entries)
{
    QList<SecurityEvent> batch;
    const QString padding(900, QLatin1Char('x'));
    for (int i = 0; i < entries; ++i)
        batch.append(SecurityEvent::about(EventType::Login, i % 3 != 0, std::nullopt,
                                          i == 0 ? kMarker : QStringLiteral("user%1").arg(i % 50),
                                          QStringLiteral("192.0.2.%1").arg(i % 250), QStringLiteral("seed"),
                                          {{QStringLiteral("padding"), padding}}));
    QVERIFY(log.appendBatch(batch).ok());
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// What a backup operation may leave beside the database: nothing at all.
QStringList leftovers(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral(".nova-backup-*"), QStringLiteral("*.before-restore-*")},
                                  QDir::Files | QDir::Hidden);
}

template <typename R>
QString codeOf(const R& result)
{
    return result ? QStringLiteral("ok") : result.error().code;
}

QByteArray withChecksum(QByteArray header)
{
    header.truncate(BackupHeader::kSize - 32);
    header.append(QCryptographicHash::hash(header, QCryptographicHash::Sha256));
    return header;
}

enum Mutation {
    Unchanged,
    FlipCiphertext,
    FlipLastTag,
    SwapChunks,
    DropMiddleChunk,
    DropLastChunk,
    CutInsideChunk,
    CutInsideHeader,
    AppendGarbage,
    RepeatLastChunk,
    HeaderFieldWithChecksum,
    HeaderFlipped,
    WrongMagic,
    NewerFormat,
};

} // namespace

// DatabaseBackup on real SQLite files (and PostgreSQL's refusal), the file
// format on buffers: every way a backup can be wrong must be refused with
// its own message, and nothing may be left in plain text beside the database.
class TestDatabaseBackup : public QObject, public nova::test::HubFixture {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void streamDetectsTampering_data();
    void streamDetectsTampering();
    void roundTripWhileTheDatabaseIsWritten_data();
    void roundTripWhileTheDatabaseIsWritten();
    void wrongKeyIsRefused_data();
    void wrongKeyIsRefused();
    void damagedOrForeignFileIsRefused_data();
    void damagedOrForeignFileIsRefused();
    void failedRestoreLeavesTheDatabaseUntouched_data();
    void failedRestoreLeavesTheDatabaseUntouched();
    void cancelledBackupLeavesNoFile_data();
    void cancelledBackupLeavesNoFile();
    void cancelledRestoreLeavesTheDatabaseUntouched_data();
    void cancelledRestoreLeavesTheDatabaseUntouched();
    void plaintextCopyIsPrivateAndRemoved();
    void staleCopiesFromACrashAreRemoved();
    void auditEntriesCarryNoSecrets();
    void externalBackupIsRecorded();
    void refusedWithoutSettingsUpdate();
    void shortPassphraseAndOwnFileAreRefused();
    void postgresqlIsRefused();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString databaseFolder() const { return QFileInfo(m_db->url()).absolutePath(); }
    QSqlDatabase live() const { return m_hub->database().connection(); }
    // A backup of any SQLite file, encrypted with kPassphrase.
    void craftBackup(const QString& sqlitePath, int schemaVersion, const QString& target);
    Result<BackupInfo> makeBackup(const BackupKey& key = BackupKey::passphrase(kPassphrase));

    ManualClock m_clock{1'795'428'000'000};
    std::unique_ptr<DatabaseBackup> m_backup;
    const Actor m_operator = Actor::localOperator(QStringLiteral("backup-test"));
};

void TestDatabaseBackup::init()
{
    const QString failed = openHub(QString::fromLatin1(TestDatabase::kSqlite), m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_backup = DatabaseBackup::forHub(*m_hub);
}

void TestDatabaseBackup::cleanup()
{
    m_backup.reset();
    closeHub();
}

Result<BackupInfo> TestDatabaseBackup::makeBackup(const BackupKey& key)
{
    return m_backup->create(path(QStringLiteral("nova.backup")), key, m_operator);
}

void TestDatabaseBackup::craftBackup(const QString& sqlitePath, int schemaVersion, const QString& target)
{
    QFile plain(sqlitePath);
    QVERIFY(plain.open(QIODevice::ReadOnly));
    BackupHeader header;
    header.keyKind = BackupKeyKind::Passphrase;
    header.kdf = PasswordHashParams{1, 8 * 1024, 1};
    header.salt = SecureRandom::bytes(BackupHeader::kSaltSize);
    header.baseNonce = SecureRandom::bytes(BackupHeader::kNonceSize);
    header.createdAtMs = m_clock.nowMSecs();
    header.schemaVersion = schemaVersion;
    header.databaseSize = plain.size();
    const auto keys = BackupKeyDerivation::derive(BackupKey::passphrase(kPassphrase), {}, header);
    QVERIFY(keys);
    header.keyCheck = keys->check;
    QFile out(target);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(BackupStream::write(plain, out, header, keys->encryption).ok());
}

void TestDatabaseBackup::streamDetectsTampering_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("mutation");
    QTest::addColumn<QString>("code");
    const int chunk = 4096;
    const int size = 5 * chunk + 100; // five full chunks and a short final one
    const QString ok;
    QTest::newRow("intact") << size << int(Unchanged) << ok;
    QTest::newRow("intact, multiple of the chunk size") << 3 * chunk << int(Unchanged) << ok;
    QTest::newRow("intact, empty") << 0 << int(Unchanged) << ok;
    QTest::newRow("flipped ciphertext byte")
        << size << int(FlipCiphertext) << QStringLiteral("backup.damaged");
    QTest::newRow("flipped tag of the last chunk")
        << size << int(FlipLastTag) << QStringLiteral("backup.damaged");
    QTest::newRow("chunks swapped") << size << int(SwapChunks) << QStringLiteral("backup.damaged");
    QTest::newRow("middle chunk dropped") << size << int(DropMiddleChunk) << QStringLiteral("backup.damaged");
    QTest::newRow("cut after a chunk") << size << int(DropLastChunk) << QStringLiteral("backup.truncated");
    QTest::newRow("cut inside a chunk") << size << int(CutInsideChunk) << QStringLiteral("backup.truncated");
    QTest::newRow("cut inside the header")
        << size << int(CutInsideHeader) << QStringLiteral("backup.truncated");
    QTest::newRow("garbage appended") << size << int(AppendGarbage) << QStringLiteral("backup.trailing_data");
    QTest::newRow("last chunk repeated")
        << size << int(RepeatLastChunk) << QStringLiteral("backup.trailing_data");
    QTest::newRow("header changed, checksum fixed")
        << size << int(HeaderFieldWithChecksum) << QStringLiteral("backup.damaged");
    QTest::newRow("header byte flipped")
        << size << int(HeaderFlipped) << QStringLiteral("backup.header_damaged");
    QTest::newRow("wrong magic") << size << int(WrongMagic) << QStringLiteral("backup.not_backup");
    QTest::newRow("newer format") << size << int(NewerFormat) << QStringLiteral("backup.newer_format");
}

void TestDatabaseBackup::streamDetectsTampering()
{
    QFETCH(int, size);
    QFETCH(int, mutation);
    QFETCH(QString, code);

    const int chunk = 4096;
    QByteArray plain = SecureRandom::bytes(size);
    BackupHeader header;
    header.chunkSize = chunk;
    header.salt = SecureRandom::bytes(BackupHeader::kSaltSize);
    header.baseNonce = SecureRandom::bytes(BackupHeader::kNonceSize);
    header.createdAtMs = m_clock.nowMSecs();
    header.schemaVersion = 1;
    header.databaseSize = size;
    header.keyCheck = QByteArray(BackupHeader::kKeyCheckSize, '\0');
    const QByteArray key = SecureRandom::bytes(32);
    QBuffer in(&plain);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray file;
    QBuffer out(&file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(BackupStream::write(in, out, header, key).ok());

    const int record = 4 + chunk + 16;
    const int chunks = qMax(1, (size + chunk - 1) / chunk);
    const auto at = [&](int index) { return BackupHeader::kSize + index * record; };
    QCOMPARE(file.size(), at(chunks - 1) + 4 + (size - (chunks - 1) * chunk) + 16);
    switch (mutation) {
    case FlipCiphertext:
        file[at(2) + 4 + 100] = static_cast<char>(file.at(at(2) + 4 + 100) ^ 0x01);
        break;
    case FlipLastTag:
        file[file.size() - 1] = static_cast<char>(file.at(file.size() - 1) ^ 0x80);
        break;
    case SwapChunks: {
        const QByteArray first = file.mid(at(1), record);
        file.replace(at(1), record, file.mid(at(2), record));
        file.replace(at(2), record, first);
        break;
    }
    case DropMiddleChunk:
        file.remove(at(2), record);
        break;
    case DropLastChunk:
        file.truncate(at(chunks - 1));
        break;
    case CutInsideChunk:
        file.truncate(at(3) + 1000);
        break;
    case CutInsideHeader:
        file.truncate(60);
        break;
    case AppendGarbage:
        file.append(SecureRandom::bytes(40));
        break;
    case RepeatLastChunk:
        file.append(file.mid(at(chunks - 1)));
        break;
    case HeaderFieldWithChecksum:
        file.replace(0, BackupHeader::kSize,
                     withChecksum(file.left(BackupHeader::kSize).replace(60, 1, "\x7f")));
        break;
    case HeaderFlipped:
        file[60] = static_cast<char>(file.at(60) ^ 0x01);
        break;
    case WrongMagic:
        file[0] = 'X';
        break;
    case NewerFormat:
        file.replace(0, BackupHeader::kSize,
                     withChecksum(file.left(BackupHeader::kSize).replace(9, 1, "\x02")));
        break;
    default:
        break;
    }

    QBuffer encrypted(&file);
    QVERIFY(encrypted.open(QIODevice::ReadOnly));
    QByteArray decrypted;
    QBuffer sink(&decrypted);
    QVERIFY(sink.open(QIODevice::WriteOnly));
    auto parsed = BackupStream::readHeader(encrypted);
    Result<qint64> read =
        parsed ? BackupStream::read(encrypted, *parsed, key, sink) : Result<qint64>(parsed.error());
    if (code.isEmpty()) {
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(*read, qint64(size));
        QCOMPARE(decrypted, plain);
        return;
    }
    QVERIFY(!read);
    QCOMPARE(read.error().code, code);
    QVERIFY(!read.errorMessage().isEmpty());
}

void TestDatabaseBackup::roundTripWhileTheDatabaseIsWritten_data()
{
    QTest::addColumn<bool>("passphrase");
    QTest::newRow("passphrase") << true;
    QTest::newRow("stored key") << false;
}

void TestDatabaseBackup::roundTripWhileTheDatabaseIsWritten()
{
    QFETCH(bool, passphrase);
    const BackupKey key = passphrase ? BackupKey::passphrase(kPassphrase) : BackupKey::storedKey();
    seed(m_hub->securityLog(), 3000);
    const QList<LogRow> atBackup = logRows(live());

    // A second thread appends through its own connection from the first
    // step of the copy on; the copy waits for five of its commits.
    std::atomic_bool stop{false};
    std::atomic<int> appended{0};
    std::atomic<int> failures{0};
    QSemaphore committed;
    std::unique_ptr<QThread> writer;
    int snapshotSteps = 0;
    const auto progress = [&](BackupStage stage, qint64, qint64) {
        // The snapshot is complete: the writer's part is done.
        if (stage == BackupStage::Encrypt && writer && !stop) {
            stop = true;
            writer->wait();
        }
        if (stage != BackupStage::Snapshot || ++snapshotSteps > 1)
            return true;
        writer.reset(QThread::create([&] {
            SecurityLog log(m_hub->database(), m_clock);
            while (!stop) {
                if (!log.append(SecurityEvent::about(EventType::Login, true, std::nullopt,
                                                     QStringLiteral("writer"), QStringLiteral("198.51.100.7"),
                                                     QStringLiteral("writer")))) {
                    ++failures;
                    committed.release(5);
                    return;
                }
                ++appended;
                committed.release();
            }
        }));
        writer->start();
        committed.acquire(5);
        return true;
    };
    auto made = m_backup->create(path(QStringLiteral("nova.backup")), key, m_operator, progress);
    stop = true;
    if (writer)
        writer->wait();
    QVERIFY2(made, qPrintable(made.errorMessage()));
    QCOMPARE(failures.load(), 0);
    QVERIFY(appended >= 5);
    // The writes landed between steps: more steps followed the first.
    QVERIFY2(snapshotSteps >= 3, qPrintable(QString::number(snapshotSteps)));
    QCOMPARE(made->schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(made->createdAtMs, m_clock.nowMSecs());
    QCOMPARE(made->keyKind, key.kind());
    QVERIFY(made->databaseBytes > 3 * 1024 * 1024);
    QCOMPARE(made->fileBytes, QFileInfo(made->file).size());

    auto verified = m_backup->verify(made->file, key, m_operator);
    QVERIFY2(verified, qPrintable(verified.errorMessage()));
    QCOMPARE(verified->createdAtMs, made->createdAtMs);
    QCOMPARE(verified->databaseBytes, made->databaseBytes);
    QCOMPARE(verified->schemaVersion, made->schemaVersion);

    const QList<LogRow> beforeRestore = logRows(live());
    QCOMPARE(beforeRestore.size(), atBackup.size() + appended + 1);
    QCOMPARE(beforeRestore.last().event, EventType::BackupCreated);

    m_clock.advanceSecs(3600);
    auto restored = m_backup->restore(made->file, key, m_operator);
    QVERIFY2(restored, qPrintable(restored.errorMessage()));
    // Exactly what was there when the copy began, then the restore's entry.
    const QList<LogRow> afterRestore = logRows(live());
    QCOMPARE(afterRestore.size(), atBackup.size() + 1);
    QCOMPARE(afterRestore.mid(0, atBackup.size()), atBackup);
    QCOMPARE(afterRestore.last().event, EventType::BackupRestored);
    QVERIFY(afterRestore.last().success);
    auto chain = m_hub->securityLog().verify();
    QVERIFY(chain);
    QVERIFY2(!chain->firstBrokenId, qPrintable(chain->reason));

    // The safety copy is the database as it was, private to its owner.
    QVERIFY(restored->safetyCopy.startsWith(QFileInfo(m_db->url()).absoluteFilePath() +
                                            QStringLiteral(".before-restore-")));
    QCOMPARE(logRowsIn(restored->safetyCopy), beforeRestore);
    QCOMPARE(QFile::permissions(restored->safetyCopy) &
                 ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    QCOMPARE(leftovers(databaseFolder()), QStringList{QFileInfo(restored->safetyCopy).fileName()});
}

void TestDatabaseBackup::wrongKeyIsRefused_data()
{
    QTest::addColumn<QString>("createWith"); // empty: the stored key
    QTest::addColumn<QString>("openWith");
    QTest::addColumn<int>("storeChange"); // 0 none, 1 another key, 2 no key
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong passphrase")
        << kPassphrase << kOtherPassphrase << 0 << QStringLiteral("backup.wrong_passphrase");
    // "é" composed when made, decomposed when opened: the same passphrase.
    QTest::newRow("passphrase in another normal form")
        << QStringLiteral("كلمة مرور طويلة café") << QStringLiteral("كلمة مرور طويلة cafe\u0301") << 0
        << QString();
    QTest::newRow("another stored key") << QString() << QString() << 1 << QStringLiteral("backup.wrong_key");
    QTest::newRow("no stored key") << QString() << QString() << 2 << QStringLiteral("backup.no_stored_key");
    QTest::newRow("passphrase backup, stored key given")
        << kPassphrase << QString() << 0 << QStringLiteral("backup.needs_passphrase");
    QTest::newRow("stored-key backup, passphrase given")
        << QString() << kPassphrase << 0 << QStringLiteral("backup.needs_stored_key");
}

void TestDatabaseBackup::wrongKeyIsRefused()
{
    QFETCH(QString, createWith);
    QFETCH(QString, openWith);
    QFETCH(int, storeChange);
    QFETCH(QString, code);
    const auto keyFor = [](const QString& text) {
        return text.isEmpty() ? BackupKey::storedKey() : BackupKey::passphrase(text);
    };
    auto made = makeBackup(keyFor(createWith));
    QVERIFY2(made, qPrintable(made.errorMessage()));
    const QString name = QString::fromLatin1(DatabaseBackup::kStoredKeyName);
    if (storeChange == 1)
        QVERIFY(m_hub->secrets().write(name, SecureRandom::bytes(32)).ok());
    if (storeChange == 2)
        QVERIFY(m_hub->secrets().remove(name).ok());

    auto verified = m_backup->verify(made->file, keyFor(openWith), m_operator);
    if (code.isEmpty()) {
        QVERIFY2(verified, qPrintable(verified.errorMessage()));
        return;
    }
    QVERIFY(!verified);
    QCOMPARE(verified.error().code, code);
    QVERIFY(!verified.errorMessage().isEmpty());
    QCOMPARE(leftovers(databaseFolder()), QStringList());
}

void TestDatabaseBackup::damagedOrForeignFileIsRefused_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("flipped byte") << 0 << QStringLiteral("backup.damaged");
    QTest::newRow("truncated") << 1 << QStringLiteral("backup.truncated");
    QTest::newRow("empty file") << 2 << QStringLiteral("backup.not_backup");
    QTest::newRow("text file") << 3 << QStringLiteral("backup.not_backup");
    QTest::newRow("the database itself") << 4 << QStringLiteral("backup.not_backup");
    QTest::newRow("missing file") << 5 << QStringLiteral("backup.read_failed");
}

void TestDatabaseBackup::damagedOrForeignFileIsRefused()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    seed(m_hub->securityLog(), 200);
    auto made = makeBackup();
    QVERIFY2(made, qPrintable(made.errorMessage()));
    QByteArray bytes = fileBytes(made->file);
    QString file = made->file;
    switch (kind) {
    case 0:
        bytes[bytes.size() / 2] = static_cast<char>(bytes.at(bytes.size() / 2) ^ 0x10);
        writeFile(file, bytes);
        break;
    case 1:
        writeFile(file, bytes.left(bytes.size() - 100));
        break;
    case 2:
        writeFile(file, {});
        break;
    case 3:
        writeFile(file, "Nova Admin backups are encrypted; this is a note about them.\n");
        break;
    case 4:
        file = m_db->url();
        break;
    default:
        file = path(QStringLiteral("missing.backup"));
        break;
    }
    auto verified = m_backup->verify(file, BackupKey::passphrase(kPassphrase), m_operator);
    QVERIFY(!verified);
    QCOMPARE(verified.error().code, code);
    QVERIFY(!verified.errorMessage().isEmpty());
    QCOMPARE(leftovers(databaseFolder()), QStringList());
}

void TestDatabaseBackup::failedRestoreLeavesTheDatabaseUntouched_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("flipped byte") << 0 << QStringLiteral("backup.damaged");
    QTest::newRow("truncated") << 1 << QStringLiteral("backup.truncated");
    QTest::newRow("wrong passphrase") << 2 << QStringLiteral("backup.wrong_passphrase");
    QTest::newRow("not a Nova database") << 3 << QStringLiteral("backup.not_nova");
    QTest::newRow("newer schema") << 4 << QStringLiteral("backup.newer_schema");
    QTest::newRow("damaged database inside") << 5 << QStringLiteral("backup.corrupt_database");
}

void TestDatabaseBackup::failedRestoreLeavesTheDatabaseUntouched()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    seed(m_hub->securityLog(), 100);
    const QString file = path(QStringLiteral("bad.backup"));
    BackupKey key = BackupKey::passphrase(kPassphrase);
    if (kind <= 2) {
        auto made = m_backup->create(file, key, m_operator);
        QVERIFY2(made, qPrintable(made.errorMessage()));
        QByteArray bytes = fileBytes(file);
        if (kind == 0)
            bytes[BackupHeader::kSize + 40] = static_cast<char>(bytes.at(BackupHeader::kSize + 40) ^ 0x04);
        if (kind == 1)
            bytes.chop(17);
        writeFile(file, bytes);
        if (kind == 2)
            key = BackupKey::passphrase(kOtherPassphrase);
    } else {
        const QString plain = path(QStringLiteral("inside.sqlite"));
        if (kind == 5) {
            // A page size of 65535 is impossible: SQLite calls it no database.
            QByteArray garbage("SQLite format 3\0", 16);
            garbage.append(QByteArray(3 * 4096, '\xff'));
            writeFile(plain, garbage);
        } else {
            auto db = SqliteFile::open(plain, SqliteFile::Mode::ReadWrite);
            QVERIFY(db);
            const char* sql = kind == 3
                                  ? "CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('x')"
                                  : "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at "
                                    "BIGINT NOT NULL); INSERT INTO schema_migrations VALUES (999, 0)";
            QVERIFY(db->exec(sql).ok());
        }
        craftBackup(plain, kind == 4 ? 999 : 1, file);
    }

    const QList<LogRow> before = logRows(live());
    auto restored = m_backup->restore(file, key, m_operator);
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, code);
    QVERIFY(!restored.errorMessage().isEmpty());
    // Untouched but for the refusal's own entry.
    const QList<LogRow> after = logRows(live());
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(after.mid(0, before.size()), before);
    QCOMPARE(after.last().event, EventType::BackupRestored);
    QVERIFY(!after.last().success);
    QCOMPARE(leftovers(databaseFolder()), QStringList());
}

void TestDatabaseBackup::cancelledBackupLeavesNoFile_data()
{
    QTest::addColumn<int>("stage");
    QTest::newRow("while copying") << int(BackupStage::Snapshot);
    QTest::newRow("while encrypting") << int(BackupStage::Encrypt);
}

void TestDatabaseBackup::cancelledBackupLeavesNoFile()
{
    QFETCH(int, stage);
    seed(m_hub->securityLog(), 1500);
    const QString file = path(QStringLiteral("nova.backup"));
    auto made = m_backup->create(file, BackupKey::passphrase(kPassphrase), m_operator,
                                 [stage](BackupStage now, qint64, qint64) { return int(now) != stage; });
    QVERIFY(!made);
    QCOMPARE(made.error().code, QString::fromLatin1(kBackupCancelled));
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    QCOMPARE(leftovers(databaseFolder()), QStringList());
    const QList<LogRow> rows = logRows(live());
    QCOMPARE(rows.last().event, EventType::BackupCreated);
    QVERIFY(!rows.last().success);
}

void TestDatabaseBackup::cancelledRestoreLeavesTheDatabaseUntouched_data()
{
    QTest::addColumn<int>("stage");
    QTest::newRow("while decrypting") << int(BackupStage::Decrypt);
    QTest::newRow("while checking") << int(BackupStage::Check);
    QTest::newRow("while copying the current database") << int(BackupStage::SafetyCopy);
    QTest::newRow("while restoring") << int(BackupStage::Restore);
}

void TestDatabaseBackup::cancelledRestoreLeavesTheDatabaseUntouched()
{
    QFETCH(int, stage);
    seed(m_hub->securityLog(), 1500);
    auto made = makeBackup();
    QVERIFY2(made, qPrintable(made.errorMessage()));
    // Entries the backup does not have: a restore would remove them.
    seed(m_hub->securityLog(), 10);
    const QList<LogRow> before = logRows(live());
    bool asked = false;
    auto restored = m_backup->restore(made->file, BackupKey::passphrase(kPassphrase), m_operator,
                                      [stage, &asked](BackupStage now, qint64, qint64) {
                                          asked = asked || int(now) == stage;
                                          return int(now) != stage;
                                      });
    QVERIFY(asked);
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, QString::fromLatin1(kBackupCancelled));
    const QList<LogRow> after = logRows(live());
    QCOMPARE(after.mid(0, before.size()), before);
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(leftovers(databaseFolder()), QStringList());
}

void TestDatabaseBackup::plaintextCopyIsPrivateAndRemoved()
{
    seed(m_hub->securityLog(), 300);
    QStringList seen;
    const auto look = [&](BackupStage stage, qint64, qint64) {
        if (stage != BackupStage::Encrypt && stage != BackupStage::Check)
            return true;
        const QFileInfoList copies =
            QDir(databaseFolder())
                .entryInfoList({QStringLiteral(".nova-backup-*")}, QDir::Files | QDir::Hidden);
        for (const QFileInfo& copy : copies) {
            if (copy.permissions() &
                (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther))
                seen.append(QStringLiteral("readable by others: ") + copy.fileName());
            else
                seen.append(QStringLiteral("private"));
        }
        return true;
    };
    auto made =
        m_backup->create(path(QStringLiteral("nova.backup")), BackupKey::storedKey(), m_operator, look);
    QVERIFY2(made, qPrintable(made.errorMessage()));
    auto verified = m_backup->verify(made->file, BackupKey::storedKey(), m_operator, look);
    QVERIFY2(verified, qPrintable(verified.errorMessage()));
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen, QStringList(seen.size(), QStringLiteral("private")));
    QCOMPARE(leftovers(databaseFolder()), QStringList());
    // The file is encrypted: the log's text is nowhere in it.
    const QByteArray encrypted = fileBytes(made->file);
    QVERIFY(!encrypted.contains(kMarker.toUtf8()));
    QVERIFY(!encrypted.contains("SQLite format 3"));
}

void TestDatabaseBackup::staleCopiesFromACrashAreRemoved()
{
    // What a crash mid-backup leaves, two days old; and files that are not ours.
    const QDir folder(databaseFolder());
    const QStringList stale{QStringLiteral(".nova-backup-a1B2c3.tmp"),
                            QStringLiteral(".nova-backup-a1B2c3.tmp-journal")};
    const QStringList kept{QStringLiteral(".nova-backup-notes.txt"),
                           QStringLiteral(".nova-backup-d4E5f6.tmp")};
    for (const QString& name : stale + kept) {
        writeFile(folder.filePath(name), "plaintext");
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (stale.contains(name))
            QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2),
                                     QFileDevice::FileModificationTime));
    }
    QFile recent(folder.filePath(kept.last()));
    QVERIFY(recent.open(QIODevice::ReadWrite));
    QVERIFY(recent.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600),
                               QFileDevice::FileModificationTime));
    recent.close();

    auto made = makeBackup(BackupKey::storedKey());
    QVERIFY2(made, qPrintable(made.errorMessage()));
    for (const QString& name : stale)
        QVERIFY2(!folder.exists(name), qPrintable(name));
    for (const QString& name : kept)
        QVERIFY2(folder.exists(name), qPrintable(name));
}

void TestDatabaseBackup::auditEntriesCarryNoSecrets()
{
    auto made = makeBackup();
    QVERIFY2(made, qPrintable(made.errorMessage()));
    auto restored = m_backup->restore(made->file, BackupKey::passphrase(kPassphrase), m_operator);
    QVERIFY2(restored, qPrintable(restored.errorMessage()));
    auto stored = makeBackup(BackupKey::storedKey());
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
    const QByteArray storedKey =
        m_hub->secrets().read(QString::fromLatin1(DatabaseBackup::kStoredKeyName)).value();

    auto rows = m_hub->database().exec(
        QStringLiteral("SELECT event, success, metadata FROM security_log WHERE event IN (?, ?) ORDER BY id"),
        {EventType::BackupCreated, EventType::BackupRestored});
    QVERIFY(rows);
    QList<QJsonObject> created;
    QList<QJsonObject> restoredEntries;
    QByteArray everything;
    while (rows->next()) {
        const QByteArray metadata = rows->value(2).toByteArray();
        everything += metadata;
        QVERIFY(rows->value(1).toBool());
        (rows->value(0).toString() == EventType::BackupCreated ? created : restoredEntries)
            .append(QJsonDocument::fromJson(metadata).object());
    }
    // The first backup_created is gone with the restore (it came after the
    // snapshot); the restore and the second backup are there.
    QCOMPARE(created.size(), 1);
    QCOMPARE(restoredEntries.size(), 1);
    QCOMPARE(created.first().value(QStringLiteral("file")).toString(), QStringLiteral("nova.backup"));
    QCOMPARE(created.first().value(QStringLiteral("key")).toString(), QStringLiteral("stored_key"));
    QCOMPARE(created.first().value(QStringLiteral("bytes")).toInteger(), stored->fileBytes);
    const QJsonObject restore = restoredEntries.first();
    QCOMPARE(restore.value(QStringLiteral("safety_copy")).toString(), restored->safetyCopy);
    QCOMPARE(restore.value(QStringLiteral("key")).toString(), QStringLiteral("passphrase"));
    QVERIFY(!everything.contains(kPassphrase.toUtf8()));
    QVERIFY(!everything.contains(storedKey.toHex()));
    QVERIFY(!everything.contains(storedKey.toBase64()));
    // A restore is a sensitive action: an alert was raised after it.
    auto alerts = m_hub->database().exec(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE type = ?"),
                                         {QStringLiteral("sensitive_action")});
    QVERIFY(alerts && alerts->next());
    QVERIFY(alerts->value(0).toInt() >= 1);

    // The history names the last backup, and the restore did not lose it.
    auto last = m_backup->lastBackup(m_operator);
    QVERIFY(last && *last);
    QCOMPARE((*last)->kind, BackupRecord::kFile);
    QCOMPARE((*last)->file, stored->file);
    QCOMPARE((*last)->atMs, m_clock.nowMSecs());
    QCOMPARE((*last)->by, m_operator.username);
    QVERIFY(!BackupHistory::isOverdue(*last, m_clock.nowMSecs()));
    QVERIFY(BackupHistory::isOverdue(*last, m_clock.nowMSecs() + BackupHistory::kOverdueAfterMs + 1));
    QVERIFY(BackupHistory::isOverdue(std::nullopt, m_clock.nowMSecs()));
}

void TestDatabaseBackup::externalBackupIsRecorded()
{
    auto none = m_backup->lastBackup(m_operator);
    QVERIFY(none);
    QVERIFY(!*none);
    m_clock.advanceSecs(10);
    QVERIFY(m_backup->markExternal(QStringLiteral("pg_dump nightly"), m_operator).ok());
    auto last = m_backup->lastBackup(m_operator);
    QVERIFY(last && *last);
    QCOMPARE((*last)->kind, BackupRecord::kExternal);
    QCOMPARE((*last)->note, QStringLiteral("pg_dump nightly"));
    QCOMPARE((*last)->atMs, m_clock.nowMSecs());
    auto entry = m_hub->database().exec(
        QStringLiteral("SELECT metadata FROM security_log WHERE event = ? ORDER BY id DESC"),
        {EventType::BackupCreated});
    QVERIFY(entry && entry->next());
    const QJsonObject metadata = QJsonDocument::fromJson(entry->value(0).toByteArray()).object();
    QCOMPARE(metadata.value(QStringLiteral("external")).toBool(), true);
    QCOMPARE(metadata.value(QStringLiteral("note")).toString(), QStringLiteral("pg_dump nightly"));

    const auto tooLong =
        m_backup->markExternal(QString(DatabaseBackup::kMaxNoteLength + 1, QLatin1Char('n')), m_operator);
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().code, QStringLiteral("backup.note_too_long"));
}

void TestDatabaseBackup::refusedWithoutSettingsUpdate()
{
    NewUser newUser;
    newUser.username = QStringLiteral("karim");
    newUser.password = QStringLiteral("Correct-Horse-42!");
    newUser.email = QStringLiteral("karim@example.test");
    newUser.role = QStringLiteral("broker");
    auto user = m_hub->users().create(newUser, m_operator);
    QVERIFY2(user, qPrintable(user.errorMessage()));
    Actor broker;
    broker.userId = user->id;
    broker.username = user->username;
    broker.ip = QStringLiteral("127.0.0.1");

    const auto deniedEntries = [this] {
        auto count =
            m_hub->database().exec(QStringLiteral("SELECT COUNT(*) FROM security_log WHERE event = ?"),
                                   {EventType::UnauthorizedAccess});
        return count && count->next() ? count->value(0).toInt() : -1;
    };
    const QString file = path(QStringLiteral("nova.backup"));
    const int before = deniedEntries();
    const auto key = BackupKey::passphrase(kPassphrase);
    const QStringList codes{
        codeOf(m_backup->create(file, key, broker)), codeOf(m_backup->verify(file, key, broker)),
        codeOf(m_backup->restore(file, key, broker)), codeOf(m_backup->markExternal(QString(), broker))};
    QCOMPARE(codes, QStringList(4, QStringLiteral("rbac.denied")));
    QCOMPARE(deniedEntries(), before + 4);
    QVERIFY(!QFileInfo::exists(file));
}

void TestDatabaseBackup::shortPassphraseAndOwnFileAreRefused()
{
    auto weak = m_backup->create(path(QStringLiteral("nova.backup")),
                                 BackupKey::passphrase(QStringLiteral("short")), m_operator);
    QVERIFY(!weak);
    QCOMPARE(weak.error().code, QStringLiteral("backup.weak_passphrase"));
    for (const QString& own : QStringList{m_db->url(), m_db->url() + QStringLiteral("-wal")}) {
        auto over = m_backup->create(own, BackupKey::storedKey(), m_operator);
        QVERIFY(!over);
        QCOMPARE(over.error().code, QStringLiteral("backup.same_file"));
    }
    QVERIFY(m_hub->securityLog().verify().ok());
}

void TestDatabaseBackup::postgresqlIsRefused()
{
    if (qEnvironmentVariableIsEmpty("NOVA_TEST_PG_URL"))
        QSKIP("NOVA_TEST_PG_URL is not set");
    auto pg = TestDatabase::create(QString::fromLatin1(TestDatabase::kPostgres));
    QVERIFY(pg);
    QTemporaryDir folder;
    auto hub = nova::test::openTestHub(*pg, folder, m_clock);
    QVERIFY2(hub, qPrintable(hub.errorMessage()));
    auto backup = DatabaseBackup::forHub(**hub);
    const QString file = path(QStringLiteral("pg.backup"));
    const auto key = BackupKey::storedKey();
    const auto created = backup->create(file, key, m_operator);
    const auto verified = backup->verify(file, key, m_operator);
    const auto restored = backup->restore(file, key, m_operator);
    QCOMPARE((QStringList{codeOf(created), codeOf(verified), codeOf(restored)}),
             QStringList(3, QStringLiteral("backup.postgres")));
    for (const QString& message :
         {created.errorMessage(), verified.errorMessage(), restored.errorMessage()}) {
        QVERIFY(message.contains(QLatin1String("pg_dump")));
        QVERIFY(message.contains(QLatin1String("nova-ctl backup mark")));
    }
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(backup->markExternal(QStringLiteral("pg_dump -Fc"), m_operator).ok());
    auto last = backup->lastBackup(m_operator);
    QVERIFY(last && *last);
    QCOMPARE((*last)->kind, BackupRecord::kExternal);
}

QTEST_GUILESS_MAIN(TestDatabaseBackup)
#include "tst_databasebackup.moc"
