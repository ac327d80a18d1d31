#pragma once

#include "Result.h"

#include <QString>

namespace nova {

struct PasswordHashParams {
    quint32 timeCost = 3;
    quint32 memoryKiB = 64 * 1024;
    quint32 parallelism = 1;
};

// Argon2id (libargon2) stored as a PHC string that carries its parameters,
// so they can be raised later and old hashes upgraded at the next sign-in.
// Legacy bcrypt ($2a$/$2b$/$2y$) hashes from the Nova CRM backend verify
// through libxcrypt and always report needsRehash().
class PasswordHasher {
public:
    explicit PasswordHasher(PasswordHashParams params = {});

    Result<QString> hash(const QString& password) const;
    bool verify(const QString& password, const QString& stored) const;
    bool needsRehash(const QString& stored) const;

    const PasswordHashParams& params() const { return m_params; }
    static bool isBcrypt(const QString& stored);
    static bool isArgon2id(const QString& stored);

private:
    PasswordHashParams m_params;
};

} // namespace nova
