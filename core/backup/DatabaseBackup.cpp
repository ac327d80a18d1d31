#include "DatabaseBackup.h"

#include "Bidi.h"
#include "Clock.h"
#include "ServiceHub.h"
#include "backup/BackupHeader.h"
#include "backup/BackupKeyDerivation.h"
#include "backup/BackupStream.h"
#include "backup/PlaintextTempFile.h"
#include "backup/SqliteFile.h"
#include "backup/SqliteOnlineBackup.h"
#include "crypto/ConstantTime.h"
#include "crypto/PasswordHasher.h"
#include "crypto/SecureRandom.h"
#include "rbac/AdminAudit.h"
#include "rbac/PermissionService.h"
#include "secrets/SecretStore.h"
#include "securitylog/SecurityEvent.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace nova {

namespace {

const QString kFeature = QStringLiteral("settings");

Error backupError(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

bool isCancelled(const Error& error)
{
    return error.code == QLatin1String(kBackupCancelled);
}

// Adapts the caller's progress to one stage of the work.
auto stage(const BackupProgress& progress, BackupStage which)
{
    return
        [&progress, which](qint64 done, qint64 total) { return !progress || progress(which, done, total); };
}

QString nativePath(const QString& path)
{
    return leftToRight(QDir::toNativeSeparators(path));
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

DatabaseBackup::DatabaseBackup(const Database& db, const Clock& clock, SecretStore& secrets,
                               AdminAudit& audit, const PermissionService& permissions,
                               PasswordHashParams kdf)
    : m_db(db)
    , m_clock(clock)
    , m_secrets(secrets)
    , m_audit(audit)
    , m_permissions(permissions)
    , m_kdf(kdf)
    , m_history(db)
{}

DatabaseBackup::~DatabaseBackup() = default;

std::unique_ptr<DatabaseBackup> DatabaseBackup::forHub(ServiceHub& hub)
{
    return std::make_unique<DatabaseBackup>(hub.database(), hub.clock(), hub.secrets(), hub.audit(),
                                            hub.permissions(), hub.hasher().params());
}

Status DatabaseBackup::allowed(const Actor& actor, const QString& endpoint) const
{
    if (auto permitted = m_permissions.authorize(actor, Permission{kFeature, Permission::kUpdate}, endpoint);
        !permitted)
        return permitted;
    if (m_db.isPostgres())
        //: Keep pg_dump, docs/BACKUPS.md and "nova-ctl backup mark": they are a program, a file and a command
        return backupError(kPostgres, tr("This database is on PostgreSQL: back it up with pg_dump as "
                                         "docs/BACKUPS.md describes, then record it with \"nova-ctl backup "
                                         "mark\"."));
    return {};
}

QString DatabaseBackup::dataFolder() const
{
    return QFileInfo(m_db.url().sqlitePath).absolutePath();
}

Result<QByteArray> DatabaseBackup::storedKey(bool createIfMissing)
{
    const QString name = QString::fromLatin1(kStoredKeyName);
    auto stored = m_secrets.read(name);
    if (stored) {
        if (stored->size() != 32)
            return backupError(kNoStoredKey, tr("The backup key in the secret store is damaged (it is not "
                                                "32 bytes long)."));
        return *stored;
    }
    if (!SecretStore::isNotFound(stored.error()))
        return stored.error();
    if (!createIfMissing)
        return backupError(kNoStoredKey, tr("There is no backup key in this computer's secret store, so this "
                                            "backup cannot be opened here. Open it where it was made, or put "
                                            "that computer's backup key into this secret store."));
    if (auto written = m_secrets.write(name, SecureRandom::bytes(32)); !written)
        return written.error();
    // Read back: if another program created the key at the same moment,
    // both use the one that stayed.
    auto created = m_secrets.read(name);
    if (!created)
        return created.error();
    return *created;
}

Result<BackupInfo> DatabaseBackup::create(const QString& file, const BackupKey& key, const Actor& actor,
                                          const BackupProgress& progress)
{
    if (auto permitted = allowed(actor, QStringLiteral("backup/create")); !permitted)
        return permitted.error();
    QJsonObject metadata{{QStringLiteral("file"), QFileInfo(file).fileName()},
                         {QStringLiteral("key"), BackupKey::kindName(key.kind())}};
    auto made = writeBackup(file, key, progress);
    if (!made) {
        Error error = made.error();
        if (isCancelled(error))
            error.message = tr("The backup was cancelled; no file was written.");
        (void)m_audit.recordRefusal(actor, EventType::BackupCreated, metadata, error);
        return error;
    }
    metadata.insert(QStringLiteral("bytes"), made->fileBytes);
    metadata.insert(QStringLiteral("database_bytes"), made->databaseBytes);
    metadata.insert(QStringLiteral("schema_version"), made->schemaVersion);
    BackupRecord record;
    record.atMs = made->createdAtMs;
    record.kind = BackupRecord::kFile;
    record.file = made->file;
    record.sizeBytes = made->fileBytes;
    record.by = actor.username;
    const Status logged = m_audit.recordChange(m_db, actor, EventType::BackupCreated, metadata,
                                               [&] { return m_history.record(record); });
    if (!logged)
        //: %1 is a file path, %2 the reason
        return backupError(kFileError, tr("The backup %1 was written, but it could not be recorded: %2")
                                           .arg(nativePath(made->file), logged.errorMessage()));
    return made;
}

Result<BackupInfo> DatabaseBackup::writeBackup(const QString& file, const BackupKey& key,
                                               const BackupProgress& progress)
{
    if (key.kind() == BackupKeyKind::Passphrase &&
        key.passphraseText().toUcs4().size() < kMinPassphraseLength)
        return backupError(kWeakPassphrase, tr("The passphrase must have at least %Ln character(s).", nullptr,
                                               kMinPassphraseLength));
    const QString live = QFileInfo(m_db.url().sqlitePath).absoluteFilePath();
    const QString target = QFileInfo(file).absoluteFilePath();
    const QStringList taken{live, live + QStringLiteral("-wal"), live + QStringLiteral("-shm"),
                            live + QStringLiteral("-journal")};
    for (const QString& path : taken) {
        if (target == path || (QFileInfo::exists(target) &&
                               QFileInfo(target).canonicalFilePath() == QFileInfo(path).canonicalFilePath()))
            return backupError(kSameFile, tr("A backup cannot be written over the database itself."));
    }
    QByteArray stored;
    if (key.kind() == BackupKeyKind::StoredKey) {
        auto fromStore = storedKey(true);
        if (!fromStore)
            return fromStore.error();
        stored = *fromStore;
    }

    PlaintextTempFile::sweepStale(dataFolder());
    PlaintextTempFile snapshot(dataFolder());
    if (!snapshot.create())
        return tempFileError(snapshot);
    BackupHeader header;
    {
        auto copy = copyLive(snapshot.path(), progress, BackupStage::Snapshot);
        if (!copy)
            return copy.error();
        if (auto journal = copy->useRollbackJournal(); !journal)
            return journal.error();
        auto schema = copy->novaSchemaVersion();
        if (!schema)
            return schema.error();
        header.schemaVersion = *schema;
    }

    QFile plain(snapshot.path());
    if (!plain.open(QIODevice::ReadOnly))
        //: %1 is a file path, %2 the system's reason
        return backupError(kFileError,
                           tr("Cannot read %1: %2").arg(nativePath(snapshot.path()), plain.errorString()));
    header.keyKind = key.kind();
    if (key.kind() == BackupKeyKind::Passphrase)
        header.kdf = m_kdf;
    header.salt = SecureRandom::bytes(BackupHeader::kSaltSize);
    header.baseNonce = SecureRandom::bytes(BackupHeader::kNonceSize);
    header.createdAtMs = m_clock.nowMSecs();
    header.databaseSize = plain.size();
    auto keys = BackupKeyDerivation::derive(key, stored, header);
    stored.fill('\0');
    if (!keys)
        return keys.error();
    header.keyCheck = keys->check;

    // Written beside the target and renamed at the end, so a failed or
    // cancelled backup never leaves a file that looks complete.
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        //: %1 is a file path, %2 the system's reason
        return backupError(kFileError, tr("Cannot write %1: %2").arg(nativePath(target), out.errorString()));
    const qint64 total = header.databaseSize;
    const auto encrypt = stage(progress, BackupStage::Encrypt);
    const Status written =
        BackupStream::write(plain, out, header, keys->encryption,
                            [&encrypt, total](qint64 done) { return encrypt(done, total); });
    keys->encryption.fill('\0');
    if (!written) {
        out.cancelWriting();
        return written.error();
    }
    if (!out.commit())
        return backupError(kFileError, tr("Cannot write %1: %2").arg(nativePath(target), out.errorString()));

    BackupInfo info;
    info.file = target;
    info.fileBytes = QFileInfo(target).size();
    info.databaseBytes = header.databaseSize;
    info.createdAtMs = header.createdAtMs;
    info.schemaVersion = header.schemaVersion;
    info.keyKind = header.keyKind;
    return info;
}

Result<BackupInfo> DatabaseBackup::verify(const QString& file, const BackupKey& key, const Actor& actor,
                                          const BackupProgress& progress)
{
    if (auto permitted = allowed(actor, QStringLiteral("backup/verify")); !permitted)
        return permitted.error();
    PlaintextTempFile::sweepStale(dataFolder());
    PlaintextTempFile plain(dataFolder());
    auto info = decryptAndCheck(file, key, plain, progress);
    if (!info && isCancelled(info.error()))
        return backupError(kBackupCancelled, tr("The verification was cancelled."));
    return info;
}

Result<BackupKeyKind> DatabaseBackup::keyKindOf(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return backupError(BackupStream::kReadFailed,
                           tr("Cannot read %1: %2").arg(nativePath(file), in.errorString()));
    auto header = BackupStream::readHeader(in);
    if (!header)
        return header.error();
    return header->keyKind;
}

Result<BackupInfo> DatabaseBackup::decryptAndCheck(const QString& file, const BackupKey& key,
                                                   PlaintextTempFile& plain, const BackupProgress& progress)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return backupError(BackupStream::kReadFailed,
                           tr("Cannot read %1: %2").arg(nativePath(file), in.errorString()));
    auto header = BackupStream::readHeader(in);
    if (!header)
        return header.error();
    if (header->keyKind != key.kind()) {
        if (header->keyKind == BackupKeyKind::Passphrase)
            return backupError(kNeedsPassphrase, tr("This backup is protected by a passphrase."));
        return backupError(kNeedsStoredKey, tr("This backup is encrypted with the backup key in the secret "
                                               "store, not with a passphrase."));
    }
    QByteArray stored;
    if (header->keyKind == BackupKeyKind::StoredKey) {
        auto fromStore = storedKey(false);
        if (!fromStore)
            return fromStore.error();
        stored = *fromStore;
    }
    auto keys = BackupKeyDerivation::derive(key, stored, *header);
    stored.fill('\0');
    if (!keys)
        return keys.error();
    if (!ConstantTime::equal(keys->check, header->keyCheck)) {
        if (header->keyKind == BackupKeyKind::Passphrase)
            return backupError(kWrongPassphrase, tr("The passphrase is wrong for this backup."));
        return backupError(kWrongKey, tr("This backup was encrypted with a different backup key than the one "
                                         "in this computer's secret store."));
    }

    if (!plain.create() || !plain.device().open())
        return tempFileError(plain);
    const qint64 total = header->databaseSize;
    const auto decrypt = stage(progress, BackupStage::Decrypt);
    auto read = BackupStream::read(in, *header, keys->encryption, plain.device(),
                                   [&decrypt, total](qint64 done) { return decrypt(done, total); });
    keys->encryption.fill('\0');
    const bool flushed = plain.device().flush();
    plain.device().close();
    if (!read)
        return read.error();
    if (!flushed)
        return backupError(kFileError,
                           tr("Cannot write %1: %2").arg(nativePath(plain.path()), plain.errorString()));

    const auto check = stage(progress, BackupStage::Check);
    if (!check(0, 1))
        return backupError(kBackupCancelled, tr("The verification was cancelled."));
    {
        // Read-write: a copy that says WAL in its header needs its -shm file.
        auto copy = SqliteFile::open(plain.path(), SqliteFile::Mode::ReadWrite);
        if (!copy)
            return copy.error();
        if (auto intact = copy->checkIntegrity(); !intact)
            return intact.error();
        auto schema = copy->novaSchemaVersion();
        if (!schema)
            return schema.error();
        if (*schema != header->schemaVersion)
            return backupError(BackupStream::kDamaged,
                               tr("The backup's header does not match the database inside it."));
    }
    check(1, 1);

    BackupInfo info;
    info.file = QFileInfo(file).absoluteFilePath();
    info.fileBytes = in.size();
    info.databaseBytes = header->databaseSize;
    info.createdAtMs = header->createdAtMs;
    info.schemaVersion = header->schemaVersion;
    info.keyKind = header->keyKind;
    return info;
}

Result<RestoreResult> DatabaseBackup::restore(const QString& file, const BackupKey& key, const Actor& actor,
                                              const BackupProgress& progress)
{
    if (auto permitted = allowed(actor, QStringLiteral("backup/restore")); !permitted)
        return permitted.error();
    QJsonObject metadata{{QStringLiteral("file"), QFileInfo(file).fileName()},
                         {QStringLiteral("key"), BackupKey::kindName(key.kind())}};
    // Read before the restore replaces the settings with the backup's.
    auto before = m_history.last();
    const std::optional<BackupRecord> previous = before ? *before : std::nullopt;
    auto restored = replaceLive(file, key, progress);
    if (!restored) {
        Error error = restored.error();
        if (isCancelled(error))
            error.message = tr("The restore was cancelled; the database was not changed.");
        (void)m_audit.recordRefusal(actor, EventType::BackupRestored, metadata, error);
        return error;
    }

    // An older backup lacks the newest migrations; opening the file again
    // applies them, as the next program start would.
    if (restored->backup.schemaVersion < Database::latestSchemaVersion()) {
        auto migrated = Database::open(m_db.url(), Database::OpenMode::MustExist);
        if (!migrated)
            //: %1 is the reason, %2 a file path
            return backupError(kFileError,
                               tr("The backup was restored, but updating its database failed: %1. "
                                  "The database as it was before is in %2.")
                                   .arg(migrated.errorMessage(), nativePath(restored->safetyCopy)));
    }

    metadata.insert(QStringLiteral("bytes"), restored->backup.fileBytes);
    metadata.insert(QStringLiteral("schema_version"), restored->backup.schemaVersion);
    metadata.insert(QStringLiteral("backup_created_at"), isoTime(restored->backup.createdAtMs));
    metadata.insert(QStringLiteral("safety_copy"), restored->safetyCopy);
    const Status logged =
        m_audit.recordChange(m_db, actor, EventType::BackupRestored, metadata, [&]() -> Status {
            // The restored settings know only the backups made before this one.
            if (!previous)
                return {};
            auto after = m_history.last();
            if (!after)
                return after.error();
            if (!*after || (*after)->atMs < previous->atMs)
                return m_history.record(*previous);
            return {};
        });
    if (!logged)
        //: %1 is the reason, %2 a file path
        return backupError(kFileError, tr("The backup was restored, but the restore could not be logged: %1. "
                                          "The database as it was before is in %2.")
                                           .arg(logged.errorMessage(), nativePath(restored->safetyCopy)));
    return restored;
}

Result<RestoreResult> DatabaseBackup::replaceLive(const QString& file, const BackupKey& key,
                                                  const BackupProgress& progress)
{
    PlaintextTempFile::sweepStale(dataFolder());
    PlaintextTempFile plain(dataFolder());
    auto info = decryptAndCheck(file, key, plain, progress);
    if (!info)
        return info.error();
    auto safetyCopy = makeSafetyCopy(progress);
    if (!safetyCopy)
        return safetyCopy.error();
    // Until the copy commits the live database is unchanged, so the safety
    // copy is not needed on a failure.
    const auto discard = [&safetyCopy](const Error& error) {
        QFile::remove(*safetyCopy);
        return error;
    };
    auto live = SqliteOnlineBackup::liveHandle(m_db);
    if (!live)
        return discard(live.error());
    auto source = SqliteFile::open(plain.path(), SqliteFile::Mode::ReadWrite);
    if (!source)
        return discard(source.error());
    if (auto copied =
            SqliteOnlineBackup::copy(source->handle(), *live, stage(progress, BackupStage::Restore));
        !copied)
        return discard(copied.error());
    return RestoreResult{*info, *safetyCopy};
}

QString DatabaseBackup::safetyCopyName() const
{
    const QString base = QFileInfo(m_db.url().sqlitePath).absoluteFilePath() +
                         QStringLiteral(".before-restore-") +
                         QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs(), Qt::UTC)
                             .toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

Result<SqliteFile> DatabaseBackup::copyLive(const QString& path, const BackupProgress& progress,
                                            BackupStage which) const
{
    auto live = SqliteOnlineBackup::liveHandle(m_db);
    if (!live)
        return live.error();
    auto copy = SqliteFile::open(path, SqliteFile::Mode::ReadWrite);
    if (!copy)
        return copy.error();
    if (auto copied = SqliteOnlineBackup::copy(*live, copy->handle(), stage(progress, which)); !copied)
        return copied.error();
    return copy;
}

Error DatabaseBackup::tempFileError(const PlaintextTempFile& file) const
{
    //: %1 is a folder, %2 the system's reason
    return backupError(
        kFileError,
        tr("Cannot create a temporary file in %1: %2").arg(nativePath(dataFolder()), file.errorString()));
}

Result<QString> DatabaseBackup::makeSafetyCopy(const BackupProgress& progress)
{
    PlaintextTempFile copyFile(dataFolder());
    if (!copyFile.create())
        return tempFileError(copyFile);
    {
        auto copy = copyLive(copyFile.path(), progress, BackupStage::SafetyCopy);
        if (!copy)
            return copy.error();
        Status checked = copy->useRollbackJournal();
        if (checked)
            checked = copy->checkIntegrity();
        if (checked) {
            if (auto schema = copy->novaSchemaVersion(); !schema)
                checked = schema.error();
        }
        if (!checked)
            //: %1 is the reason
            return backupError(kSafetyCopy, tr("The safety copy of the current database failed its check, so "
                                               "nothing was restored: %1")
                                                .arg(checked.errorMessage()));
    }
    const QString name = safetyCopyName();
    if (!copyFile.keepAs(name))
        return backupError(kFileError,
                           tr("Cannot write %1: %2").arg(nativePath(name), copyFile.errorString()));
    return name;
}

Status DatabaseBackup::markExternal(const QString& note, const Actor& actor)
{
    if (auto permitted = m_permissions.authorize(actor, Permission{kFeature, Permission::kUpdate},
                                                 QStringLiteral("backup/mark"));
        !permitted)
        return permitted;
    if (note.size() > kMaxNoteLength)
        return backupError(kNoteTooLong,
                           tr("The note is too long: at most %Ln character(s).", nullptr, kMaxNoteLength));
    BackupRecord record;
    record.atMs = m_clock.nowMSecs();
    record.kind = BackupRecord::kExternal;
    record.note = note;
    record.by = actor.username;
    QJsonObject metadata{{QStringLiteral("external"), true}};
    if (!note.isEmpty())
        metadata.insert(QStringLiteral("note"), note);
    return m_audit.recordChange(m_db, actor, EventType::BackupCreated, metadata,
                                [&] { return m_history.record(record); });
}

Result<std::optional<BackupRecord>> DatabaseBackup::lastBackup(const Actor& actor) const
{
    if (auto permitted = m_permissions.authorize(actor, Permission{kFeature, Permission::kRead},
                                                 QStringLiteral("backup/status"));
        !permitted)
        return permitted.error();
    return m_history.last();
}

} // namespace nova
