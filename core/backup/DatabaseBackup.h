#pragma once

#include "Result.h"
#include "backup/BackupHistory.h"
#include "backup/BackupKey.h"
#include "backup/BackupProgress.h"
#include "crypto/PasswordHasher.h"
#include "rbac/Actor.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace nova {

class AdminAudit;
class Clock;
class Database;
class PermissionService;
class PlaintextTempFile;
class SecretStore;
class ServiceHub;
class SqliteFile;

// What create() wrote or verify() found in a backup file.
struct BackupInfo {
    QString file; // absolute path
    qint64 fileBytes = 0;
    qint64 databaseBytes = 0;
    qint64 createdAtMs = 0;
    int schemaVersion = 0;
    BackupKeyKind keyKind = BackupKeyKind::StoredKey;
};

struct RestoreResult {
    BackupInfo backup;
    // The database as it was just before the restore, kept beside it.
    QString safetyCopy;
};

// Encrypted online backups of the SQLite database (docs/BACKUPS.md).
//
// create() copies the live database with SQLite's backup API while the
// program keeps writing, into a private temporary file beside it, and
// encrypts that into the target in 1 MiB AES-256-GCM chunks (BackupStream);
// verify() decrypts into a private temporary file, checking every chunk, and
// runs PRAGMA integrity_check and the schema checks on the result;
// restore() verifies, makes and checks a safety copy of the live database,
// and only then copies the backup over the live database with the backup
// API, so it works while the database is open. Any refusal leaves the live
// database as it was.
//
// Every call needs settings:update (the local operator passes, as
// everywhere); create and restore are logged as backup_created and
// backup_restored, a failure as the same event refused. PostgreSQL
// databases are refused with a pointer to the pg_dump recipe; markExternal()
// records such a backup. Blocks: call off the GUI thread.
class DatabaseBackup {
    Q_DECLARE_TR_FUNCTIONS(nova::DatabaseBackup)
public:
    static constexpr const char* kStoredKeyName = "backup-key";
    static constexpr int kMinPassphraseLength = 10;
    static constexpr int kMaxNoteLength = 200;

    // Error codes (the file format's own are on BackupHeader and BackupStream).
    static constexpr const char* kPostgres = "backup.postgres";
    static constexpr const char* kNeedsPassphrase = "backup.needs_passphrase";
    static constexpr const char* kNeedsStoredKey = "backup.needs_stored_key";
    static constexpr const char* kWrongPassphrase = "backup.wrong_passphrase";
    static constexpr const char* kWrongKey = "backup.wrong_key";
    static constexpr const char* kNoStoredKey = "backup.no_stored_key";
    static constexpr const char* kWeakPassphrase = "backup.weak_passphrase";
    static constexpr const char* kSameFile = "backup.same_file";
    static constexpr const char* kSafetyCopy = "backup.safety_copy";
    static constexpr const char* kNoteTooLong = "backup.note_too_long";
    static constexpr const char* kFileError = "backup.file";

    // kdf: Argon2id's costs for new passphrase backups.
    DatabaseBackup(const Database& db, const Clock& clock, SecretStore& secrets, AdminAudit& audit,
                   const PermissionService& permissions, PasswordHashParams kdf = {});
    // With the hub's parts and its password-hashing cost.
    static std::unique_ptr<DatabaseBackup> forHub(ServiceHub& hub);
    ~DatabaseBackup();
    DatabaseBackup(const DatabaseBackup&) = delete;
    DatabaseBackup& operator=(const DatabaseBackup&) = delete;

    Result<BackupInfo> create(const QString& file, const BackupKey& key, const Actor& actor,
                              const BackupProgress& progress = {});
    Result<BackupInfo> verify(const QString& file, const BackupKey& key, const Actor& actor,
                              const BackupProgress& progress = {});
    Result<RestoreResult> restore(const QString& file, const BackupKey& key, const Actor& actor,
                                  const BackupProgress& progress = {});
    // Records a backup made outside Nova Admin (e.g. pg_dump), logged as
    // backup_created with "external": true.
    Status markExternal(const QString& note, const Actor& actor);
    // Needs settings:read.
    Result<std::optional<BackupRecord>> lastBackup(const Actor& actor) const;

    // Which key a backup file needs, from its header alone.
    static Result<BackupKeyKind> keyKindOf(const QString& file);

private:
    Status allowed(const Actor& actor, const QString& endpoint) const;
    QString dataFolder() const;
    Result<QByteArray> storedKey(bool createIfMissing);
    Result<BackupInfo> writeBackup(const QString& file, const BackupKey& key, const BackupProgress& progress);
    Result<BackupInfo> decryptAndCheck(const QString& file, const BackupKey& key, PlaintextTempFile& plain,
                                       const BackupProgress& progress);
    // Copies the live database into `path` as it is now and opens the copy.
    Result<SqliteFile> copyLive(const QString& path, const BackupProgress& progress, BackupStage which) const;
    Error tempFileError(const PlaintextTempFile& file) const;
    Result<QString> makeSafetyCopy(const BackupProgress& progress);
    Result<RestoreResult> replaceLive(const QString& file, const BackupKey& key,
                                      const BackupProgress& progress);
    QString safetyCopyName() const;

    const Database& m_db;
    const Clock& m_clock;
    SecretStore& m_secrets;
    AdminAudit& m_audit;
    const PermissionService& m_permissions;
    PasswordHashParams m_kdf;
    BackupHistory m_history;
};

} // namespace nova
