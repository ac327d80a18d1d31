#pragma once

#include "Result.h"

#include <QString>

namespace nova {

class Database;

// Failed sign-ins as the security log remembers them. The detector's
// in-memory counters only see the attempts of their own process; nova-ctl
// runs once per attempt and several desktops or daemons may share one
// PostgreSQL, so the brute-force rule also asks the shared log.
class LoginFailureHistory {
public:
    explicit LoginFailureHistory(const Database& db);

    // Failed "login" entries from `ip` (an address as logged) since `sinceMs`,
    // counting only those after the address was last blocked or unblocked, so
    // an admin's unblock starts the count afresh.
    Result<int> failuresSince(const QString& ip, qint64 sinceMs) const;

private:
    const Database& m_db;
};

} // namespace nova
