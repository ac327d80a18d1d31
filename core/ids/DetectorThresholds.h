#pragma once

#include <QtGlobal>

namespace nova {

// The intrusion detector's limits. Defaults follow the specification:
// 5 failed logins per IP in 15 minutes block for 24 hours, 10 events of one
// type per IP in an hour block; injection attempts block after 3 in an hour.
struct DetectorThresholds {
    static constexpr qint64 kMinute = 60 * 1000;
    static constexpr qint64 kHour = 60 * kMinute;

    int bruteForceFailures = 5;
    qint64 bruteForceWindowMs = 15 * kMinute;
    qint64 bruteForceBlockMs = 24 * kHour;

    int suspiciousEvents = 10;
    qint64 suspiciousWindowMs = kHour;
    qint64 suspiciousBlockMs = kHour;

    int injectionAttempts = 3;
    qint64 injectionWindowMs = kHour;
    qint64 injectionBlockMs = 24 * kHour;

    // Sensitive admin actions by one user within the window that raise an
    // extra "unusual activity" alert (each one is announced by AdminAudit).
    int sensitiveActions = 10;
    qint64 sensitiveWindowMs = kHour;

    // Bound on the addresses (and address × event type pairs) tracked at once.
    int maxTrackedKeys = 100000;
};

} // namespace nova
