#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace nova {

// AES-256-GCM for one chunk of a backup. The nonce is the file's random base
// nonce with the chunk's index XORed into its last 8 bytes, so no nonce
// repeats within a file; the associated data is the whole header, the
// index and a final-chunk flag, so a changed header, chunks swapped or
// dropped, and a file cut after any chunk all fail the tag.
class BackupChunkCipher {
public:
    static constexpr int kTagSize = 16;

    // ciphertext ‖ tag; empty optional only if OpenSSL fails.
    static std::optional<QByteArray> seal(QByteArrayView key, QByteArrayView header, quint64 index,
                                          bool final, QByteArrayView plaintext);
    // The plaintext, or nothing when the tag does not verify.
    static std::optional<QByteArray> open(QByteArrayView key, QByteArrayView header, quint64 index,
                                          bool final, QByteArrayView sealed);

    static QByteArray nonce(QByteArrayView baseNonce, quint64 index);
    static QByteArray associatedData(QByteArrayView header, quint64 index, bool final);
};

} // namespace nova
