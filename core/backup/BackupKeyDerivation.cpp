#include "BackupKeyDerivation.h"

#include "Bidi.h"
#include "crypto/Hmac.h"

#include <argon2.h>

namespace nova {

namespace {

// Domain separation: the same file key never keys two different jobs.
const QByteArray kFileKeyLabel = QByteArrayLiteral("nova-backup v1 file key");
const QByteArray kEncryptionLabel = QByteArrayLiteral("nova-backup v1 encryption");
const QByteArray kCheckLabel = QByteArrayLiteral("nova-backup v1 key check");

} // namespace

Result<BackupKeyDerivation::Keys> BackupKeyDerivation::derive(const BackupKey& key, QByteArrayView storedKey,
                                                              const BackupHeader& header)
{
    QByteArray fileKey;
    if (key.kind() == BackupKeyKind::Passphrase) {
        // NFC, so the same Arabic or accented passphrase typed on another
        // keyboard (composed or decomposed) opens the file.
        QByteArray utf8 = key.passphraseText().normalized(QString::NormalizationForm_C).toUtf8();
        fileKey.resize(32);
        const int rc = argon2id_hash_raw(header.kdf.timeCost, header.kdf.memoryKiB, header.kdf.parallelism,
                                         utf8.constData(), static_cast<size_t>(utf8.size()),
                                         header.salt.constData(), static_cast<size_t>(header.salt.size()),
                                         fileKey.data(), static_cast<size_t>(fileKey.size()));
        utf8.fill('\0');
        if (rc != ARGON2_OK)
            //: %1 is libargon2's own (English) reason
            return Error{QString::fromLatin1(kKdfFailed),
                         tr("The key could not be derived from the passphrase: %1")
                             .arg(leftToRight(QString::fromLatin1(argon2_error_message(rc))))};
    } else {
        fileKey = Hmac::compute(HashAlgorithm::Sha256, storedKey, QByteArray(kFileKeyLabel + header.salt));
    }
    Keys keys;
    keys.encryption = Hmac::compute(HashAlgorithm::Sha256, fileKey, kEncryptionLabel);
    keys.check = Hmac::compute(HashAlgorithm::Sha256, fileKey, kCheckLabel).left(BackupHeader::kKeyCheckSize);
    fileKey.fill('\0');
    return keys;
}

} // namespace nova
