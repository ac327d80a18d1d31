#include "BackupHeader.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace nova {

namespace {

constexpr int kChecksumOffset = BackupHeader::kSize - 32;

template <typename T>
void put(QByteArray& out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template <typename T>
T get(QByteArrayView bytes, qsizetype offset)
{
    return qFromBigEndian<T>(bytes.data() + offset);
}

Error headerError(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

Error damaged()
{
    return headerError(BackupHeader::kHeaderDamaged,
                       BackupHeader::tr("The backup's header is damaged, so the backup cannot be opened."));
}

bool kdfInRange(const BackupHeader& h)
{
    if (h.keyKind == BackupKeyKind::StoredKey)
        return h.kdf.timeCost == 0 && h.kdf.memoryKiB == 0 && h.kdf.parallelism == 0;
    return h.kdf.timeCost >= 1 && h.kdf.timeCost <= BackupHeader::kMaxTimeCost && h.kdf.parallelism >= 1 &&
           h.kdf.parallelism <= BackupHeader::kMaxParallelism && h.kdf.memoryKiB >= 8 * h.kdf.parallelism &&
           h.kdf.memoryKiB <= BackupHeader::kMaxMemoryKiB;
}

} // namespace

QByteArray BackupHeader::serialize() const
{
    QByteArray out;
    out.reserve(kSize);
    out.append(kMagic.data(), kMagic.size());
    put<quint16>(out, kFormatVersion);
    out.append(static_cast<char>(keyKind));
    out.append('\0');
    put<quint32>(out, chunkSize);
    put<quint32>(out, kdf.timeCost);
    put<quint32>(out, kdf.memoryKiB);
    put<quint32>(out, kdf.parallelism);
    out.append(salt.leftJustified(kSaltSize, '\0', true));
    out.append(baseNonce.leftJustified(kNonceSize, '\0', true));
    put<qint64>(out, createdAtMs);
    put<quint32>(out, static_cast<quint32>(schemaVersion));
    put<qint64>(out, databaseSize);
    out.append(keyCheck.leftJustified(kKeyCheckSize, '\0', true));
    out.append(QCryptographicHash::hash(out, QCryptographicHash::Sha256));
    Q_ASSERT(out.size() == kSize);
    return out;
}

Result<BackupHeader> BackupHeader::parse(QByteArrayView bytes)
{
    if (bytes.size() < kMagic.size() || bytes.first(kMagic.size()) != kMagic)
        return headerError(kNotBackup, tr("This file is not a Nova Admin backup."));
    if (bytes.size() < kMagic.size() + 2)
        return headerError(kTruncated, tr("The backup is incomplete: the file ends inside its header."));
    const quint16 version = get<quint16>(bytes, 8);
    if (version > kFormatVersion)
        return headerError(kNewerFormat, tr("This backup was made by a newer Nova Admin (backup format %1). "
                                            "Update Nova Admin to open it.")
                                             .arg(version));
    if (version == 0)
        return damaged();
    if (bytes.size() < kSize)
        return headerError(kTruncated, tr("The backup is incomplete: the file ends inside its header."));
    const QByteArrayView header = bytes.first(kSize);
    if (QCryptographicHash::hash(header.first(kChecksumOffset), QCryptographicHash::Sha256) !=
        header.sliced(kChecksumOffset))
        return damaged();

    BackupHeader h;
    const auto kind = static_cast<quint8>(header.at(10));
    if ((kind != static_cast<quint8>(BackupKeyKind::Passphrase) &&
         kind != static_cast<quint8>(BackupKeyKind::StoredKey)) ||
        header.at(11) != '\0')
        return damaged();
    h.keyKind = static_cast<BackupKeyKind>(kind);
    h.chunkSize = get<quint32>(header, 12);
    h.kdf.timeCost = get<quint32>(header, 16);
    h.kdf.memoryKiB = get<quint32>(header, 20);
    h.kdf.parallelism = get<quint32>(header, 24);
    h.salt = header.sliced(28, kSaltSize).toByteArray();
    h.baseNonce = header.sliced(44, kNonceSize).toByteArray();
    h.createdAtMs = get<qint64>(header, 56);
    const quint32 schema = get<quint32>(header, 64);
    h.databaseSize = get<qint64>(header, 68);
    h.keyCheck = header.sliced(76, kKeyCheckSize).toByteArray();
    if (h.chunkSize < kMinChunkSize || h.chunkSize > kMaxChunkSize || !kdfInRange(h) || schema < 1 ||
        schema > 1'000'000 || h.databaseSize < 0 || h.createdAtMs < 0)
        return damaged();
    h.schemaVersion = static_cast<int>(schema);
    return h;
}

} // namespace nova
