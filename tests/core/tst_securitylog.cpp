#include "ManualClock.h"
#include "TestDatabase.h"
#include "securitylog/SecurityLog.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

class TestSecurityLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_db.reset(); }

    void appendChainsEntries();
    void verifyPassesOnUntouchedLog();
    void editedRowIsNamed();
    void deletedRowIsNamed();
    void concurrentWritersShareOneChain();

private:
    SecurityEvent loginFailure(const QString& ip) const;
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{1'700'000'000'000};
};

void TestSecurityLog::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
}

SecurityEvent TestSecurityLog::loginFailure(const QString& ip) const
{
    SecurityEvent e;
    e.event = EventType::Login;
    e.success = false;
    e.severity = Severity::Low;
    e.username = QStringLiteral("omar");
    e.ip = ip;
    e.userAgent = QStringLiteral("Mozilla/5.0");
    e.metadata = QJsonObject{{QStringLiteral("reason"), QStringLiteral("wrong_password")}};
    return e;
}

void TestSecurityLog::appendChainsEntries()
{
    SecurityLog log(m_db->db(), m_clock);
    QSignalSpy spy(&log, &SecurityLog::entryAppended);
    const auto first = log.append(loginFailure(QStringLiteral("203.0.113.7")));
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QCOMPARE(first->prevHash, QString::fromLatin1(SecurityLog::kGenesisHash));
    m_clock.advanceSecs(1);
    const auto second = log.append(loginFailure(QStringLiteral("203.0.113.8")));
    QVERIFY(second.ok());
    QCOMPARE(second->prevHash, first->hash);
    QCOMPARE(second->hash.size(), 64);
    QCOMPARE(spy.size(), 2);
}

void TestSecurityLog::verifyPassesOnUntouchedLog()
{
    SecurityLog log(m_db->db(), m_clock);
    QList<SecurityEvent> batch;
    for (int i = 0; i < 120; ++i)
        batch.append(loginFailure(QStringLiteral("198.51.100.%1").arg(i)));
    QVERIFY(log.appendBatch(batch).ok());
    const auto report = log.verify();
    QVERIFY(report.ok());
    QCOMPARE(report->entriesChecked, 120);
    QVERIFY(!report->firstBrokenId);
}

void TestSecurityLog::editedRowIsNamed()
{
    SecurityLog log(m_db->db(), m_clock);
    qint64 target = 0;
    for (int i = 0; i < 10; ++i) {
        const auto entry = log.append(loginFailure(QStringLiteral("192.0.2.%1").arg(i)));
        QVERIFY(entry.ok());
        if (i == 6)
            target = entry->id;
    }
    QVERIFY(
        m_db->db().exec(QStringLiteral("UPDATE security_log SET success = 1 WHERE id = ?"), {target}).ok());
    const auto report = log.verify();
    QVERIFY(report.ok());
    QCOMPARE(report->firstBrokenId, std::optional<qint64>(target));
    QVERIFY(report->reason.contains(QString::number(target)));
}

void TestSecurityLog::deletedRowIsNamed()
{
    SecurityLog log(m_db->db(), m_clock);
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids.append(log.append(loginFailure(QStringLiteral("192.0.2.%1").arg(i))).value().id);
    QVERIFY(m_db->db().exec(QStringLiteral("DELETE FROM security_log WHERE id = ?"), {ids.at(2)}).ok());
    const auto report = log.verify();
    QVERIFY(report.ok());
    QCOMPARE(report->firstBrokenId, std::optional<qint64>(ids.at(3)));
}

// Several writers (threads here, each with its own connection, as separate
// processes would have) append at once: every append succeeds and the
// result is one unbroken chain, not two branches off the same entry.
void TestSecurityLog::concurrentWritersShareOneChain()
{
    constexpr int kWriters = 4;
    constexpr int kEach = 40;
    std::atomic<int> failures{0};
    std::vector<std::unique_ptr<QThread>> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back(QThread::create([this, w, &failures] {
            SecurityLog log(m_db->db(), m_clock);
            for (int i = 0; i < kEach; ++i) {
                if (!log.append(loginFailure(QStringLiteral("198.51.%1.%2").arg(w).arg(i))))
                    ++failures;
            }
        }));
        writers.back()->start();
    }
    for (const auto& writer : writers)
        QVERIFY(writer->wait(60000));
    QCOMPARE(failures.load(), 0);
    SecurityLog log(m_db->db(), m_clock);
    const auto report = log.verify();
    QVERIFY(report.ok());
    QCOMPARE(report->entriesChecked, kWriters * kEach);
    QVERIFY2(!report->firstBrokenId, qPrintable(report->reason));
}

QTEST_GUILESS_MAIN(TestSecurityLog)
#include "tst_securitylog.moc"
