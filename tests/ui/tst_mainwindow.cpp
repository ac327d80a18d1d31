#include "MainWindow.h"
#include "Page.h"
#include "UiTestEnv.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

using namespace nova;
using namespace nova::test;

namespace {

// A page that only an admin (users:manage) may see.
class FakePage : public ui::Page {
public:
    FakePage(ui::UiSession& session, QString id, bool adminOnly)
        : Page(session)
        , m_id(std::move(id))
        , m_adminOnly(adminOnly)
    {}
    QString pageId() const override { return m_id; }
    QString title() const override { return m_id.toUpper(); }
    bool isAvailable() const override
    {
        return !m_adminOnly || session().can(QStringLiteral("users"), Permission::kManage);
    }
    void navigate(const QVariantMap& args) override { lastArgs = args; }
    void activated() override { ++activations; }
    QVariantMap lastArgs;
    int activations = 0;

private:
    QString m_id;
    bool m_adminOnly;
};

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sidebarHidesPagesTheUserMayNotSee();
    void navigationRequestShowsThePageWithItsArguments();
    void statusBarNamesUserAndAlertState();
    void firstPageIsActivatedWithoutAClick();
    void pageAvailableAfterSignInIsActivated();
};

void TestMainWindow::sidebarHidesPagesTheUserMayNotSee()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const User broker = env->addUser(QStringLiteral("broker1"), QStringLiteral("broker"));
    env->signInAs(broker);

    ui::MainWindow window(env->session());
    window.addPage(new FakePage(env->session(), QStringLiteral("alpha"), false));
    window.addPage(new FakePage(env->session(), QStringLiteral("users"), true));
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QCOMPARE(sidebar->count(), 2);
    QVERIFY(!sidebar->item(0)->isHidden());
    QVERIFY(sidebar->item(1)->isHidden());
    QVERIFY(!window.showPage(QStringLiteral("users")));
    QCOMPARE(window.currentPageId(), QStringLiteral("alpha"));
    QVERIFY(!window.showPage(QStringLiteral("nonexistent")));
}

void TestMainWindow::navigationRequestShowsThePageWithItsArguments()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    env->signInAs(env->addUser(QStringLiteral("admin1"), QStringLiteral("admin")));

    ui::MainWindow window(env->session());
    window.addPage(new FakePage(env->session(), QStringLiteral("alpha"), false));
    auto* users = new FakePage(env->session(), QStringLiteral("users"), true);
    window.addPage(users);
    QCOMPARE(window.currentPageId(), QStringLiteral("alpha"));

    env->session().requestNavigation(QStringLiteral("users"),
                                     {{QStringLiteral("ip"), QStringLiteral("203.0.113.9")}});
    QCOMPARE(window.currentPageId(), QStringLiteral("users"));
    QCOMPARE(users->lastArgs.value(QStringLiteral("ip")).toString(), QStringLiteral("203.0.113.9"));
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    QCOMPARE(stack->currentWidget(), users);
}

void TestMainWindow::statusBarNamesUserAndAlertState()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    ui::MainWindow window(env->session());
    auto* user = window.findChild<QLabel*>(QStringLiteral("statusUser"));
    auto* alerts = window.findChild<QLabel*>(QStringLiteral("statusAlerts"));
    QVERIFY(user && alerts);
    QCOMPARE(user->text(), QStringLiteral("Not signed in"));

    env->signInAs(env->addUser(QStringLiteral("admin1"), QStringLiteral("admin")));
    QVERIFY(user->text().contains(QStringLiteral("admin1")));
    QVERIFY(user->text().contains(QStringLiteral("admin")));

    window.setAlertState(AlertClient::State::Connected);
    QVERIFY(alerts->text().contains(QStringLiteral("connected")));
    window.setAlertState(AlertClient::State::Reconnecting);
    QVERIFY(alerts->text().contains(QStringLiteral("reconnecting")));

    env->session().end();
    QCOMPARE(user->text(), QStringLiteral("Not signed in"));
}

// The first page reads its data in activated(): the window must call it for
// the page it opens on, not only when the sidebar is clicked.
void TestMainWindow::firstPageIsActivatedWithoutAClick()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    env->signInAs(env->addUser(QStringLiteral("admin1"), QStringLiteral("admin")));

    ui::MainWindow window(env->session());
    auto* first = new FakePage(env->session(), QStringLiteral("alpha"), false);
    auto* second = new FakePage(env->session(), QStringLiteral("beta"), false);
    window.addPage(first);
    window.addPage(second);
    QCOMPARE(window.currentPageId(), QStringLiteral("alpha"));
    QCOMPARE(first->activations, 1);
    QCOMPARE(second->activations, 0);
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->currentRow(), 0);
}

void TestMainWindow::pageAvailableAfterSignInIsActivated()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    ui::MainWindow window(env->session());
    auto* users = new FakePage(env->session(), QStringLiteral("users"), true);
    window.addPage(users);
    QCOMPARE(users->activations, 0);

    env->signInAs(env->addUser(QStringLiteral("admin1"), QStringLiteral("admin")));
    QCOMPARE(window.currentPageId(), QStringLiteral("users"));
    QCOMPARE(users->activations, 1);
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->currentRow(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
