#include "BackupStream.h"

#include "backup/BackupChunkCipher.h"
#include "backup/BackupProgress.h"

#include <QLocale>
#include <QtEndian>

#include <optional>

namespace nova {

namespace {

// Up to `max` bytes, fewer only at the end of the device; nothing on a read error.
std::optional<QByteArray> readUpTo(QIODevice& in, qint64 max)
{
    QByteArray buffer(max, Qt::Uninitialized);
    qint64 filled = 0;
    while (filled < max) {
        const qint64 n = in.read(buffer.data() + filled, max - filled);
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        filled += n;
    }
    buffer.truncate(filled);
    return buffer;
}

Error streamError(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

Error cancelled()
{
    return streamError(kBackupCancelled, BackupStream::tr("Cancelled."));
}

Error readFailed(const QIODevice& device)
{
    //: %1 is the system's reason
    return streamError(BackupStream::kReadFailed,
                       BackupStream::tr("Cannot read the backup: %1").arg(device.errorString()));
}

Error writeFailed(const QIODevice& device)
{
    //: %1 is the system's reason
    return streamError(BackupStream::kWriteFailed,
                       BackupStream::tr("Cannot write the backup: %1").arg(device.errorString()));
}

Error truncated()
{
    return streamError(
        BackupHeader::kTruncated,
        BackupStream::tr("The backup is incomplete: the file ends before its last part. It was "
                         "probably cut off while being copied."));
}

Error damagedAt(quint64 index)
{
    //: %1 is the number of a part of the file, counted from 1
    return streamError(
        BackupStream::kDamaged,
        BackupStream::tr("The backup is damaged or was altered: part %1 failed its integrity check.")
            .arg(QLocale().toString(index + 1)));
}

bool writeAll(QIODevice& out, QByteArrayView bytes)
{
    return out.write(bytes.data(), bytes.size()) == bytes.size();
}

} // namespace

Status BackupStream::write(QIODevice& plaintext, QIODevice& out, const BackupHeader& header,
                           QByteArrayView encryptionKey, const Progress& progress)
{
    const QByteArray headerBytes = header.serialize();
    if (!writeAll(out, headerBytes))
        return writeFailed(out);
    auto current = readUpTo(plaintext, header.chunkSize);
    quint64 index = 0;
    qint64 done = 0;
    while (true) {
        if (!current)
            return streamError(kReadFailed,
                               tr("Cannot read the database copy: %1").arg(plaintext.errorString()));
        // Reading one chunk ahead is how the last chunk knows it is the last.
        std::optional<QByteArray> next = QByteArray();
        if (current->size() == static_cast<qsizetype>(header.chunkSize))
            next = readUpTo(plaintext, header.chunkSize);
        const bool final = next && next->isEmpty();
        const auto sealed = BackupChunkCipher::seal(encryptionKey, headerBytes, index, final, *current);
        if (!sealed)
            return streamError(kWriteFailed, tr("Encryption failed."));
        char length[4];
        qToBigEndian(static_cast<quint32>(current->size()), length);
        if (!writeAll(out, QByteArrayView(length, 4)) || !writeAll(out, *sealed))
            return writeFailed(out);
        done += current->size();
        current->fill('\0');
        if (progress && !progress(done))
            return cancelled();
        if (final)
            break;
        current = std::move(next);
        ++index;
    }
    if (done != header.databaseSize)
        //: The copy of the database changed size while it was being encrypted
        return streamError(kReadFailed, tr("The database copy changed while it was being encrypted."));
    return {};
}

Result<BackupHeader> BackupStream::readHeader(QIODevice& in)
{
    const auto bytes = readUpTo(in, BackupHeader::kSize);
    if (!bytes)
        return readFailed(in);
    return BackupHeader::parse(*bytes);
}

Result<qint64> BackupStream::read(QIODevice& in, const BackupHeader& header, QByteArrayView encryptionKey,
                                  QIODevice& plaintext, const Progress& progress)
{
    const QByteArray headerBytes = header.serialize();
    quint64 index = 0;
    qint64 done = 0;
    while (true) {
        const auto length = readUpTo(in, 4);
        if (!length)
            return readFailed(in);
        if (length->size() < 4)
            return truncated();
        const quint32 plainLength = qFromBigEndian<quint32>(length->constData());
        if (plainLength > header.chunkSize)
            return damagedAt(index);
        const auto sealed = readUpTo(in, qint64(plainLength) + BackupChunkCipher::kTagSize);
        if (!sealed)
            return readFailed(in);
        if (sealed->size() < qint64(plainLength) + BackupChunkCipher::kTagSize)
            return truncated();
        // The flag the chunk must carry follows from where it is; the other
        // flag tells a cut or extended file apart from a damaged chunk.
        const bool atEnd = in.atEnd();
        auto plain = BackupChunkCipher::open(encryptionKey, headerBytes, index, atEnd, *sealed);
        if (!plain) {
            if (BackupChunkCipher::open(encryptionKey, headerBytes, index, !atEnd, *sealed)) {
                if (atEnd)
                    return truncated();
                return streamError(kTrailingData,
                                   tr("The backup has unexpected data after its end: it was altered."));
            }
            return damagedAt(index);
        }
        if (!writeAll(plaintext, *plain)) {
            plain->fill('\0');
            return streamError(kWriteFailed,
                               tr("Cannot write the decrypted copy: %1").arg(plaintext.errorString()));
        }
        done += plain->size();
        plain->fill('\0');
        if (progress && !progress(done))
            return cancelled();
        if (atEnd)
            break;
        ++index;
    }
    if (done != header.databaseSize)
        return damagedAt(index);
    return done;
}

} // namespace nova
