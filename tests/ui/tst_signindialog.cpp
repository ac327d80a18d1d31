#include "UiTestEnv.h"
#include "auth/SignInService.h"
#include "blocklist/IpBlockList.h"
#include "blocklist/IpRange.h"
#include "crypto/Base32.h"
#include "signin/SignInDialog.h"
#include "totp/Otp.h"
#include "twofactor/TwoFactorService.h"
#include "users/UserRepository.h"
#include "users/UserService.h"

#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>

using namespace nova;
using namespace nova::test;

namespace {

struct LoginEntry {
    bool success = false;
    QString userAgent;
    QJsonObject metadata;
};

// TOTP set up and confirmed for the user, as the enrollment dialog would;
// the clock then moves to the next step, since a code is accepted once.
struct Enrolled {
    QByteArray secret;
    QStringList backupCodes;
};

Enrolled enrollTotp(UiTestEnv& env, const User& user)
{
    auto enrollment = env.hub().twoFactor().enroll(user.id, Actor::localOperator(QStringLiteral("test")));
    if (!enrollment)
        qFatal("enroll: %s", qPrintable(enrollment.errorMessage()));
    const QByteArray secret = Base32::decode(enrollment->secretBase32).value();
    AccessContext context;
    context.ip = QStringLiteral("127.0.0.1");
    auto codes =
        env.hub().twoFactor().confirm(user.id, Otp::totp(secret, env.clock().nowMSecs() / 1000), context);
    if (!codes)
        qFatal("confirm: %s", qPrintable(codes.errorMessage()));
    env.clock().advanceSecs(30);
    return Enrolled{secret, codes.value()};
}

} // namespace

class TestSignInDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void signInWithPasswordOnly();
    void signInWithTotp();
    void signInWithBackupCode();
    void wrongCodeIsRefused();
    void wrongPasswordSaysSo();
    void lockedAccountSaysSoAfterFiveFailures();
    void blockedAddressSaysSo();
    void backGoesToThePasswordAndEscapeCancels();

private:
    void enterPassword(ui::SignInDialog& dialog, const QString& username, const QString& password);
    void submit(ui::SignInDialog& dialog);
    QString message(ui::SignInDialog& dialog);
    bool onSecondStep(ui::SignInDialog& dialog);
    QList<LoginEntry> logins(UiTestEnv& env);
};

void TestSignInDialog::enterPassword(ui::SignInDialog& dialog, const QString& username,
                                     const QString& password)
{
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("username"));
    auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
    QVERIFY(name && secret);
    name->clear();
    QTest::keyClicks(name, username);
    QTest::keyClicks(secret, password);
}

void TestSignInDialog::submit(ui::SignInDialog& dialog)
{
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("signInButton"));
    QVERIFY(button);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

QString TestSignInDialog::message(ui::SignInDialog& dialog)
{
    return dialog.findChild<QLabel*>(QStringLiteral("signInMessage"))->text();
}

bool TestSignInDialog::onSecondStep(ui::SignInDialog& dialog)
{
    auto* steps = dialog.findChild<QStackedWidget*>(QStringLiteral("signInSteps"));
    return steps->currentWidget()->objectName() == QLatin1String("secondFactorStep");
}

QList<LoginEntry> TestSignInDialog::logins(UiTestEnv& env)
{
    QList<LoginEntry> found;
    auto q = env.hub().database().exec(QStringLiteral(
        "SELECT success, user_agent, metadata FROM security_log WHERE event = 'login' ORDER BY id"));
    while (q && q->next())
        found.append(LoginEntry{q->value(0).toInt() != 0, q->value(1).toString(),
                                QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object()});
    return found;
}

void TestSignInDialog::signInWithPasswordOnly()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const User sara = env->addUser(QStringLiteral("sara"), QStringLiteral("broker"));

    ui::SignInDialog dialog(env->hub());
    dialog.show();
    enterPassword(dialog, QStringLiteral("sara"), UiTestEnv::kPassword);
    // Enter submits.
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("password")), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.user().id, sara.id);
    QCOMPARE(dialog.issuedToken().claims.username, QStringLiteral("sara"));
    auto claims = env->hub().signIn().validateSession(dialog.issuedToken().token);
    QVERIFY2(claims.ok(), qPrintable(claims.errorMessage()));
    QCOMPARE(claims->userId, sara.id);

    const QList<LoginEntry> entries = logins(*env);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].success);
    QVERIFY(entries[0].userAgent.startsWith(QStringLiteral("nova-admin/")));
    QCOMPARE(entries[0].metadata.value(QStringLiteral("method")).toString(), QStringLiteral("password"));
}

void TestSignInDialog::signInWithTotp()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const User sara = env->addUser(QStringLiteral("sara"), QStringLiteral("broker"));
    const Enrolled enrolled = enrollTotp(*env, sara);

    ui::SignInDialog dialog(env->hub());
    dialog.show();
    enterPassword(dialog, QStringLiteral("sara"), UiTestEnv::kPassword);
    submit(dialog);
    QTRY_VERIFY(onSecondStep(dialog));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.issuedToken().token.isEmpty());
    // The password is not kept once it has done its job.
    QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());

    auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("totpCode"));
    QVERIFY(code && code->isVisible());
    QTest::keyClicks(code, Otp::totp(enrolled.secret, env->clock().nowMSecs() / 1000));
    submit(dialog);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(env->hub().signIn().validateSession(dialog.issuedToken().token).ok());
    QCOMPARE(logins(*env).constLast().metadata.value(QStringLiteral("method")).toString(),
             QStringLiteral("totp"));
}

void TestSignInDialog::signInWithBackupCode()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const User sara = env->addUser(QStringLiteral("sara"), QStringLiteral("broker"));
    const Enrolled enrolled = enrollTotp(*env, sara);

    ui::SignInDialog dialog(env->hub());
    dialog.show();
    enterPassword(dialog, QStringLiteral("sara"), UiTestEnv::kPassword);
    submit(dialog);
    QTRY_VERIFY(onSecondStep(dialog));
    auto* useBackup = dialog.findChild<QPushButton*>(QStringLiteral("useBackupCodeButton"));
    QVERIFY(useBackup && useBackup->isVisible());
    QTest::mouseClick(useBackup, Qt::LeftButton);
    auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("backupCode"));
    QVERIFY(code->isVisible());
    QVERIFY(code->hasFocus());
    QTest::keyClicks(code, enrolled.backupCodes.first().toLower());
    submit(dialog);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(env->hub().twoFactor().status(sara.id)->backupCodesLeft, int(enrolled.backupCodes.size()) - 1);
    QCOMPARE(logins(*env).constLast().metadata.value(QStringLiteral("method")).toString(),
             QStringLiteral("backup_code"));
}

void TestSignInDialog::wrongCodeIsRefused()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const User sara = env->addUser(QStringLiteral("sara"), QStringLiteral("broker"));
    const Enrolled enrolled = enrollTotp(*env, sara);
    const QString right = Otp::totp(enrolled.secret, env->clock().nowMSecs() / 1000);
    const QString wrong =
        right == QLatin1String("123456") ? QStringLiteral("654321") : QStringLiteral("123456");

    ui::SignInDialog dialog(env->hub());
    dialog.show();
    enterPassword(dialog, QStringLiteral("sara"), UiTestEnv::kPassword);
    submit(dialog);
    QTRY_VERIFY(onSecondStep(dialog));
    auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("totpCode"));
    QTest::keyClicks(code, wrong);
    submit(dialog);
    QTRY_VERIFY(!message(dialog).isEmpty());
    QVERIFY2(message(dialog).contains(QStringLiteral("not correct")), qPrintable(message(dialog)));
    QVERIFY(dialog.isVisible());
    QVERIFY(onSecondStep(dialog));
    QVERIFY(dialog.issuedToken().token.isEmpty());
    QVERIFY(code->text().isEmpty());
    const LoginEntry last = logins(*env).constLast();
    QVERIFY(!last.success);
    QCOMPARE(last.metadata.value(QStringLiteral("reason")).toString(), QStringLiteral("wrong_totp"));
}

void TestSignInDialog::wrongPasswordSaysSo()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    env->addUser(QStringLiteral("sara"), QStringLiteral("broker"));

    ui::SignInDialog dialog(env->hub());
    dialog.show();
    enterPassword(dialog, QStringLiteral("sara"), QStringLiteral("not-the-password"));
    submit(dialog);
    QTRY_COMPARE(message(dialog), QStringLiteral("The user name or password is wrong."));
    QVERIFY(dialog.isVisible());
    QVERIFY(!onSecondStep(dialog));
    QVERIFY(dialog.issuedToken().token.isEmpty());
    QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
    QVERIFY(!logins(*env).constLast().success);
}

void TestSignInDialog::lockedAccountSaysSoAfterFiveFailures()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const User sara = env->addUser(QStringLiteral("sara"), QStringLiteral("broker"));
    // Five failures from one address would also make the intrusion detector
    // block 127.0.0.1; on the allow-list it is never blocked, so the account
    // lock is what the sixth attempt meets.
    QVERIFY(env->hub()
                .blockList()
                .allow(IpRange::parse(QStringLiteral("127.0.0.1")).value(), QStringLiteral("desktops"),
                       Actor::localOperator(QStringLiteral("test")))
                .ok());

    ui::SignInDialog dialog(env->hub());
    dialog.show();
    for (int attempt = 0; attempt < 5; ++attempt) {
        dialog.findChild<QLabel*>(QStringLiteral("signInMessage"))->clear();
        enterPassword(dialog, QStringLiteral("sara"), QStringLiteral("guess-%1").arg(attempt));
        submit(dialog);
        QTRY_COMPARE(message(dialog), QStringLiteral("The user name or password is wrong."));
    }
    enterPassword(dialog, QStringLiteral("sara"), UiTestEnv::kPassword);
    submit(dialog);
    QTRY_VERIFY(message(dialog).contains(QStringLiteral("locked")));
    // "15 minute(s)" without a translation loaded, "15 minutes" with one.
    QVERIFY2(message(dialog).contains(QStringLiteral("15 minute")), qPrintable(message(dialog)));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.issuedToken().token.isEmpty());
    QVERIFY(env->hub().users().repository().byId(sara.id)->status == UserStatus::Locked);
}

void TestSignInDialog::blockedAddressSaysSo()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    env->addUser(QStringLiteral("sara"), QStringLiteral("broker"));
    QVERIFY(env->hub()
                .blockList()
                .block(IpRange::parse(QStringLiteral("127.0.0.1")).value(), 3600 * 1000,
                       QStringLiteral("test"), BlockSource::Manual,
                       Actor::localOperator(QStringLiteral("test")))
                .ok());

    ui::SignInDialog dialog(env->hub());
    dialog.show();
    enterPassword(dialog, QStringLiteral("sara"), UiTestEnv::kPassword);
    submit(dialog);
    QTRY_VERIFY(message(dialog).contains(QStringLiteral("blocked")));
    QVERIFY(message(dialog).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.issuedToken().token.isEmpty());
    QCOMPARE(logins(*env).size(), 0);
}

void TestSignInDialog::backGoesToThePasswordAndEscapeCancels()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const User sara = env->addUser(QStringLiteral("sara"), QStringLiteral("broker"));
    enrollTotp(*env, sara);

    ui::SignInDialog dialog(env->hub());
    dialog.setUsername(QStringLiteral("sara"));
    dialog.show();
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
    QTRY_VERIFY(password->hasFocus());
    QTest::keyClicks(password, UiTestEnv::kPassword);
    submit(dialog);
    QTRY_VERIFY(onSecondStep(dialog));
    auto* back = dialog.findChild<QPushButton*>(QStringLiteral("backButton"));
    QVERIFY(back->isVisible());
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(!onSecondStep(dialog));
    QVERIFY(!back->isVisible());
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("username"))->text(), QStringLiteral("sara"));

    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.issuedToken().token.isEmpty());
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
