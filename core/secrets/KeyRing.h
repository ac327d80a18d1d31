#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

namespace nova {

class SecretStore;

struct KeyRingKey {
    QString id;
    QByteArray bytes;
};

// The keys that seal TOTP secrets (AES-256-GCM) and key the digests of
// backup and SMS codes. They live only in the SecretStore, never in the
// database or a log; a database row names the key that sealed it by id, so
// rows sealed before a rotation keep opening while they are re-encrypted.
//
// Store layout: "totp-key-<id>" holds 32 random bytes, "totp-key-current"
// holds the id of the key new secrets are sealed with, and
// "hmac-key-<purpose>" holds a digest key that is never rotated (rotating it
// would invalidate every stored code).
//
// Thread-safe; keys are cached after the first read because a keychain read
// is a D-Bus round trip.
class KeyRing {
public:
    static constexpr const char* kCurrentName = "totp-key-current";
    static constexpr const char* kKeyPrefix = "totp-key-";
    static constexpr const char* kHmacPrefix = "hmac-key-";
    static constexpr int kKeySize = 32;
    // A stored key or pointer that is not what this class wrote.
    static constexpr const char* kBadKey = "keyring.bad_key";
    static constexpr const char* kUnknownKey = "keyring.unknown_key";

    explicit KeyRing(SecretStore& store);

    // The key new secrets are sealed with; created on first use.
    Result<KeyRingKey> currentKey();
    // A key by id, for opening rows sealed with it. kUnknownKey if missing.
    Result<KeyRingKey> key(const QString& id);

    // Rotation in steps, so a caller can re-encrypt its rows between them and
    // leave the current key untouched when that fails:
    // createKey() stores a fresh key that is not yet current, makeCurrent()
    // switches new sealing to it, discardKey() removes an unused new key.
    Result<KeyRingKey> createKey();
    Status makeCurrent(const QString& id);
    Status discardKey(const QString& id);
    // createKey() + makeCurrent(); the new key's id. Old keys are kept so
    // anything still sealed with them opens.
    Result<QString> rotate();

    // A 32-byte digest key for `purpose` (e.g. "backup-codes", "sms-codes"),
    // created on first use. `purpose` follows SecretStore::checkName.
    Result<QByteArray> hmacKey(const QString& purpose);

    static bool isValidId(const QString& id);

private:
    Result<QByteArray> readOrCreate(const QString& name);

    SecretStore& m_store;
    QMutex m_mutex;
    QHash<QString, QByteArray> m_cache; // secret name -> bytes
};

} // namespace nova
