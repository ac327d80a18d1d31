#pragma once

#include "Result.h"
#include "ids/DetectorThresholds.h"

#include <QList>
#include <QtGlobal>

namespace nova {

struct ServiceConfig;

// The security policy every program on one database must agree on: how
// TOTP codes are made for new enrollments, when accounts lock, and when the
// intrusion detector blocks an address. It lives in the database's settings
// table (PolicyStore), so the desktops and nova-service read the same values.
struct ServicePolicy {
    static constexpr qint64 kMinute = 60 * 1000;

    // For new enrollments; an enrolled authenticator keeps the digits and
    // period it was set up with.
    int totpDigits = 6;
    int totpPeriodSecs = 30;
    // Codes accepted from this many steps before and after the current one.
    int totpSkewSteps = 1;

    int lockThreshold = 5;
    qint64 lockDurationMs = 15 * kMinute;

    DetectorThresholds thresholds;

    // One value as the settings table stores it (milliseconds for durations).
    struct Field {
        const char* key;   // "policy.lock.threshold"
        const char* label; // translated in the context "nova::ServicePolicy"
        qint64 min;
        qint64 max;
        qint64 (*get)(const ServicePolicy&);
        void (*set)(ServicePolicy&, qint64);
    };
    static const QList<Field>& fields();

    // The policy a configuration describes, and the configuration with this
    // policy in place of its own.
    static ServicePolicy fromConfig(const ServiceConfig& config);
    void applyTo(ServiceConfig& config) const;

    // Every value within its range, with a translated message naming the
    // first one that is not.
    Status validate() const;

    // Equal in every field.
    bool operator==(const ServicePolicy& other) const;
};

} // namespace nova
