#include "ManualClock.h"
#include "TestDatabase.h"
#include "alerts/AlertBus.h"
#include "blocklist/IpBlockList.h"
#include "ids/IntrusionDetector.h"
#include "rbac/AdminAudit.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogQuery.h"

#include <QSignalSpy>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
} // namespace

class TestIntrusionDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void bruteForceBlocksOnFifthFailure();
    void failuresSlideOutOfTheWindow();
    void successfulLoginsDoNotCount();
    void allowListedAddressIsNeverBlocked();
    void loopbackIsNeverBlocked_data();
    void loopbackIsNeverBlocked();
    void suspiciousActivityPerIpAndType();
    void injectionIsLoggedThenBlocked();
    void benignInputIsNotLogged();
    void thresholdsAreConfigurable();
    void burstOfSensitiveActionsAlerts();
    void unparsableAddressAlertsWithoutBlocking();
    void decisionsAreCounted();

private:
    QList<Alert> newAlerts();
    SecurityLogPage logOf(const QString& event);
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<SecurityLog> m_log;
    std::unique_ptr<AlertBus> m_alerts;
    std::unique_ptr<AdminAudit> m_audit;
    std::unique_ptr<IpBlockList> m_list;
    std::unique_ptr<IntrusionDetector> m_ids;
    qint64 m_seenSeq = 0;
};

void TestIntrusionDetector::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
    m_clock.setSecs(1'700'000'000);
    m_log = std::make_unique<SecurityLog>(m_db->db(), m_clock);
    m_alerts = std::make_unique<AlertBus>(m_db->db(), m_clock);
    m_audit = std::make_unique<AdminAudit>(*m_log, *m_alerts);
    m_list = std::make_unique<IpBlockList>(m_db->db(), m_clock, *m_log, *m_audit, *m_alerts);
    m_ids = std::make_unique<IntrusionDetector>(*m_list, *m_log, *m_alerts, m_clock);
    m_seenSeq = 0;
}

void TestIntrusionDetector::cleanup()
{
    m_ids.reset();
    m_list.reset();
    m_audit.reset();
    m_alerts.reset();
    m_log.reset();
    m_db.reset();
}

QList<Alert> TestIntrusionDetector::newAlerts()
{
    const auto alerts = m_alerts->since(m_seenSeq);
    if (!alerts || alerts->isEmpty())
        return {};
    m_seenSeq = alerts->constLast().seq;
    return *alerts;
}

SecurityLogPage TestIntrusionDetector::logOf(const QString& event)
{
    SecurityLogFilter filter;
    filter.events = {event};
    return SecurityLogQuery(m_db->db()).page(filter, std::nullopt, 100).value();
}

void TestIntrusionDetector::bruteForceBlocksOnFifthFailure()
{
    const QString ip = QStringLiteral("203.0.113.7");
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(m_ids->onLoginAttempt(ip, QStringLiteral("omar"), false).action,
                 DetectorDecision::Action::None);
        m_clock.advanceSecs(60);
    }
    QVERIFY(!m_list->isBlocked(QHostAddress(ip))->has_value());
    QVERIFY(newAlerts().isEmpty());

    QSignalSpy decided(m_ids.get(), &IntrusionDetector::decided);
    const DetectorDecision decision = m_ids->onLoginAttempt(ip, QStringLiteral("omar"), false);
    QCOMPARE(decision.action, DetectorDecision::Action::Block);
    QCOMPARE(decision.rule, QStringLiteral("brute_force"));
    QCOMPARE(decision.blockedUntilMs, std::optional<qint64>(m_clock.nowMSecs() + 24 * kHour));
    QCOMPARE(decided.size(), 1);

    const auto blocked = m_list->isBlocked(QHostAddress(ip));
    QVERIFY(blocked->has_value());
    QCOMPARE((*blocked)->source, BlockSource::Detector);

    const QList<Alert> alerts = newAlerts();
    const auto brute = std::find_if(alerts.cbegin(), alerts.cend(),
                                    [](const Alert& a) { return a.type == QLatin1String("brute_force"); });
    QVERIFY(brute != alerts.cend());
    QCOMPARE(brute->severity, Severity::High);
    QCOMPARE(brute->ip, ip);
    QVERIFY(brute->messageEn.contains(QStringLiteral("5 failed logins")));
    QVERIFY(brute->messageAr.contains(QStringLiteral("تم حظر")));
    QCOMPARE(logOf(EventType::IpBlocked).entries.size(), 1);
}

void TestIntrusionDetector::failuresSlideOutOfTheWindow()
{
    const QString ip = QStringLiteral("198.51.100.4");
    for (int i = 0; i < 4; ++i)
        m_ids->onLoginAttempt(ip, QStringLiteral("a"), false);
    m_clock.advanceSecs(15 * 60);
    // The four are now outside the 15-minute window: four more do not block.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_ids->onLoginAttempt(ip, QStringLiteral("a"), false).action,
                 DetectorDecision::Action::None);
    m_clock.advanceSecs(10 * 60);
    QCOMPARE(m_ids->onLoginAttempt(ip, QStringLiteral("a"), false).action, DetectorDecision::Action::Block);
}

void TestIntrusionDetector::successfulLoginsDoNotCount()
{
    const QString ip = QStringLiteral("198.51.100.5");
    for (int i = 0; i < 20; ++i)
        QCOMPARE(m_ids->onLoginAttempt(ip, QStringLiteral("a"), true).action, DetectorDecision::Action::None);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_ids->onLoginAttempt(ip, QStringLiteral("a"), false).action,
                 DetectorDecision::Action::None);
}

void TestIntrusionDetector::loopbackIsNeverBlocked_data()
{
    QTest::addColumn<QString>("ip");
    QTest::newRow("ipv4") << QStringLiteral("127.0.0.1");
    QTest::newRow("ipv6") << QStringLiteral("::1");
}

// The desktop signs in from loopback: a user mistyping five times must not
// lock every desktop on the database out for a day.
void TestIntrusionDetector::loopbackIsNeverBlocked()
{
    QFETCH(QString, ip);
    newAlerts();
    DetectorDecision decision;
    for (int i = 0; i < 5; ++i)
        decision = m_ids->onLoginAttempt(ip, QStringLiteral("omar"), false);
    QCOMPARE(decision.action, DetectorDecision::Action::Alert);
    QCOMPARE(m_list->list()->size(), 0);
    const SecurityLogPage logged = logOf(EventType::SuspiciousActivity);
    QCOMPARE(logged.entries.size(), 1);
    QVERIFY(logged.entries.constFirst().event.metadata.value(QStringLiteral("loopback")).toBool());
    const QList<Alert> alerts = newAlerts();
    QCOMPARE(alerts.size(), 1);
    QVERIFY(alerts.constFirst().messageEn.contains(QStringLiteral("this machine")));
}

void TestIntrusionDetector::allowListedAddressIsNeverBlocked()
{
    QVERIFY(m_list
                ->allow(IpRange::parse(QStringLiteral("10.0.0.0/8")).value(), QStringLiteral("office"),
                        Actor::localOperator(QStringLiteral("root")))
                .ok());
    newAlerts();
    DetectorDecision decision;
    for (int i = 0; i < 5; ++i)
        decision = m_ids->onLoginAttempt(QStringLiteral("10.1.2.3"), QStringLiteral("omar"), false);
    QCOMPARE(decision.action, DetectorDecision::Action::Alert);
    QCOMPARE(decision.rule, QStringLiteral("brute_force"));
    QCOMPARE(m_list->list()->size(), 0);
    const SecurityLogPage logged = logOf(EventType::SuspiciousActivity);
    QCOMPARE(logged.entries.size(), 1);
    QVERIFY(logged.entries.constFirst().event.metadata.value(QStringLiteral("allowlisted")).toBool());
    const QList<Alert> alerts = newAlerts();
    QCOMPARE(alerts.size(), 1);
    QVERIFY(alerts.constFirst().messageEn.contains(QStringLiteral("allow-list")));
    QVERIFY(alerts.constFirst().messageAr.contains(QStringLiteral("قائمة السماح")));
}

void TestIntrusionDetector::suspiciousActivityPerIpAndType()
{
    const QString ip = QStringLiteral("192.0.2.50");
    for (int i = 0; i < 9; ++i) {
        QCOMPARE(m_ids->onEvent(EventType::UnauthorizedAccess, ip, 7).action, DetectorDecision::Action::None);
        QCOMPARE(m_ids->onEvent(EventType::TwoFactorVerify, ip, 7).action, DetectorDecision::Action::None);
    }
    // Another address's events are its own.
    QCOMPARE(m_ids->onEvent(EventType::UnauthorizedAccess, QStringLiteral("192.0.2.51"), 7).action,
             DetectorDecision::Action::None);
    const DetectorDecision decision = m_ids->onEvent(EventType::UnauthorizedAccess, ip, 7);
    QCOMPARE(decision.action, DetectorDecision::Action::Block);
    QCOMPARE(decision.rule, QStringLiteral("suspicious_activity"));
    QCOMPARE(decision.blockedUntilMs, std::optional<qint64>(m_clock.nowMSecs() + kHour));
}

void TestIntrusionDetector::injectionIsLoggedThenBlocked()
{
    const QString ip = QStringLiteral("203.0.113.66");
    DetectorDecision decision;
    InjectionFinding finding =
        m_ids->inspectInput(QStringLiteral("' OR 1=1--"), ip, 9, QStringLiteral("customer.note"), &decision);
    QCOMPARE(finding.kind, InjectionKind::Sql);
    QCOMPARE(decision.action, DetectorDecision::Action::Alert);
    const SecurityLogPage sql = logOf(EventType::SqlInjectionAttempt);
    QCOMPARE(sql.entries.size(), 1);
    const SecurityEvent& logged = sql.entries.constFirst().event;
    QCOMPARE(logged.ip, ip);
    QCOMPARE(logged.userId, std::optional<qint64>(9));
    QCOMPARE(logged.metadata.value(QStringLiteral("field")).toString(), QStringLiteral("customer.note"));
    QCOMPARE(logged.metadata.value(QStringLiteral("input")).toString(), QStringLiteral("' OR 1=1--"));
    QList<Alert> alerts = newAlerts();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.constFirst().type, QStringLiteral("sql_injection"));
    QVERIFY(!alerts.constFirst().messageAr.isEmpty());

    finding = m_ids->inspectInput(QStringLiteral("<script>alert(1)</script>"), ip, 9, QStringLiteral("name"),
                                  &decision);
    QCOMPARE(finding.kind, InjectionKind::Xss);
    QCOMPARE(logOf(EventType::XssAttempt).entries.size(), 1);
    QVERIFY(!m_list->isBlocked(QHostAddress(ip))->has_value());

    finding = m_ids->inspectInput(QStringLiteral("1 UNION SELECT password FROM users"), ip, 9,
                                  QStringLiteral("search"), &decision);
    QVERIFY(finding.detected());
    QCOMPARE(decision.action, DetectorDecision::Action::Block);
    QCOMPARE(decision.blockedUntilMs, std::optional<qint64>(m_clock.nowMSecs() + 24 * kHour));
    QVERIFY(m_list->isBlocked(QHostAddress(ip))->has_value());
}

void TestIntrusionDetector::benignInputIsNotLogged()
{
    DetectorDecision decision;
    const InjectionFinding finding =
        m_ids->inspectInput(QStringLiteral("Mr. O'Brien will drop by; select the villa"),
                            QStringLiteral("192.0.2.1"), std::nullopt, QStringLiteral("note"), &decision);
    QVERIFY(!finding.detected());
    QCOMPARE(decision.action, DetectorDecision::Action::None);
    QCOMPARE(logOf(EventType::SqlInjectionAttempt).entries.size(), 0);
    QVERIFY(newAlerts().isEmpty());
}

void TestIntrusionDetector::thresholdsAreConfigurable()
{
    DetectorThresholds limits;
    limits.bruteForceFailures = 2;
    limits.bruteForceBlockMs = 30 * kMinute;
    m_ids->setThresholds(limits);
    QCOMPARE(m_ids->thresholds().bruteForceFailures, 2);
    const QString ip = QStringLiteral("198.51.100.8");
    QCOMPARE(m_ids->onLoginAttempt(ip, QStringLiteral("a"), false).action, DetectorDecision::Action::None);
    const DetectorDecision decision = m_ids->onLoginAttempt(ip, QStringLiteral("a"), false);
    QCOMPARE(decision.action, DetectorDecision::Action::Block);
    QCOMPARE(decision.blockedUntilMs, std::optional<qint64>(m_clock.nowMSecs() + 30 * kMinute));
}

void TestIntrusionDetector::burstOfSensitiveActionsAlerts()
{
    const Actor admin{4, QStringLiteral("admin"), QStringLiteral("192.0.2.9"), QString()};
    DetectorDecision decision;
    for (int i = 0; i < 10; ++i) {
        const auto entry = m_audit->record(admin, EventType::DeleteUser, {{QStringLiteral("n"), i}});
        QVERIFY(entry.ok());
        decision = m_ids->onSensitiveAction(*entry);
        if (i < 9)
            QCOMPARE(decision.action, DetectorDecision::Action::None);
    }
    QCOMPARE(decision.action, DetectorDecision::Action::Alert);
    QCOMPARE(decision.rule, QStringLiteral("sensitive_actions"));
    const QList<Alert> alerts = newAlerts();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.constFirst().username, QStringLiteral("admin"));
    // Admins are not blocked for working.
    QCOMPARE(m_list->list()->size(), 0);
}

void TestIntrusionDetector::unparsableAddressAlertsWithoutBlocking()
{
    DetectorDecision decision;
    for (int i = 0; i < 5; ++i)
        decision = m_ids->onLoginAttempt(QStringLiteral("not-an-ip"), QStringLiteral("a"), false);
    QCOMPARE(decision.action, DetectorDecision::Action::Alert);
    QCOMPARE(m_list->list()->size(), 0);
    QCOMPARE(m_ids->onLoginAttempt(QString(), QStringLiteral("a"), false).action,
             DetectorDecision::Action::None);
}

void TestIntrusionDetector::decisionsAreCounted()
{
    const qint64 before = m_ids->decisions();
    m_ids->onLoginAttempt(QStringLiteral("192.0.2.1"), QStringLiteral("a"), true);
    m_ids->onEvent(EventType::UnauthorizedAccess, QStringLiteral("192.0.2.1"), std::nullopt);
    (void)m_ids->inspectInput(QStringLiteral("hello"), QStringLiteral("192.0.2.1"), std::nullopt,
                              QStringLiteral("f"));
    QCOMPARE(m_ids->decisions(), before + 3);
}

QTEST_GUILESS_MAIN(TestIntrusionDetector)
#include "tst_intrusiondetector.moc"
