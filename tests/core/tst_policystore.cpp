#include "ManualClock.h"
#include "TestDatabase.h"
#include "TestHub.h"
#include "auth/SignInService.h"
#include "ids/IntrusionDetector.h"
#include "policy/PolicyStore.h"
#include "twofactor/TwoFactorService.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

class TestPolicyStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void nothingStoredMeansTheConfiguration();
    void saveStoresOnlyChangesAndAuditsThem();
    void unchangedSaveLogsNothing();
    void invalidPolicyIsRefusedAndNothingStored();
    void reopenedHubRunsWithTheStoredPolicy();
    void damagedStoredValueKeepsTheDefault();

private:
    QList<QJsonObject> settingsChanges() const;
    QString stored(const QString& key) const;

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_folder;
    ManualClock m_clock{1'795'428'000'000};
    std::unique_ptr<ServiceHub> m_hub;
    Actor m_admin;
};

void TestPolicyStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    if (!m_db)
        return;
    auto hub = test::openTestHub(*m_db, m_folder, m_clock);
    QVERIFY2(hub.ok(), qPrintable(hub.errorMessage()));
    m_hub = std::move(hub.value());
    m_admin = Actor::localOperator(QStringLiteral("policy-admin"));
    m_admin.ip = QStringLiteral("127.0.0.1");
}

void TestPolicyStore::cleanup()
{
    m_hub.reset();
    m_db.reset();
}

QList<QJsonObject> TestPolicyStore::settingsChanges() const
{
    QList<QJsonObject> found;
    auto q = m_db->db().exec(
        QStringLiteral("SELECT username, ip, metadata FROM security_log WHERE event = ? ORDER BY id"),
        {QStringLiteral("settings_changed")});
    while (q && q->next()) {
        QJsonObject entry = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
        entry.insert(QStringLiteral("username"), q->value(0).toString());
        entry.insert(QStringLiteral("ip"), q->value(1).toString());
        found.append(entry);
    }
    return found;
}

QString TestPolicyStore::stored(const QString& key) const
{
    auto q = m_db->db().exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return q && q->next() ? q->value(0).toString() : QString();
}

void TestPolicyStore::nothingStoredMeansTheConfiguration()
{
    const ServicePolicy configured = ServicePolicy::fromConfig(test::testServiceConfig(*m_db, m_folder));
    QVERIFY(m_hub->policyInEffect() == configured);
    auto loaded = m_hub->policyStore().load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QVERIFY(*loaded == configured);
    QCOMPARE(loaded->lockThreshold, 5);
    QCOMPARE(loaded->totpDigits, 6);
}

void TestPolicyStore::saveStoresOnlyChangesAndAuditsThem()
{
    ServicePolicy policy = *m_hub->policyStore().load();
    policy.lockThreshold = 3;
    policy.totpDigits = 8;
    const Status saved = m_hub->policyStore().save(policy, m_admin);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));

    QCOMPARE(stored(QStringLiteral("policy.lock.threshold")), QStringLiteral("3"));
    QCOMPARE(stored(QStringLiteral("policy.totp.digits")), QStringLiteral("8"));
    QVERIFY(stored(QStringLiteral("policy.totp.period")).isEmpty());
    QVERIFY(*m_hub->policyStore().load() == policy);

    const QList<QJsonObject> changes = settingsChanges();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].value(QStringLiteral("username")).toString(), QStringLiteral("policy-admin"));
    QCOMPARE(changes[0].value(QStringLiteral("ip")).toString(), QStringLiteral("127.0.0.1"));
    const QJsonObject what = changes[0].value(QStringLiteral("changes")).toObject();
    QCOMPARE(what.keys(),
             (QStringList{QStringLiteral("policy.lock.threshold"), QStringLiteral("policy.totp.digits")}));
    const QJsonObject threshold = what.value(QStringLiteral("policy.lock.threshold")).toObject();
    QCOMPARE(threshold.value(QStringLiteral("from")).toInteger(), 5);
    QCOMPARE(threshold.value(QStringLiteral("to")).toInteger(), 3);
}

void TestPolicyStore::unchangedSaveLogsNothing()
{
    ServicePolicy policy = *m_hub->policyStore().load();
    QVERIFY(m_hub->policyStore().save(policy, m_admin).ok());
    QCOMPARE(settingsChanges().size(), 0);
    policy.thresholds.bruteForceFailures = 7;
    QVERIFY(m_hub->policyStore().save(policy, m_admin).ok());
    QVERIFY(m_hub->policyStore().save(policy, m_admin).ok());
    QCOMPARE(settingsChanges().size(), 1);
}

void TestPolicyStore::invalidPolicyIsRefusedAndNothingStored()
{
    ServicePolicy policy = *m_hub->policyStore().load();
    policy.lockThreshold = 2;
    policy.totpDigits = 9;
    const Status saved = m_hub->policyStore().save(policy, m_admin);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QStringLiteral("policy.out_of_range"));
    QVERIFY(saved.errorMessage().contains(QStringLiteral("TOTP digits")));
    QVERIFY(stored(QStringLiteral("policy.lock.threshold")).isEmpty());
    QCOMPARE(settingsChanges().size(), 0);
}

void TestPolicyStore::reopenedHubRunsWithTheStoredPolicy()
{
    ServicePolicy policy = *m_hub->policyStore().load();
    policy.lockThreshold = 3;
    policy.lockDurationMs = 30 * ServicePolicy::kMinute;
    policy.totpDigits = 8;
    policy.totpPeriodSecs = 60;
    policy.totpSkewSteps = 2;
    policy.thresholds.bruteForceFailures = 9;
    QVERIFY(m_hub->policyStore().save(policy, m_admin).ok());
    // The running services keep the policy they were built with.
    QCOMPARE(m_hub->signIn().policy().lockThreshold, 5);

    auto reopened = test::openTestHub(*m_db, m_folder, m_clock);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
    ServiceHub& hub = *reopened.value();
    QVERIFY(hub.policyInEffect() == policy);
    QCOMPARE(hub.signIn().policy().lockThreshold, 3);
    QCOMPARE(hub.signIn().policy().lockDurationMs, 30 * ServicePolicy::kMinute);
    QCOMPARE(hub.twoFactor().options().otp.digits, 8);
    QCOMPARE(hub.twoFactor().options().otp.periodSecs, 60);
    QCOMPARE(hub.twoFactor().options().skewSteps, 2);
    QCOMPARE(hub.detector().thresholds().bruteForceFailures, 9);
}

void TestPolicyStore::damagedStoredValueKeepsTheDefault()
{
    QVERIFY(m_db->db()
                .exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?), (?, ?)"),
                      {QStringLiteral("policy.lock.threshold"), QStringLiteral("many"),
                       QStringLiteral("policy.totp.skew"), QStringLiteral("2")})
                .ok());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignoring policy.lock.threshold")));
    auto loaded = m_hub->policyStore().load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->lockThreshold, 5);
    QCOMPARE(loaded->totpSkewSteps, 2);
}

QTEST_GUILESS_MAIN(TestPolicyStore)
#include "tst_policystore.moc"
