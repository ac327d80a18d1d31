#include "ServiceHub.h"
#include "TestDatabase.h"
#include "TestHub.h"
#include "blocklist/IpBlockList.h"
#include "blocklist/IpRange.h"
#include "demo/DemoSeeder.h"
#include "rbac/RoleService.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogFilter.h"
#include "securitylog/SecurityLogQuery.h"
#include "storage/Database.h"
#include "users/UserService.h"

#include <QHostAddress>
#include <QSet>
#include <QTest>

using namespace nova;
using namespace nova::test;

class TestDemoSeeder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void seedsEveryPageWithSomething();
};

void TestDemoSeeder::seedsEveryPageWithSomething()
{
    QFETCH_GLOBAL(QString, backend);
    auto database = TestDatabase::create(backend);
    if (!database)
        QSKIP("no PostgreSQL server for this run");
    QTemporaryDir folder;
    SystemClock clock;
    auto hub = openTestHub(*database, folder, clock);
    QVERIFY2(hub, qPrintable(hub.errorMessage()));

    int lastDone = 0;
    int calls = 0;
    const Status seeded = ui::DemoSeeder(*hub.value())
                              .seed(
                                  [&](int done, int total) {
                                      QCOMPARE_LE(done, total);
                                      QCOMPARE_GT(done, lastDone);
                                      lastDone = done;
                                      ++calls;
                                  },
                                  2500);
    QVERIFY2(seeded, qPrintable(seeded.errorMessage()));
    QCOMPARE(lastDone, 2500);
    QCOMPARE(calls, 3);

    ServiceHub& services = *hub.value();
    auto users = services.users().list();
    QVERIFY(users);
    QSet<QString> roles;
    int withTwoFactor = 0;
    bool arabicName = false;
    for (const User& user : users.value()) {
        roles.insert(user.role);
        withTwoFactor += user.twoFactorEnabled ? 1 : 0;
        arabicName = arabicName || user.displayName.contains(QChar(0x0627));
    }
    QCOMPARE(roles, (QSet<QString>{QStringLiteral("admin"), QStringLiteral("manager"),
                                   QStringLiteral("broker"), QStringLiteral("security")}));
    QCOMPARE(withTwoFactor, 3);
    // Each user's last sign-in is their newest successful sign-in in the log.
    for (const User& user : users.value()) {
        SecurityLogFilter signIns;
        signIns.events = {EventType::Login};
        signIns.success = true;
        signIns.username = user.username;
        auto newest = services.logQuery().page(signIns, std::nullopt, 1);
        QVERIFY(newest);
        QVERIFY2(!newest->entries.isEmpty(), qPrintable(user.username));
        QCOMPARE(user.lastLoginAtMs, std::optional<qint64>(newest->entries.first().createdAtMs));
    }
    QVERIFY(arabicName);
    QCOMPARE(services.users().byName(QStringLiteral("omar.farouk"))->status, UserStatus::Disabled);
    QCOMPARE(services.users().byName(QStringLiteral("yousef.amin"))->status, UserStatus::Locked);
    QVERIFY(services.roles().role(QStringLiteral("listing-editor")));

    auto blocked = services.blockList().list();
    QVERIFY(blocked);
    QCOMPARE(blocked->size(), 5);
    // The office is allow-listed, so the locked-out user's typing did not block it.
    QVERIFY(services.blockList().isAllowed(QHostAddress(QStringLiteral("10.20.1.8"))).value());
    QVERIFY(!services.blockList().isBlocked(QHostAddress(QStringLiteral("10.20.1.8"))).value());

    SecurityLogFilter all;
    auto count = services.logQuery().count(all);
    QVERIFY(count);
    QCOMPARE_GT(count.value(), 2500);
    auto verification = services.securityLog().verify();
    QVERIFY(verification);
    QVERIFY2(!verification->firstBrokenId, qPrintable(verification->reason));

    // Back-dated over about thirty days, oldest first in the chain.
    auto first = services.logQuery().entry(1);
    QVERIFY(first);
    const qint64 ageDays = (clock.nowMSecs() - first->createdAtMs) / (24 * 3600 * 1000);
    QVERIFY2(ageDays >= 29 && ageDays <= 31, qPrintable(QString::number(ageDays)));
    // Nothing is dated in the future, and time never runs backwards along the chain.
    auto newest = services.logQuery().page(all, std::nullopt, 1);
    QVERIFY(newest && !newest->entries.isEmpty());
    QCOMPARE_LE(newest->entries.first().createdAtMs, clock.nowMSecs());
    auto backwards = services.database().exec(
        QStringLiteral("SELECT COUNT(*) FROM security_log a JOIN security_log b ON b.id = a.id + 1"
                       " WHERE b.created_at < a.created_at"));
    QVERIFY(backwards && backwards->next());
    QCOMPARE(backwards->value(0).toInt(), 0);
    SecurityLogFilter failures;
    failures.success = false;
    failures.events = {EventType::Login};
    QCOMPARE_GT(services.logQuery().count(failures).value(), 100);
}

QTEST_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
