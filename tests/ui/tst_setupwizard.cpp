// The first-run wizard end to end on an empty database: the administrator is
// created, two-factor sign-in is turned on with a code computed here, and the
// outcome is read back from the services and the security log.
#include "UiTestEnv.h"
#include "crypto/Base32.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogQuery.h"
#include "setup/SetupWizard.h"
#include "totp/Otp.h"
#include "twofactor/QrCodeWidget.h"
#include "twofactor/TwoFactorService.h"
#include "users/UserService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

using namespace nova;
using namespace nova::test;

namespace {

const QString kStrongPassword = QStringLiteral("Saffron-Harbour-Lantern-93");

template <typename T>
T* child(QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QLatin1String(name));
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

QList<SecurityLogEntry> logged(UiTestEnv& env, const QString& event)
{
    SecurityLogFilter filter;
    filter.events = {event};
    return env.hub().logQuery().page(filter, std::nullopt, 100).value().entries;
}

// Fills the account page with a valid administrator.
void fillAccount(QWidget& wizard)
{
    retype(child<QLineEdit>(wizard, "usernameEdit"), QStringLiteral("layla"));
    retype(child<QLineEdit>(wizard, "displayNameEdit"), QStringLiteral("Layla Haddad"));
    retype(child<QLineEdit>(wizard, "emailEdit"), QStringLiteral("layla@example.com"));
    retype(child<QLineEdit>(wizard, "passwordEdit"), kStrongPassword);
    retype(child<QLineEdit>(wizard, "repeatPasswordEdit"), kStrongPassword);
}

} // namespace

class TestSetupWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsAdministratorWithTwoFactor();
    void refusesWhenUsersAppearedMeanwhile();
    void quittingAfterTheAccountAsksFirst();
};

void TestSetupWizard::createsAdministratorWithTwoFactor()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    QVERIFY(ui::SetupWizard::isNeeded(env->hub()));

    ui::SetupWizard wizard(env->hub());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ui::SetupWizard::WelcomePageId));
    child<QAbstractButton>(wizard, "nextButton")->click();
    QCOMPARE(wizard.currentId(), int(ui::SetupWizard::AccountPageId));

    auto* create = wizard.button(QWizard::CommitButton);
    QVERIFY(create->isVisible());
    fillAccount(wizard);
    QVERIFY(create->isEnabled());

    // A weak password, or two that differ, keep the account from being created.
    retype(child<QLineEdit>(wizard, "passwordEdit"), QStringLiteral("password123"));
    retype(child<QLineEdit>(wizard, "repeatPasswordEdit"), QStringLiteral("password123"));
    QVERIFY(!create->isEnabled());
    retype(child<QLineEdit>(wizard, "passwordEdit"), kStrongPassword);
    retype(child<QLineEdit>(wizard, "repeatPasswordEdit"), kStrongPassword + QStringLiteral("x"));
    QVERIFY(!create->isEnabled());
    QVERIFY(!child<QLabel>(wizard, "accountProblem")->text().isEmpty());
    retype(child<QLineEdit>(wizard, "repeatPasswordEdit"), kStrongPassword);
    QVERIFY(create->isEnabled());
    QVERIFY(child<QLabel>(wizard, "accountProblem")->text().isEmpty());
    // An invalid e-mail is named as it is typed.
    retype(child<QLineEdit>(wizard, "emailEdit"), QStringLiteral("layla@"));
    QVERIFY(!create->isEnabled());
    QVERIFY(!child<QLabel>(wizard, "accountProblem")->text().isEmpty());
    retype(child<QLineEdit>(wizard, "emailEdit"), QStringLiteral("layla@example.com"));
    QVERIFY(create->isEnabled());

    create->click();
    QTRY_COMPARE(wizard.currentId(), int(ui::SetupWizard::TotpPageId));
    QVERIFY(wizard.createdUser().has_value());
    const User admin = env->hub().users().byName(QStringLiteral("layla")).value();
    QCOMPARE(admin.role, QStringLiteral("admin"));
    QCOMPARE(admin.displayName, QStringLiteral("Layla Haddad"));
    QCOMPARE(admin.email, QStringLiteral("layla@example.com"));
    QCOMPARE(wizard.createdUser()->id, admin.id);
    // No way back to the account page, and the password is not kept.
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible() ||
            !wizard.button(QWizard::BackButton)->isEnabled());
    QVERIFY(child<QLineEdit>(wizard, "passwordEdit")->text().isEmpty());

    auto* qr = child<ui::QrCodeWidget>(wizard, "qrCode");
    QTRY_VERIFY(qr->hasCode());
    QVERIFY(qr->isVisible());
    const QByteArray key = Base32::decode(child<QLabel>(wizard, "secretLabel")->text()).value();
    const OtpSettings settings = env->hub().twoFactor().options().otp;
    const QString code = Otp::totp(key, env->clock().nowMSecs() / 1000, settings);
    auto* confirm = wizard.button(QWizard::CommitButton);
    QVERIFY(!confirm->isEnabled());
    // There is no skipping this page: no Next, no Finish without a code.
    QVERIFY(!wizard.button(QWizard::FinishButton)->isVisible());
    auto* codeEdit = child<QLineEdit>(wizard, "codeEdit");
    QTest::keyClicks(codeEdit,
                     code == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
    confirm->click();
    QTRY_VERIFY(child<QLabel>(wizard, "codeError")->isVisible());
    QCOMPARE(wizard.currentId(), int(ui::SetupWizard::TotpPageId));
    QVERIFY(!env->hub().twoFactor().status(admin.id).value().enabled);
    codeEdit->clear();
    QTest::keyClicks(codeEdit, code);
    QVERIFY(confirm->isEnabled());
    confirm->click();
    QTRY_COMPARE(wizard.currentId(), int(ui::SetupWizard::BackupCodesPageId));
    QVERIFY(env->hub().twoFactor().status(admin.id).value().enabled);

    const auto codeLabels = wizard.findChildren<QLabel*>(QStringLiteral("backupCode"));
    QCOMPARE(codeLabels.size(), 10);
    auto* finish = wizard.button(QWizard::FinishButton);
    QVERIFY(finish->isVisible());
    QVERIFY(!finish->isEnabled());
    child<QCheckBox>(wizard, "storedCheck")->click();
    QVERIFY(finish->isEnabled());
    finish->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.createdUser()->username, QStringLiteral("layla"));

    const TwoFactorStatus status = env->hub().twoFactor().status(admin.id).value();
    QVERIFY(status.enabled);
    QCOMPARE(status.backupCodesLeft, 10);
    AccessContext context;
    const QString firstBackup = codeLabels.first()->text().section(QLatin1String(". "), 1);
    QVERIFY(env->hub().twoFactor().verifyBackupCode(admin.id, firstBackup, context).ok());
    QVERIFY(!ui::SetupWizard::isNeeded(env->hub()));

    const auto created = logged(*env, EventType::CreateUser);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().event.username, QStringLiteral("setup-wizard"));
    QVERIFY(created.first().event.success);
    const auto enrolled = logged(*env, EventType::TwoFactorEnrolled);
    QCOMPARE(enrolled.size(), 1);
    QCOMPARE(enrolled.first().event.username, QStringLiteral("setup-wizard"));
    const auto enabled = logged(*env, EventType::TwoFactorEnabled);
    QCOMPARE(enabled.size(), 2);                      // the wrong code, then the right one
    QCOMPARE(enabled.first().event.userId, admin.id); // newest first
    QVERIFY(enabled.first().event.success);
    QVERIFY(!enabled.last().event.success);
    QVERIFY(!env->hub().securityLog().verify().value().firstBrokenId.has_value());
}

void TestSetupWizard::refusesWhenUsersAppearedMeanwhile()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    ui::SetupWizard wizard(env->hub());
    wizard.show();
    child<QAbstractButton>(wizard, "nextButton")->click();
    fillAccount(wizard);
    // Someone else (another desktop, nova-ctl) created a user in the meantime.
    env->addUser(QStringLiteral("other"), QStringLiteral("admin"));
    wizard.button(QWizard::CommitButton)->click();
    auto* problem = child<QLabel>(wizard, "accountProblem");
    QTRY_VERIFY(!problem->text().isEmpty());
    QCOMPARE(wizard.currentId(), int(ui::SetupWizard::AccountPageId));
    QVERIFY(!wizard.createdUser());
    QVERIFY(!env->hub().users().byName(QStringLiteral("layla")).ok());
}

void TestSetupWizard::quittingAfterTheAccountAsksFirst()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    ui::SetupWizard wizard(env->hub());
    wizard.show();
    child<QAbstractButton>(wizard, "nextButton")->click();
    fillAccount(wizard);
    wizard.button(QWizard::CommitButton)->click();
    QTRY_COMPARE(wizard.currentId(), int(ui::SetupWizard::TotpPageId));
    // While the secret is being created, Cancel waits.
    QTRY_VERIFY(child<ui::QrCodeWidget>(wizard, "qrCode")->hasCode());

    QString warning;
    QTimer::singleShot(0, this, [&warning] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        warning = box->text();
        box->reject(); // "Continue Setup"
    });
    wizard.button(QWizard::CancelButton)->click();
    QVERIFY(warning.contains(QStringLiteral("nova-ctl totp enroll layla")));
    QVERIFY(wizard.isVisible());
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
