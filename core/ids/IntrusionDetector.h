#pragma once

#include "Clock.h"
#include "ids/DetectorThresholds.h"
#include "ids/InjectionDetector.h"
#include "ids/SlidingWindowCounter.h"
#include "securitylog/SecurityEvent.h"

#include <QMutex>
#include <QObject>

#include <optional>

namespace nova {

class AlertBus;
class IpBlockList;
class LoginFailureHistory;
class SecurityLog;

struct DetectorDecision {
    enum class Action { None, Alert, Block };
    Action action = Action::None;
    QString rule; // "brute_force", "suspicious_activity", "sql_injection", "xss", "sensitive_actions"
    QString ip;
    std::optional<qint64> blockedUntilMs; // set when Action::Block

    bool blocked() const { return action == Action::Block; }
};

// Watches what the services report and decides: brute force (failed logins
// per IP), suspicious activity (events of one type per IP), injection
// attempts in input, and bursts of sensitive admin actions. Each decision
// publishes an alert in English and Arabic; blocks go through IpBlockList
// with source "detector". An allow-listed address is never blocked: the
// decision is still logged and alerted.
//
// Thread safe: calls may come from the service executor's threads.
class IntrusionDetector : public QObject {
    Q_OBJECT
public:
    IntrusionDetector(IpBlockList& blocklist, SecurityLog& log, AlertBus& alerts, const Clock& clock,
                      DetectorThresholds thresholds = {}, QObject* parent = nullptr);

    DetectorDecision onLoginAttempt(const QString& ip, const QString& username, bool success);
    DetectorDecision onEvent(const QString& type, const QString& ip, std::optional<qint64> userId);
    // Logs sql_injection_attempt / xss_attempt for a finding (the input is
    // kept in the log entry, truncated), alerts, and blocks after
    // injectionAttempts findings from one IP within the window.
    InjectionFinding inspectInput(const QString& text, const QString& ip, std::optional<qint64> userId,
                                  const QString& field, DetectorDecision* decision = nullptr);
    DetectorDecision onSensitiveAction(const SecurityLogEntry& entry);

    // Also counts failed logins other processes logged (nova-ctl, other
    // desktops and daemons on the same database). Not owned; may be null.
    void setLoginHistory(const LoginFailureHistory* history);
    DetectorThresholds thresholds() const;
    void setThresholds(const DetectorThresholds& thresholds); // also clears the counters

    // How many inputs have been evaluated (for the benchmark).
    qint64 decisions() const;

Q_SIGNALS:
    void decided(const nova::DetectorDecision& decision);

private:
    DetectorDecision act(const QString& rule, const QString& ip, const QString& username,
                         std::optional<qint64> userId, qint64 blockMs, const QString& reasonEn,
                         const QString& reasonAr);

    IpBlockList& m_blocklist;
    SecurityLog& m_log;
    AlertBus& m_alerts;
    const Clock& m_clock;
    InjectionDetector m_injection;
    mutable QMutex m_mutex;
    DetectorThresholds m_thresholds;
    SlidingWindowCounter m_failedLogins;
    const LoginFailureHistory* m_history = nullptr;
    SlidingWindowCounter m_events;
    SlidingWindowCounter m_injections;
    SlidingWindowCounter m_sensitive;
    qint64 m_decisions = 0;
};

} // namespace nova
