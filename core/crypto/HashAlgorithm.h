#pragma once

#include <QString>

#include <optional>

namespace nova {

enum class HashAlgorithm { Sha1, Sha256, Sha512 };

// Names as RFC 6238 and the Key Uri Format spell them: SHA1, SHA256, SHA512.
QString hashAlgorithmName(HashAlgorithm algorithm);
std::optional<HashAlgorithm> hashAlgorithmFromName(const QString& name);

} // namespace nova
