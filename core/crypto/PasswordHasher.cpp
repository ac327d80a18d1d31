#include "PasswordHasher.h"

#include "Bidi.h"
#include "crypto/ConstantTime.h"
#include "crypto/SecureRandom.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <argon2.h>
#include <crypt.h>

#include <memory>
#include <optional>

namespace nova {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
// Upper bounds on what a stored hash may ask for: a planted hash with m=4 GiB
// must not be able to take the machine down during verify().
constexpr quint32 kMaxMemoryKiB = 1024 * 1024;
constexpr quint32 kMaxTimeCost = 64;
constexpr quint32 kMaxParallelism = 16;
constexpr int kMaxPasswordBytes = 4096;

std::optional<PasswordHashParams> parseArgon2id(const QString& stored)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\$argon2id\$v=19\$m=(\d{1,10}),t=(\d{1,4}),p=(\d{1,3})\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$)"));
    const auto match = pattern.match(stored);
    if (!match.hasMatch())
        return std::nullopt;
    PasswordHashParams params;
    params.memoryKiB = match.captured(1).toUInt();
    params.timeCost = match.captured(2).toUInt();
    params.parallelism = match.captured(3).toUInt();
    if (params.memoryKiB == 0 || params.memoryKiB > kMaxMemoryKiB || params.timeCost == 0 ||
        params.timeCost > kMaxTimeCost || params.parallelism == 0 || params.parallelism > kMaxParallelism)
        return std::nullopt;
    return params;
}

} // namespace

PasswordHasher::PasswordHasher(PasswordHashParams params)
    : m_params(params)
{}

bool PasswordHasher::isBcrypt(const QString& stored)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$)"));
    return pattern.match(stored).hasMatch();
}

bool PasswordHasher::isArgon2id(const QString& stored)
{
    return parseArgon2id(stored).has_value();
}

Result<QString> PasswordHasher::hash(const QString& password) const
{
    const QByteArray utf8 = password.toUtf8();
    if (utf8.size() > kMaxPasswordBytes)
        return Error{QStringLiteral("password.too_long"),
                     QCoreApplication::translate("nova::PasswordHasher", "The password is too long.")};
    const QByteArray salt = SecureRandom::bytes(kSaltBytes);
    const size_t encodedLength = argon2_encodedlen(m_params.timeCost, m_params.memoryKiB,
                                                   m_params.parallelism, kSaltBytes, kHashBytes, Argon2_id);
    QByteArray encoded(static_cast<qsizetype>(encodedLength), '\0');
    const int rc = argon2id_hash_encoded(m_params.timeCost, m_params.memoryKiB, m_params.parallelism,
                                         utf8.constData(), static_cast<size_t>(utf8.size()), salt.constData(),
                                         kSaltBytes, kHashBytes, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        return Error{QStringLiteral("password.hash_failed"),
                     QCoreApplication::translate("nova::PasswordHasher", "Hashing the password failed: %1")
                         .arg(leftToRight(QString::fromLatin1(argon2_error_message(rc))))};
    return QString::fromLatin1(encoded.constData());
}

bool PasswordHasher::verify(const QString& password, const QString& stored) const
{
    const QByteArray utf8 = password.toUtf8();
    if (utf8.size() > kMaxPasswordBytes)
        return false;
    if (isArgon2id(stored)) {
        const QByteArray encoded = stored.toLatin1();
        return argon2id_verify(encoded.constData(), utf8.constData(), static_cast<size_t>(utf8.size())) ==
               ARGON2_OK;
    }
    if (isBcrypt(stored)) {
        // bcrypt only reads the first 72 bytes and stops at a NUL; refuse a
        // NUL outright so "abc\0xyz" cannot match "abc".
        if (utf8.contains('\0'))
            return false;
        auto data = std::make_unique<crypt_data>();
        const QByteArray setting = stored.toLatin1();
        const char* result = crypt_rn(utf8.constData(), setting.constData(), data.get(), sizeof(crypt_data));
        return result != nullptr && result[0] != '*' && ConstantTime::equal(QByteArrayView(result), setting);
    }
    return false;
}

bool PasswordHasher::needsRehash(const QString& stored) const
{
    const auto current = parseArgon2id(stored);
    if (!current)
        return true;
    return current->memoryKiB < m_params.memoryKiB || current->timeCost < m_params.timeCost ||
           current->parallelism < m_params.parallelism;
}

} // namespace nova
