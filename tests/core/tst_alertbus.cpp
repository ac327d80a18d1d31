#include "ManualClock.h"
#include "TestDatabase.h"
#include "alerts/AlertBus.h"

#include <QSignalSpy>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

class TestAlertBus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_db.reset(); }

    void publishStoresNumbersAndSignals();
    void sinceReplaysInOrderWithALimit();
    void acknowledgeRecordsWhoAndWhen();
    void jsonRoundTrip();

private:
    static Alert sample(const QString& type);
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{1'700'000'000'000};
};

void TestAlertBus::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
}

Alert TestAlertBus::sample(const QString& type)
{
    Alert alert;
    alert.severity = Severity::High;
    alert.type = type;
    alert.messageEn = QStringLiteral("Brute force from 203.0.113.9");
    alert.messageAr = QStringLiteral("هجوم تخمين من 203.0.113.9");
    alert.ip = QStringLiteral("203.0.113.9");
    alert.userId = 7;
    alert.username = QStringLiteral("عمر");
    return alert;
}

void TestAlertBus::publishStoresNumbersAndSignals()
{
    AlertBus bus(m_db->db(), m_clock);
    QSignalSpy spy(&bus, &AlertBus::published);
    QCOMPARE(bus.lastSeq(), 0);
    const auto first = bus.publish(sample(QStringLiteral("brute_force")));
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    const auto second = bus.publish(sample(QStringLiteral("ip_blocked")));
    QVERIFY(second.ok());
    QVERIFY(second->seq > first->seq);
    QCOMPARE(first->createdAtMs, m_clock.nowMSecs());
    QCOMPARE(bus.lastSeq(), second->seq);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<Alert>().seq, second->seq);
}

void TestAlertBus::sinceReplaysInOrderWithALimit()
{
    AlertBus bus(m_db->db(), m_clock);
    QList<qint64> seqs;
    for (int i = 0; i < 5; ++i) {
        m_clock.advanceSecs(1);
        auto published = bus.publish(sample(QStringLiteral("t%1").arg(i)));
        QVERIFY(published.ok());
        seqs.append(published->seq);
    }
    // Another process's bus on the same database sees the same alerts.
    AlertBus other(m_db->db(), m_clock);
    auto missed = other.since(seqs.at(1));
    QVERIFY(missed.ok());
    QCOMPARE(missed->size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(missed->at(i).seq, seqs.at(i + 2));
        QCOMPARE(missed->at(i).type, QStringLiteral("t%1").arg(i + 2));
        QCOMPARE(missed->at(i).messageAr, QStringLiteral("هجوم تخمين من 203.0.113.9"));
    }
    auto limited = other.since(0, 2);
    QVERIFY(limited.ok());
    QCOMPARE(limited->size(), 2);
    QCOMPARE(limited->at(0).seq, seqs.at(0));
    QCOMPARE(other.since(seqs.last())->size(), 0);
}

void TestAlertBus::acknowledgeRecordsWhoAndWhen()
{
    AlertBus bus(m_db->db(), m_clock);
    auto published = bus.publish(sample(QStringLiteral("brute_force")));
    QVERIFY(published.ok());
    m_clock.advanceSecs(60);
    QVERIFY(bus.acknowledge(published->seq, QStringLiteral("hala")).ok());
    auto stored = bus.since(published->seq - 1);
    QVERIFY(stored.ok() && stored->size() == 1);
    QCOMPARE(stored->first().ackedBy, QStringLiteral("hala"));
    QCOMPARE(stored->first().ackedAtMs, m_clock.nowMSecs());
    const Status unknown = bus.acknowledge(published->seq + 100, QStringLiteral("hala"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, QStringLiteral("alert.unknown"));
}

void TestAlertBus::jsonRoundTrip()
{
    Alert alert = sample(QStringLiteral("brute_force"));
    alert.seq = 42;
    alert.createdAtMs = 1'700'000'000'123;
    alert.logId = 9;
    const Alert back = Alert::fromJson(alert.toJson());
    QCOMPARE(back.seq, alert.seq);
    QCOMPARE(back.createdAtMs, alert.createdAtMs);
    QCOMPARE(back.severity, alert.severity);
    QCOMPARE(back.type, alert.type);
    QCOMPARE(back.messageEn, alert.messageEn);
    QCOMPARE(back.messageAr, alert.messageAr);
    QCOMPARE(back.ip, alert.ip);
    QCOMPARE(back.userId, alert.userId);
    QCOMPARE(back.username, alert.username);
    QCOMPARE(back.logId, alert.logId);
}

QTEST_GUILESS_MAIN(TestAlertBus)
#include "tst_alertbus.moc"
