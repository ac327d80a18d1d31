#include "ids/SlidingWindowCounter.h"

#include <QTest>

using namespace nova;

namespace {
constexpr qint64 kMinute = 60 * 1000;
}

class TestSlidingWindowCounter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countsWithinWindow();
    void windowSlidesInsteadOfResetting();
    void eventExactlyOneWindowOldHasLeft();
    void keysAreIndependent();
    void resetForgetsKey();
    void eventsPerKeyAreCapped();
    void leastRecentlyHitKeyIsEvicted();
    void countDoesNotRecord();
};

void TestSlidingWindowCounter::countsWithinWindow()
{
    SlidingWindowCounter counter(15 * kMinute, 10);
    for (int i = 1; i <= 5; ++i)
        QCOMPARE(counter.hit(QStringLiteral("203.0.113.7"), i * kMinute), i);
    QCOMPARE(counter.count(QStringLiteral("203.0.113.7"), 5 * kMinute), 5);
}

void TestSlidingWindowCounter::windowSlidesInsteadOfResetting()
{
    // The specification clears a counter an hour after each event's timer,
    // so 4 failures just before and 4 just after a boundary never add up in a
    // fixed window. A sliding window counts every event of the last 15 minutes.
    SlidingWindowCounter counter(15 * kMinute, 10);
    const QString ip = QStringLiteral("198.51.100.1");
    const qint64 t0 = 1'700'000'000'000;
    for (int i = 0; i < 4; ++i)
        counter.hit(ip, t0 + 14 * kMinute + i * 1000);
    QCOMPARE(counter.hit(ip, t0 + 16 * kMinute), 5);
    // Twenty minutes later the first four have slid out, the fifth is still in.
    QCOMPARE(counter.count(ip, t0 + 29 * kMinute + 30 * 1000), 1);
    QCOMPARE(counter.count(ip, t0 + 31 * kMinute), 0);
}

void TestSlidingWindowCounter::eventExactlyOneWindowOldHasLeft()
{
    SlidingWindowCounter counter(1000, 10);
    counter.hit(QStringLiteral("k"), 0);
    QCOMPARE(counter.count(QStringLiteral("k"), 999), 1);
    QCOMPARE(counter.count(QStringLiteral("k"), 1000), 0);
    QCOMPARE(counter.hit(QStringLiteral("k"), 1000), 1);
}

void TestSlidingWindowCounter::keysAreIndependent()
{
    SlidingWindowCounter counter(kMinute, 10);
    counter.hit(QStringLiteral("a"), 1);
    counter.hit(QStringLiteral("a"), 2);
    QCOMPARE(counter.hit(QStringLiteral("b"), 3), 1);
    QCOMPARE(counter.count(QStringLiteral("a"), 3), 2);
    QCOMPARE(counter.count(QStringLiteral("missing"), 3), 0);
}

void TestSlidingWindowCounter::resetForgetsKey()
{
    SlidingWindowCounter counter(kMinute, 10);
    counter.hit(QStringLiteral("a"), 1);
    counter.hit(QStringLiteral("a"), 2);
    counter.reset(QStringLiteral("a"));
    QCOMPARE(counter.count(QStringLiteral("a"), 3), 0);
    QCOMPARE(counter.keyCount(), 0);
    QCOMPARE(counter.hit(QStringLiteral("a"), 4), 1);
    counter.reset(QStringLiteral("never-seen"));
    QCOMPARE(counter.keyCount(), 1);
}

void TestSlidingWindowCounter::eventsPerKeyAreCapped()
{
    SlidingWindowCounter counter(kMinute, 5);
    int last = 0;
    for (int i = 0; i < 1000; ++i)
        last = counter.hit(QStringLiteral("flood"), i);
    QCOMPARE(last, 5);
    // The kept timestamps are the newest ones, so the count falls as they age.
    QCOMPARE(counter.count(QStringLiteral("flood"), 999 + kMinute - 1), 1);
}

void TestSlidingWindowCounter::leastRecentlyHitKeyIsEvicted()
{
    SlidingWindowCounter counter(kMinute, 5, 3);
    counter.hit(QStringLiteral("a"), 1);
    counter.hit(QStringLiteral("b"), 2);
    counter.hit(QStringLiteral("c"), 3);
    counter.hit(QStringLiteral("a"), 4); // a is now the most recent
    counter.hit(QStringLiteral("d"), 5); // evicts b
    QCOMPARE(counter.keyCount(), 3);
    QCOMPARE(counter.count(QStringLiteral("b"), 6), 0);
    QCOMPARE(counter.count(QStringLiteral("a"), 6), 2);
    QCOMPARE(counter.count(QStringLiteral("c"), 6), 1);
    QCOMPARE(counter.count(QStringLiteral("d"), 6), 1);
    for (int i = 0; i < 10000; ++i)
        counter.hit(QString::number(i), 10 + i);
    QCOMPARE(counter.keyCount(), 3);
}

void TestSlidingWindowCounter::countDoesNotRecord()
{
    SlidingWindowCounter counter(kMinute, 5);
    QCOMPARE(counter.count(QStringLiteral("a"), 1), 0);
    QCOMPARE(counter.keyCount(), 0);
}

QTEST_GUILESS_MAIN(TestSlidingWindowCounter)
#include "tst_slidingwindowcounter.moc"
