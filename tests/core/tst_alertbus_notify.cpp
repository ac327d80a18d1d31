#include "ManualClock.h"
#include "TestDatabase.h"
#include "alerts/AlertBus.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

Alert sample(const QString& type)
{
    Alert alert;
    alert.severity = Severity::High;
    alert.type = type;
    alert.messageEn = QStringLiteral("Brute force from 203.0.113.9");
    alert.messageAr = QStringLiteral("هجوم تخمين من 203.0.113.9");
    alert.ip = QStringLiteral("203.0.113.9");
    return alert;
}

QList<qint64> seqsOf(const QSignalSpy& spy)
{
    QList<qint64> seqs;
    for (const QList<QVariant>& arguments : spy)
        seqs.append(arguments.at(0).value<Alert>().seq);
    return seqs;
}

} // namespace

// Two Database objects opened on one URL behave like two processes: each has
// its own connections and sees the other's alerts only through the database.
class TestAlertBusNotify : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void foreignAlertsAreEmittedOnceInOrder();
    void publisherEmitsItsOwnAlertsOnce();
    void interleavedPublishersAgreeOnOrder();
    void rolledBackAlertIsNeverEmitted();
    void publishFromAnotherThreadIsEmittedInTheBusThread();
    void watchingStartsAfterTheCurrentLastSeq();
    void stopWatchingStopsDelivery();
    void badPollIntervalIsRefused_data();
    void badPollIntervalIsRefused();
    void droppedListenerConnectionIsReopened();

private:
    // On PostgreSQL the fallback poll is an hour away, so a delivery within
    // the test's patience can only have come through LISTEN/NOTIFY.
    int pollMs() const { return m_db->isPostgres() ? 3'600'000 : 20; }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Database> m_other;
    ManualClock m_clock{1'700'000'000'000};
};

void TestAlertBusNotify::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
    auto other = Database::open(DatabaseUrl::parse(m_db->url()).value());
    QVERIFY2(other.ok(), qPrintable(other.errorMessage()));
    m_other = std::move(other).value();
}

void TestAlertBusNotify::cleanup()
{
    m_other.reset();
    m_db.reset();
}

void TestAlertBusNotify::foreignAlertsAreEmittedOnceInOrder()
{
    AlertBus a(m_db->db(), m_clock);
    AlertBus b(*m_other, m_clock);
    QVERIFY(b.startWatching(pollMs()).ok());
    QSignalSpy received(&b, &AlertBus::published);
    QList<qint64> sent;
    for (int i = 0; i < 5; ++i) {
        auto published = a.publish(sample(QStringLiteral("t%1").arg(i)));
        QVERIFY2(published.ok(), qPrintable(published.errorMessage()));
        sent.append(published->seq);
    }
    QTRY_COMPARE(received.count(), 5);
    QCOMPARE(seqsOf(received), sent);
    QCOMPARE(received.at(2).at(0).value<Alert>().type, QStringLiteral("t2"));
    QCOMPARE(received.at(2).at(0).value<Alert>().messageAr, QStringLiteral("هجوم تخمين من 203.0.113.9"));

    // A later alert arrives after any repeat of the earlier ones would have.
    auto marker = a.publish(sample(QStringLiteral("marker")));
    QVERIFY(marker.ok());
    sent.append(marker->seq);
    QTRY_COMPARE(received.count(), 6);
    QCOMPARE(seqsOf(received), sent);
    QCOMPARE(b.lastDeliveredSeq(), marker->seq);
}

void TestAlertBusNotify::publisherEmitsItsOwnAlertsOnce()
{
    AlertBus a(m_db->db(), m_clock);
    AlertBus b(*m_other, m_clock);
    QVERIFY(a.startWatching(pollMs()).ok());
    QVERIFY(b.startWatching(pollMs()).ok());
    QSignalSpy onA(&a, &AlertBus::published);
    QSignalSpy onB(&b, &AlertBus::published);
    QList<qint64> sent;
    for (int i = 0; i < 3; ++i)
        sent.append(a.publish(sample(QStringLiteral("a%1").arg(i)))->seq);
    QTRY_COMPARE(onA.count(), 3);
    QTRY_COMPARE(onB.count(), 3);
    // B's alert reaches A after A's own notifications have come back to it.
    sent.append(b.publish(sample(QStringLiteral("b")))->seq);
    QTRY_COMPARE(onA.count(), 4);
    QTRY_COMPARE(onB.count(), 4);
    QCOMPARE(seqsOf(onA), sent);
    QCOMPARE(seqsOf(onB), sent);
}

void TestAlertBusNotify::interleavedPublishersAgreeOnOrder()
{
    AlertBus a(m_db->db(), m_clock);
    AlertBus b(*m_other, m_clock);
    QVERIFY(a.startWatching(pollMs()).ok());
    QVERIFY(b.startWatching(pollMs()).ok());
    QSignalSpy onA(&a, &AlertBus::published);
    QSignalSpy onB(&b, &AlertBus::published);
    QList<qint64> sent;
    for (int i = 0; i < 20; ++i) {
        AlertBus& publisher = i % 3 == 0 ? b : a;
        auto published = publisher.publish(sample(QStringLiteral("i%1").arg(i)));
        QVERIFY(published.ok());
        sent.append(published->seq);
        if (i % 7 == 0)
            QCoreApplication::processEvents();
    }
    QTRY_COMPARE(onA.count(), 20);
    QTRY_COMPARE(onB.count(), 20);
    QCOMPARE(seqsOf(onA), sent);
    QCOMPARE(seqsOf(onB), sent);
}

void TestAlertBusNotify::rolledBackAlertIsNeverEmitted()
{
    AlertBus a(m_db->db(), m_clock);
    AlertBus b(*m_other, m_clock);
    QVERIFY(a.startWatching(pollMs()).ok());
    QVERIFY(b.startWatching(pollMs()).ok());
    QSignalSpy onA(&a, &AlertBus::published);
    QSignalSpy onB(&b, &AlertBus::published);
    const Status rolledBack = m_db->db().transaction([&]() -> Status {
        auto published = a.publish(sample(QStringLiteral("rolled_back")));
        if (!published)
            return published.error();
        return Error{QStringLiteral("test.rollback"), QStringLiteral("undo")};
    });
    QCOMPARE(rolledBack.error().code, QStringLiteral("test.rollback"));
    auto kept = a.publish(sample(QStringLiteral("kept")));
    QVERIFY(kept.ok());
    QTRY_COMPARE(onA.count(), 1);
    QTRY_COMPARE(onB.count(), 1);
    QCOMPARE(onA.at(0).at(0).value<Alert>().type, QStringLiteral("kept"));
    QCOMPARE(onB.at(0).at(0).value<Alert>().type, QStringLiteral("kept"));
    QCOMPARE(b.since(0)->size(), 1);
}

void TestAlertBusNotify::publishFromAnotherThreadIsEmittedInTheBusThread()
{
    AlertBus a(m_db->db(), m_clock);
    QVERIFY(a.startWatching(pollMs()).ok());
    QList<qint64> emitted;
    bool inBusThread = true;
    connect(&a, &AlertBus::published, this, [&](const Alert& alert) {
        inBusThread = inBusThread && QThread::currentThread() == a.thread();
        emitted.append(alert.seq);
    });
    QThread worker;
    worker.start();
    QList<qint64> sent;
    QObject context;
    context.moveToThread(&worker);
    QMetaObject::invokeMethod(
        &context,
        [&]() {
            for (int i = 0; i < 10; ++i) {
                auto published = a.publish(sample(QStringLiteral("w%1").arg(i)));
                if (published)
                    sent.append(published->seq);
            }
        },
        Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
    QCOMPARE(sent.size(), 10);
    QTRY_COMPARE(emitted.size(), 10);
    QCOMPARE(emitted, sent);
    QVERIFY(inBusThread);
}

void TestAlertBusNotify::watchingStartsAfterTheCurrentLastSeq()
{
    AlertBus a(m_db->db(), m_clock);
    QVERIFY(a.publish(sample(QStringLiteral("old1"))).ok());
    QVERIFY(a.publish(sample(QStringLiteral("old2"))).ok());
    AlertBus b(*m_other, m_clock);
    QSignalSpy onB(&b, &AlertBus::published);
    QVERIFY(b.startWatching(pollMs()).ok());
    QCOMPARE(b.lastDeliveredSeq(), a.lastSeq());
    auto fresh = a.publish(sample(QStringLiteral("new")));
    QVERIFY(fresh.ok());
    QTRY_COMPARE(onB.count(), 1);
    QCOMPARE(onB.at(0).at(0).value<Alert>().seq, fresh->seq);
}

void TestAlertBusNotify::stopWatchingStopsDelivery()
{
    AlertBus a(m_db->db(), m_clock);
    AlertBus b(*m_other, m_clock);
    QVERIFY(b.startWatching(pollMs()).ok());
    QVERIFY(b.isWatching());
    QSignalSpy onB(&b, &AlertBus::published);
    QVERIFY(a.publish(sample(QStringLiteral("seen"))).ok());
    QTRY_COMPARE(onB.count(), 1);
    b.stopWatching();
    QVERIFY(!b.isWatching());
    QVERIFY(a.publish(sample(QStringLiteral("unseen"))).ok());
    // Not watching any more: b's own publish is emitted at once, the foreign one never.
    auto own = b.publish(sample(QStringLiteral("own")));
    QVERIFY(own.ok());
    QCOMPARE(onB.count(), 2);
    QCOMPARE(onB.at(1).at(0).value<Alert>().seq, own->seq);
    // Watching again resumes after the newest alert, without a backlog.
    QVERIFY(b.startWatching(pollMs()).ok());
    auto next = a.publish(sample(QStringLiteral("next")));
    QTRY_COMPARE(onB.count(), 3);
    QCOMPARE(onB.at(2).at(0).value<Alert>().seq, next->seq);
}

void TestAlertBusNotify::badPollIntervalIsRefused_data()
{
    QTest::addColumn<int>("interval");
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -1000;
}

void TestAlertBusNotify::badPollIntervalIsRefused()
{
    QFETCH(int, interval);
    AlertBus bus(m_db->db(), m_clock);
    const Status started = bus.startWatching(interval);
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code, QStringLiteral("alert.poll_interval"));
    QVERIFY(!bus.isWatching());
}

void TestAlertBusNotify::droppedListenerConnectionIsReopened()
{
    if (!m_db->isPostgres())
        QSKIP("PostgreSQL only: SQLite has no listener connection");
    AlertBus a(m_db->db(), m_clock);
    AlertBus b(*m_other, m_clock);
    QVERIFY(b.startWatching(100).ok());
    QSignalSpy onB(&b, &AlertBus::published);
    // The pid of the listener's server process, 0 when there is none.
    auto listenerPid = [&]() {
        auto row =
            m_db->db().exec(QStringLiteral("SELECT pid FROM pg_stat_activity"
                                           " WHERE datname = current_database() AND application_name = ?"),
                            {AlertBus::listenerApplicationName()});
        return row && row->next() ? row->value(0).toLongLong() : 0;
    };
    QTRY_VERIFY(listenerPid() != 0);
    const qint64 first = listenerPid();
    auto terminated = m_db->db().exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {first});
    QVERIFY2(terminated.ok(), qPrintable(terminated.errorMessage()));
    auto published = a.publish(sample(QStringLiteral("after_drop")));
    QVERIFY(published.ok());
    QTRY_COMPARE(onB.count(), 1);
    QCOMPARE(onB.at(0).at(0).value<Alert>().seq, published->seq);
    QTRY_VERIFY(listenerPid() != 0 && listenerPid() != first);
}

QTEST_GUILESS_MAIN(TestAlertBusNotify)
#include "tst_alertbus_notify.moc"
