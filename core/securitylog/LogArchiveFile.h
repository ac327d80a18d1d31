#pragma once

#include "Result.h"
#include "securitylog/SecurityEvent.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace nova {

// What an archive file says about itself (its first and last lines).
struct LogArchiveSummary {
    QString startHash; // the hash the first entry links to
    QString lastHash;
    qint64 firstId = 0;
    qint64 lastId = 0;
    qint64 count = 0;
    qint64 createdAtMs = 0;
    QByteArray fileSha256; // of the compressed file, hex
};

// Security-log entries leaving the live table: gzip-compressed JSON Lines
// (`zcat` reads them), a header line, one entry a line with its hashes, and
// a closing line with the count, the last hash and an HMAC-SHA256 over every
// byte before it under a key from the secret store. The file is written
// whole or not at all (QSaveFile) and is readable by its owner only.
class LogArchiveWriter {
public:
    LogArchiveWriter(QString path, QByteArray key);
    ~LogArchiveWriter();
    LogArchiveWriter(const LogArchiveWriter&) = delete;
    LogArchiveWriter& operator=(const LogArchiveWriter&) = delete;

    Status open(const QString& startHash, qint64 nowMs);
    Status add(const SecurityLogEntry& entry);
    // Writes the closing line and commits the file.
    Result<LogArchiveSummary> finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

namespace LogArchiveReader {
// Checks the signature and the file's own bookkeeping, and hands each entry
// to `each` in order (it returns false to stop). Entries are handed over
// before the signature at the end is checked: a caller acts on them only
// when read() succeeds.
Result<LogArchiveSummary> read(const QString& path, const QByteArray& key,
                               const std::function<bool(const SecurityLogEntry&)>& each);
} // namespace LogArchiveReader

} // namespace nova
