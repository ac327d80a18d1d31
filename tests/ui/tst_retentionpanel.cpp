#include "UiTestEnv.h"
#include "securitylog/LogRetention.h"
#include "securitylog/SecurityLog.h"
#include "settings/RetentionPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace nova;
using namespace nova::test;

// Settings → Log retention: the policy shown, changed and audited, archiving
// on demand, and nothing for a user without the settings permission.
class TestRetentionPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup() { m_env.reset(); }

    void showsTheStoredPolicy();
    void changeIsSavedAndAudited();
    void archiveNowMovesOldEntries();
    void hiddenWithoutSettingsPermission();

private:
    std::unique_ptr<ui::RetentionPanel> open();
    template <typename T>
    T* child(ui::RetentionPanel& panel, const char* name)
    {
        return panel.findChild<T*>(QString::fromLatin1(name));
    }

    std::unique_ptr<UiTestEnv> m_env;
};

void TestRetentionPanel::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_env = UiTestEnv::create(backend);
    QVERIFY(m_env);
}

std::unique_ptr<ui::RetentionPanel> TestRetentionPanel::open()
{
    auto panel = std::make_unique<ui::RetentionPanel>(m_env->session());
    panel->show();
    QSignalSpy loaded(panel.get(), &ui::RetentionPanel::finished);
    if (panel->isBusy() && !loaded.wait(10000))
        return nullptr;
    return panel;
}

void TestRetentionPanel::showsTheStoredPolicy()
{
    m_env->signInAs(m_env->addUser(QStringLiteral("layla"), QStringLiteral("admin")));
    auto panel = open();
    QVERIFY(panel);
    QCOMPARE(child<QSpinBox>(*panel, "retentionDays")->value(), RetentionPolicy::kDefaultDays);
    const QString folder = child<QLineEdit>(*panel, "retentionFolder")->text();
    QCOMPARE(folder, m_env->hub().retention().defaultArchiveFolder());
    QVERIFY(!child<QLabel>(*panel, "retentionLastRun")->text().isEmpty());
    // Nothing changed yet: nothing to save, archiving allowed.
    QVERIFY(!child<QPushButton>(*panel, "retentionSave")->isEnabled());
    QVERIFY(child<QPushButton>(*panel, "retentionArchiveNow")->isEnabled());
}

void TestRetentionPanel::changeIsSavedAndAudited()
{
    m_env->signInAs(m_env->addUser(QStringLiteral("layla"), QStringLiteral("admin")));
    auto panel = open();
    QVERIFY(panel);
    const QString folder = m_env->folder().filePath(QStringLiteral("archives"));
    child<QSpinBox>(*panel, "retentionDays")->setValue(30);
    child<QLineEdit>(*panel, "retentionFolder")->setText(folder);
    QVERIFY(child<QPushButton>(*panel, "retentionSave")->isEnabled());
    // Archiving waits for the change to be saved: it uses the stored policy.
    QVERIFY(!child<QPushButton>(*panel, "retentionArchiveNow")->isEnabled());
    QSignalSpy finished(panel.get(), &ui::RetentionPanel::finished);
    QTest::mouseClick(child<QPushButton>(*panel, "retentionSave"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && finished.count() >= 1, 10000);
    QVERIFY(finished.constLast().constFirst().toBool());

    auto stored = m_env->hub().retention().policy();
    QVERIFY(stored.ok());
    QCOMPARE(stored->days, 30);
    QCOMPARE(stored->archiveFolder, folder);
    auto audited = m_env->database().db().exec(
        QStringLiteral("SELECT username FROM security_log WHERE event = 'settings_changed' AND metadata LIKE "
                       "'%retention_days%'"));
    QVERIFY(audited.ok() && audited->next());
    QCOMPARE(audited->value(0).toString(), QStringLiteral("layla"));

    // Out of range is refused by the field itself.
    child<QSpinBox>(*panel, "retentionDays")->setValue(1);
    QCOMPARE(child<QSpinBox>(*panel, "retentionDays")->value(), RetentionPolicy::kMinDays);
}

void TestRetentionPanel::archiveNowMovesOldEntries()
{
    m_env->signInAs(m_env->addUser(QStringLiteral("layla"), QStringLiteral("admin")));
    RetentionPolicy policy;
    policy.archiveFolder = m_env->folder().filePath(QStringLiteral("archives"));
    QVERIFY(m_env->hub().retention().setPolicy(policy, Actor::localOperator(QStringLiteral("root"))).ok());
    const qint64 now = m_env->clock().nowMSecs();
    m_env->clock().setMSecs(now - 120LL * 24 * 60 * 60 * 1000);
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_env->hub()
                    .securityLog()
                    .append(SecurityEvent::about(EventType::Login, false, std::nullopt,
                                                 QStringLiteral("intruder"), QStringLiteral("203.0.113.50"),
                                                 QStringLiteral("curl")))
                    .ok());
    m_env->clock().setMSecs(now);

    auto panel = open();
    QVERIFY(panel);
    QSignalSpy finished(panel.get(), &ui::RetentionPanel::finished);
    QTest::mouseClick(child<QPushButton>(*panel, "retentionArchiveNow"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && finished.count() >= 1, 10000);
    QVERIFY(finished.constLast().constFirst().toBool());
    QCOMPARE(LogRetention::archiveFiles(policy.archiveFolder).size(), 1);
    const QString message = child<QLabel>(*panel, "retentionMessage")->text();
    QVERIFY2(message.contains(QStringLiteral("archives")), qPrintable(message));
    QVERIFY(!m_env->hub().securityLog().verify()->firstBrokenId);
    QVERIFY(!m_env->hub().retention().verifyWithArchives(policy.archiveFolder)->firstBrokenId);
    QVERIFY(m_env->hub().retention().lastRunMs()->has_value());
}

void TestRetentionPanel::hiddenWithoutSettingsPermission()
{
    m_env->signInAs(m_env->addUser(QStringLiteral("sami"), QStringLiteral("security")));
    QWidget page;
    auto* panel = new ui::RetentionPanel(m_env->session(), &page);
    page.show();
    QVERIFY(!panel->isVisible());
    QVERIFY(!panel->isBusy());
}

QTEST_MAIN(TestRetentionPanel)
#include "tst_retentionpanel.moc"
