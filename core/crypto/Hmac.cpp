#include "Hmac.h"

#include <openssl/evp.h>

namespace nova {

namespace {

const char* digestName(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return "SHA1";
    case HashAlgorithm::Sha256:
        return "SHA256";
    case HashAlgorithm::Sha512:
        return "SHA512";
    }
    return "SHA256";
}

} // namespace

QByteArray Hmac::compute(HashAlgorithm algorithm, QByteArrayView key, QByteArrayView message)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t outLength = 0;
    // An empty key is legal for HMAC; OpenSSL wants a non-null pointer for it.
    static const char emptyKey = 0;
    const void* keyData = key.isEmpty() ? &emptyKey : key.data();
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, digestName(algorithm), nullptr, keyData,
                   static_cast<size_t>(key.size()), reinterpret_cast<const unsigned char*>(message.data()),
                   static_cast<size_t>(message.size()), out, sizeof out, &outLength)) {
        qFatal("Hmac: OpenSSL could not compute an HMAC");
    }
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(outLength));
}

} // namespace nova
