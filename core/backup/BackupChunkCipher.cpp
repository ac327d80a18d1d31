#include "BackupChunkCipher.h"

#include "backup/BackupHeader.h"

#include <QtEndian>

#include <openssl/evp.h>

#include <memory>

namespace nova {

namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

// The base nonce sits at a fixed place in the header.
QByteArrayView baseNonceOf(QByteArrayView header)
{
    return header.sliced(44, BackupHeader::kNonceSize);
}

} // namespace

QByteArray BackupChunkCipher::nonce(QByteArrayView baseNonce, quint64 index)
{
    QByteArray nonce = baseNonce.toByteArray();
    char counter[8];
    qToBigEndian(index, counter);
    for (int i = 0; i < 8; ++i)
        nonce[nonce.size() - 8 + i] = static_cast<char>(nonce.at(nonce.size() - 8 + i) ^ counter[i]);
    return nonce;
}

QByteArray BackupChunkCipher::associatedData(QByteArrayView header, quint64 index, bool final)
{
    QByteArray data = header.toByteArray();
    char counter[8];
    qToBigEndian(index, counter);
    data.append(counter, 8);
    data.append(final ? '\1' : '\0');
    return data;
}

std::optional<QByteArray> BackupChunkCipher::seal(QByteArrayView key, QByteArrayView header, quint64 index,
                                                  bool final, QByteArrayView plaintext)
{
    const QByteArray iv = nonce(baseNonceOf(header), index);
    const QByteArray aad = associatedData(header, index, final);
    QByteArray out(plaintext.size() + kTagSize, Qt::Uninitialized);
    auto* data = reinterpret_cast<unsigned char*>(out.data());
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    const bool ok =
        ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()), nullptr) == 1 &&
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(iv)) == 1 &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(aad), static_cast<int>(aad.size())) == 1 &&
        EVP_EncryptUpdate(ctx.get(), data, &length, bytes(plaintext), static_cast<int>(plaintext.size())) ==
            1;
    int finalLength = 0;
    if (!ok || EVP_EncryptFinal_ex(ctx.get(), data + length, &finalLength) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, data + plaintext.size()) != 1)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> BackupChunkCipher::open(QByteArrayView key, QByteArrayView header, quint64 index,
                                                  bool final, QByteArrayView sealed)
{
    if (sealed.size() < kTagSize)
        return std::nullopt;
    const QByteArray iv = nonce(baseNonceOf(header), index);
    const QByteArray aad = associatedData(header, index, final);
    const qsizetype cipherLength = sealed.size() - kTagSize;
    QByteArray tag = sealed.sliced(cipherLength).toByteArray();
    QByteArray plain(cipherLength, Qt::Uninitialized);
    auto* data = reinterpret_cast<unsigned char*>(plain.data());
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    const bool setup =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()), nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(iv)) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(aad), static_cast<int>(aad.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), data, &length, bytes(sealed.first(cipherLength)),
                          static_cast<int>(cipherLength)) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) == 1;
    // GCM releases nothing until the tag verifies in Final.
    if (!setup || EVP_DecryptFinal_ex(ctx.get(), data + length, &length) != 1) {
        plain.fill('\0');
        return std::nullopt;
    }
    return plain;
}

} // namespace nova
