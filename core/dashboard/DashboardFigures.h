#pragma once

#include "Severity.h"
#include "dashboard/TimeBuckets.h"

#include <QList>
#include <QString>

#include <array>
#include <numeric>
#include <optional>

namespace nova {

// The values the security dashboard shows, as DashboardQuery reads them.

// Sign-in attempts per bucket, one entry for every bucket (zero when none).
struct SignInCounts {
    QList<qint64> successes;
    QList<qint64> failures;
};

// An IP address or a user name with how often it occurred.
struct RankedCount {
    QString key;
    qint64 count = 0;

    friend bool operator==(const RankedCount&, const RankedCount&) = default;
};

struct SeverityCounts {
    // Indexed by Severity (Info … Critical).
    std::array<qint64, 5> counts{};

    qint64 of(Severity severity) const { return counts.at(static_cast<std::size_t>(severity)); }
    qint64 total() const { return std::accumulate(counts.cbegin(), counts.cend(), qint64(0)); }
};

// Accounts that may sign in (active, or locked for a while) and how many of
// them have TOTP enabled, i.e. confirmed with a first code; an enrollment
// still waiting for its code does not count.
struct RoleAdoption {
    QString role;
    qint64 users = 0;
    qint64 enabled = 0;

    friend bool operator==(const RoleAdoption&, const RoleAdoption&) = default;
};

struct TwoFactorAdoption {
    qint64 users = 0;
    qint64 enabled = 0;
    QList<RoleAdoption> roles; // by role name

    // 0 … 1; 0 when there are no users.
    double share() const { return users > 0 ? double(enabled) / double(users) : 0.0; }
};

struct UserWithoutTwoFactor {
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role;
};

// Everything one dashboard view shows. The optional parts are read only
// for a user with the permission to see them.
struct DashboardSnapshot {
    TimeBuckets buckets;
    SignInCounts signIns;
    QList<qint64> blockedIps; // ip_blocked entries per bucket
    QList<RankedCount> topIps;
    QList<RankedCount> topAccounts;
    std::optional<SeverityCounts> alerts;
    std::optional<TwoFactorAdoption> adoption;
    QList<UserWithoutTwoFactor> withoutTwoFactor;
};

} // namespace nova
