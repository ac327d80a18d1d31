#pragma once

#include "Result.h"
#include "backup/BackupKey.h"
#include "crypto/PasswordHasher.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace nova {

// The fixed 124-byte header in front of an encrypted backup (the layout is in
// docs/BACKUPS.md). Every chunk authenticates the whole header, so a changed
// field makes the first chunk fail; the SHA-256 at its end only tells an
// accidentally damaged header apart from a wrong key.
struct BackupHeader {
    Q_DECLARE_TR_FUNCTIONS(nova::BackupHeader)
public:
    static constexpr QByteArrayView kMagic{"NOVABKUP", 8};
    static constexpr quint16 kFormatVersion = 1;
    static constexpr int kSize = 124;
    static constexpr int kSaltSize = 16;
    static constexpr int kNonceSize = 12;
    static constexpr int kKeyCheckSize = 16;
    static constexpr quint32 kDefaultChunkSize = 1024 * 1024;
    static constexpr quint32 kMinChunkSize = 4 * 1024;
    static constexpr quint32 kMaxChunkSize = 16 * 1024 * 1024;
    // Argon2id costs a file may ask for: a crafted header must not make the
    // reader allocate gigabytes or spin for hours before the key check.
    static constexpr quint32 kMaxTimeCost = 64;
    static constexpr quint32 kMaxMemoryKiB = 1024 * 1024;
    static constexpr quint32 kMaxParallelism = 16;

    // Error codes.
    static constexpr const char* kNotBackup = "backup.not_backup";
    static constexpr const char* kNewerFormat = "backup.newer_format";
    static constexpr const char* kHeaderDamaged = "backup.header_damaged";
    static constexpr const char* kTruncated = "backup.truncated";

    BackupKeyKind keyKind = BackupKeyKind::StoredKey;
    quint32 chunkSize = kDefaultChunkSize;
    // Argon2id's costs for a passphrase; all zero for the stored key.
    PasswordHashParams kdf{0, 0, 0};
    QByteArray salt;
    QByteArray baseNonce;
    qint64 createdAtMs = 0;
    int schemaVersion = 0;
    qint64 databaseSize = 0;
    QByteArray keyCheck;

    // Exactly kSize bytes, checksum included.
    QByteArray serialize() const;
    // kSize bytes (fewer: not a backup, or truncated when the magic matches).
    static Result<BackupHeader> parse(QByteArrayView bytes);
};

} // namespace nova
