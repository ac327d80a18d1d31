#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace nova {

// AES-256-GCM with a random 96-bit nonce per message. A sealed box is
// version(1) | nonce(12) | ciphertext | tag(16); the associated data (for
// example the owning user's id) is authenticated but not stored, so a secret
// copied to another row no longer opens.
class AeadCipher {
public:
    static constexpr int kKeySize = 32;
    static constexpr int kNonceSize = 12;
    static constexpr int kTagSize = 16;
    static constexpr char kVersion = 1;

    static Result<QByteArray> seal(QByteArrayView key, QByteArrayView plaintext,
                                   QByteArrayView associatedData = {});
    static Result<QByteArray> open(QByteArrayView key, QByteArrayView sealed,
                                   QByteArrayView associatedData = {});
    static QByteArray generateKey();
};

} // namespace nova
