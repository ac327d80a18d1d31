#include "ManualClock.h"
#include "TestDatabase.h"
#include "alerts/AlertBus.h"
#include "dashboard/DashboardQuery.h"
#include "securitylog/SecurityLog.h"

#include <QDateTime>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 utc(int year, int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC).toMSecsSinceEpoch();
}

// 2026-11-23 10:37:12 UTC.
const qint64 kNow = utc(2026, 11, 23, 10, 37, 12);

QList<qint64> zeros(int count)
{
    return QList<qint64>(count, 0);
}

} // namespace

class TestDashboardQuery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void bucketsAlignToLocalHoursAndDays_data();
    void bucketsAlignToLocalHoursAndDays();
    void signInsAreCountedPerHour();
    void blockedIpsFollowLocalDays();
    void emptyRangeGivesZeroBuckets_data();
    void emptyRangeGivesZeroBuckets();
    void alertsAreCountedBySeverityInTheRange();
    void offendingIpsRankOffencesOnly();
    void rankingStopsAtTheLimit();
    void equalCountsGoToTheMostRecent();
    void targetedAccountsCountFailedSignIns();
    void twoFactorAdoptionPerRole();
    void badArgumentsAreRefused();

private:
    // Appends an entry at the given time (the log takes its time from the clock).
    void log(qint64 atMs, const QString& event, bool success, const QString& username = {},
             const QString& ip = QStringLiteral("192.0.2.1"));
    qint64 addUser(const QString& username, const QString& role,
                   const QString& status = QStringLiteral("active"));
    void addTotp(qint64 userId, bool enabled);

    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{kNow};
    std::unique_ptr<SecurityLog> m_log;
    std::unique_ptr<DashboardQuery> m_query;
};

void TestDashboardQuery::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend == QLatin1String(TestDatabase::kPostgres) && qEnvironmentVariableIsEmpty("NOVA_TEST_PG_URL"))
        QSKIP("NOVA_TEST_PG_URL is not set");
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
    m_clock = ManualClock(kNow);
    m_log = std::make_unique<SecurityLog>(m_db->db(), m_clock);
    m_query = std::make_unique<DashboardQuery>(m_db->db(), m_clock);
}

void TestDashboardQuery::cleanup()
{
    m_query.reset();
    m_log.reset();
    m_db.reset();
}

void TestDashboardQuery::log(qint64 atMs, const QString& event, bool success, const QString& username,
                             const QString& ip)
{
    const qint64 now = m_clock.nowMSecs();
    m_clock = ManualClock(atMs);
    const auto appended = m_log->append(
        SecurityEvent::about(event, success, std::nullopt, username, ip, QStringLiteral("test")));
    m_clock = ManualClock(now);
    QVERIFY2(appended, qPrintable(appended.errorMessage()));
}

qint64 TestDashboardQuery::addUser(const QString& username, const QString& role, const QString& status)
{
    auto inserted = m_db->db().exec(QStringLiteral("INSERT INTO users (username, display_name, role, status,"
                                                   " password_hash, created_at, updated_at)"
                                                   " VALUES (?, ?, ?, ?, 'x', ?, ?)"),
                                    {username, username.toUpper(), role, status, kNow, kNow});
    if (!inserted)
        qFatal("could not add %s: %s", qPrintable(username), qPrintable(inserted.errorMessage()));
    auto id = m_db->db().exec(QStringLiteral("SELECT id FROM users WHERE username = ?"), {username});
    if (!id || !id->next())
        qFatal("no id for %s", qPrintable(username));
    return id->value(0).toLongLong();
}

void TestDashboardQuery::addTotp(qint64 userId, bool enabled)
{
    const auto inserted = m_db->db().exec(
        QStringLiteral("INSERT INTO totp_secrets (user_id, sealed_secret, key_id, enabled, created_at)"
                       " VALUES (?, ?, 'k1', ?, ?)"),
        {userId, QByteArray(40, 's'), enabled ? 1 : 0, kNow});
    QVERIFY2(inserted, qPrintable(inserted.errorMessage()));
}

void TestDashboardQuery::bucketsAlignToLocalHoursAndDays_data()
{
    QTest::addColumn<DashboardRange>("range");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("width");
    QTest::addColumn<int>("count");

    const qint64 atMidnightRiyadh = utc(2026, 11, 23, 21);
    QTest::newRow("24 h, UTC") << DashboardRange::Last24Hours << kNow << qint64(0) << utc(2026, 11, 22, 11)
                               << kHourMs << 24;
    // India is 5:30 ahead: its hours start at half past in UTC.
    QTest::newRow("24 h, +5:30") << DashboardRange::Last24Hours << kNow << 330 * kMinuteMs
                                 << utc(2026, 11, 22, 11, 30) << kHourMs << 24;
    QTest::newRow("24 h, on the hour") << DashboardRange::Last24Hours << utc(2026, 11, 23, 10) << qint64(0)
                                       << utc(2026, 11, 22, 11) << kHourMs << 24;
    // 13:37 in Riyadh: today began at 21:00 UTC yesterday.
    QTest::newRow("7 d, +3 h") << DashboardRange::Last7Days << kNow << 3 * kHourMs << utc(2026, 11, 16, 21)
                               << kDayMs << 7;
    QTest::newRow("7 d, +3 h, at local midnight") << DashboardRange::Last7Days << atMidnightRiyadh
                                                  << 3 * kHourMs << utc(2026, 11, 17, 21) << kDayMs << 7;
    QTest::newRow("7 d, +3 h, just before local midnight")
        << DashboardRange::Last7Days << atMidnightRiyadh - 1 << 3 * kHourMs << utc(2026, 11, 16, 21) << kDayMs
        << 7;
    // 05:37 in New York's winter: today began at 05:00 UTC.
    QTest::newRow("30 d, -5 h") << DashboardRange::Last30Days << kNow << -5 * kHourMs << utc(2026, 10, 25, 5)
                                << kDayMs << 30;
    QTest::newRow("30 d, UTC") << DashboardRange::Last30Days << kNow << qint64(0) << utc(2026, 10, 25, 0)
                               << kDayMs << 30;
}

void TestDashboardQuery::bucketsAlignToLocalHoursAndDays()
{
    QFETCH(DashboardRange, range);
    QFETCH(qint64, now);
    QFETCH(qint64, offset);
    QFETCH(qint64, start);
    QFETCH(qint64, width);
    QFETCH(int, count);

    m_clock = ManualClock(now);
    const TimeBuckets buckets = m_query->buckets(range, offset);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(buckets.startMs, Qt::UTC),
             QDateTime::fromMSecsSinceEpoch(start, Qt::UTC));
    QCOMPARE(buckets.bucketMs, width);
    QCOMPARE(buckets.count, count);
    // Now is in the last bucket, and the first bucket starts the range.
    QCOMPARE(buckets.indexOf(now), count - 1);
    QCOMPARE(buckets.indexOf(start), 0);
    QCOMPARE(buckets.indexOf(start - 1), -1);
    QCOMPARE(buckets.indexOf(buckets.endMs()), -1);
    QCOMPARE(buckets.indexOf(buckets.endMs() - 1), count - 1);
}

void TestDashboardQuery::signInsAreCountedPerHour()
{
    const TimeBuckets buckets = m_query->buckets(DashboardRange::Last24Hours, 0);
    const qint64 start = buckets.startMs;
    QCOMPARE(start, utc(2026, 11, 22, 11));
    const QString login = EventType::Login;
    log(start - 1, login, false);                       // before the range
    log(start, login, true);                            // bucket 0
    log(start + kHourMs - 1, login, false);             // bucket 0, its last millisecond
    log(start + kHourMs, login, true);                  // bucket 1
    log(start + kHourMs + 30 * kMinuteMs, login, true); // bucket 1
    log(start + 5 * kHourMs, EventType::Logout, true);  // not a sign-in
    log(start + 5 * kHourMs, EventType::TwoFactorVerify, false);
    log(start + 23 * kHourMs + 10 * kMinuteMs, login, false); // bucket 23
    log(start + 23 * kHourMs + 11 * kMinuteMs, login, true);  // bucket 23
    log(buckets.endMs(), login, true);                        // after the range

    const auto counts = m_query->signIns(buckets);
    QVERIFY2(counts, qPrintable(counts.errorMessage()));
    QList<qint64> successes = zeros(24);
    QList<qint64> failures = zeros(24);
    successes[0] = 1;
    failures[0] = 1;
    successes[1] = 2;
    successes[23] = 1;
    failures[23] = 1;
    QCOMPARE(counts->successes, successes);
    QCOMPARE(counts->failures, failures);
}

void TestDashboardQuery::blockedIpsFollowLocalDays()
{
    const qint64 riyadh = 3 * kHourMs;
    const TimeBuckets buckets = m_query->buckets(DashboardRange::Last7Days, riyadh);
    QCOMPARE(buckets.startMs, utc(2026, 11, 16, 21));
    // Local midnight between the third and fourth day.
    const qint64 midnight = buckets.bucketStartMs(3);
    QCOMPARE(midnight, utc(2026, 11, 19, 21));
    log(midnight - 1, EventType::IpBlocked, true, QStringLiteral("detector"));
    log(midnight, EventType::IpBlocked, true, QStringLiteral("detector"));
    log(midnight + 1, EventType::IpBlocked, true, QStringLiteral("detector"));
    log(midnight, EventType::IpUnblocked, true, QStringLiteral("admin"));
    log(kNow, EventType::IpBlocked, true, QStringLiteral("detector"));
    // Midnight UTC is 3 a.m. in Riyadh: still the same local day.
    log(utc(2026, 11, 21, 0), EventType::IpBlocked, true, QStringLiteral("detector"));

    const auto blocked = m_query->blockedIps(buckets);
    QVERIFY2(blocked, qPrintable(blocked.errorMessage()));
    QCOMPARE(*blocked, (QList<qint64>{0, 0, 1, 2, 1, 0, 1}));
}

void TestDashboardQuery::emptyRangeGivesZeroBuckets_data()
{
    QTest::addColumn<DashboardRange>("range");
    QTest::addColumn<int>("count");
    QTest::newRow("24 h") << DashboardRange::Last24Hours << 24;
    QTest::newRow("7 d") << DashboardRange::Last7Days << 7;
    QTest::newRow("30 d") << DashboardRange::Last30Days << 30;
}

void TestDashboardQuery::emptyRangeGivesZeroBuckets()
{
    QFETCH(DashboardRange, range);
    QFETCH(int, count);
    // Entries outside every range only.
    log(kNow - 40 * kDayMs, EventType::Login, false, QStringLiteral("old"), QStringLiteral("203.0.113.5"));
    log(kNow - 40 * kDayMs, EventType::IpBlocked, true, QStringLiteral("detector"));
    const TimeBuckets buckets = m_query->buckets(range, 0);

    const auto signIns = m_query->signIns(buckets);
    QVERIFY2(signIns, qPrintable(signIns.errorMessage()));
    QCOMPARE(signIns->successes, zeros(count));
    QCOMPARE(signIns->failures, zeros(count));
    const auto blocked = m_query->blockedIps(buckets);
    QVERIFY(blocked);
    QCOMPARE(*blocked, zeros(count));
    const auto ips = m_query->topOffendingIps(buckets.startMs, buckets.endMs());
    QVERIFY(ips);
    QVERIFY(ips->isEmpty());
    const auto accounts = m_query->mostTargetedAccounts(buckets.startMs, buckets.endMs());
    QVERIFY(accounts);
    QVERIFY(accounts->isEmpty());
    const auto alerts = m_query->alertsBySeverity(buckets.startMs, buckets.endMs());
    QVERIFY(alerts);
    QCOMPARE(alerts->total(), 0);
    const auto adoption = m_query->twoFactorAdoption();
    QVERIFY(adoption);
    QCOMPARE(adoption->users, 0);
    QCOMPARE(adoption->share(), 0.0);
    QVERIFY(adoption->roles.isEmpty());
}

void TestDashboardQuery::alertsAreCountedBySeverityInTheRange()
{
    AlertBus bus(m_db->db(), m_clock);
    const auto raise = [&](qint64 atMs, Severity severity) {
        m_clock = ManualClock(atMs);
        Alert alert;
        alert.severity = severity;
        alert.type = QStringLiteral("brute_force");
        alert.messageEn = QStringLiteral("test");
        alert.messageAr = QStringLiteral("اختبار");
        QVERIFY(bus.publish(alert));
    };
    const qint64 from = kNow - kDayMs;
    raise(from - 1, Severity::Critical); // before
    raise(from, Severity::Critical);
    raise(from + kHourMs, Severity::High);
    raise(from + 2 * kHourMs, Severity::High);
    raise(from + 3 * kHourMs, Severity::High);
    raise(kNow - 1, Severity::Low);
    raise(kNow, Severity::Info); // the end is exclusive
    m_clock = ManualClock(kNow);

    const auto counts = m_query->alertsBySeverity(from, kNow);
    QVERIFY2(counts, qPrintable(counts.errorMessage()));
    QCOMPARE(counts->of(Severity::Critical), 1);
    QCOMPARE(counts->of(Severity::High), 3);
    QCOMPARE(counts->of(Severity::Medium), 0);
    QCOMPARE(counts->of(Severity::Low), 1);
    QCOMPARE(counts->of(Severity::Info), 0);
    QCOMPARE(counts->total(), 5);
}

void TestDashboardQuery::offendingIpsRankOffencesOnly()
{
    const qint64 from = kNow - kDayMs;
    qint64 at = from;
    const auto next = [&at] { return at += kMinuteMs; };
    const QString a = QStringLiteral("203.0.113.1");
    const QString b = QStringLiteral("203.0.113.2");
    const QString c = QStringLiteral("198.51.100.7");
    const QString d = QStringLiteral("203.0.113.3");
    const QString v6 = QStringLiteral("2001:db8::1");

    log(from - kMinuteMs, EventType::Login, false, QStringLiteral("x"), d); // before the range
    log(from - 1, EventType::SqlInjectionAttempt, false, QString(), d);
    for (int i = 0; i < 3; ++i)
        log(next(), EventType::Login, false, QStringLiteral("omar"), a);
    log(next(), EventType::SqlInjectionAttempt, false, QString(), a); // a: 4
    log(next(), EventType::XssAttempt, false, QString(), b);
    log(next(), EventType::XssAttempt, false, QString(), b);
    log(next(), EventType::SuspiciousActivity, false, QString(), b);
    for (int i = 0; i < 5; ++i)
        log(next(), EventType::Login, true, QStringLiteral("sara"), c); // successes are no offence
    log(next(), EventType::Login, false, QStringLiteral("sara"), c);    // c: 1
    log(next(), EventType::Login, false, QStringLiteral("x"), v6);
    log(next(), EventType::Login, false, QStringLiteral("x"), v6); // v6: 2
    log(next(), EventType::UnauthorizedAccess, false, QStringLiteral("sara"), c);
    log(next(), EventType::UnauthorizedAccess, false, QStringLiteral("sara"), c);
    log(next(), EventType::Login, false, QStringLiteral("x"), QString()); // no address
    log(next(), EventType::BlockedIpRequest, false, QString(), d);        // d: 1, after c
    log(next(), EventType::BlockedIpRequest, false, QString(), b);        // b: 4, after a
    log(kNow, EventType::Login, false, QStringLiteral("x"), a);           // after the range

    const auto ranked = m_query->topOffendingIps(from, kNow);
    QVERIFY2(ranked, qPrintable(ranked.errorMessage()));
    const QList<RankedCount> expected{{b, 4}, {a, 4}, {v6, 2}, {d, 1}, {c, 1}};
    QCOMPARE(*ranked, expected);
}

void TestDashboardQuery::rankingStopsAtTheLimit()
{
    const qint64 from = kNow - kDayMs;
    qint64 at = from;
    // Address i offends i times: 12 addresses, 78 entries.
    for (int i = 1; i <= 12; ++i)
        for (int n = 0; n < i; ++n) {
            at += kMinuteMs;
            log(at, EventType::Login, false, QStringLiteral("user%1").arg(i),
                QStringLiteral("203.0.113.%1").arg(i));
        }
    const auto ips = m_query->topOffendingIps(from, kNow);
    QVERIFY2(ips, qPrintable(ips.errorMessage()));
    QCOMPARE(ips->size(), DashboardQuery::kTopLimit);
    for (int rank = 0; rank < ips->size(); ++rank) {
        QCOMPARE(ips->at(rank).key, QStringLiteral("203.0.113.%1").arg(12 - rank));
        QCOMPARE(ips->at(rank).count, 12 - rank);
    }
    const auto three = m_query->mostTargetedAccounts(from, kNow, 3);
    QVERIFY(three);
    const QList<RankedCount> expected{
        {QStringLiteral("user12"), 12}, {QStringLiteral("user11"), 11}, {QStringLiteral("user10"), 10}};
    QCOMPARE(*three, expected);
}

// Entries are not always logged in time order (an ingested event may come
// late): the time decides, the log's order only between equal times.
void TestDashboardQuery::equalCountsGoToTheMostRecent()
{
    const QString late = QStringLiteral("203.0.113.20");
    const QString early = QStringLiteral("203.0.113.21");
    const QString sameA = QStringLiteral("203.0.113.22");
    const QString sameB = QStringLiteral("203.0.113.23");
    log(kNow - kHourMs, EventType::XssAttempt, false, QString(), late);
    log(kNow - 2 * kHourMs, EventType::XssAttempt, false, QString(), early); // logged after, but older
    log(kNow - 3 * kHourMs, EventType::XssAttempt, false, QString(), sameA);
    log(kNow - 3 * kHourMs, EventType::XssAttempt, false, QString(), sameB);

    const auto ranked = m_query->topOffendingIps(kNow - kDayMs, kNow);
    QVERIFY2(ranked, qPrintable(ranked.errorMessage()));
    const QList<RankedCount> expected{{late, 1}, {early, 1}, {sameB, 1}, {sameA, 1}};
    QCOMPARE(*ranked, expected);
}

void TestDashboardQuery::targetedAccountsCountFailedSignIns()
{
    const qint64 from = kNow - 7 * kDayMs;
    qint64 at = from;
    const auto next = [&at] { return at += kHourMs; };
    const QString sara = QString::fromUtf8("سارة");
    log(from - 1, EventType::Login, false, QStringLiteral("admin")); // before the range
    log(next(), EventType::Login, false, QStringLiteral("admin"));
    log(next(), EventType::Login, false, sara);
    log(next(), EventType::Login, true, sara); // a success is no attack
    log(next(), EventType::Login, false, QStringLiteral("admin"));
    log(next(), EventType::Login, false, QStringLiteral("Admin")); // as typed: another name
    log(next(), EventType::TwoFactorVerify, false, sara);          // not a sign-in
    log(next(), EventType::Login, false, QString());               // no name
    log(next(), EventType::Login, false, sara);
    log(next(), EventType::Login, false, QStringLiteral("nobody.here"));

    const auto ranked = m_query->mostTargetedAccounts(from, kNow);
    QVERIFY2(ranked, qPrintable(ranked.errorMessage()));
    // admin and سارة have two each; سارة's last one is the more recent.
    const QList<RankedCount> expected{{sara, 2},
                                      {QStringLiteral("admin"), 2},
                                      {QStringLiteral("nobody.here"), 1},
                                      {QStringLiteral("Admin"), 1}};
    QCOMPARE(*ranked, expected);
}

void TestDashboardQuery::twoFactorAdoptionPerRole()
{
    const qint64 a1 = addUser(QStringLiteral("a1"), QStringLiteral("admin"));
    addTotp(a1, true);
    const qint64 a2 = addUser(QStringLiteral("a2"), QStringLiteral("admin"));
    const qint64 b1 = addUser(QStringLiteral("b1"), QStringLiteral("broker"));
    addTotp(b1, true);
    const qint64 b2 = addUser(QStringLiteral("b2"), QStringLiteral("broker"));
    addTotp(b2, false); // enrolled, never confirmed
    const qint64 b3 = addUser(QStringLiteral("b3"), QStringLiteral("broker"));
    const qint64 b4 = addUser(QStringLiteral("b4"), QStringLiteral("broker"), QStringLiteral("disabled"));
    addTotp(b4, true);
    const qint64 b5 = addUser(QStringLiteral("b5"), QStringLiteral("broker"), QStringLiteral("locked"));
    (void)addUser(QStringLiteral("b6"), QStringLiteral("broker"), QStringLiteral("disabled"));
    (void)addUser(QStringLiteral("b7"), QStringLiteral("broker"), QStringLiteral("someday"));
    const qint64 s1 = addUser(QStringLiteral("s1"), QStringLiteral("security"));
    addTotp(s1, true);

    const auto adoption = m_query->twoFactorAdoption();
    QVERIFY2(adoption, qPrintable(adoption.errorMessage()));
    QCOMPARE(adoption->users, 7);
    QCOMPARE(adoption->enabled, 3);
    QCOMPARE(adoption->share(), 3.0 / 7.0);
    const QList<RoleAdoption> roles{{QStringLiteral("admin"), 2, 1},
                                    {QStringLiteral("broker"), 4, 1},
                                    {QStringLiteral("security"), 1, 1}};
    QCOMPARE(adoption->roles, roles);

    const auto without = m_query->usersWithoutTwoFactor(100);
    QVERIFY2(without, qPrintable(without.errorMessage()));
    QList<qint64> ids;
    for (const UserWithoutTwoFactor& user : *without)
        ids.append(user.id);
    QCOMPARE(ids, (QList<qint64>{a2, b2, b3, b5}));
    QCOMPARE(without->at(0).username, QStringLiteral("a2"));
    QCOMPARE(without->at(0).displayName, QStringLiteral("A2"));
    QCOMPARE(without->at(0).role, QStringLiteral("admin"));

    const auto two = m_query->usersWithoutTwoFactor(2);
    QVERIFY(two);
    QCOMPARE(two->size(), 2);
    QCOMPARE(two->at(1).id, b2);
}

void TestDashboardQuery::badArgumentsAreRefused()
{
    const TimeBuckets none{kNow, kHourMs, 0};
    QCOMPARE(m_query->signIns(none).error().code, QStringLiteral("dashboard.buckets"));
    const TimeBuckets flat{kNow, 0, 24};
    QCOMPARE(m_query->blockedIps(flat).error().code, QStringLiteral("dashboard.buckets"));
    QCOMPARE(m_query->topOffendingIps(kNow, kNow - 1).error().code, QStringLiteral("dashboard.range"));
    QCOMPARE(m_query->alertsBySeverity(kNow, kNow - 1).error().code, QStringLiteral("dashboard.range"));
    QCOMPARE(m_query->mostTargetedAccounts(0, kNow, 0).error().code, QStringLiteral("dashboard.limit"));
    QCOMPARE(m_query->usersWithoutTwoFactor(DashboardQuery::kMaxLimit + 1).error().code,
             QStringLiteral("dashboard.limit"));
    QVERIFY(!m_query->signIns(none).error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestDashboardQuery)
#include "tst_dashboardquery.moc"
