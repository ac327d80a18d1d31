#include "UiTestEnv.h"
#include "auth/SignInService.h"
#include "crypto/Base32.h"
#include "lock/IdleWatcher.h"
#include "lock/LockScreen.h"
#include "totp/Otp.h"
#include "twofactor/TwoFactorService.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace nova;
using namespace nova::test;

class TestIdleLock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idleAfterTheTimeoutWithoutInput();
    void inputKeepsTheSessionAwake();
    void otherEventsAreNotPresence();
    void zeroTimeoutNeverFires();
    void lockScreenNamesTheUserAndAsksForThePassword();
    void unlockNeedsTheRightPassword();
    void unlockWithSecondFactor();
    void signOutIsRequested();

private:
    int failedLogins(UiTestEnv& env);
};

void TestIdleLock::idleAfterTheTimeoutWithoutInput()
{
    ui::IdleWatcher watcher;
    QSignalSpy idle(&watcher, &ui::IdleWatcher::idle);
    watcher.setTimeoutMs(100);
    QTRY_COMPARE(idle.count(), 1);
    // Once per idle period, not again and again while nobody is there.
    QTest::qWait(300);
    QCOMPARE(idle.count(), 1);

    // The next input starts a new period.
    QWidget widget;
    widget.show();
    QTest::keyClick(&widget, Qt::Key_Shift);
    QTRY_COMPARE(idle.count(), 2);
}

void TestIdleLock::inputKeepsTheSessionAwake()
{
    QLineEdit field;
    field.show();
    ui::IdleWatcher watcher;
    QSignalSpy idle(&watcher, &ui::IdleWatcher::idle);
    watcher.setTimeoutMs(600);
    for (int i = 0; i < 40; ++i) {
        if (i % 2)
            QTest::keyClick(&field, Qt::Key_A);
        else
            QTest::mouseMove(&field, QPoint(5 + i, 5));
        QTest::qWait(25);
    }
    QCOMPARE(idle.count(), 0);
    QTRY_COMPARE(idle.count(), 1);
}

void TestIdleLock::otherEventsAreNotPresence()
{
    QWidget widget;
    widget.show();
    ui::IdleWatcher watcher;
    QSignalSpy idle(&watcher, &ui::IdleWatcher::idle);
    // Repaints and custom events keep arriving; they are not a person.
    QTimer busy;
    connect(&busy, &QTimer::timeout, &widget, [&widget] {
        widget.update();
        QEvent custom(QEvent::User);
        QCoreApplication::sendEvent(&widget, &custom);
    });
    busy.start(10);
    watcher.setTimeoutMs(150);
    QTRY_COMPARE(idle.count(), 1);
    const QEvent update(QEvent::UpdateRequest);
    QVERIFY(!ui::IdleWatcher::isUserInput(&update));
    const QEvent key(QEvent::KeyPress);
    QVERIFY(ui::IdleWatcher::isUserInput(&key));
}

void TestIdleLock::zeroTimeoutNeverFires()
{
    ui::IdleWatcher watcher;
    QSignalSpy idle(&watcher, &ui::IdleWatcher::idle);
    watcher.setTimeoutMs(50);
    watcher.setTimeoutMs(0);
    QTest::qWait(300);
    QCOMPARE(idle.count(), 0);
}

int TestIdleLock::failedLogins(UiTestEnv& env)
{
    auto q = env.hub().database().exec(
        QStringLiteral("SELECT COUNT(*) FROM security_log WHERE event = 'login' AND success = 0"));
    return q && q->next() ? q->value(0).toInt() : -1;
}

void TestIdleLock::lockScreenNamesTheUserAndAsksForThePassword()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    env->signInAs(env->addUser(QStringLiteral("layla"), QStringLiteral("admin")));
    ui::LockScreen lock(env->session());
    lock.show();
    lock.lock();
    QVERIFY(lock.isLocked());
    QVERIFY(lock.findChild<QLabel*>(QStringLiteral("lockUser"))->text().contains(QStringLiteral("layla")));
    auto* username = lock.findChild<QLineEdit*>(QStringLiteral("username"));
    QCOMPARE(username->text(), QStringLiteral("layla"));
    QVERIFY(username->isReadOnly());
    QTRY_VERIFY(lock.findChild<QLineEdit*>(QStringLiteral("password"))->hasFocus());
    QVERIFY(!lock.findChild<QPushButton*>(QStringLiteral("unlockButton"))->isEnabled());
}

void TestIdleLock::unlockNeedsTheRightPassword()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const User layla = env->addUser(QStringLiteral("layla"), QStringLiteral("admin"));
    env->signInAs(layla);
    const QString oldToken = env->session().token();

    ui::LockScreen lock(env->session());
    QSignalSpy unlocked(&lock, &ui::LockScreen::unlocked);
    lock.show();
    lock.lock();
    auto* password = lock.findChild<QLineEdit*>(QStringLiteral("password"));
    auto* unlock = lock.findChild<QPushButton*>(QStringLiteral("unlockButton"));
    auto* message = lock.findChild<QLabel*>(QStringLiteral("signInMessage"));

    QTest::keyClicks(password, QStringLiteral("wrong-password"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QTRY_COMPARE(message->text(), QStringLiteral("The user name or password is wrong."));
    QCOMPARE(unlocked.count(), 0);
    QVERIFY(lock.isLocked());
    QCOMPARE(env->session().token(), oldToken);
    QCOMPARE(failedLogins(*env), 1);

    // Enter unlocks, as in a dialog.
    QTest::keyClicks(password, UiTestEnv::kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE(unlocked.count(), 1);
    QVERIFY(!lock.isLocked());
    QVERIFY(env->session().isSignedIn());
    QCOMPARE(env->session().claims().userId, layla.id);
    QVERIFY(env->session().token() != oldToken);
    QVERIFY(env->hub().signIn().validateSession(env->session().token()).ok());
    QVERIFY(!env->hub().signIn().validateSession(oldToken).ok());
    QVERIFY(password->text().isEmpty());
}

void TestIdleLock::unlockWithSecondFactor()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const User layla = env->addUser(QStringLiteral("layla"), QStringLiteral("admin"));
    auto enrollment = env->hub().twoFactor().enroll(layla.id, Actor::localOperator(QStringLiteral("test")));
    QVERIFY(enrollment.ok());
    const QByteArray secret = Base32::decode(enrollment->secretBase32).value();
    QVERIFY(
        env->hub().twoFactor().confirm(layla.id, Otp::totp(secret, env->clock().nowMSecs() / 1000), {}).ok());
    env->clock().advanceSecs(30);
    env->signInAs(layla);

    ui::LockScreen lock(env->session());
    QSignalSpy unlocked(&lock, &ui::LockScreen::unlocked);
    lock.show();
    lock.lock();
    QTest::keyClicks(lock.findChild<QLineEdit*>(QStringLiteral("password")), UiTestEnv::kPassword);
    QTest::mouseClick(lock.findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    auto* code = lock.findChild<QLineEdit*>(QStringLiteral("totpCode"));
    QTRY_VERIFY(code->isVisible());
    QCOMPARE(unlocked.count(), 0);
    QTest::keyClicks(code, Otp::totp(secret, env->clock().nowMSecs() / 1000));
    QTest::mouseClick(lock.findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    QTRY_COMPARE(unlocked.count(), 1);
    QVERIFY(!lock.isLocked());
}

void TestIdleLock::signOutIsRequested()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    env->signInAs(env->addUser(QStringLiteral("layla"), QStringLiteral("admin")));
    ui::LockScreen lock(env->session());
    QSignalSpy signOut(&lock, &ui::LockScreen::signOutRequested);
    lock.show();
    lock.lock();
    QTest::mouseClick(lock.findChild<QPushButton*>(QStringLiteral("lockSignOutButton")), Qt::LeftButton);
    QCOMPARE(signOut.count(), 1);
}

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
