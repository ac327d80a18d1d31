#include "UiTestEnv.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogModel.h"
#include "securitylog/SecurityLogQuery.h"

#include <QSignalSpy>
#include <QTest>

using namespace nova;
using namespace nova::test;

namespace {

constexpr int kSeeded = 1234;

// Every 10th entry is a failed login from 198.51.100.7 carrying "needle" in
// its metadata; the rest are successful logins from 192.0.2.1.
void seed(ServiceHub& hub, ManualClock& clock)
{
    QList<SecurityEvent> events;
    for (int i = 0; i < kSeeded; ++i) {
        const bool marked = i % 10 == 0;
        events.append(SecurityEvent::about(
            EventType::Login, !marked, std::nullopt, QStringLiteral("user%1").arg(i % 4),
            marked ? QStringLiteral("198.51.100.7") : QStringLiteral("192.0.2.1"), QStringLiteral("agent"),
            QJsonObject{
                {QStringLiteral("seq"), i},
                {QStringLiteral("note"), marked ? QStringLiteral("needle") : QStringLiteral("hay")}}));
        if (events.size() == 100) {
            QVERIFY(hub.securityLog().appendBatch(events).ok());
            events.clear();
            clock.advanceSecs(60);
        }
    }
    QVERIFY(hub.securityLog().appendBatch(events).ok());
}

qint64 databaseCount(ServiceHub& hub, const SecurityLogFilter& filter)
{
    return hub.logQuery().count(filter).value();
}

bool waitIdle(ui::SecurityLogModel& model)
{
    return QTest::qWaitFor([&model] { return !model.isLoading(); }, 10000);
}

} // namespace

class TestSecurityLogModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();
    void firstPageThenGrowsOnlyWhenAsked();
    void filterGivesExactlyTheMatchingRows();
    void newerEntriesWaitUntilShown();
    void anchorStartsAtTheEntry();
    void refusedWithoutPermission();

private:
    std::unique_ptr<UiTestEnv> m_env;
};

void TestSecurityLogModel::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_env = UiTestEnv::create(backend);
    if (!m_env)
        QSKIP("backend not available");
    m_env->signInAs(m_env->addUser(QStringLiteral("watcher"), QStringLiteral("security")));
    seed(m_env->hub(), m_env->clock());
}

void TestSecurityLogModel::cleanup()
{
    m_env.reset();
}

void TestSecurityLogModel::firstPageThenGrowsOnlyWhenAsked()
{
    ui::SecurityLogModel model(m_env->session());
    model.setNewerPollInterval(0);
    QCOMPARE(model.rowCount(), 0);
    model.setFilter({});
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), ui::SecurityLogModel::kDefaultPageSize);
    // Nothing more is read until the view asks.
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), ui::SecurityLogModel::kDefaultPageSize);

    const qint64 total = databaseCount(m_env->hub(), {});
    QTRY_COMPARE(model.totalCount().value_or(-1), total);
    int asked = 1;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        // A second request while one is in flight is ignored.
        model.fetchMore({});
        ++asked;
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(),
                 std::min<qint64>(qint64(asked) * ui::SecurityLogModel::kDefaultPageSize, total));
    }
    QCOMPARE(model.rowCount(), total);
    // Newest first, every entry once.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.entryAt(row - 1)->id > model.entryAt(row)->id);
    QCOMPARE(model.entryAt(0)->id, m_env->hub().logQuery().lastId().value());
}

void TestSecurityLogModel::filterGivesExactlyTheMatchingRows()
{
    ui::SecurityLogModel model(m_env->session());
    model.setNewerPollInterval(0);
    model.setPageSize(50);
    SecurityLogFilter filter;
    filter.text = QStringLiteral("NEEDLE");
    model.setFilter(filter);
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 50);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(waitIdle(model));
    }
    const int expected = (kSeeded + 9) / 10;
    QCOMPARE(model.rowCount(), expected);
    QTRY_COMPARE(model.totalCount().value_or(-1), qint64(expected));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.entryAt(row)->event.ip, QStringLiteral("198.51.100.7"));
        QVERIFY(!model.entryAt(row)->event.success);
    }
    const QModelIndex ip = model.index(0, ui::SecurityLogModel::IpColumn);
    QVERIFY(model.data(ip).toString().contains(QStringLiteral("198.51.100.7")));
    QCOMPARE(model.data(model.index(0, ui::SecurityLogModel::SuccessColumn)).toString(),
             QStringLiteral("Failed"));
    QVERIFY(model.data(model.index(0, ui::SecurityLogModel::DetailsColumn))
                .toString()
                .contains(QStringLiteral("needle")));
    QVERIFY(!model.data(model.index(0, ui::SecurityLogModel::SeverityColumn), Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
}

void TestSecurityLogModel::newerEntriesWaitUntilShown()
{
    ui::SecurityLogModel model(m_env->session());
    model.setNewerPollInterval(0);
    SecurityLogFilter filter;
    filter.ip = QStringLiteral("203.0.113.9");
    model.setFilter(filter);
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE(model.totalCount().value_or(-1), qint64(0));

    for (int i = 0; i < 3; ++i)
        QVERIFY(
            m_env->hub()
                .securityLog()
                .append(SecurityEvent::about(EventType::Login, false, std::nullopt, QStringLiteral("mallory"),
                                             QStringLiteral("203.0.113.9"), QStringLiteral("curl")))
                .ok());
    // Another address: not for this filter.
    QVERIFY(m_env->hub()
                .securityLog()
                .append(SecurityEvent::about(EventType::Login, false, std::nullopt, QStringLiteral("eve"),
                                             QStringLiteral("203.0.113.10"), QStringLiteral("curl")))
                .ok());
    // The appends announce themselves; the check follows without a poll.
    QTRY_COMPARE(model.newerCount(), 3);
    QCOMPARE(model.rowCount(), 0);
    model.showNewer();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.newerCount(), 0);
    QCOMPARE(model.totalCount().value_or(-1), qint64(3));
    QVERIFY(model.entryAt(0)->id > model.entryAt(1)->id);
    QCOMPARE(model.entryAt(0)->id, m_env->hub().logQuery().lastId().value() - 1);
}

void TestSecurityLogModel::anchorStartsAtTheEntry()
{
    const qint64 last = m_env->hub().logQuery().lastId().value();
    const qint64 anchor = last - 500;
    ui::SecurityLogModel model(m_env->session());
    model.setNewerPollInterval(0);
    model.setFilter({}, anchor);
    QVERIFY(model.isAnchored());
    QVERIFY(waitIdle(model));
    QCOMPARE(model.entryAt(0)->id, anchor);
    QCOMPARE(model.rowOf(anchor), 0);
    QCOMPARE(model.rowOf(anchor - 3), 3);
    QCOMPARE(model.rowOf(anchor + 1), -1);
    // The 500 entries above the anchor are waiting as "newer".
    QTRY_COMPARE(model.newerCount(), 500);
    QVERIFY(!model.hasMoreNewer());
    model.showNewer();
    QVERIFY(!model.isAnchored());
    QCOMPARE(model.entryAt(0)->id, last);
    QCOMPARE(model.rowOf(anchor), 500);
}

void TestSecurityLogModel::refusedWithoutPermission()
{
    m_env->session().end();
    m_env->signInAs(m_env->addUser(QStringLiteral("broker1"), QStringLiteral("broker")));
    ui::SecurityLogModel model(m_env->session());
    model.setNewerPollInterval(0);
    QSignalSpy failed(&model, &ui::SecurityLogModel::loadFailed);
    model.setFilter({});
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QTRY_VERIFY(!failed.isEmpty());
    QVERIFY(!model.lastError().isEmpty());
    // The refusal is on record.
    SecurityLogFilter refusals;
    refusals.events = {EventType::UnauthorizedAccess};
    refusals.username = QStringLiteral("broker1");
    QTRY_VERIFY(databaseCount(m_env->hub(), refusals) >= 1);
}

QTEST_MAIN(TestSecurityLogModel)
#include "tst_securitylogmodel.moc"
