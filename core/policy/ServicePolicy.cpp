#include "ServicePolicy.h"

#include "ServiceConfig.h"

#include <QCoreApplication>

namespace nova {

namespace {

constexpr qint64 kHour = 60 * ServicePolicy::kMinute;
constexpr qint64 kDay = 24 * kHour;

QList<ServicePolicy::Field> buildFields()
{
    using P = ServicePolicy;
    return {
        {"policy.totp.digits", QT_TRANSLATE_NOOP("nova::ServicePolicy", "TOTP digits"),
         OtpSettings::kMinDigits, OtpSettings::kMaxDigits, [](const P& p) -> qint64 { return p.totpDigits; },
         [](P& p, qint64 v) { p.totpDigits = static_cast<int>(v); }},
        {"policy.totp.period", QT_TRANSLATE_NOOP("nova::ServicePolicy", "TOTP period (seconds)"),
         OtpSettings::kMinPeriod, OtpSettings::kMaxPeriod,
         [](const P& p) -> qint64 { return p.totpPeriodSecs; },
         [](P& p, qint64 v) { p.totpPeriodSecs = static_cast<int>(v); }},
        {"policy.totp.skew", QT_TRANSLATE_NOOP("nova::ServicePolicy", "TOTP clock tolerance (steps)"), 0, 2,
         [](const P& p) -> qint64 { return p.totpSkewSteps; },
         [](P& p, qint64 v) { p.totpSkewSteps = static_cast<int>(v); }},
        {"policy.lock.threshold",
         QT_TRANSLATE_NOOP("nova::ServicePolicy", "Failed sign-ins before an account locks"), 1, 100,
         [](const P& p) -> qint64 { return p.lockThreshold; },
         [](P& p, qint64 v) { p.lockThreshold = static_cast<int>(v); }},
        {"policy.lock.duration_ms", QT_TRANSLATE_NOOP("nova::ServicePolicy", "Account lock duration"),
         P::kMinute, kDay, [](const P& p) -> qint64 { return p.lockDurationMs; },
         [](P& p, qint64 v) { p.lockDurationMs = v; }},
        {"policy.detector.brute_force_failures",
         QT_TRANSLATE_NOOP("nova::ServicePolicy", "Failed sign-ins per address before a block"), 1, 1000,
         [](const P& p) -> qint64 { return p.thresholds.bruteForceFailures; },
         [](P& p, qint64 v) { p.thresholds.bruteForceFailures = static_cast<int>(v); }},
        {"policy.detector.brute_force_window_ms",
         QT_TRANSLATE_NOOP("nova::ServicePolicy", "Brute-force window"), P::kMinute, kDay,
         [](const P& p) -> qint64 { return p.thresholds.bruteForceWindowMs; },
         [](P& p, qint64 v) { p.thresholds.bruteForceWindowMs = v; }},
        {"policy.detector.brute_force_block_ms",
         QT_TRANSLATE_NOOP("nova::ServicePolicy", "Brute-force block duration"), P::kMinute, 30 * kDay,
         [](const P& p) -> qint64 { return p.thresholds.bruteForceBlockMs; },
         [](P& p, qint64 v) { p.thresholds.bruteForceBlockMs = v; }},
        {"policy.detector.suspicious_events",
         QT_TRANSLATE_NOOP("nova::ServicePolicy", "Suspicious events per address before a block"), 1, 10000,
         [](const P& p) -> qint64 { return p.thresholds.suspiciousEvents; },
         [](P& p, qint64 v) { p.thresholds.suspiciousEvents = static_cast<int>(v); }},
        {"policy.detector.suspicious_window_ms",
         QT_TRANSLATE_NOOP("nova::ServicePolicy", "Suspicious-activity window"), P::kMinute, kDay,
         [](const P& p) -> qint64 { return p.thresholds.suspiciousWindowMs; },
         [](P& p, qint64 v) { p.thresholds.suspiciousWindowMs = v; }},
        {"policy.detector.suspicious_block_ms",
         QT_TRANSLATE_NOOP("nova::ServicePolicy", "Suspicious-activity block duration"), P::kMinute,
         30 * kDay, [](const P& p) -> qint64 { return p.thresholds.suspiciousBlockMs; },
         [](P& p, qint64 v) { p.thresholds.suspiciousBlockMs = v; }},
        {"policy.detector.injection_attempts",
         QT_TRANSLATE_NOOP("nova::ServicePolicy", "Injection attempts before a block"), 1, 1000,
         [](const P& p) -> qint64 { return p.thresholds.injectionAttempts; },
         [](P& p, qint64 v) { p.thresholds.injectionAttempts = static_cast<int>(v); }},
        {"policy.detector.injection_window_ms", QT_TRANSLATE_NOOP("nova::ServicePolicy", "Injection window"),
         P::kMinute, kDay, [](const P& p) -> qint64 { return p.thresholds.injectionWindowMs; },
         [](P& p, qint64 v) { p.thresholds.injectionWindowMs = v; }},
        {"policy.detector.injection_block_ms",
         QT_TRANSLATE_NOOP("nova::ServicePolicy", "Injection block duration"), P::kMinute, 30 * kDay,
         [](const P& p) -> qint64 { return p.thresholds.injectionBlockMs; },
         [](P& p, qint64 v) { p.thresholds.injectionBlockMs = v; }},
        {"policy.detector.sensitive_actions",
         QT_TRANSLATE_NOOP("nova::ServicePolicy", "Sensitive actions before an alert"), 1, 10000,
         [](const P& p) -> qint64 { return p.thresholds.sensitiveActions; },
         [](P& p, qint64 v) { p.thresholds.sensitiveActions = static_cast<int>(v); }},
        {"policy.detector.sensitive_window_ms",
         QT_TRANSLATE_NOOP("nova::ServicePolicy", "Sensitive-action window"), P::kMinute, kDay,
         [](const P& p) -> qint64 { return p.thresholds.sensitiveWindowMs; },
         [](P& p, qint64 v) { p.thresholds.sensitiveWindowMs = v; }},
    };
}

} // namespace

const QList<ServicePolicy::Field>& ServicePolicy::fields()
{
    static const QList<Field> all = buildFields();
    return all;
}

ServicePolicy ServicePolicy::fromConfig(const ServiceConfig& config)
{
    ServicePolicy policy;
    policy.totpDigits = config.totp.digits;
    policy.totpPeriodSecs = config.totp.periodSecs;
    policy.totpSkewSteps = config.totpSkewSteps;
    policy.lockThreshold = config.signIn.lockThreshold;
    policy.lockDurationMs = config.signIn.lockDurationMs;
    policy.thresholds = config.thresholds;
    return policy;
}

void ServicePolicy::applyTo(ServiceConfig& config) const
{
    config.totp.digits = totpDigits;
    config.totp.periodSecs = totpPeriodSecs;
    config.totpSkewSteps = totpSkewSteps;
    config.signIn.lockThreshold = lockThreshold;
    config.signIn.lockDurationMs = lockDurationMs;
    config.thresholds = thresholds;
}

Status ServicePolicy::validate() const
{
    for (const Field& field : fields()) {
        const qint64 value = field.get(*this);
        if (value < field.min || value > field.max)
            return Error{
                QStringLiteral("policy.out_of_range"),
                //: %1 is the name of a setting, %2 its value, %3 and %4 the limits
                QCoreApplication::translate("nova::ServicePolicy", "%1: %L2 is not between %L3 and %L4.")
                    .arg(QCoreApplication::translate("nova::ServicePolicy", field.label))
                    .arg(value)
                    .arg(field.min)
                    .arg(field.max)};
    }
    return {};
}

bool ServicePolicy::operator==(const ServicePolicy& other) const
{
    for (const Field& field : fields()) {
        if (field.get(*this) != field.get(other))
            return false;
    }
    return true;
}

} // namespace nova
