#include "UiTestEnv.h"
#include "alerts/AlertAcknowledgement.h"
#include "alerts/AlertBus.h"
#include "alerts/AlertListModel.h"
#include "alerts/AlertTrayNotifier.h"
#include "alerts/AlertsPage.h"
#include "alerts/LiveAlertConnection.h"
#include "auth/SessionTokenService.h"
#include "auth/SignInService.h"
#include "rbac/RoleService.h"
#include "securitylog/SecurityLogQuery.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace nova;
using namespace nova::test;
using namespace nova::ui;

namespace {

constexpr int kConnectMs = 15000;

Alert makeAlert(Severity severity, const QString& ip = QStringLiteral("203.0.113.9"),
                const QString& username = QStringLiteral("omar"))
{
    Alert alert;
    alert.severity = severity;
    alert.type = QStringLiteral("brute_force");
    alert.channel = QStringLiteral("security");
    alert.messageEn = QStringLiteral("Brute force from %1").arg(ip);
    alert.messageAr = QStringLiteral("هجوم تخمين من %1").arg(ip);
    alert.ip = ip;
    alert.username = username;
    return alert;
}

Alert publish(UiTestEnv& env, const Alert& alert)
{
    auto published = env.hub().alerts().publish(alert);
    if (!published)
        qFatal("publish failed: %s", qPrintable(published.errorMessage()));
    return published.value();
}

qint64 seqAt(const AlertListModel& model, int row)
{
    return model.index(row, 0).data(AlertListModel::SeqRole).toLongLong();
}

// A signed-in user with the page and its live connection, connected.
struct Desk {
    std::unique_ptr<UiTestEnv> env;
    std::unique_ptr<LiveAlertConnection> connection;
    std::unique_ptr<AlertsPage> page;

    AlertListModel& model() { return page->model(); }
    QAction* action(const char* name) { return page->findChild<QAction*>(QLatin1String(name)); }
    QTableView* table() { return page->findChild<QTableView*>(QStringLiteral("alertsTable")); }
    void selectRow(int row) { table()->selectRow(row); }
};

std::unique_ptr<Desk> openDesk(const QString& role, const AlertServerConfig& config = {})
{
    auto desk = std::make_unique<Desk>();
    desk->env = UiTestEnv::create();
    if (!desk->env)
        return nullptr;
    desk->env->signInAs(desk->env->addUser(QStringLiteral("huda"), role));
    desk->connection = std::make_unique<LiveAlertConnection>(desk->env->session());
    desk->connection->setEmbeddedServerConfig(config);
    desk->page = std::make_unique<AlertsPage>(desk->env->session(), *desk->connection);
    desk->page->resize(1100, 500);
    if (auto started = desk->connection->start(); !started) {
        qWarning("start failed: %s", qPrintable(started.errorMessage()));
        return nullptr;
    }
    return desk;
}

bool waitConnected(LiveAlertConnection& connection)
{
    return QTest::qWaitFor([&]() { return connection.state() == AlertClient::State::Connected; }, kConnectMs);
}

} // namespace

class TestAlertsPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void publishedAlertArrivesThroughTheWebSocket_data();
    void publishedAlertArrivesThroughTheWebSocket();
    void detectorAlertFromFailedSignInsAppears();
    void historyIsLoadedOnStart();
    void stormEndsAtTheCapInFewBatches();
    void acknowledgeMarksTheAlertsAndLogsIt();
    void acknowledgeNeedsUpdatePermissionOnSharedChannels();
    void jumpToRequestsNavigationWithTheAlertsDetails();
    void renewedTokenKeepsTheFeedAlive();
    void refusedTokenRecoversWithARenewedOne();
    void signOutStopsTheFeed();
    void pauseHoldsAlertsUntilResumed();
    void filtersNarrowTheTable();
    void trayNotifierSumsUpAStorm();
};

void TestAlertsPage::publishedAlertArrivesThroughTheWebSocket_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestAlertsPage::publishedAlertArrivesThroughTheWebSocket()
{
    QFETCH(QString, backend);
    auto env = UiTestEnv::create(backend);
    if (!env && backend == QLatin1String("postgresql"))
        QSKIP("NOVA_TEST_PG_URL is not set");
    QVERIFY(env);
    env->signInAs(env->addUser(QStringLiteral("huda"), QStringLiteral("security")));
    LiveAlertConnection connection(env->session());
    AlertsPage page(env->session(), connection);
    QVERIFY(page.isAvailable());
    QSignalSpy states(&connection, &LiveAlertConnection::stateChanged);
    QSignalSpy titles(&page, &Page::titleChanged);

    QVERIFY(connection.start());
    QVERIFY(connection.isEmbedded());
    QCOMPARE(connection.serverUrl().scheme(), QStringLiteral("ws"));
    QCOMPARE(connection.serverUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(connection.serverUrl().port() > 0);
    QVERIFY(connection.channels().contains(QStringLiteral("security")));
    QVERIFY(connection.channels().contains(QStringLiteral("broadcast")));
    QVERIFY(connection.channels().contains(QStringLiteral("user:%1").arg(env->session().claims().userId)));
    QVERIFY(waitConnected(connection));
    QCOMPARE(states.first().first().value<AlertClient::State>(), AlertClient::State::Connecting);
    QCOMPARE(states.last().first().value<AlertClient::State>(), AlertClient::State::Connected);

    const Alert alert = publish(*env, makeAlert(Severity::High));
    QTRY_COMPARE(page.model().rowCount(), 1);
    QCOMPARE(seqAt(page.model(), 0), alert.seq);
    const QModelIndex message = page.model().index(0, AlertListModel::MessageColumn);
    QCOMPARE(message.data().toString(), QStringLiteral("Brute force from 203.0.113.9"));
    auto* table = page.findChild<QTableView*>(QStringLiteral("alertsTable"));
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(page.title().contains(QStringLiteral("(1)")));
    QVERIFY(!titles.isEmpty());

    connection.stop();
    QCOMPARE(connection.state(), AlertClient::State::Disconnected);
    QCOMPARE(states.last().first().value<AlertClient::State>(), AlertClient::State::Disconnected);
}

void TestAlertsPage::detectorAlertFromFailedSignInsAppears()
{
    auto desk = openDesk(QStringLiteral("security"));
    QVERIFY(desk);
    desk->env->addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    QVERIFY(waitConnected(*desk->connection));
    const AccessContext attacker{QStringLiteral("198.51.100.23"), QStringLiteral("curl/8.0"),
                                 QStringLiteral("/api/login")};
    for (int attempt = 0; attempt < 5; ++attempt)
        QVERIFY(!desk->env->hub().signIn().signIn(QStringLiteral("omar"), QStringLiteral("wrong"), attacker));

    auto hasBruteForce = [&]() {
        for (int row = 0; row < desk->model().rowCount(); ++row) {
            const Alert& alert = desk->model().alertAt(row);
            if (alert.type == QLatin1String("brute_force") && alert.ip == attacker.ip)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasBruteForce(), kConnectMs);
}

void TestAlertsPage::historyIsLoadedOnStart()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    env->signInAs(env->addUser(QStringLiteral("huda"), QStringLiteral("security")));
    const Alert first = publish(*env, makeAlert(Severity::Low));
    Alert foreign = makeAlert(Severity::High);
    foreign.channel = QStringLiteral("user:999");
    publish(*env, foreign);
    const Alert second = publish(*env, makeAlert(Severity::Critical));

    LiveAlertConnection connection(env->session());
    AlertsPage page(env->session(), connection);
    QVERIFY(connection.start());
    // Another user's channel is not this user's history.
    QTRY_COMPARE(page.model().rowCount(), 2);
    QCOMPARE(seqAt(page.model(), 0), second.seq);
    QCOMPARE(seqAt(page.model(), 1), first.seq);

    QVERIFY(waitConnected(connection));
    const Alert live = publish(*env, makeAlert(Severity::Medium));
    QTRY_COMPARE(page.model().rowCount(), 3);
    QCOMPARE(seqAt(page.model(), 0), live.seq);
}

void TestAlertsPage::stormEndsAtTheCapInFewBatches()
{
    auto desk = openDesk(QStringLiteral("security"));
    QVERIFY(desk);
    QVERIFY(waitConnected(*desk->connection));
    QSignalSpy inserted(&desk->model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy batches(desk->connection.get(), &LiveAlertConnection::alertsReceived);

    constexpr int kStorm = 20000;
    qint64 lastSeq = 0;
    for (int i = 0; i < kStorm; ++i) {
        lastSeq = publish(*desk->env, makeAlert(i % 10 == 0 ? Severity::Critical : Severity::High,
                                                QStringLiteral("203.0.113.%1").arg(i % 200)))
                      .seq;
        // Let the feed run while the storm goes on, as it would.
        if (i % 1000 == 999)
            QCoreApplication::processEvents();
    }
    QTRY_COMPARE_WITH_TIMEOUT(seqAt(desk->model(), 0), lastSeq, 120000);

    QCOMPARE(desk->model().rowCount(), AlertListModel::kDefaultCapacity);
    for (int row = 1; row < desk->model().rowCount(); ++row)
        QVERIFY(seqAt(desk->model(), row) < seqAt(desk->model(), row - 1));
    QCOMPARE(seqAt(desk->model(), desk->model().rowCount() - 1),
             lastSeq - AlertListModel::kDefaultCapacity + 1);
    QCOMPARE(desk->model().unacknowledgedCount(), AlertListModel::kDefaultCapacity);
    qInfo("storm of %d alerts: %lld insert batches", kStorm, static_cast<long long>(inserted.count()));
    QVERIFY(inserted.count() >= 1);
    QVERIFY(inserted.count() <= kStorm / 20);
    QCOMPARE(inserted.count(), batches.count());
}

void TestAlertsPage::acknowledgeMarksTheAlertsAndLogsIt()
{
    auto desk = openDesk(QStringLiteral("security"));
    QVERIFY(desk);
    QVERIFY(waitConnected(*desk->connection));
    QAction* acknowledge = desk->action("actionAcknowledge");
    QVERIFY(acknowledge);
    QVERIFY(!acknowledge->isEnabled());

    QList<qint64> seqs;
    for (int i = 0; i < 3; ++i)
        seqs.append(publish(*desk->env, makeAlert(Severity::High)).seq);
    QTRY_COMPARE(desk->model().rowCount(), 3);
    QVERIFY(desk->page->title().contains(QStringLiteral("(3)")));

    desk->table()->selectAll();
    QVERIFY(acknowledge->isEnabled());
    acknowledge->trigger();
    QTRY_COMPARE(desk->model().unacknowledgedCount(), 0);
    QVERIFY(!desk->page->title().contains(QLatin1Char('(')));
    QVERIFY(!acknowledge->isEnabled());
    QVERIFY(
        desk->model().index(0, AlertListModel::AckColumn).data().toString().contains(QStringLiteral("huda")));

    auto stored = desk->env->hub().alerts().since(seqs.first() - 1, 10);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 3);
    for (const Alert& alert : *stored)
        QCOMPARE(alert.ackedBy, QStringLiteral("huda"));

    SecurityLogFilter filter;
    filter.events = {EventType::AlertAcknowledged};
    auto logged = desk->env->hub().logQuery().page(filter, std::nullopt, 10);
    QVERIFY(logged);
    QCOMPARE(logged->entries.size(), 3);
    QCOMPARE(logged->entries.first().event.username, QStringLiteral("huda"));
    QVERIFY(logged->entries.first().event.success);
    QList<qint64> loggedSeqs;
    for (const SecurityLogEntry& entry : logged->entries)
        loggedSeqs.append(entry.event.metadata.value(QStringLiteral("seq")).toInteger());
    std::sort(loggedSeqs.begin(), loggedSeqs.end());
    QCOMPARE(loggedSeqs, seqs);
}

void TestAlertsPage::acknowledgeNeedsUpdatePermissionOnSharedChannels()
{
    // A role that may read alerts but not close them for everyone.
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const Actor operatorActor = Actor::localOperator(QStringLiteral("test"));
    QVERIFY(env->hub().roles().createRole(QStringLiteral("watcher"), QStringLiteral("Reads alerts"),
                                          operatorActor));
    QVERIFY(env->hub().roles().grant(QStringLiteral("watcher"),
                                     Permission{QStringLiteral("alerts"), Permission::kRead}, operatorActor));
    const User wafa = env->addUser(QStringLiteral("wafa"), QStringLiteral("watcher"));
    env->signInAs(wafa);
    LiveAlertConnection connection(env->session());
    AlertsPage page(env->session(), connection);
    QVERIFY(page.isAvailable());
    QVERIFY(connection.start());
    QVERIFY(waitConnected(connection));

    const Alert shared = publish(*env, makeAlert(Severity::High));
    Alert own = makeAlert(Severity::Medium);
    own.channel = QStringLiteral("user:%1").arg(wafa.id);
    own = publish(*env, own);
    // (The role change raised a sensitive-action alert of its own.)
    QTRY_VERIFY(page.model().rowOfSeq(own.seq) >= 0 && page.model().rowOfSeq(shared.seq) >= 0);
    auto* table = page.findChild<QTableView*>(QStringLiteral("alertsTable"));
    auto* acknowledge = page.findChild<QAction*>(QStringLiteral("actionAcknowledge"));
    table->selectRow(page.model().rowOfSeq(shared.seq));
    QVERIFY(!acknowledge->isEnabled());
    table->selectRow(page.model().rowOfSeq(own.seq));
    QVERIFY(acknowledge->isEnabled());
    acknowledge->trigger();
    QTRY_VERIFY(page.model().alertAt(page.model().rowOfSeq(own.seq)).ackedBy == QStringLiteral("wafa"));

    // The worker checks again: a disabled action is not the only guard.
    auto refused = AlertAcknowledgement::run(env->hub(), env->session().actor(),
                                             {{shared.seq, shared.channel, shared.type}});
    QVERIFY(!refused);
    auto stored = env->hub().alerts().since(shared.seq - 1, 1);
    QVERIFY(stored && stored->first().ackedBy.isEmpty());
    SecurityLogFilter filter;
    filter.events = {EventType::UnauthorizedAccess};
    filter.username = QStringLiteral("wafa");
    auto logged = env->hub().logQuery().page(filter, std::nullopt, 10);
    QVERIFY(logged);
    QVERIFY(!logged->entries.isEmpty());
}

void TestAlertsPage::jumpToRequestsNavigationWithTheAlertsDetails()
{
    auto desk = openDesk(QStringLiteral("admin"));
    QVERIFY(desk);
    QVERIFY(waitConnected(*desk->connection));
    Alert withoutIp = makeAlert(Severity::Medium, QString(), QString());
    withoutIp.logId = 42;
    publish(*desk->env, withoutIp);
    publish(*desk->env, makeAlert(Severity::High, QStringLiteral("203.0.113.77"), QStringLiteral("omar")));
    QTRY_COMPARE(desk->model().rowCount(), 2);
    QSignalSpy navigation(&desk->env->session(), &UiSession::navigationRequested);

    desk->selectRow(0);
    desk->action("actionJumpToLog")->trigger();
    desk->action("actionJumpToUser")->trigger();
    desk->action("actionJumpToIp")->trigger();
    QCOMPARE(navigation.count(), 3);
    QCOMPARE(navigation.at(0).at(0).toString(), QStringLiteral("log"));
    QCOMPARE(navigation.at(0).at(1).toMap(),
             (QVariantMap{{QStringLiteral("ip"), QStringLiteral("203.0.113.77")}}));
    QCOMPARE(navigation.at(1).at(0).toString(), QStringLiteral("users"));
    QCOMPARE(navigation.at(1).at(1).toMap(), (QVariantMap{{QStringLiteral("user"), QStringLiteral("omar")}}));
    QCOMPARE(navigation.at(2).at(0).toString(), QStringLiteral("blocked-ips"));
    QCOMPARE(navigation.at(2).at(1).toMap(),
             (QVariantMap{{QStringLiteral("ip"), QStringLiteral("203.0.113.77")}}));

    // No address: the log entry itself; nothing to jump to for user and IP.
    desk->selectRow(1);
    QVERIFY(!desk->action("actionJumpToUser")->isEnabled());
    QVERIFY(!desk->action("actionJumpToIp")->isEnabled());
    desk->action("actionJumpToLog")->trigger();
    QCOMPARE(navigation.count(), 4);
    QCOMPARE(navigation.at(3).at(1).toMap(), (QVariantMap{{QStringLiteral("logId"), qint64(42)}}));
}

void TestAlertsPage::renewedTokenKeepsTheFeedAlive()
{
    AlertServerConfig config;
    config.revalidateIntervalMs = 100;
    auto desk = openDesk(QStringLiteral("security"), config);
    QVERIFY(desk);
    QVERIFY(waitConnected(*desk->connection));
    QSignalSpy states(desk->connection.get(), &LiveAlertConnection::stateChanged);

    // What UiSession::renewToken does: a new token, the old one revoked.
    UiSession& session = desk->env->session();
    const QString old = session.token();
    auto renewed = desk->env->hub().tokens().issue(session.claims().userId, session.claims().username,
                                                   session.claims().role);
    QVERIFY(renewed);
    Q_EMIT session.tokenRenewed(renewed->token);
    QVERIFY(desk->env->hub().tokens().revoke(old));

    // The server drops the revoked session; the feed comes back on the new token.
    QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), kConnectMs);
    QVERIFY(waitConnected(*desk->connection));
    for (const QList<QVariant>& change : states)
        QVERIFY(change.first().value<AlertClient::State>() != AlertClient::State::Refused);
    const Alert alert = publish(*desk->env, makeAlert(Severity::High));
    QTRY_COMPARE(seqAt(desk->model(), 0), alert.seq);
}

void TestAlertsPage::refusedTokenRecoversWithARenewedOne()
{
    AlertServerConfig config;
    config.revalidateIntervalMs = 100;
    auto desk = openDesk(QStringLiteral("security"), config);
    QVERIFY(desk);
    QVERIFY(waitConnected(*desk->connection));
    QSignalSpy errors(desk->connection.get(), &LiveAlertConnection::errorReceived);

    UiSession& session = desk->env->session();
    QVERIFY(desk->env->hub().tokens().revoke(session.token()));
    QTRY_COMPARE_WITH_TIMEOUT(desk->connection->state(), AlertClient::State::Refused, kConnectMs);
    QVERIFY(!errors.isEmpty());
    const Alert missed = publish(*desk->env, makeAlert(Severity::Critical));

    auto renewed = desk->env->hub().tokens().issue(session.claims().userId, session.claims().username,
                                                   session.claims().role);
    QVERIFY(renewed);
    Q_EMIT session.tokenRenewed(renewed->token);
    QVERIFY(waitConnected(*desk->connection));
    // Resumed: the alert raised while refused is not lost.
    QTRY_COMPARE(seqAt(desk->model(), 0), missed.seq);
}

void TestAlertsPage::signOutStopsTheFeed()
{
    auto desk = openDesk(QStringLiteral("security"));
    QVERIFY(desk);
    QVERIFY(waitConnected(*desk->connection));
    publish(*desk->env, makeAlert(Severity::High));
    QTRY_COMPARE(desk->model().rowCount(), 1);
    QSignalSpy states(desk->connection.get(), &LiveAlertConnection::stateChanged);

    desk->env->session().end();
    QCOMPARE(desk->connection->state(), AlertClient::State::Disconnected);
    QVERIFY(!desk->connection->isRunning());
    QCOMPARE(states.last().first().value<AlertClient::State>(), AlertClient::State::Disconnected);
    QCOMPARE(desk->model().rowCount(), 0);
    QVERIFY(!desk->connection->start());
}

void TestAlertsPage::pauseHoldsAlertsUntilResumed()
{
    auto desk = openDesk(QStringLiteral("security"));
    QVERIFY(desk);
    QVERIFY(waitConnected(*desk->connection));
    QAction* pause = desk->action("actionPause");
    pause->trigger();
    QVERIFY(pause->isChecked());
    QSignalSpy received(desk->connection.get(), &LiveAlertConnection::alertsReceived);
    const Alert alert = publish(*desk->env, makeAlert(Severity::High));
    QTRY_VERIFY(!received.isEmpty());
    QCOMPARE(desk->model().rowCount(), 0);
    auto* status = desk->page->findChild<QLabel*>(QStringLiteral("alertsStatus"));
    QVERIFY(status->text().contains(QStringLiteral("1")));

    pause->trigger();
    QCOMPARE(desk->model().rowCount(), 1);
    QCOMPARE(seqAt(desk->model(), 0), alert.seq);
}

void TestAlertsPage::filtersNarrowTheTable()
{
    auto desk = openDesk(QStringLiteral("security"));
    QVERIFY(desk);
    QVERIFY(waitConnected(*desk->connection));
    publish(*desk->env, makeAlert(Severity::Low, QStringLiteral("192.0.2.1")));
    publish(*desk->env, makeAlert(Severity::High, QStringLiteral("192.0.2.2")));
    publish(*desk->env, makeAlert(Severity::Critical, QStringLiteral("192.0.2.3")));
    QTRY_COMPARE(desk->model().rowCount(), 3);
    QAbstractItemModel* shown = desk->table()->model();

    auto* severity = desk->page->findChild<QComboBox*>(QStringLiteral("severityFilter"));
    severity->setCurrentIndex(severity->findData(static_cast<int>(Severity::High)));
    QCOMPARE(shown->rowCount(), 2);
    auto* text = desk->page->findChild<QLineEdit*>(QStringLiteral("alertFilter"));
    QTest::keyClicks(text, QStringLiteral("192.0.2.3"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(AlertListModel::SeverityRole).toInt(),
             static_cast<int>(Severity::Critical));
    desk->page->navigate(
        {{QStringLiteral("severity"), QStringLiteral("info")}, {QStringLiteral("text"), QString()}});
    QCOMPARE(shown->rowCount(), 3);
}

void TestAlertsPage::trayNotifierSumsUpAStorm()
{
    auto desk = openDesk(QStringLiteral("security"));
    QVERIFY(desk);
    QWidget window;
    AlertTrayNotifier notifier(desk->env->session(), *desk->connection, &window);
    QSignalSpy shown(&notifier, &AlertTrayNotifier::notification);
    QSignalSpy navigation(&desk->env->session(), &UiSession::navigationRequested);
    notifier.setCooldownMs(300);

    notifier.notify({makeAlert(Severity::Low), makeAlert(Severity::Medium)});
    QCOMPARE(shown.count(), 0);
    notifier.notify({makeAlert(Severity::Critical)});
    QCOMPARE(shown.count(), 1);
    QVERIFY(shown.first().at(1).toString().contains(QStringLiteral("203.0.113.9")));
    for (int i = 0; i < 30; ++i)
        notifier.notify({makeAlert(Severity::High), makeAlert(Severity::Low)});
    QCOMPARE(shown.count(), 1);
    QTRY_COMPARE(shown.count(), 2);
    QVERIFY(shown.at(1).at(0).toString().contains(QStringLiteral("30")));
    QTest::qWait(400);
    QCOMPARE(shown.count(), 2);

    // Through the live feed as well.
    QVERIFY(waitConnected(*desk->connection));
    publish(*desk->env, makeAlert(Severity::Critical));
    QTRY_COMPARE(shown.count(), 3);
    QCOMPARE(navigation.count(), 0);
}

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
