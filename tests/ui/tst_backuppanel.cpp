#include "UiTestEnv.h"
#include "backup/BackupHistory.h"
#include "settings/BackupPanel.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace nova;
using namespace nova::test;

namespace {

const QString kPassphrase = QStringLiteral("Seven-Quiet-Harbour-Lights-42");

} // namespace

// The Backups group of the Settings page on a real database: the panel's
// slots create, verify and restore through the service off the GUI thread.
class TestBackupPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void createThenVerifyWithAPassphrase();
    void passphraseMustBeConfirmedAndRight();
    void warnsWhenNoBackupInSevenDays();
    void restoreConfirmsThenAsksForARestart();
    void hiddenWithoutSettingsUpdate();

private:
    template <typename T>
    T* child(const char* name) const
    {
        return m_panel->findChild<T*>(QLatin1String(name));
    }
    void usePassphrase(const QString& passphrase, const QString& confirmation);
    // Runs an operation and waits for its `finished`.
    QList<QVariant> runAndWait(const std::function<void()>& operation);

    std::unique_ptr<UiTestEnv> m_env;
    std::unique_ptr<ui::BackupPanel> m_panel;
};

void TestBackupPanel::init()
{
    m_env = UiTestEnv::create();
    QVERIFY(m_env);
    m_env->signInAs(m_env->addUser(QStringLiteral("layla"), QStringLiteral("admin")));
    m_panel = std::make_unique<ui::BackupPanel>(m_env->session());
    m_panel->show();
}

void TestBackupPanel::cleanup()
{
    m_panel.reset();
    m_env.reset();
}

void TestBackupPanel::usePassphrase(const QString& passphrase, const QString& confirmation)
{
    child<QRadioButton>("backupUsePassphrase")->click();
    QVERIFY(child<QRadioButton>("backupUsePassphrase")->isChecked());
    QVERIFY(child<QLineEdit>("backupPassphrase")->isVisible());
    child<QLineEdit>("backupPassphrase")->clear();
    child<QLineEdit>("backupPassphraseConfirm")->clear();
    QTest::keyClicks(child<QLineEdit>("backupPassphrase"), passphrase);
    QTest::keyClicks(child<QLineEdit>("backupPassphraseConfirm"), confirmation);
}

QList<QVariant> TestBackupPanel::runAndWait(const std::function<void()>& operation)
{
    QSignalSpy finished(m_panel.get(), &ui::BackupPanel::finished);
    operation();
    if (finished.isEmpty() && !finished.wait(60000))
        return {};
    return finished.constFirst();
}

void TestBackupPanel::createThenVerifyWithAPassphrase()
{
    QTRY_VERIFY(child<QLabel>("lastBackup")->text().contains(QLatin1String("No backup")));
    QVERIFY(child<QLabel>("backupWarning")->isVisible());

    usePassphrase(kPassphrase, kPassphrase);
    const QString file = m_env->folder().filePath(QStringLiteral("nova.novabackup"));
    const auto created = runAndWait([&] { m_panel->createBackupTo(file); });
    QCOMPARE(created.size(), 2);
    QVERIFY2(created.at(0).toBool(), qPrintable(created.at(1).toString()));
    QVERIFY(QFile::exists(file));
    QCOMPARE(child<QLabel>("backupStatus")->text(), created.at(1).toString());
    QTRY_VERIFY(child<QLabel>("lastBackup")->text().contains(QLatin1String("nova.novabackup")));
    QVERIFY(!child<QLabel>("backupWarning")->isVisible());

    const auto verified = runAndWait([&] { m_panel->verifyBackupFile(file); });
    QCOMPARE(verified.size(), 2);
    QVERIFY2(verified.at(0).toBool(), qPrintable(verified.at(1).toString()));
    QVERIFY(verified.at(1).toString().contains(QLatin1String("intact")));

    // The same file is refused with the stored key: it needs the passphrase.
    child<QRadioButton>("backupUseStoredKey")->click();
    const auto withKey = runAndWait([&] { m_panel->verifyBackupFile(file); });
    QCOMPARE(withKey.size(), 2);
    QVERIFY(!withKey.at(0).toBool());
    QVERIFY2(withKey.at(1).toString().contains(QLatin1String("passphrase")),
             qPrintable(withKey.at(1).toString()));

    auto entries = m_env->hub().database().exec(
        QStringLiteral("SELECT COUNT(*) FROM security_log WHERE event = 'backup_created' AND success = 1 AND "
                       "username = 'layla'"));
    QVERIFY(entries && entries->next());
    QCOMPARE(entries->value(0).toInt(), 1);
}

void TestBackupPanel::passphraseMustBeConfirmedAndRight()
{
    const QString file = m_env->folder().filePath(QStringLiteral("nova.novabackup"));
    usePassphrase(kPassphrase, kPassphrase + QLatin1Char('!'));
    const auto mismatch = runAndWait([&] { m_panel->createBackupTo(file); });
    QCOMPARE(mismatch.size(), 2);
    QVERIFY(!mismatch.at(0).toBool());
    QVERIFY(!QFile::exists(file));

    usePassphrase(QStringLiteral("password"), QStringLiteral("password"));
    const auto weak = runAndWait([&] { m_panel->createBackupTo(file); });
    QCOMPARE(weak.size(), 2);
    QVERIFY(!weak.at(0).toBool());
    QVERIFY(!QFile::exists(file));

    usePassphrase(kPassphrase, kPassphrase);
    QVERIFY(runAndWait([&] { m_panel->createBackupTo(file); }).value(0).toBool());
    usePassphrase(QStringLiteral("Another-Long-Phrase-Entirely-7"), QString());
    const auto wrong = runAndWait([&] { m_panel->verifyBackupFile(file); });
    QCOMPARE(wrong.size(), 2);
    QVERIFY(!wrong.at(0).toBool());
    QVERIFY2(wrong.at(1).toString().contains(QLatin1String("passphrase is wrong")),
             qPrintable(wrong.at(1).toString()));
}

void TestBackupPanel::warnsWhenNoBackupInSevenDays()
{
    const QString file = m_env->folder().filePath(QStringLiteral("nova.novabackup"));
    QVERIFY(runAndWait([&] { m_panel->createBackupTo(file); }).value(0).toBool());
    QTRY_VERIFY(child<QLabel>("lastBackup")->text().contains(QLatin1String("nova.novabackup")));
    QVERIFY(!child<QLabel>("backupWarning")->isVisible());

    m_env->clock().advanceSecs(BackupHistory::kOverdueAfterMs / 1000 + 60);
    m_panel->refresh();
    QTRY_VERIFY(child<QLabel>("backupWarning")->isVisible());
    QVERIFY(child<QLabel>("backupWarning")->text().contains(QLatin1String("7")));
}

void TestBackupPanel::restoreConfirmsThenAsksForARestart()
{
    const QString file = m_env->folder().filePath(QStringLiteral("nova.novabackup"));
    QVERIFY(runAndWait([&] { m_panel->createBackupTo(file); }).value(0).toBool());
    m_env->addUser(QStringLiteral("omar"), QStringLiteral("broker"));

    // Answers the confirmation with Restore and the closing message with OK.
    QStringList seen;
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        seen.append(box->objectName());
        auto* restore = box->findChild<QPushButton*>(QStringLiteral("confirmRestoreButton"));
        (restore ? restore : box->button(QMessageBox::Ok))->click();
    });
    answer.start();
    QSignalSpy restart(m_panel.get(), &ui::BackupPanel::restartRequested);
    const auto restored = runAndWait([&] { m_panel->restoreBackupFile(file); });
    QCOMPARE(restored.size(), 2);
    QVERIFY2(restored.at(0).toBool(), qPrintable(restored.at(1).toString()));
    QTRY_COMPARE(restart.count(), 1);
    answer.stop();
    QCOMPARE(seen,
             (QStringList{QStringLiteral("restoreConfirmation"), QStringLiteral("restoreDoneMessage")}));
    auto omar =
        m_env->hub().database().exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = 'omar'"));
    QVERIFY(omar && omar->next());
    QCOMPARE(omar->value(0).toInt(), 0);
}

void TestBackupPanel::hiddenWithoutSettingsUpdate()
{
    m_panel.reset();
    m_env->session().end();
    m_env->signInAs(m_env->addUser(QStringLiteral("karim"), QStringLiteral("broker")));
    m_panel = std::make_unique<ui::BackupPanel>(m_env->session());
    m_panel->show();
    QVERIFY(!child<QPushButton>("createBackupButton")->isVisible());
    QVERIFY(!child<QPushButton>("restoreBackupButton")->isVisible());
    QVERIFY(child<QLabel>("backupNote")->text().contains(QLatin1String("settings:update")));
}

QTEST_MAIN(TestBackupPanel)
#include "tst_backuppanel.moc"
