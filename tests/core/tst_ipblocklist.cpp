#include "ManualClock.h"
#include "TestDatabase.h"
#include "alerts/AlertBus.h"
#include "blocklist/IpBlockList.h"
#include "rbac/AdminAudit.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogQuery.h"

#include <QSignalSpy>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

constexpr qint64 kHour = 3600 * 1000;

IpRange range(const char* text)
{
    return IpRange::parse(QString::fromLatin1(text)).value();
}

QHostAddress address(const char* text)
{
    return QHostAddress(QString::fromLatin1(text));
}

} // namespace

class TestIpBlockList : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void blocksAddressesAndRanges_data();
    void blocksAddressesAndRanges();
    void reblockExtendsNeverShortens();
    void permanentBlockStaysPermanent();
    void expiredBlockDoesNotCountAndIsPurged();
    void allowListRefusesOverlappingBlock_data();
    void allowListRefusesOverlappingBlock();
    void allowListWinsOverExistingBlock();
    void ownAddressIsNotBlocked();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void unblockIsAudited();
    void manualAndDetectorBlocksAreLoggedAndAlerted();
    void exports();
    void anotherWriterIsSeenAfterCacheAge();

private:
    qint64 countRows(const QString& table);
    SecurityLogEntry lastLogEntry();
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<SecurityLog> m_log;
    std::unique_ptr<AlertBus> m_alerts;
    std::unique_ptr<AdminAudit> m_audit;
    std::unique_ptr<IpBlockList> m_list;
    const Actor m_admin{5, QStringLiteral("admin"), QStringLiteral("192.0.2.10"),
                        QStringLiteral("nova-admin")};
};

void TestIpBlockList::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
    m_clock.setSecs(1'700'000'000);
    m_log = std::make_unique<SecurityLog>(m_db->db(), m_clock);
    m_alerts = std::make_unique<AlertBus>(m_db->db(), m_clock);
    m_audit = std::make_unique<AdminAudit>(*m_log, *m_alerts);
    m_list = std::make_unique<IpBlockList>(m_db->db(), m_clock, *m_log, *m_audit, *m_alerts);
}

void TestIpBlockList::cleanup()
{
    m_list.reset();
    m_audit.reset();
    m_alerts.reset();
    m_log.reset();
    m_db.reset();
}

qint64 TestIpBlockList::countRows(const QString& table)
{
    auto query = m_db->db().exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

SecurityLogEntry TestIpBlockList::lastLogEntry()
{
    const auto page = SecurityLogQuery(m_db->db()).page({}, std::nullopt, 1);
    return page && !page->entries.isEmpty() ? page->entries.constFirst() : SecurityLogEntry{};
}

void TestIpBlockList::blocksAddressesAndRanges_data()
{
    QTest::addColumn<QString>("blocked");
    QTest::addColumn<QString>("probe");
    QTest::addColumn<bool>("expected");
    QTest::newRow("single") << "203.0.113.7"
                            << "203.0.113.7" << true;
    QTest::newRow("single, neighbour") << "203.0.113.7"
                                       << "203.0.113.8" << false;
    QTest::newRow("cidr") << "198.51.100.0/24"
                          << "198.51.100.77" << true;
    QTest::newRow("cidr, outside") << "198.51.100.0/24"
                                   << "198.51.101.1" << false;
    QTest::newRow("ipv6 /64") << "2001:db8:1::/64"
                              << "2001:db8:1::abcd" << true;
    QTest::newRow("ipv6 /64, outside") << "2001:db8:1::/64"
                                       << "2001:db8:2::1" << false;
    QTest::newRow("mapped client address") << "203.0.113.7"
                                           << "::ffff:203.0.113.7" << true;
}

void TestIpBlockList::blocksAddressesAndRanges()
{
    QFETCH(QString, blocked);
    QFETCH(QString, probe);
    QFETCH(bool, expected);
    const auto entry = m_list->block(IpRange::parse(blocked).value(), kHour, QStringLiteral("test"),
                                     BlockSource::Manual, m_admin);
    QVERIFY2(entry.ok(), qPrintable(entry.errorMessage()));
    const auto found = m_list->isBlocked(QHostAddress(probe));
    QVERIFY(found.ok());
    QCOMPARE(found->has_value(), expected);
    if (expected)
        QCOMPARE((*found)->range, entry->range);
}

void TestIpBlockList::reblockExtendsNeverShortens()
{
    const qint64 t0 = m_clock.nowMSecs();
    QVERIFY(
        m_list->block(range("203.0.113.7"), kHour, QStringLiteral("first"), BlockSource::Detector, {}).ok());
    m_clock.advanceSecs(60);
    const auto longer =
        m_list->block(range("203.0.113.7"), 24 * kHour, QStringLiteral("second"), BlockSource::Detector, {});
    QVERIFY(longer.ok());
    QCOMPARE(longer->expiresAtMs, std::optional<qint64>(t0 + 60'000 + 24 * kHour));
    m_clock.advanceSecs(60);
    const auto shorter =
        m_list->block(range("203.0.113.7"), kHour, QStringLiteral("third"), BlockSource::Detector, {});
    QVERIFY(shorter.ok());
    QCOMPARE(shorter->expiresAtMs, longer->expiresAtMs);
    QCOMPARE(shorter->id, longer->id);
    QCOMPARE(shorter->blockedAtMs, t0);
    QCOMPARE(countRows(QStringLiteral("blocked_ips")), 1);
    const auto all = m_list->list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->constFirst().expiresAtMs, longer->expiresAtMs);
}

void TestIpBlockList::permanentBlockStaysPermanent()
{
    QVERIFY(m_list
                ->block(range("203.0.113.0/24"), std::nullopt, QStringLiteral("abuse"), BlockSource::Manual,
                        m_admin)
                .ok());
    const auto again =
        m_list->block(range("203.0.113.0/24"), kHour, QStringLiteral("brute"), BlockSource::Detector, {});
    QVERIFY(again.ok());
    QVERIFY(!again->expiresAtMs);
    // The detector's repeat does not relabel an administrator's block.
    QCOMPARE(again->source, BlockSource::Manual);
    QCOMPARE(again->reason, QStringLiteral("abuse"));
    m_clock.advanceSecs(365 * 24 * 3600);
    QVERIFY(m_list->isBlocked(address("203.0.113.99"))->has_value());
}

void TestIpBlockList::expiredBlockDoesNotCountAndIsPurged()
{
    QVERIFY(m_list->block(range("203.0.113.7"), kHour, QStringLiteral("x"), BlockSource::Detector, {}).ok());
    QVERIFY(m_list->isBlocked(address("203.0.113.7"))->has_value());
    m_clock.advanceSecs(3600);
    QVERIFY(!m_list->isBlocked(address("203.0.113.7"))->has_value());
    QVERIFY(m_list->list()->isEmpty());
    m_clock.advanceSecs(10);
    QVERIFY(!m_list->isBlocked(address("203.0.113.7"))->has_value());
    QCOMPARE(countRows(QStringLiteral("blocked_ips")), 0);
    // Blocking again starts a fresh block.
    const auto again =
        m_list->block(range("203.0.113.7"), kHour, QStringLiteral("y"), BlockSource::Detector, {});
    QVERIFY(again.ok());
    QCOMPARE(again->blockedAtMs, m_clock.nowMSecs());
}

void TestIpBlockList::allowListRefusesOverlappingBlock_data()
{
    QTest::addColumn<QString>("blocked");
    QTest::newRow("address inside") << "10.1.2.3";
    QTest::newRow("smaller network inside") << "10.1.2.0/24";
    QTest::newRow("larger network around") << "10.0.0.0/8";
}

void TestIpBlockList::allowListRefusesOverlappingBlock()
{
    QFETCH(QString, blocked);
    QVERIFY(m_list->allow(range("10.1.0.0/16"), QStringLiteral("office"), m_admin).ok());
    const auto refused = m_list->block(IpRange::parse(blocked).value(), kHour, QStringLiteral("x"),
                                       BlockSource::Manual, m_admin);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("blocklist.allowed"));
    QCOMPARE(countRows(QStringLiteral("blocked_ips")), 0);
    const SecurityLogEntry refusal = lastLogEntry();
    QCOMPARE(refusal.event.event, EventType::IpBlocked);
    QVERIFY(!refusal.event.success);
    QCOMPARE(refusal.event.metadata.value(QStringLiteral("refused")).toString(),
             QStringLiteral("blocklist.allowed"));
    QVERIFY(m_list->block(range("11.0.0.1"), kHour, QStringLiteral("x"), BlockSource::Manual, m_admin).ok());
}

void TestIpBlockList::allowListWinsOverExistingBlock()
{
    QVERIFY(m_list->block(range("192.0.2.5"), kHour, QStringLiteral("x"), BlockSource::Detector, {}).ok());
    QVERIFY(m_list->allow(range("192.0.2.0/24"), QStringLiteral("office"), m_admin).ok());
    QVERIFY(!m_list->isBlocked(address("192.0.2.5"))->has_value());
    QVERIFY(*m_list->isAllowed(address("192.0.2.5")));
    QVERIFY(!*m_list->isAllowed(address("192.0.3.5")));
    QCOMPARE(lastLogEntry().event.event, EventType::IpAllowed);
    QVERIFY(m_list->disallow(range("192.0.2.0/24"), m_admin).ok());
    QCOMPARE(lastLogEntry().event.event, EventType::IpDisallowed);
    QVERIFY(m_list->isBlocked(address("192.0.2.5"))->has_value());
    const auto missing = m_list->disallow(range("192.0.2.0/24"), m_admin);
    QCOMPARE(missing.error().code, QStringLiteral("blocklist.not_allowed"));
}

void TestIpBlockList::ownAddressIsNotBlocked()
{
    const auto refused =
        m_list->block(range("192.0.2.0/24"), kHour, QStringLiteral("x"), BlockSource::Manual, m_admin);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("blocklist.self"));
}

void TestIpBlockList::badInputIsRefused_data()
{
    QTest::addColumn<QString>("cidr"); // empty: a null range
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("code");
    QTest::newRow("null range") << "" << kHour << "manual"
                                << "blocklist.invalid";
    QTest::newRow("zero duration") << "203.0.113.7" << qint64(0) << "manual"
                                   << "blocklist.duration";
    QTest::newRow("negative duration") << "203.0.113.7" << qint64(-5) << "manual"
                                       << "blocklist.duration";
    QTest::newRow("unknown source") << "203.0.113.7" << kHour << "cron"
                                    << "blocklist.source";
    QTest::newRow("whole internet") << "0.0.0.0/0" << kHour << "manual"
                                    << "blocklist.too_broad";
    QTest::newRow("ipv6 /8") << "2000::/8" << kHour << "manual"
                             << "blocklist.too_broad";
}

void TestIpBlockList::badInputIsRefused()
{
    QFETCH(QString, cidr);
    QFETCH(qint64, duration);
    QFETCH(QString, source);
    QFETCH(QString, code);
    const IpRange target = cidr.isEmpty() ? IpRange() : IpRange::parse(cidr).value();
    const auto refused = m_list->block(target, duration, QStringLiteral("x"), source, m_admin);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, code);
    QCOMPARE(countRows(QStringLiteral("blocked_ips")), 0);
}

void TestIpBlockList::unblockIsAudited()
{
    QVERIFY(m_list->block(range("203.0.113.7"), kHour, QStringLiteral("x"), BlockSource::Detector, {}).ok());
    QSignalSpy changed(m_list.get(), &IpBlockList::changed);
    QVERIFY(m_list->unblock(range("203.0.113.7"), m_admin).ok());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_list->isBlocked(address("203.0.113.7"))->has_value());
    const SecurityLogEntry entry = lastLogEntry();
    QCOMPARE(entry.event.event, EventType::IpUnblocked);
    QCOMPARE(entry.event.userId, m_admin.userId);
    QCOMPARE(entry.event.metadata.value(QStringLiteral("cidr")).toString(), QStringLiteral("203.0.113.7/32"));
    const auto again = m_list->unblock(range("203.0.113.7"), m_admin);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("blocklist.not_blocked"));
}

void TestIpBlockList::manualAndDetectorBlocksAreLoggedAndAlerted()
{
    QSignalSpy changed(m_list.get(), &IpBlockList::changed);
    const qint64 seq = m_alerts->lastSeq();
    QVERIFY(
        m_list
            ->block(range("203.0.113.7"), kHour, QStringLiteral("manual test"), BlockSource::Manual, m_admin)
            .ok());
    SecurityLogEntry entry = lastLogEntry();
    QCOMPARE(entry.event.event, EventType::IpBlocked);
    QCOMPARE(entry.event.userId, m_admin.userId);
    QCOMPARE(entry.event.ip, m_admin.ip);
    QCOMPARE(entry.event.metadata.value(QStringLiteral("source")).toString(), BlockSource::Manual);

    QVERIFY(m_list
                ->block(range("2001:db8::7"), kHour, QStringLiteral("brute force"), BlockSource::Detector,
                        Actor::localOperator(QStringLiteral("intrusion-detector")))
                .ok());
    entry = lastLogEntry();
    QCOMPARE(entry.event.event, EventType::IpBlocked);
    QCOMPARE(entry.event.ip, QStringLiteral("2001:db8::7"));
    QCOMPARE(entry.event.severity, Severity::High);
    QCOMPARE(entry.event.metadata.value(QStringLiteral("source")).toString(), BlockSource::Detector);
    QCOMPARE(changed.size(), 2);

    const auto alerts = m_alerts->since(seq);
    QVERIFY(alerts.ok());
    QCOMPARE(alerts->size(), 2);
    for (const Alert& alert : *alerts) {
        QCOMPARE(alert.type, QStringLiteral("ip_blocked"));
        QVERIFY(!alert.messageEn.isEmpty());
        QVERIFY(alert.messageAr.contains(QStringLiteral("حظر")));
    }
    QVERIFY(m_log->verify()->entriesChecked >= 2);
    QVERIFY(!m_log->verify()->firstBrokenId);
}

void TestIpBlockList::exports()
{
    QVERIFY(m_list->allow(range("10.0.0.0/8"), QStringLiteral("office"), m_admin).ok());
    QVERIFY(m_list->block(range("203.0.113.7"), kHour, QStringLiteral("x"), BlockSource::Detector, {}).ok());
    m_clock.advanceSecs(1);
    QVERIFY(
        m_list->block(range("2001:db8::/48"), std::nullopt, QStringLiteral("y"), BlockSource::Manual, m_admin)
            .ok());
    const QString nginx = m_list->toNginxDenyList().value();
    QVERIFY(nginx.startsWith(QLatin1Char('#')));
    const QStringList lines = nginx.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList rules;
    for (const QString& line : lines) {
        if (!line.startsWith(QLatin1Char('#')))
            rules.append(line);
    }
    QCOMPARE(rules, (QStringList{QStringLiteral("allow 10.0.0.0/8;"), QStringLiteral("deny 2001:db8::/48;"),
                                 QStringLiteral("deny 203.0.113.7/32;")}));
    QCOMPARE(m_list->toPlainList().value(), QStringLiteral("2001:db8::/48\n203.0.113.7/32\n"));
}

void TestIpBlockList::anotherWriterIsSeenAfterCacheAge()
{
    QVERIFY(!m_list->isBlocked(address("203.0.113.7"))->has_value());
    IpBlockList otherProcess(m_db->db(), m_clock, *m_log, *m_audit, *m_alerts);
    QVERIFY(
        otherProcess.block(range("203.0.113.7"), kHour, QStringLiteral("x"), BlockSource::Detector, {}).ok());
    m_clock.advanceSecs(IpBlockList::kCacheMaxAgeMs / 1000 + 1);
    QVERIFY(m_list->isBlocked(address("203.0.113.7"))->has_value());
}

QTEST_GUILESS_MAIN(TestIpBlockList)
#include "tst_ipblocklist.moc"
