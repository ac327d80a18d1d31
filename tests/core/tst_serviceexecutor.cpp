#include "ServiceExecutor.h"

#include <QFutureWatcher>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace nova;

// The UI's path to the services: work runs on the executor's threads and
// its result comes back on the thread of the context object.
class TestServiceExecutor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void workRunsOffTheCallingThread();
    void continuationRunsOnTheContextThread();
    void callerIsNotBlockedWhileWorkWaits();
};

void TestServiceExecutor::workRunsOffTheCallingThread()
{
    ServiceExecutor executor;
    QThread* caller = QThread::currentThread();
    auto future = executor.run([caller]() { return QThread::currentThread() != caller; });
    future.waitForFinished();
    QVERIFY(future.result());
}

void TestServiceExecutor::continuationRunsOnTheContextThread()
{
    ServiceExecutor executor;
    QObject context;
    QThread* continuedOn = nullptr;
    int value = 0;
    bool done = false;
    executor.run([]() { return 21; }).then(&context, [&](int result) {
        continuedOn = QThread::currentThread();
        value = result * 2;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(value, 42);
    QCOMPARE(continuedOn, QThread::currentThread());
}

void TestServiceExecutor::callerIsNotBlockedWhileWorkWaits()
{
    ServiceExecutor executor;
    QSemaphore release;
    auto future = executor.run([&release]() {
        release.acquire();
        return true;
    });
    // run() returned although the work cannot finish until we let it.
    QVERIFY(!future.isFinished());
    release.release();
    future.waitForFinished();
    QVERIFY(future.result());
}

QTEST_GUILESS_MAIN(TestServiceExecutor)
#include "tst_serviceexecutor.moc"
