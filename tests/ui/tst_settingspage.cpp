#include "UiTestEnv.h"
#include "policy/PolicyStore.h"
#include "settings/AppSettings.h"
#include "settings/SettingsPage.h"
#include "users/UserService.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nova;
using namespace nova::test;

class TestSettingsPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void storedValuesAreShownAndApplied();
    void revertShowsTheStoredValues();
    void invalidAddressesAreRefused();
    void policyChangeIsStoredAndAudited();
    void policyIsReadOnlyWithoutSettingsUpdate();
    void policySaveIsRefusedWhenThePermissionIsGone();

private:
    static int countEvents(UiTestEnv& env, const QString& event);

    QTemporaryDir m_settingsDir;
};

void TestSettingsPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestSettingsPage::init()
{
    QSettings(QStringLiteral("Nova CRM"), QStringLiteral("nova-admin")).clear();
}

int TestSettingsPage::countEvents(UiTestEnv& env, const QString& event)
{
    auto q = env.hub().database().exec(QStringLiteral("SELECT COUNT(*) FROM security_log WHERE event = ?"),
                                       {event});
    return q && q->next() ? q->value(0).toInt() : -1;
}

void TestSettingsPage::storedValuesAreShownAndApplied()
{
    ui::AppSettings stored;
    stored.databaseUrl = QStringLiteral("postgresql://nova@db.example.com:5432/nova");
    stored.lockTimeoutMinutes = 20;
    QVERIFY(stored.save().ok());
    QVERIFY(QFileInfo(QSettings(QStringLiteral("Nova CRM"), QStringLiteral("nova-admin")).fileName())
                .absoluteFilePath()
                .startsWith(m_settingsDir.path()));

    auto env = UiTestEnv::create();
    QVERIFY(env);
    env->signInAs(env->addUser(QStringLiteral("layla"), QStringLiteral("admin")));
    ui::SettingsPage page(env->session());
    QSignalSpy changed(&page, &ui::SettingsPage::appSettingsChanged);
    page.show();
    QCOMPARE(page.pageId(), QStringLiteral("settings"));

    auto* database = page.findChild<QLineEdit*>(QStringLiteral("databaseUrl"));
    auto* alerts = page.findChild<QLineEdit*>(QStringLiteral("alertServerUrl"));
    auto* lock = page.findChild<QSpinBox*>(QStringLiteral("lockTimeout"));
    auto* language = page.findChild<QComboBox*>(QStringLiteral("language"));
    auto* apply = page.findChild<QPushButton*>(QStringLiteral("applyButton"));
    QVERIFY(database && alerts && lock && language && apply);
    QCOMPARE(database->text(), stored.databaseUrl);
    QCOMPARE(lock->value(), 20);
    QCOMPARE(language->currentData().toString(), QString());
    QTRY_VERIFY(page.findChild<QSpinBox*>(QStringLiteral("lockThreshold"))->isEnabled());
    QVERIFY(!apply->isEnabled());

    QTest::keyClicks(alerts, QStringLiteral("wss://alerts.example.com:8443"));
    lock->setValue(5);
    language->setCurrentIndex(language->findData(QStringLiteral("ar")));
    database->clear();
    QTRY_VERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);

    const ui::AppSettings saved = ui::AppSettings::load();
    QCOMPARE(saved.databaseUrl, QString());
    QCOMPARE(saved.alertServerUrl, QStringLiteral("wss://alerts.example.com:8443"));
    QCOMPARE(saved.lockTimeoutMinutes, 5);
    QCOMPARE(saved.language, QStringLiteral("ar"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!apply->isEnabled());
    // Desktop settings are this computer's: nothing in the security log.
    QCOMPARE(countEvents(*env, QStringLiteral("settings_changed")), 0);
}

void TestSettingsPage::revertShowsTheStoredValues()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    env->signInAs(env->addUser(QStringLiteral("layla"), QStringLiteral("admin")));
    ui::SettingsPage page(env->session());
    page.show();
    auto* lock = page.findChild<QSpinBox*>(QStringLiteral("lockTimeout"));
    auto* revert = page.findChild<QPushButton*>(QStringLiteral("revertButton"));
    QCOMPARE(lock->value(), ui::AppSettings::kDefaultLockTimeoutMinutes);
    QVERIFY(!revert->isEnabled());
    lock->setValue(0);
    QVERIFY(revert->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);
    QCOMPARE(lock->value(), ui::AppSettings::kDefaultLockTimeoutMinutes);
    QCOMPARE(ui::AppSettings::load().lockTimeoutMinutes, ui::AppSettings::kDefaultLockTimeoutMinutes);
}

void TestSettingsPage::invalidAddressesAreRefused()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    env->signInAs(env->addUser(QStringLiteral("layla"), QStringLiteral("admin")));
    ui::SettingsPage page(env->session());
    page.show();
    auto* alerts = page.findChild<QLineEdit*>(QStringLiteral("alertServerUrl"));
    auto* alertsError = page.findChild<QLabel*>(QStringLiteral("alertServerUrlError"));
    auto* database = page.findChild<QLineEdit*>(QStringLiteral("databaseUrl"));
    auto* databaseError = page.findChild<QLabel*>(QStringLiteral("databaseUrlError"));
    auto* apply = page.findChild<QPushButton*>(QStringLiteral("applyButton"));
    // Apply waits for the policy to be loaded.
    QTRY_VERIFY(page.findChild<QSpinBox*>(QStringLiteral("lockThreshold"))->isEnabled());
    QVERIFY(!alertsError->isVisible() && !databaseError->isVisible());

    QTest::keyClicks(alerts, QStringLiteral("https://alerts.example.com"));
    QVERIFY(alertsError->isVisible());
    QVERIFY(alertsError->text().contains(QStringLiteral("wss://")));
    QVERIFY(!apply->isEnabled());
    page.apply();
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("settingsStatus"))
                ->text()
                .contains(QStringLiteral("Nothing was saved")));
    QCOMPARE(ui::AppSettings::load().alertServerUrl, QString());

    alerts->clear();
    QVERIFY(!alertsError->isVisible());
    QTest::keyClicks(database, QStringLiteral("postgresql://db.example.com"));
    QVERIFY(databaseError->isVisible());
    QVERIFY(!apply->isEnabled());
    database->clear();
    QTest::keyClicks(database, QStringLiteral("mysql://db.example.com/nova"));
    QVERIFY(databaseError->isVisible());
    database->clear();
    QTest::keyClicks(database, QStringLiteral("postgresql://nova@db.example.com/nova"));
    QVERIFY(!databaseError->isVisible());
    QVERIFY(apply->isEnabled());
}

void TestSettingsPage::policyChangeIsStoredAndAudited()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const User layla = env->addUser(QStringLiteral("layla"), QStringLiteral("admin"));
    env->signInAs(layla);
    ui::SettingsPage page(env->session());
    QSignalSpy saved(&page, &ui::SettingsPage::policySaved);
    page.show();
    auto* threshold = page.findChild<QSpinBox*>(QStringLiteral("lockThreshold"));
    auto* digits = page.findChild<QSpinBox*>(QStringLiteral("totpDigits"));
    auto* blockHours = page.findChild<QSpinBox*>(QStringLiteral("bruteForceBlockHours"));
    QVERIFY(threshold && digits && blockHours);
    QTRY_VERIFY(threshold->isEnabled());
    QCOMPARE(threshold->value(), 5);
    QCOMPARE(blockHours->value(), 24);

    threshold->setValue(3);
    digits->setValue(8);
    blockHours->setValue(48);
    QVERIFY(page.hasChanges());
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    threshold->setFocus();
    QTest::keySequence(threshold, QKeySequence::Save);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toBool(), true);

    const ServicePolicy policy = *env->hub().policyStore().load();
    QCOMPARE(policy.lockThreshold, 3);
    QCOMPARE(policy.totpDigits, 8);
    QCOMPARE(policy.thresholds.bruteForceBlockMs, 48 * 3600 * 1000LL);
    QVERIFY(!page.hasChanges());

    auto q = env->hub().database().exec(QStringLiteral(
        "SELECT user_id, username, ip, metadata FROM security_log WHERE event = 'settings_changed'"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toLongLong(), layla.id);
    QCOMPARE(q->value(1).toString(), QStringLiteral("layla"));
    QCOMPARE(q->value(2).toString(), QStringLiteral("127.0.0.1"));
    const QJsonObject changes = QJsonDocument::fromJson(q->value(3).toString().toUtf8())
                                    .object()
                                    .value(QStringLiteral("changes"))
                                    .toObject();
    QCOMPARE(changes.size(), 3);
    QCOMPARE(
        changes.value(QStringLiteral("policy.lock.threshold")).toObject().value(QStringLiteral("to")).toInt(),
        3);
    QVERIFY(!q->next());
}

void TestSettingsPage::policyIsReadOnlyWithoutSettingsUpdate()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    env->signInAs(env->addUser(QStringLiteral("omar"), QStringLiteral("broker")));
    ui::SettingsPage page(env->session());
    page.show();
    auto* threshold = page.findChild<QSpinBox*>(QStringLiteral("lockThreshold"));
    QVERIFY(!threshold->isVisible() || !threshold->isEnabled());
    QVERIFY(!page.findChild<QLabel*>(QStringLiteral("policyNote"))->text().isEmpty());
    // The desktop's own settings stay the broker's to change.
    auto* lock = page.findChild<QSpinBox*>(QStringLiteral("lockTimeout"));
    QVERIFY(lock->isEnabled());
    lock->setValue(3);
    page.apply();
    QCOMPARE(ui::AppSettings::load().lockTimeoutMinutes, 3);
    QCOMPARE(countEvents(*env, QStringLiteral("unauthorized_access")), 0);
}

void TestSettingsPage::policySaveIsRefusedWhenThePermissionIsGone()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    env->addUser(QStringLiteral("root"), QStringLiteral("admin"));
    const User layla = env->addUser(QStringLiteral("layla"), QStringLiteral("admin"));
    env->signInAs(layla);
    ui::SettingsPage page(env->session());
    QSignalSpy saved(&page, &ui::SettingsPage::policySaved);
    page.show();
    auto* threshold = page.findChild<QSpinBox*>(QStringLiteral("lockThreshold"));
    QTRY_VERIFY(threshold->isEnabled());

    // Demoted elsewhere while the page was open: the buttons still look
    // allowed, the service call is not.
    UserChanges demote;
    demote.role = QStringLiteral("broker");
    QVERIFY(env->hub().users().update(layla.id, demote, Actor::localOperator(QStringLiteral("test"))).ok());

    threshold->setValue(2);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("applyButton")), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toBool(), false);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("settingsStatus"))
                ->text()
                .contains(QStringLiteral("not saved")));
    QCOMPARE(env->hub().policyStore().load()->lockThreshold, 5);
    QCOMPARE(countEvents(*env, QStringLiteral("settings_changed")), 0);
    QCOMPARE(countEvents(*env, QStringLiteral("unauthorized_access")), 1);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
