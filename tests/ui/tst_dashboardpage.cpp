#include "MainWindow.h"
#include "UiTestEnv.h"
#include "alerts/AlertBus.h"
#include "alerts/LiveAlertConnection.h"
#include "dashboard/AdoptionChart.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/RankedList.h"
#include "dashboard/SeverityChart.h"
#include "dashboard/TimeSeriesChart.h"
#include "dashboard/TwoFactorPanel.h"
#include "i18n/LanguageSwitcher.h"
#include "rbac/RoleService.h"
#include "securitylog/LogMessageBar.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogPage.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace nova;
using namespace nova::test;
using namespace nova::ui;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kConnectMs = 10000;

const QString kAttacker = QStringLiteral("203.0.113.9");
const QString kOther = QStringLiteral("198.51.100.7");
const QString kSara = QString::fromUtf8("سارة");

qint64 total(const TimeSeriesChart& chart, int series)
{
    qint64 sum = 0;
    for (int bucket = 0; bucket < chart.bucketCount(); ++bucket)
        sum += chart.value(series, bucket);
    return sum;
}

bool containsArabicIndicDigit(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x0660 && c.unicode() <= 0x0669; });
}

} // namespace

class TestDashboardPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void availableWithSecurityLogReadAndFirstInTheWindow();
    void showsTheFiguresOfTheRange();
    void rangeSelectorReadsAnotherPeriod();
    void clickingAnAddressOpensTheLogFilteredByIt();
    void keyboardOnTheListsOpensTheLog();
    void sectionsFollowPermissions();
    void refusedReadShowsAnErrorAndIsLogged();
    void liveAlertsRefreshTheFigures();
    void rendersInEnglishAndArabicWithTheChartMirrored();

private:
    void logAt(qint64 agoMs, const QString& event, bool success, const QString& username, const QString& ip);
    void seed();
    // Shows a dashboard for the signed-in user and waits for its first load.
    DashboardPage* openPage();
    void waitForLoad(DashboardPage& page, const std::function<void()>& trigger);

    std::unique_ptr<UiTestEnv> m_env;
    std::unique_ptr<ui::LiveAlertConnection> m_alerts;
    std::unique_ptr<ui::DashboardPage> m_page;
    std::unique_ptr<ui::LanguageSwitcher> m_switcher;
};

void TestDashboardPage::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend == QLatin1String(TestDatabase::kPostgres) && qEnvironmentVariableIsEmpty("NOVA_TEST_PG_URL"))
        QSKIP("NOVA_TEST_PG_URL is not set");
    m_env = UiTestEnv::create(backend);
    QVERIFY(m_env);
    m_switcher = std::make_unique<ui::LanguageSwitcher>();
    QVERIFY(m_switcher->apply(QStringLiteral("en"), DigitStyle::Latin));
    m_alerts = std::make_unique<ui::LiveAlertConnection>(m_env->session());
}

void TestDashboardPage::cleanup()
{
    if (m_env)
        m_env->hub().executor().waitForDone();
    m_page.reset();
    if (m_alerts)
        m_alerts->stop();
    m_alerts.reset();
    if (m_switcher)
        (void)m_switcher->apply(QStringLiteral("en"), DigitStyle::Latin);
    m_switcher.reset();
    m_env.reset();
}

void TestDashboardPage::logAt(qint64 agoMs, const QString& event, bool success, const QString& username,
                              const QString& ip)
{
    ManualClock& clock = m_env->clock();
    const qint64 now = clock.nowMSecs();
    clock = ManualClock(now - agoMs);
    const auto appended = m_env->hub().securityLog().append(
        SecurityEvent::about(event, success, std::nullopt, username, ip, QStringLiteral("test")));
    clock = ManualClock(now);
    QVERIFY2(appended, qPrintable(appended.errorMessage()));
}

// In the last 24 hours: 3 failed sign-ins of omar from kAttacker, one of
// سارة from kOther, 2 successful ones, one block. Three days ago: 2 more
// failures from kOther. The clock stands at 10:00 UTC.
void TestDashboardPage::seed()
{
    for (int i = 1; i <= 3; ++i)
        logAt(i * kHourMs, EventType::Login, false, QStringLiteral("omar"), kAttacker);
    logAt(5 * kHourMs, EventType::Login, false, kSara, kOther);
    logAt(2 * kHourMs, EventType::Login, true, QStringLiteral("huda"), QStringLiteral("10.0.0.5"));
    logAt(7 * kHourMs, EventType::Login, true, QStringLiteral("huda"), QStringLiteral("10.0.0.5"));
    logAt(kHourMs, EventType::IpBlocked, true, QStringLiteral("detector"), kAttacker);
    logAt(3 * kDayMs, EventType::Login, false, kSara, kOther);
    logAt(3 * kDayMs + kHourMs, EventType::Login, false, kSara, kOther);
}

void TestDashboardPage::waitForLoad(DashboardPage& page, const std::function<void()>& trigger)
{
    QSignalSpy loaded(&page, &DashboardPage::loaded);
    trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !page.isLoading(), 10000);
}

DashboardPage* TestDashboardPage::openPage()
{
    m_page = std::make_unique<DashboardPage>(m_env->session(), *m_alerts);
    m_page->resize(1200, 800);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page.get()))
        return nullptr;
    waitForLoad(*m_page, [this] { m_page->activated(); });
    return m_page.get();
}

void TestDashboardPage::availableWithSecurityLogReadAndFirstInTheWindow()
{
    const User broker = m_env->addUser(QStringLiteral("bassam"), QStringLiteral("broker"));
    m_env->signInAs(broker);
    {
        DashboardPage page(m_env->session(), *m_alerts);
        QVERIFY(!page.isAvailable());
        QCOMPARE(page.pageId(), QStringLiteral("dashboard"));
    }
    m_env->session().end();
    m_env->signInAs(m_env->addUser(QStringLiteral("huda"), QStringLiteral("security")));
    ui::MainWindow window(m_env->session());
    window.addPage(new DashboardPage(m_env->session(), *m_alerts));
    window.addPage(new ui::SecurityLogPage(m_env->session()));
    QVERIFY(window.page(QStringLiteral("dashboard"))->isAvailable());
    QCOMPARE(window.currentPageId(), QStringLiteral("dashboard"));
}

void TestDashboardPage::showsTheFiguresOfTheRange()
{
    seed();
    m_env->signInAs(m_env->addUser(QStringLiteral("admin1"), QStringLiteral("admin")));
    Alert alert;
    alert.severity = Severity::High;
    alert.type = QStringLiteral("brute_force");
    alert.messageEn = QStringLiteral("test");
    alert.messageAr = QStringLiteral("اختبار");
    QVERIFY(m_env->hub().alerts().publish(alert));
    DashboardPage* page = openPage();
    QVERIFY(page);
    QCOMPARE(page->range(), DashboardRange::Last24Hours);

    const TimeSeriesChart& signIns = *page->signInChart();
    QCOMPARE(signIns.bucketCount(), 24);
    QCOMPARE(total(signIns, 0), 2); // successful
    QCOMPARE(total(signIns, 1), 4); // failed
    // The newest bucket holds now (10:00-11:00); an hour ago is the one before.
    QCOMPARE(signIns.value(1, 23), 0);
    QCOMPARE(signIns.value(1, 22), 1);
    QCOMPARE(total(*page->blockedChart(), 0), 1);
    QCOMPARE(page->topIps()->entries(), (QList<RankedCount>{{kAttacker, 3}, {kOther, 1}}));
    QCOMPARE(page->topAccounts()->entries(), (QList<RankedCount>{{QStringLiteral("omar"), 3}, {kSara, 1}}));
    QCOMPARE(page->severityChart()->counts().of(Severity::High), 1);
    QCOMPARE(page->severityChart()->counts().total(), 1);
    // The admin created for the test is the only account, without 2FA.
    const TwoFactorAdoption& adoption = page->twoFactorPanel()->chart()->adoption();
    QCOMPARE(adoption.users, 1);
    QCOMPARE(adoption.enabled, 0);
    QCOMPARE(page->twoFactorPanel()->usersView()->topLevelItemCount(), 1);
    QVERIFY(!page->grab().isNull());
}

void TestDashboardPage::rangeSelectorReadsAnotherPeriod()
{
    seed();
    m_env->signInAs(m_env->addUser(QStringLiteral("huda"), QStringLiteral("security")));
    DashboardPage* page = openPage();
    QVERIFY(page);
    auto* week = page->findChild<QAbstractButton*>(QStringLiteral("range7d"));
    QVERIFY(week);
    waitForLoad(*page, [week] { QTest::mouseClick(week, Qt::LeftButton); });
    QCOMPARE(page->range(), DashboardRange::Last7Days);
    QCOMPARE(page->signInChart()->bucketCount(), 7);
    QCOMPARE(total(*page->signInChart(), 1), 6);
    QCOMPARE(page->topIps()->entries(), (QList<RankedCount>{{kAttacker, 3}, {kOther, 3}}));
    // Equal counts: the more recent first.
    QCOMPARE(page->topAccounts()->entries(), (QList<RankedCount>{{QStringLiteral("omar"), 3}, {kSara, 3}}));

    waitForLoad(*page, [page] { page->navigate({{QStringLiteral("range"), QStringLiteral("30d")}}); });
    QCOMPARE(page->signInChart()->bucketCount(), 30);
    QVERIFY(page->findChild<QAbstractButton*>(QStringLiteral("range30d"))->isChecked());
}

void TestDashboardPage::clickingAnAddressOpensTheLogFilteredByIt()
{
    seed();
    m_env->signInAs(m_env->addUser(QStringLiteral("huda"), QStringLiteral("security")));
    DashboardPage* page = openPage();
    QVERIFY(page);
    QSignalSpy navigation(&m_env->session(), &ui::UiSession::navigationRequested);
    RankedList* ips = page->topIps();
    QCOMPARE(ips->count(), 2);
    QTest::mouseClick(ips->viewport(), Qt::LeftButton, {}, ips->visualItemRect(ips->item(1)).center());
    QCOMPARE(navigation.count(), 1);
    QCOMPARE(navigation.at(0).at(0).toString(), QStringLiteral("log"));
    QCOMPARE(navigation.at(0).at(1).toMap(), (QVariantMap{{QStringLiteral("ip"), kOther}}));

    // Severity rows jump to the alerts of at least that severity.
    SeverityChart* severity = page->severityChart();
    QTest::mouseClick(severity, Qt::LeftButton, {}, severity->rowRect(Severity::High).center());
    QCOMPARE(navigation.count(), 2);
    QCOMPARE(navigation.at(1).at(0).toString(), QStringLiteral("alerts"));
    QCOMPARE(navigation.at(1).at(1).toMap(),
             (QVariantMap{{QStringLiteral("severity"), QStringLiteral("high")}}));
}

void TestDashboardPage::keyboardOnTheListsOpensTheLog()
{
    seed();
    m_env->signInAs(m_env->addUser(QStringLiteral("huda"), QStringLiteral("security")));
    DashboardPage* page = openPage();
    QVERIFY(page);
    QSignalSpy navigation(&m_env->session(), &ui::UiSession::navigationRequested);
    RankedList* accounts = page->topAccounts();
    QVERIFY(accounts->focusPolicy() & Qt::TabFocus);
    accounts->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(accounts->hasFocus());
    accounts->setCurrentRow(0);
    QTest::keyClick(accounts, Qt::Key_Down);
    QTest::keyClick(accounts, Qt::Key_Return);
    QCOMPARE(navigation.count(), 1);
    QCOMPARE(navigation.at(0).at(0).toString(), QStringLiteral("log"));
    // SecurityLogPage::navigate takes the user name as "user".
    QCOMPARE(navigation.at(0).at(1).toMap(), (QVariantMap{{QStringLiteral("user"), kSara}}));
    // Tooltips and accessible texts name the entry with its count.
    QVERIFY(accounts->item(1)->data(Qt::AccessibleTextRole).toString().contains(kSara));
    QVERIFY(!accounts->item(1)->toolTip().isEmpty());
}

void TestDashboardPage::sectionsFollowPermissions()
{
    seed();
    // security: the log and alerts, not users.
    m_env->signInAs(m_env->addUser(QStringLiteral("huda"), QStringLiteral("security")));
    DashboardPage* page = openPage();
    QVERIFY(page);
    auto* twoFactor = page->findChild<QGroupBox*>(QStringLiteral("twoFactorSection"));
    auto* alerts = page->findChild<QGroupBox*>(QStringLiteral("alertsSection"));
    QVERIFY(twoFactor && alerts);
    QVERIFY(twoFactor->isHidden());
    QVERIFY(!alerts->isHidden());
    // Hidden means not read either: nothing about users reached the page, and
    // nothing was refused (so nothing to log).
    QCOMPARE(page->twoFactorPanel()->chart()->adoption().users, 0);
    auto refused = m_env->hub().database().exec(
        QStringLiteral("SELECT COUNT(*) FROM security_log WHERE event = ?"), {EventType::UnauthorizedAccess});
    QVERIFY(refused && refused->next());
    QCOMPARE(refused->value(0).toLongLong(), 0);
    m_page.reset();

    // Only security_log:read: the alerts section goes too.
    const Actor actor = Actor::localOperator(QStringLiteral("test"));
    QVERIFY(
        m_env->hub().roles().createRole(QStringLiteral("auditor"), QStringLiteral("Reads the log"), actor));
    QVERIFY(m_env->hub().roles().grant(QStringLiteral("auditor"),
                                       Permission{QStringLiteral("security_log"), Permission::kRead}, actor));
    m_env->session().end();
    m_env->signInAs(m_env->addUser(QStringLiteral("aziz"), QStringLiteral("auditor")));
    page = openPage();
    QVERIFY(page);
    QVERIFY(page->findChild<QGroupBox*>(QStringLiteral("alertsSection"))->isHidden());
    QVERIFY(page->findChild<QGroupBox*>(QStringLiteral("twoFactorSection"))->isHidden());
    QCOMPARE(page->topIps()->count(), 2);
    m_page.reset();

    // admin sees every section.
    m_env->session().end();
    m_env->signInAs(m_env->addUser(QStringLiteral("admin1"), QStringLiteral("admin")));
    page = openPage();
    QVERIFY(page);
    QVERIFY(!page->findChild<QGroupBox*>(QStringLiteral("alertsSection"))->isHidden());
    QVERIFY(!page->findChild<QGroupBox*>(QStringLiteral("twoFactorSection"))->isHidden());
    QCOMPARE(page->twoFactorPanel()->chart()->adoption().users, 3);
}

void TestDashboardPage::refusedReadShowsAnErrorAndIsLogged()
{
    m_env->signInAs(m_env->addUser(QStringLiteral("huda"), QStringLiteral("security")));
    DashboardPage* page = openPage();
    QVERIFY(page);
    // The role loses the grant; the session has not reloaded its permissions.
    QVERIFY(m_env->hub().roles().revoke(QStringLiteral("security"),
                                        Permission{QStringLiteral("security_log"), Permission::kRead},
                                        Actor::localOperator(QStringLiteral("test"))));
    waitForLoad(*page, [page] { page->reload(); });
    auto* message = page->findChild<ui::LogMessageBar*>(QStringLiteral("dashboardMessage"));
    QVERIFY(message);
    QVERIFY(!message->isHidden());
    QCOMPARE(message->level(), ui::LogMessageBar::Level::Error);
    QVERIFY2(message->text().contains(QStringLiteral("could not be read")), qPrintable(message->text()));
    auto refused = m_env->hub().database().exec(
        QStringLiteral("SELECT COUNT(*) FROM security_log WHERE event = ? AND metadata LIKE ?"),
        {EventType::UnauthorizedAccess, QStringLiteral("%desktop/dashboard%")});
    QVERIFY(refused && refused->next());
    QCOMPARE(refused->value(0).toLongLong(), 1);
}

void TestDashboardPage::liveAlertsRefreshTheFigures()
{
    m_env->signInAs(m_env->addUser(QStringLiteral("huda"), QStringLiteral("security")));
    QVERIFY(m_alerts->start());
    QVERIFY(
        QTest::qWaitFor([this] { return m_alerts->state() == AlertClient::State::Connected; }, kConnectMs));
    DashboardPage* page = openPage();
    QVERIFY(page);
    page->setLiveRefreshDelay(50);
    QCOMPARE(total(*page->signInChart(), 1), 0);

    // A failed sign-in and the alert about it: the page reads again by itself.
    logAt(0, EventType::Login, false, QStringLiteral("omar"), kAttacker);
    Alert alert;
    alert.severity = Severity::Critical;
    alert.type = QStringLiteral("brute_force");
    alert.messageEn = QStringLiteral("test");
    alert.messageAr = QStringLiteral("اختبار");
    QVERIFY(m_env->hub().alerts().publish(alert));
    QTRY_COMPARE_WITH_TIMEOUT(total(*page->signInChart(), 1), 1, kConnectMs);
    QTRY_COMPARE(page->severityChart()->counts().of(Severity::Critical), 1);
    QCOMPARE(page->topIps()->entries(), (QList<RankedCount>{{kAttacker, 1}}));
}

void TestDashboardPage::rendersInEnglishAndArabicWithTheChartMirrored()
{
    seed();
    m_env->signInAs(m_env->addUser(QStringLiteral("admin1"), QStringLiteral("admin")));
    DashboardPage* page = openPage();
    QVERIFY(page);
    TimeSeriesChart* chart = page->signInChart();
    QCOMPARE(page->layoutDirection(), Qt::LeftToRight);
    QVERIFY(!page->grab().isNull());
    const int last = chart->bucketCount() - 1;
    const qreal firstLtr = chart->bucketCenterX(0);
    // Oldest on the left.
    QVERIFY(firstLtr < chart->width() / 2.0);
    QVERIFY(firstLtr < chart->bucketCenterX(last));
    const int middle = chart->height() / 2;
    QCOMPARE(chart->bucketAt(QPoint(qRound(firstLtr), middle)), 0);
    QVERIFY2(chart->bucketDescription(22).contains(QStringLiteral("Failed: 1")),
             qPrintable(chart->bucketDescription(22)));

    QVERIFY(m_switcher->apply(QStringLiteral("ar"), DigitStyle::Latin));
    QCOMPARE(page->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(chart->layoutDirection(), Qt::RightToLeft);
    QVERIFY(!page->grab().isNull());
    // Oldest on the right, exactly mirrored.
    const qreal firstRtl = chart->bucketCenterX(0);
    QVERIFY(firstRtl > chart->width() / 2.0);
    QVERIFY(firstRtl > chart->bucketCenterX(last));
    QVERIFY2(qAbs(firstRtl - (chart->width() - firstLtr)) < 4, qPrintable(QString::number(firstRtl)));
    QCOMPARE(chart->bucketAt(QPoint(qRound(firstRtl), middle)), 0);
    // The range buttons follow: the first one is now the rightmost.
    auto* day = page->findChild<QAbstractButton*>(QStringLiteral("range24h"));
    auto* month = page->findChild<QAbstractButton*>(QStringLiteral("range30d"));
    QTRY_VERIFY(day->mapTo(page, QPoint()).x() > month->mapTo(page, QPoint()).x());

    // Numbers follow the app's digit setting.
    QVERIFY(!containsArabicIndicDigit(chart->accessibleDescription()));
    QVERIFY(m_switcher->apply(QStringLiteral("ar"), DigitStyle::ArabicIndic));
    QCOMPARE(chart->locale().zeroDigit(), QChar(0x0660));
    QVERIFY2(containsArabicIndicDigit(chart->accessibleDescription()),
             qPrintable(chart->accessibleDescription()));
    QVERIFY(containsArabicIndicDigit(page->severityChart()->accessibleDescription()));
    QVERIFY(!page->grab().isNull());
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
