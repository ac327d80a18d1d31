#include "ManualClock.h"
#include "TestDatabase.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogQuery.h"

#include <QTest>

#include <set>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;

SecurityEvent makeEvent(const QString& type, bool success, const QString& username,
                        std::optional<qint64> userId, const QString& ip, const QString& userAgent,
                        const QJsonObject& metadata = {})
{
    SecurityEvent e;
    e.event = type;
    e.success = success;
    e.username = username;
    e.userId = userId;
    e.ip = ip;
    e.userAgent = userAgent;
    e.metadata = metadata;
    return e;
}

} // namespace

class TestSecurityLogQuery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_db.reset(); }

    void filters_data();
    void filters();
    void keysetPagingVisitsEveryEntryOnce();
    void pagesDoNotShiftWhenEntriesArrive();
    void entryById();
    void badLimitIsRefused_data();
    void badLimitIsRefused();

private:
    void seed();
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{kT0};
    QList<qint64> m_ids;
};

void TestSecurityLogQuery::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
    m_ids.clear();
    m_clock.setSecs(kT0 / 1000);
}

void TestSecurityLogQuery::seed()
{
    SecurityLog log(m_db->db(), m_clock);
    const QList<SecurityEvent> events{
        makeEvent(EventType::Login, false, QStringLiteral("omar"), std::nullopt,
                  QStringLiteral("203.0.113.7"), QStringLiteral("Mozilla/5.0 Firefox/120"),
                  {{QStringLiteral("reason"), QStringLiteral("wrong_password")}}),
        makeEvent(EventType::Login, true, QStringLiteral("sara"), 2, QStringLiteral("198.51.100.2"),
                  QStringLiteral("curl/8.0")),
        makeEvent(EventType::Login, false, QStringLiteral("omar"), std::nullopt,
                  QStringLiteral("203.0.113.7"), QStringLiteral("Mozilla/5.0 Firefox/120")),
        makeEvent(EventType::UnauthorizedAccess, false, QStringLiteral("sara"), 2,
                  QStringLiteral("198.51.100.2"), QStringLiteral("curl/8.0"),
                  {{QStringLiteral("feature"), QStringLiteral("customers")},
                   {QStringLiteral("note"), QStringLiteral("ملاحظة سرية")}}),
        makeEvent(EventType::ExportData, true, QStringLiteral("admin"), 1, QStringLiteral("10.0.0.1"),
                  QString(), {{QStringLiteral("what"), QStringLiteral("100%done")}}),
        makeEvent(EventType::TwoFactorVerify, false, QStringLiteral("OMAR"), 3, QStringLiteral("203.0.113.7"),
                  QStringLiteral("Mobile Safari")),
        makeEvent(EventType::IpBlocked, true, QString(), std::nullopt, QStringLiteral("203.0.113.7"),
                  QString(), {{QStringLiteral("cidr"), QStringLiteral("203.0.113.7/32")}}),
    };
    for (const SecurityEvent& e : events) {
        const auto entry = log.append(e);
        QVERIFY2(entry.ok(), qPrintable(entry.errorMessage()));
        m_ids.append(entry->id);
        m_clock.advanceSecs(1);
    }
}

void TestSecurityLogQuery::filters_data()
{
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<qint64>("userId"); // 0: any
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<int>("success"); // -1: any
    QTest::addColumn<qint64>("from"); // offset from kT0, -1: open
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected"); // seed indexes

    const QStringList none;
    const QString any;
    QTest::newRow("no filter") << none << qint64(0) << any << any << -1 << qint64(-1) << qint64(-1) << any
                               << QList<int>{0, 1, 2, 3, 4, 5, 6};
    QTest::newRow("event") << QStringList{EventType::Login} << qint64(0) << any << any << -1 << qint64(-1)
                           << qint64(-1) << any << QList<int>{0, 1, 2};
    QTest::newRow("event and failure") << QStringList{EventType::Login} << qint64(0) << any << any << 0
                                       << qint64(-1) << qint64(-1) << any << QList<int>{0, 2};
    QTest::newRow("two events, failures")
        << QStringList{EventType::Login, EventType::TwoFactorVerify} << qint64(0) << any << any << 0
        << qint64(-1) << qint64(-1) << any << QList<int>{0, 2, 5};
    QTest::newRow("successes") << none << qint64(0) << any << any << 1 << qint64(-1) << qint64(-1) << any
                               << QList<int>{1, 4, 6};
    QTest::newRow("ip") << none << qint64(0) << any << QStringLiteral("203.0.113.7") << -1 << qint64(-1)
                        << qint64(-1) << any << QList<int>{0, 2, 5, 6};
    QTest::newRow("username exact") << none << qint64(0) << QStringLiteral("omar") << any << -1 << qint64(-1)
                                    << qint64(-1) << any << QList<int>{0, 2};
    QTest::newRow("user id") << none << qint64(2) << any << any << -1 << qint64(-1) << qint64(-1) << any
                             << QList<int>{1, 3};
    QTest::newRow("time range") << none << qint64(0) << any << any << -1 << qint64(2000) << qint64(5000)
                                << any << QList<int>{2, 3, 4};
    QTest::newRow("text any case") << none << qint64(0) << any << any << -1 << qint64(-1) << qint64(-1)
                                   << QStringLiteral("Omar") << QList<int>{0, 2, 5};
    QTest::newRow("text in user agent") << none << qint64(0) << any << any << -1 << qint64(-1) << qint64(-1)
                                        << QStringLiteral("FIREFOX") << QList<int>{0, 2};
    QTest::newRow("text in ip") << none << qint64(0) << any << any << -1 << qint64(-1) << qint64(-1)
                                << QStringLiteral("198.51") << QList<int>{1, 3};
    QTest::newRow("arabic text in metadata") << none << qint64(0) << any << any << -1 << qint64(-1)
                                             << qint64(-1) << QStringLiteral("سرية") << QList<int>{3};
    QTest::newRow("percent is literal") << none << qint64(0) << any << any << -1 << qint64(-1) << qint64(-1)
                                        << QStringLiteral("%") << QList<int>{4};
    QTest::newRow("underscore is literal") << none << qint64(0) << any << any << -1 << qint64(-1)
                                           << qint64(-1) << QStringLiteral("_") << QList<int>{0};
    QTest::newRow("backslash is literal") << none << qint64(0) << any << any << -1 << qint64(-1) << qint64(-1)
                                          << QStringLiteral("\\") << QList<int>{};
    QTest::newRow("injection in text") << none << qint64(0) << any << any << -1 << qint64(-1) << qint64(-1)
                                       << QStringLiteral("' OR 1=1 --") << QList<int>{};
    QTest::newRow("injection in ip") << none << qint64(0) << any << QStringLiteral("x' OR '1'='1") << -1
                                     << qint64(-1) << qint64(-1) << any << QList<int>{};
    QTest::newRow("combined") << none << qint64(0) << any << QStringLiteral("203.0.113.7") << 0 << qint64(-1)
                              << qint64(-1) << QStringLiteral("safari") << QList<int>{5};
}

void TestSecurityLogQuery::filters()
{
    QFETCH(QStringList, events);
    QFETCH(qint64, userId);
    QFETCH(QString, username);
    QFETCH(QString, ip);
    QFETCH(int, success);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    seed();

    SecurityLogFilter filter;
    filter.events = events;
    if (userId)
        filter.userId = userId;
    filter.username = username;
    filter.ip = ip;
    if (success >= 0)
        filter.success = success == 1;
    if (from >= 0)
        filter.fromMs = kT0 + from;
    if (to >= 0)
        filter.toMs = kT0 + to;
    filter.text = text;

    QList<qint64> expectedIds;
    for (auto it = expected.crbegin(); it != expected.crend(); ++it)
        expectedIds.append(m_ids.at(*it));

    const SecurityLogQuery query(m_db->db());
    const auto page = query.page(filter, std::nullopt, 100);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    QList<qint64> ids;
    for (const SecurityLogEntry& entry : page->entries)
        ids.append(entry.id);
    QCOMPARE(ids, expectedIds);
    QVERIFY(!page->nextBeforeId);
    const auto counted = query.count(filter);
    QVERIFY(counted.ok());
    QCOMPARE(*counted, qint64(expected.size()));
}

void TestSecurityLogQuery::keysetPagingVisitsEveryEntryOnce()
{
    SecurityLog log(m_db->db(), m_clock);
    QList<SecurityEvent> batch;
    for (int i = 0; i < 257; ++i)
        batch.append(makeEvent(i % 3 ? EventType::Login : EventType::Logout, i % 2,
                               QStringLiteral("u%1").arg(i % 7), std::nullopt,
                               QStringLiteral("192.0.2.%1").arg(i % 5), QString()));
    QVERIFY(log.appendBatch(batch).ok());

    const SecurityLogQuery query(m_db->db());
    SecurityLogFilter logins;
    logins.events = {EventType::Login};
    const qint64 expected = query.count(logins).value();
    QVERIFY(expected > 100);

    std::set<qint64> seen;
    std::optional<qint64> before;
    qint64 last = std::numeric_limits<qint64>::max();
    int pages = 0;
    do {
        const auto page = query.page(logins, before, 25);
        QVERIFY(page.ok());
        QVERIFY(page->entries.size() <= 25);
        for (const SecurityLogEntry& entry : page->entries) {
            QVERIFY(entry.id < last);
            last = entry.id;
            QCOMPARE(entry.event.event, EventType::Login);
            QVERIFY(seen.insert(entry.id).second);
        }
        before = page->nextBeforeId;
        ++pages;
    } while (before);
    QCOMPARE(qint64(seen.size()), expected);
    QCOMPARE(pages, int((expected + 24) / 25));
}

void TestSecurityLogQuery::pagesDoNotShiftWhenEntriesArrive()
{
    SecurityLog log(m_db->db(), m_clock);
    for (int i = 0; i < 10; ++i)
        QVERIFY(log.append(makeEvent(EventType::Login, false, QStringLiteral("a"), std::nullopt,
                                     QStringLiteral("192.0.2.1"), QString()))
                    .ok());
    const SecurityLogQuery query(m_db->db());
    const auto first = query.page({}, std::nullopt, 4);
    QVERIFY(first.ok());
    QVERIFY(first->nextBeforeId);
    for (int i = 0; i < 3; ++i)
        QVERIFY(log.append(makeEvent(EventType::Logout, true, QStringLiteral("b"), std::nullopt,
                                     QStringLiteral("192.0.2.2"), QString()))
                    .ok());
    const auto second = query.page({}, first->nextBeforeId, 4);
    QVERIFY(second.ok());
    QCOMPARE(second->entries.size(), 4);
    QCOMPARE(second->entries.constFirst().id, first->entries.constLast().id - 1);
    for (const SecurityLogEntry& entry : second->entries)
        QCOMPARE(entry.event.event, EventType::Login);
}

void TestSecurityLogQuery::entryById()
{
    seed();
    const SecurityLogQuery query(m_db->db());
    const auto entry = query.entry(m_ids.at(3));
    QVERIFY(entry.ok());
    QCOMPARE(entry->event.event, EventType::UnauthorizedAccess);
    QCOMPARE(entry->event.metadata.value(QStringLiteral("note")).toString(), QStringLiteral("ملاحظة سرية"));
    QCOMPARE(entry->hash.size(), 64);
    const auto missing = query.entry(m_ids.constLast() + 1000);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("log.not_found"));
}

void TestSecurityLogQuery::badLimitIsRefused_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -5;
    QTest::newRow("too large") << SecurityLogQuery::kMaxLimit + 1;
}

void TestSecurityLogQuery::badLimitIsRefused()
{
    QFETCH(int, limit);
    const SecurityLogQuery query(m_db->db());
    const auto page = query.page({}, std::nullopt, limit);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, QStringLiteral("log.limit"));
}

QTEST_GUILESS_MAIN(TestSecurityLogQuery)
#include "tst_securitylogquery.moc"
