#include "IntrusionDetector.h"

#include "Bidi.h"
#include "alerts/AlertBus.h"
#include "blocklist/IpBlockList.h"
#include "ids/LoginFailureHistory.h"
#include "securitylog/SecurityLog.h"

#include <QMutexLocker>
#include <QtDebug>

namespace nova {

namespace {

constexpr qsizetype kLoggedInputChars = 200;
const QString kDetectorName = QStringLiteral("intrusion-detector");

// One spelling per address, so ::ffff:203.0.113.7 and 203.0.113.7 share a counter.
QString addressKey(const QString& ip)
{
    const IpRange single = IpRange::fromAddress(QHostAddress(ip.trimmed()));
    return single.isNull() ? ip.trimmed() : single.toDisplayString();
}

QString minutesEn(qint64 ms)
{
    const qint64 minutes = ms / DetectorThresholds::kMinute;
    return minutes % 60 == 0 ? QStringLiteral("%1 h").arg(minutes / 60)
                             : QStringLiteral("%1 min").arg(minutes);
}

// After "خلال" or "لمدة": one and two have their own words, 3 to 10 take
// the plural and everything else the singular.
QString countedAr(qint64 n, const QString& one, const QString& two, const QString& few, const QString& many)
{
    if (n == 1)
        return one;
    if (n == 2)
        return two;
    const qint64 rest = n % 100;
    return QStringLiteral("%1 %2").arg(n).arg(rest >= 3 && rest <= 10 ? few : many);
}

QString minutesAr(qint64 ms)
{
    const qint64 minutes = ms / DetectorThresholds::kMinute;
    return minutes % 60 == 0 ? countedAr(minutes / 60, QStringLiteral("ساعة واحدة"), QStringLiteral("ساعتين"),
                                         QStringLiteral("ساعات"), QStringLiteral("ساعة"))
                             : countedAr(minutes, QStringLiteral("دقيقة واحدة"), QStringLiteral("دقيقتين"),
                                         QStringLiteral("دقائق"), QStringLiteral("دقيقة"));
}

void publish(AlertBus& alerts, const Alert& alert)
{
    // The decision stands (and is logged) even when the alert cannot be stored.
    if (auto published = alerts.publish(alert); !published)
        qWarning("detector alert %s not published: %s", qPrintable(alert.type),
                 qPrintable(published.errorMessage()));
}

} // namespace

IntrusionDetector::IntrusionDetector(IpBlockList& blocklist, SecurityLog& log, AlertBus& alerts,
                                     const Clock& clock, DetectorThresholds thresholds, QObject* parent)
    : QObject(parent)
    , m_blocklist(blocklist)
    , m_log(log)
    , m_alerts(alerts)
    , m_clock(clock)
    , m_thresholds(thresholds)
    , m_failedLogins(thresholds.bruteForceWindowMs, thresholds.bruteForceFailures, thresholds.maxTrackedKeys)
    , m_events(thresholds.suspiciousWindowMs, thresholds.suspiciousEvents, thresholds.maxTrackedKeys)
    , m_injections(thresholds.injectionWindowMs, thresholds.injectionAttempts, thresholds.maxTrackedKeys)
    , m_sensitive(thresholds.sensitiveWindowMs, thresholds.sensitiveActions, thresholds.maxTrackedKeys)
{}

DetectorThresholds IntrusionDetector::thresholds() const
{
    QMutexLocker locker(&m_mutex);
    return m_thresholds;
}

void IntrusionDetector::setThresholds(const DetectorThresholds& thresholds)
{
    QMutexLocker locker(&m_mutex);
    m_thresholds = thresholds;
    m_failedLogins = SlidingWindowCounter(thresholds.bruteForceWindowMs, thresholds.bruteForceFailures,
                                          thresholds.maxTrackedKeys);
    m_events = SlidingWindowCounter(thresholds.suspiciousWindowMs, thresholds.suspiciousEvents,
                                    thresholds.maxTrackedKeys);
    m_injections = SlidingWindowCounter(thresholds.injectionWindowMs, thresholds.injectionAttempts,
                                        thresholds.maxTrackedKeys);
    m_sensitive = SlidingWindowCounter(thresholds.sensitiveWindowMs, thresholds.sensitiveActions,
                                       thresholds.maxTrackedKeys);
}

qint64 IntrusionDetector::decisions() const
{
    QMutexLocker locker(&m_mutex);
    return m_decisions;
}

void IntrusionDetector::setLoginHistory(const LoginFailureHistory* history)
{
    QMutexLocker locker(&m_mutex);
    m_history = history;
}

DetectorDecision IntrusionDetector::onLoginAttempt(const QString& ip, const QString& username, bool success)
{
    const QString key = addressKey(ip);
    DetectorThresholds limits;
    {
        QMutexLocker locker(&m_mutex);
        ++m_decisions;
        if (success || key.isEmpty())
            return {};
        const qint64 now = m_clock.nowMSecs();
        int failures = m_failedLogins.hit(key, now);
        if (m_history && failures < m_thresholds.bruteForceFailures) {
            const auto logged = m_history->failuresSince(key, now - m_thresholds.bruteForceWindowMs);
            if (logged)
                failures = qMax(failures, *logged);
            else
                qWarning("brute-force check fell back to this process's count: %s",
                         qPrintable(logged.errorMessage()));
        }
        if (failures < m_thresholds.bruteForceFailures)
            return {};
        m_failedLogins.reset(key);
        limits = m_thresholds;
    }
    // The alert texts are stored in both languages, not translated; counts
    // are phrased so that the Arabic needs no plural agreement.
    const QString address = leftToRight(key);
    const QString failures = QString::number(limits.bruteForceFailures);
    return act(QStringLiteral("brute_force"), key, username, std::nullopt, limits.bruteForceBlockMs,
               QStringLiteral("Brute force from %1: %2 failed logins within %3")
                   .arg(address, failures, minutesEn(limits.bruteForceWindowMs)),
               QStringLiteral("هجوم تخمين كلمات المرور من %1: محاولات دخول فاشلة عددها %2 خلال %3")
                   .arg(address, failures, minutesAr(limits.bruteForceWindowMs)));
}

DetectorDecision IntrusionDetector::onEvent(const QString& type, const QString& ip,
                                            std::optional<qint64> userId)
{
    const QString key = addressKey(ip);
    DetectorThresholds limits;
    {
        QMutexLocker locker(&m_mutex);
        ++m_decisions;
        if (key.isEmpty() || type.isEmpty())
            return {};
        const QString counterKey = key + QLatin1Char('\n') + type;
        if (m_events.hit(counterKey, m_clock.nowMSecs()) < m_thresholds.suspiciousEvents)
            return {};
        m_events.reset(counterKey);
        limits = m_thresholds;
    }
    const QString address = leftToRight(key);
    const QString events = QString::number(limits.suspiciousEvents);
    return act(QStringLiteral("suspicious_activity"), key, QString(), userId, limits.suspiciousBlockMs,
               QStringLiteral("Suspicious activity from %1: %2 \"%3\" events within %4")
                   .arg(address, events, leftToRight(type), minutesEn(limits.suspiciousWindowMs)),
               QStringLiteral("نشاط مشبوه من %1: أحداث \"%3\" عددها %2 خلال %4")
                   .arg(address, events, leftToRight(type), minutesAr(limits.suspiciousWindowMs)));
}

InjectionFinding IntrusionDetector::inspectInput(const QString& text, const QString& ip,
                                                 std::optional<qint64> userId, const QString& field,
                                                 DetectorDecision* decision)
{
    const InjectionFinding finding = m_injection.inspect(text);
    const QString key = addressKey(ip);
    bool reachedLimit = false;
    DetectorThresholds limits;
    {
        QMutexLocker locker(&m_mutex);
        ++m_decisions;
        if (!finding.detected())
            return finding;
        limits = m_thresholds;
        if (!key.isEmpty() && m_injections.hit(key, m_clock.nowMSecs()) >= limits.injectionAttempts) {
            m_injections.reset(key);
            reachedLimit = true;
        }
    }
    const bool sql = finding.kind == InjectionKind::Sql;
    SecurityEvent event;
    event.event = sql ? EventType::SqlInjectionAttempt : EventType::XssAttempt;
    event.success = false;
    event.severity = Severity::High;
    event.userId = userId;
    event.ip = key;
    event.metadata = {{QStringLiteral("field"), field},
                      {QStringLiteral("pattern"), finding.pattern},
                      {QStringLiteral("input"), text.left(kLoggedInputChars)}};
    const auto logged = m_log.append(event);
    if (!logged)
        qWarning("injection attempt from %s not logged: %s", qPrintable(key),
                 qPrintable(logged.errorMessage()));

    const QString rule = sql ? QStringLiteral("sql_injection") : QStringLiteral("xss");
    const QString whatEn = sql ? QStringLiteral("SQL injection attempt") : QStringLiteral("XSS attempt");
    const QString whatAr = sql ? QStringLiteral("محاولة حقن SQL") : QStringLiteral("محاولة هجوم XSS");
    const QString address = leftToRight(key.isEmpty() ? QStringLiteral("?") : key);
    const QString fieldName = leftToRight(field);
    DetectorDecision result;
    if (reachedLimit) {
        result = act(rule, key, QString(), userId, limits.injectionBlockMs,
                     QStringLiteral("%1 from %2 in \"%3\" (%4 within %5)")
                         .arg(whatEn, address, fieldName, QString::number(limits.injectionAttempts),
                              minutesEn(limits.injectionWindowMs)),
                     QStringLiteral("%1 من %2 في الحقل \"%3\" (%4 خلال %5)")
                         .arg(whatAr, address, fieldName, QString::number(limits.injectionAttempts),
                              minutesAr(limits.injectionWindowMs)));
    } else {
        Alert alert;
        alert.severity = Severity::High;
        alert.type = rule;
        alert.messageEn = QStringLiteral("%1 from %2 in \"%3\"").arg(whatEn, address, fieldName);
        alert.messageAr = QStringLiteral("%1 من %2 في الحقل \"%3\"").arg(whatAr, address, fieldName);
        alert.ip = key;
        alert.userId = userId;
        if (logged)
            alert.logId = logged->id;
        publish(m_alerts, alert);
        result.action = DetectorDecision::Action::Alert;
        result.rule = rule;
        result.ip = key;
        Q_EMIT decided(result);
    }
    if (decision)
        *decision = result;
    return finding;
}

DetectorDecision IntrusionDetector::onSensitiveAction(const SecurityLogEntry& entry)
{
    const SecurityEvent& e = entry.event;
    const QString who = e.userId ? QString::number(*e.userId) : e.username;
    DetectorThresholds limits;
    {
        QMutexLocker locker(&m_mutex);
        ++m_decisions;
        if (!e.success || who.isEmpty())
            return {};
        if (m_sensitive.hit(who, m_clock.nowMSecs()) < m_thresholds.sensitiveActions)
            return {};
        m_sensitive.reset(who);
        limits = m_thresholds;
    }
    const QString name = isolated(e.username.isEmpty() ? who : e.username);
    const QString actions = QString::number(limits.sensitiveActions);
    const QString last = leftToRight(e.event);
    Alert alert;
    alert.severity = Severity::High;
    alert.type = QStringLiteral("sensitive_actions");
    alert.messageEn = QStringLiteral("Admin %1 performed %2 sensitive actions within %3 (last: %4)")
                          .arg(name, actions, minutesEn(limits.sensitiveWindowMs), last);
    alert.messageAr = QStringLiteral("نفّذ المسؤول %1 عدد %2 من الإجراءات الحساسة خلال %3 (آخرها: %4)")
                          .arg(name, actions, minutesAr(limits.sensitiveWindowMs), last);
    alert.ip = e.ip;
    alert.userId = e.userId;
    alert.username = e.username;
    alert.logId = entry.id;
    publish(m_alerts, alert);
    DetectorDecision decision;
    decision.action = DetectorDecision::Action::Alert;
    decision.rule = alert.type;
    decision.ip = e.ip;
    Q_EMIT decided(decision);
    return decision;
}

DetectorDecision IntrusionDetector::act(const QString& rule, const QString& ip, const QString& username,
                                        std::optional<qint64> userId, qint64 blockMs, const QString& reasonEn,
                                        const QString& reasonAr)
{
    DetectorDecision decision;
    decision.action = DetectorDecision::Action::Alert;
    decision.rule = rule;
    decision.ip = ip;

    Alert alert;
    alert.severity = Severity::High;
    alert.type = rule;
    alert.ip = ip;
    alert.userId = userId;
    alert.username = username;

    const QHostAddress address(ip);
    const auto allowed = m_blocklist.isAllowed(address);
    if (address.isNull()) {
        alert.messageEn = reasonEn;
        alert.messageAr = reasonAr;
    } else if (address.isLoopback() || (allowed && *allowed)) {
        // Never blocked, but the decision is on record. Loopback is the
        // desktop itself (nova-admin signs in from 127.0.0.1): blocking it
        // would lock every desktop on this database out, while the
        // per-account lockout still stops the guessing.
        SecurityEvent event;
        event.event = EventType::SuspiciousActivity;
        event.success = false;
        event.severity = Severity::High;
        event.userId = userId;
        event.username = username;
        event.ip = ip;
        event.metadata = {{QStringLiteral("rule"), rule},
                          {QStringLiteral("allowlisted"), !address.isLoopback()},
                          {QStringLiteral("loopback"), address.isLoopback()},
                          {QStringLiteral("reason"), reasonEn}};
        if (const auto logged = m_log.append(event); logged)
            alert.logId = logged->id;
        else
            qWarning("detector decision for %s not logged: %s", qPrintable(ip),
                     qPrintable(logged.errorMessage()));
        if (address.isLoopback()) {
            alert.messageEn =
                QStringLiteral(
                    "%1. %2 is this machine and was not blocked; the account lockout still applies.")
                    .arg(reasonEn, leftToRight(ip));
            alert.messageAr = QStringLiteral("%1. العنوان %2 هو هذا الجهاز ولم يُحظر؛ يبقى قفل الحساب ساريًا.")
                                  .arg(reasonAr, leftToRight(ip));
        } else {
            alert.messageEn = QStringLiteral("%1. %2 is on the allow-list and was not blocked.")
                                  .arg(reasonEn, leftToRight(ip));
            alert.messageAr =
                QStringLiteral("%1. العنوان %2 في قائمة السماح ولم يُحظر.").arg(reasonAr, leftToRight(ip));
        }
    } else {
        const auto blocked = m_blocklist.block(IpRange::fromAddress(address), blockMs, reasonEn,
                                               BlockSource::Detector, Actor::localOperator(kDetectorName));
        if (blocked) {
            decision.action = DetectorDecision::Action::Block;
            decision.blockedUntilMs = blocked->expiresAtMs;
            alert.messageEn =
                QStringLiteral("%1. %2 blocked for %3.").arg(reasonEn, leftToRight(ip), minutesEn(blockMs));
            alert.messageAr =
                QStringLiteral("%1. تم حظر %2 لمدة %3.").arg(reasonAr, leftToRight(ip), minutesAr(blockMs));
        } else {
            qWarning("detector could not block %s: %s", qPrintable(ip), qPrintable(blocked.errorMessage()));
            alert.messageEn = QStringLiteral("%1. Blocking %2 failed: %3")
                                  .arg(reasonEn, leftToRight(ip), blocked.errorMessage());
            alert.messageAr =
                QStringLiteral("%1. تعذّر حظر %2: %3").arg(reasonAr, leftToRight(ip), blocked.errorMessage());
        }
    }
    publish(m_alerts, alert);
    Q_EMIT decided(decision);
    return decision;
}

} // namespace nova
