#pragma once

#include <QtGlobal>

namespace nova {

// Per-account protection, on top of the per-IP blocking the intrusion
// detector does: an address-hopping attacker still locks the account.
struct SignInPolicy {
    int lockThreshold = 5;                      // consecutive failures
    qint64 lockDurationMs = 15 * 60 * 1000;     // released automatically after this
    qint64 challengeLifetimeMs = 5 * 60 * 1000; // between password and second factor
    int challengeAttempts = 5;                  // wrong codes before the password is asked again
};

} // namespace nova
