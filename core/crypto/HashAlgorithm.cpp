#include "HashAlgorithm.h"

namespace nova {

QString hashAlgorithmName(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return QStringLiteral("SHA1");
    case HashAlgorithm::Sha256:
        return QStringLiteral("SHA256");
    case HashAlgorithm::Sha512:
        return QStringLiteral("SHA512");
    }
    return {};
}

std::optional<HashAlgorithm> hashAlgorithmFromName(const QString& name)
{
    const QString upper = name.trimmed().toUpper().remove(QLatin1Char('-'));
    if (upper == QLatin1String("SHA1"))
        return HashAlgorithm::Sha1;
    if (upper == QLatin1String("SHA256"))
        return HashAlgorithm::Sha256;
    if (upper == QLatin1String("SHA512"))
        return HashAlgorithm::Sha512;
    return std::nullopt;
}

} // namespace nova
