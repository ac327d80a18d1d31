#pragma once

#include "Result.h"
#include "backup/BackupHeader.h"
#include "backup/BackupKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace nova {

// Turns what opens a backup into the file's keys. A passphrase goes through
// Argon2id with the header's salt and costs; the stored key through
// HMAC-SHA256 with the salt, so every file has a key of its own even when
// the stored key is the same. From that file key come the AES-256-GCM key
// and the key check in the header, which tells a wrong key apart from a
// damaged file without decrypting anything.
class BackupKeyDerivation {
    Q_DECLARE_TR_FUNCTIONS(nova::BackupKeyDerivation)
public:
    struct Keys {
        QByteArray encryption;
        QByteArray check; // BackupHeader::kKeyCheckSize bytes
    };

    static constexpr const char* kKdfFailed = "backup.kdf_failed";

    // storedKey: the secret store's 32 bytes, only for BackupKeyKind::StoredKey.
    static Result<Keys> derive(const BackupKey& key, QByteArrayView storedKey, const BackupHeader& header);
};

} // namespace nova
