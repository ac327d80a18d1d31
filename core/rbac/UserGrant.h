#pragma once

#include "rbac/Permission.h"

#include <optional>

namespace nova {

// A permission given to one user on top of their role, optionally until a
// time (milliseconds since the epoch); an expired grant counts for nothing.
struct UserGrant {
    qint64 id = 0;
    qint64 userId = 0;
    Permission permission;
    std::optional<qint64> expiresAtMs;
    std::optional<qint64> grantedBy;
    qint64 createdAtMs = 0;
};

} // namespace nova
