#include "AeadCipher.h"

#include "crypto/SecureRandom.h"

#include <QCoreApplication>

#include <openssl/evp.h>

#include <memory>

namespace nova {

namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

Error aeadError(const char* code, const char* text)
{
    return Error{QString::fromLatin1(code), QCoreApplication::translate("nova::AeadCipher", text)};
}

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

} // namespace

QByteArray AeadCipher::generateKey()
{
    return SecureRandom::bytes(kKeySize);
}

Result<QByteArray> AeadCipher::seal(QByteArrayView key, QByteArrayView plaintext,
                                    QByteArrayView associatedData)
{
    if (key.size() != kKeySize)
        return aeadError("aead.bad_key",
                         QT_TRANSLATE_NOOP("nova::AeadCipher", "The encryption key must be 32 bytes."));

    const QByteArray nonce = SecureRandom::bytes(kNonceSize);
    QByteArray out;
    out.reserve(1 + kNonceSize + plaintext.size() + kTagSize);
    out.append(kVersion);
    out.append(nonce);

    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    QByteArray cipher(plaintext.size() + kTagSize, Qt::Uninitialized);
    auto* cipherData = reinterpret_cast<unsigned char*>(cipher.data());
    const bool ok =
        ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1 &&
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(nonce)) == 1 &&
        (associatedData.isEmpty() || EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData),
                                                       static_cast<int>(associatedData.size())) == 1) &&
        EVP_EncryptUpdate(ctx.get(), cipherData, &length, bytes(plaintext),
                          static_cast<int>(plaintext.size())) == 1 &&
        EVP_EncryptFinal_ex(ctx.get(), cipherData + length, &length) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, cipherData + plaintext.size()) == 1;
    if (!ok)
        return aeadError("aead.failed", QT_TRANSLATE_NOOP("nova::AeadCipher", "Encryption failed."));
    out.append(cipher);
    return out;
}

Result<QByteArray> AeadCipher::open(QByteArrayView key, QByteArrayView sealed, QByteArrayView associatedData)
{
    if (key.size() != kKeySize)
        return aeadError("aead.bad_key",
                         QT_TRANSLATE_NOOP("nova::AeadCipher", "The encryption key must be 32 bytes."));
    if (sealed.size() < 1 + kNonceSize + kTagSize)
        return aeadError("aead.truncated",
                         QT_TRANSLATE_NOOP("nova::AeadCipher", "The encrypted data is truncated."));
    if (sealed.at(0) != kVersion)
        return aeadError(
            "aead.bad_version",
            QT_TRANSLATE_NOOP("nova::AeadCipher", "The encrypted data has an unknown format version."));

    const QByteArrayView nonce = sealed.sliced(1, kNonceSize);
    const qsizetype cipherLength = sealed.size() - 1 - kNonceSize - kTagSize;
    const QByteArrayView cipher = sealed.sliced(1 + kNonceSize, cipherLength);
    QByteArray tag = sealed.sliced(1 + kNonceSize + cipherLength).toByteArray();

    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray plain(cipherLength, Qt::Uninitialized);
    auto* plainData = reinterpret_cast<unsigned char*>(plain.data());
    int length = 0;
    const bool setup =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(nonce)) == 1 &&
        (associatedData.isEmpty() || EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData),
                                                       static_cast<int>(associatedData.size())) == 1) &&
        EVP_DecryptUpdate(ctx.get(), plainData, &length, bytes(cipher), static_cast<int>(cipher.size())) ==
            1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) == 1;
    // The plaintext is only released when the tag verifies in Final.
    if (!setup || EVP_DecryptFinal_ex(ctx.get(), plainData + length, &length) != 1) {
        plain.fill('\0');
        return aeadError(
            "aead.tampered",
            QT_TRANSLATE_NOOP("nova::AeadCipher",
                              "The encrypted data failed its integrity check: it was altered, or "
                              "the key is wrong."));
    }
    return plain;
}

} // namespace nova
