#pragma once

#include "Result.h"
#include "backup/BackupHeader.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QIODevice>

#include <functional>

namespace nova {

// The encrypted body of a backup file: after the header, one record per
// chunk of at most header.chunkSize plaintext bytes,
//   length (u32, big-endian, plaintext bytes) ‖ ciphertext ‖ tag (16),
// sealed by BackupChunkCipher; the last chunk carries the final flag (an
// empty database is one empty final chunk).
// Both directions stream: one chunk is in memory at a time.
class BackupStream {
    Q_DECLARE_TR_FUNCTIONS(nova::BackupStream)
public:
    // Plaintext bytes done so far; returning false cancels (kBackupCancelled).
    using Progress = std::function<bool(qint64 done)>;

    static constexpr const char* kDamaged = "backup.damaged";
    static constexpr const char* kTrailingData = "backup.trailing_data";
    static constexpr const char* kReadFailed = "backup.read_failed";
    static constexpr const char* kWriteFailed = "backup.write_failed";

    // Writes `header` and then `plaintext` from its position to its end,
    // which must be header.databaseSize bytes.
    static Status write(QIODevice& plaintext, QIODevice& out, const BackupHeader& header,
                        QByteArrayView encryptionKey, const Progress& progress = {});

    // Reads and parses the header at the device's position.
    static Result<BackupHeader> readHeader(QIODevice& in);
    // After readHeader(): decrypts every chunk into `plaintext` and returns
    // the byte count. Nothing but verified plaintext is written, but a
    // failure can come after earlier chunks were: the caller discards
    // `plaintext` on any error.
    static Result<qint64> read(QIODevice& in, const BackupHeader& header, QByteArrayView encryptionKey,
                               QIODevice& plaintext, const Progress& progress = {});
};

} // namespace nova
