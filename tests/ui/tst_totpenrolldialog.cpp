// Two-factor enrollment through the dialog, on the real service layer: the
// QR code is decoded by ZBar, the code is computed here from the secret the
// dialog shows, and the outcome is read back from TwoFactorService and the
// security log.
#include "Bidi.h"
#include "UiTestEnv.h"
#include "crypto/Base32.h"
#include "securitylog/SecurityLogQuery.h"
#include "totp/Otp.h"
#include "totp/OtpUri.h"
#include "twofactor/BackupCodesView.h"
#include "twofactor/QrCodeWidget.h"
#include "twofactor/TotpEnrollDialog.h"
#include "twofactor/TwoFactorService.h"
#include "twofactor/ZbarDecoder.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPrinter>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace nova;
using namespace nova::test;

namespace {

template <typename T>
T* child(QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QLatin1String(name));
}

// The key as the dialog shows it: grouped base32.
QByteArray shownKey(QWidget& dialog)
{
    auto* secret = child<QLabel>(dialog, "secretLabel");
    return secret ? Base32::decode(secret->text()).value() : QByteArray();
}

QString codeAt(const QByteArray& key, UiTestEnv& env, int stepOffset = 0)
{
    const OtpSettings settings = env.hub().twoFactor().options().otp;
    return Otp::totp(key, env.clock().nowMSecs() / 1000 + stepOffset * settings.periodSecs, settings);
}

// Six digits that no step within the verifier's skew accepts.
QString wrongCode(const QByteArray& key, UiTestEnv& env)
{
    const QStringList valid{codeAt(key, env, -1), codeAt(key, env), codeAt(key, env, 1)};
    for (int n = 0;; ++n) {
        const QString candidate = QStringLiteral("%1").arg(n * 137 % 1000000, 6, 10, QLatin1Char('0'));
        if (!valid.contains(candidate))
            return candidate;
    }
}

QList<SecurityLogEntry> logged(UiTestEnv& env, const QString& event, qint64 userId)
{
    SecurityLogFilter filter;
    filter.events = {event};
    filter.userId = userId;
    return env.hub().logQuery().page(filter, std::nullopt, 100).value().entries;
}

// Waits until the dialog shows an enrollment and returns its key.
bool waitForEnrollment(QWidget& dialog)
{
    auto* qr = child<ui::QrCodeWidget>(dialog, "qrCode");
    return qr && QTest::qWaitFor([qr] { return qr->hasCode(); }, 10000);
}

QStringList shownBackupCodes(QWidget& dialog)
{
    QStringList codes;
    for (QLabel* label : dialog.findChildren<QLabel*>(QStringLiteral("backupCode")))
        codes.append(label->text().section(QLatin1String(". "), 1));
    return codes;
}

} // namespace

class TestTotpEnrollDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void enrollsOwnAccountWithQrCodeAndFirstCode();
    void wrongCodeShowsErrorAndDoesNotEnable();
    void adminEnrollsAnotherUserAndCancelLeavesItOff();
    void brokerMayNotEnrollSomeoneElse();
    void secretHidesOnDeactivationAndTimeout();
    void closingWithoutKeepingCodesAsksFirst();
    void backupCodesAreSavedPrivatelyAndPrinted();
};

void TestTotpEnrollDialog::enrollsOwnAccountWithQrCodeAndFirstCode()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const User broker = env->addUser(QStringLiteral("broker1"), QStringLiteral("broker"));
    env->signInAs(broker);

    ui::TotpEnrollDialog dialog(env->session(), broker.id, broker.username);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(waitForEnrollment(dialog));

    // The QR code is the otpauth URI of the secret shown next to it.
    const QByteArray key = shownKey(dialog);
    QCOMPARE(key.size(), TwoFactorService::kSecretBytes);
    OtpAccount account;
    account.issuer = QStringLiteral("Nova CRM");
    account.accountName = QStringLiteral("broker1");
    account.secret = key;
    account.settings = env->hub().twoFactor().options().otp;
    const QString expectedUri = OtpUri::build(account);
    auto* qr = child<ui::QrCodeWidget>(dialog, "qrCode");
    QCOMPARE(decodeQrCodes(qr->renderImage(400)), QStringList{expectedUri});
    // And it scans from the dialog as drawn on screen, too.
    QCOMPARE(decodeQrCodes(dialog.grab().toImage()), QStringList{expectedUri});
    QCOMPARE(child<QLabel>(dialog, "issuerLabel")->text(), QStringLiteral("Nova CRM"));
    QCOMPARE(child<QLabel>(dialog, "accountLabel")->text(), QStringLiteral("broker1"));
    // Grouped by four for reading.
    QVERIFY(child<QLabel>(dialog, "secretLabel")->text().contains(QLatin1Char(' ')));

    child<QPushButton>(dialog, "copySecret")->click();
    QCOMPARE(Base32::decode(QApplication::clipboard()->text()).value(), key);
    QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArrayLiteral("secret"));

    auto* codeEdit = child<QLineEdit>(dialog, "codeEdit");
    auto* confirm = child<QPushButton>(dialog, "confirmButton");
    QVERIFY(codeEdit && confirm);
    QVERIFY(!confirm->isEnabled());
    const QString code = codeAt(key, *env);
    // Letters are dropped; the button waits for the full length.
    QTest::keyClicks(codeEdit, QStringLiteral("a") + code.left(5));
    QCOMPARE(codeEdit->text(), code.left(5));
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(codeEdit, code.right(1));
    QVERIFY(confirm->isEnabled());
    QCOMPARE(env->hub().twoFactor().status(broker.id).value().enabled, false);

    QSignalSpy enabled(&dialog, &ui::TotpEnrollDialog::twoFactorEnabled);
    QTest::keyClick(codeEdit, Qt::Key_Return);
    QTRY_COMPARE(enabled.count(), 1);
    QVERIFY(dialog.isConfirmed());
    const TwoFactorStatus status = env->hub().twoFactor().status(broker.id).value();
    QVERIFY(status.enabled);
    QCOMPARE(status.backupCodesLeft, 10);
    QVERIFY(child<ui::BackupCodesView>(dialog, "backupCodesView")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "confirmButton")->isVisible());
    // The secret is gone from the dialog once it is confirmed.
    QVERIFY(child<QLabel>(dialog, "secretLabel")->text().isEmpty());

    const QStringList codes = shownBackupCodes(dialog);
    QCOMPARE(codes.size(), 10);
    AccessContext context;
    context.ip = QStringLiteral("127.0.0.1");
    for (const QString& backup : codes) {
        QVERIFY2(env->hub().twoFactor().verifyBackupCode(broker.id, backup, context).ok(),
                 qPrintable(backup));
        QVERIFY(!env->hub().twoFactor().verifyBackupCode(broker.id, backup, context).ok());
    }

    const auto enrolledEntries = logged(*env, EventType::TwoFactorEnrolled, broker.id);
    QCOMPARE(enrolledEntries.size(), 1);
    QCOMPARE(enrolledEntries.first().event.username, QStringLiteral("broker1"));
    const auto enabledEntries = logged(*env, EventType::TwoFactorEnabled, broker.id);
    QCOMPARE(enabledEntries.size(), 1);
    QVERIFY(enabledEntries.first().event.success);
    QVERIFY(enabledEntries.first().event.userAgent.startsWith(QStringLiteral("nova-admin/")));
}

void TestTotpEnrollDialog::wrongCodeShowsErrorAndDoesNotEnable()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const User broker = env->addUser(QStringLiteral("broker1"), QStringLiteral("broker"));
    env->signInAs(broker);
    ui::TotpEnrollDialog dialog(env->session(), broker.id, broker.username);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(waitForEnrollment(dialog));
    const QByteArray key = shownKey(dialog);

    auto* codeEdit = child<QLineEdit>(dialog, "codeEdit");
    auto* error = child<QLabel>(dialog, "codeError");
    QVERIFY(!error->isVisible());
    QTest::keyClicks(codeEdit, wrongCode(key, *env));
    child<QPushButton>(dialog, "confirmButton")->click();
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(codeEdit->hasFocus());
    QCOMPARE(codeEdit->selectedText(), codeEdit->text());
    QVERIFY(!dialog.isConfirmed());
    QVERIFY(!env->hub().twoFactor().status(broker.id).value().enabled);
    const auto refused = logged(*env, EventType::TwoFactorEnabled, broker.id);
    QCOMPARE(refused.size(), 1);
    QVERIFY(!refused.first().event.success);

    // Typing again clears the error; the right code then works.
    QTest::keyClicks(codeEdit, codeAt(key, *env));
    QVERIFY(!error->isVisible());
    child<QPushButton>(dialog, "confirmButton")->click();
    QTRY_VERIFY(dialog.isConfirmed());
    QVERIFY(env->hub().twoFactor().status(broker.id).value().enabled);
}

void TestTotpEnrollDialog::adminEnrollsAnotherUserAndCancelLeavesItOff()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const User admin = env->addUser(QStringLiteral("admin1"), QStringLiteral("admin"));
    const User broker = env->addUser(QStringLiteral("broker1"), QStringLiteral("broker"));
    env->signInAs(admin);

    ui::TotpEnrollDialog dialog(env->session(), broker.id, broker.username);
    dialog.show();
    QVERIFY(waitForEnrollment(dialog));
    QCOMPARE(child<QLabel>(dialog, "accountLabel")->text(), QStringLiteral("broker1"));
    QVERIFY(child<QLabel>(dialog, "heading")->text().contains(QStringLiteral("broker1")));
    const auto enrolled = logged(*env, EventType::TwoFactorEnrolled, admin.id);
    QCOMPARE(enrolled.size(), 1);
    QCOMPARE(enrolled.first().event.username, QStringLiteral("admin1"));

    child<QPushButton>(dialog, "cancelButton")->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const TwoFactorStatus status = env->hub().twoFactor().status(broker.id).value();
    QVERIFY(status.enrolled);
    QVERIFY(!status.enabled);
}

void TestTotpEnrollDialog::brokerMayNotEnrollSomeoneElse()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const User admin = env->addUser(QStringLiteral("admin1"), QStringLiteral("admin"));
    const User broker = env->addUser(QStringLiteral("broker1"), QStringLiteral("broker"));
    env->signInAs(broker);

    ui::TotpEnrollDialog dialog(env->session(), admin.id, admin.username);
    dialog.show();
    auto* failure = child<QLabel>(dialog, "failureLabel");
    QTRY_VERIFY(failure->isVisible());
    QVERIFY(!failure->text().isEmpty());
    QVERIFY(!child<QPushButton>(dialog, "confirmButton")->isVisible());
    QVERIFY(!child<ui::QrCodeWidget>(dialog, "qrCode")->hasCode());
    QVERIFY(!env->hub().twoFactor().status(admin.id).value().enrolled);
    const auto refused = logged(*env, EventType::UnauthorizedAccess, broker.id);
    QCOMPARE(refused.size(), 1);
}

void TestTotpEnrollDialog::secretHidesOnDeactivationAndTimeout()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const User broker = env->addUser(QStringLiteral("broker1"), QStringLiteral("broker"));
    env->signInAs(broker);
    ui::TotpEnrollDialog dialog(env->session(), broker.id, broker.username);
    dialog.show();
    QVERIFY(waitForEnrollment(dialog));
    auto* qr = child<ui::QrCodeWidget>(dialog, "qrCode");
    auto* secret = child<QLabel>(dialog, "secretLabel");
    auto* reveal = child<QPushButton>(dialog, "revealSecret");
    QVERIFY(qr->isVisible() && secret->isVisible());
    QVERIFY(!reveal->isVisible());

    QEvent deactivate(QEvent::WindowDeactivate);
    QApplication::sendEvent(&dialog, &deactivate);
    QVERIFY(!qr->isVisible());
    QVERIFY(!secret->isVisible());
    QVERIFY(reveal->isVisible());
    QVERIFY(decodeQrCodes(dialog.grab().toImage()).isEmpty());

    reveal->click();
    QVERIFY(qr->isVisible() && secret->isVisible());
    QVERIFY(!reveal->isVisible());

    dialog.setConcealTimeout(50);
    QTRY_VERIFY(reveal->isVisible());
    QVERIFY(!qr->isVisible());
    // The code can still be typed while the secret is hidden.
    QVERIFY(child<QLineEdit>(dialog, "codeEdit")->isEnabled());
}

void TestTotpEnrollDialog::closingWithoutKeepingCodesAsksFirst()
{
    auto env = UiTestEnv::create();
    QVERIFY(env);
    const User broker = env->addUser(QStringLiteral("broker1"), QStringLiteral("broker"));
    env->signInAs(broker);
    ui::TotpEnrollDialog dialog(env->session(), broker.id, broker.username);
    dialog.show();
    QVERIFY(waitForEnrollment(dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, "codeEdit"), codeAt(shownKey(dialog), *env));
    child<QPushButton>(dialog, "confirmButton")->click();
    QTRY_VERIFY(dialog.isConfirmed());

    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        asked = box && box->objectName() == QStringLiteral("confirmDialog");
        if (box)
            box->reject(); // "Go Back"
    });
    child<QPushButton>(dialog, "doneButton")->click();
    QVERIFY(asked);
    QVERIFY(dialog.isVisible());

    child<QPushButton>(dialog, "copyCodes")->click();
    QCOMPARE(QApplication::clipboard()->text().split(QLatin1Char('\n')), shownBackupCodes(dialog));
    child<QPushButton>(dialog, "doneButton")->click();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestTotpEnrollDialog::backupCodesAreSavedPrivatelyAndPrinted()
{
    QTemporaryDir folder;
    ui::BackupCodesView view;
    const QStringList codes{QStringLiteral("7KQ4M-XP2RW"), QStringLiteral("ABCDE-FGHJK")};
    view.setCodes(codes, QStringLiteral("sara"));
    QCOMPARE(view.findChildren<QLabel*>(QStringLiteral("backupCode")).size(), 2);
    QSignalSpy kept(&view, &ui::BackupCodesView::codesKept);

    // Save as file, through the real file dialog.
    const QString path = folder.filePath(QStringLiteral("codes.txt"));
    QTimer::singleShot(0, this, [path] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectFile(path);
        // QFileDialog::accept() is protected; through QDialog it is the same call.
        static_cast<QDialog*>(dialog)->accept();
    });
    view.findChild<QPushButton*>(QStringLiteral("saveCodes"))->click();
    QCOMPARE(kept.count(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("Nova CRM backup codes for ") + isolated(QStringLiteral("sara"))));
    QVERIFY(text.contains(QStringLiteral(" 1. 7KQ4M-XP2RW\n")));
    QVERIFY(text.contains(QStringLiteral(" 2. ABCDE-FGHJK\n")));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(file.permissions() & others, QFileDevice::Permissions());
    QVERIFY(file.permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("backupCodesStatus"))
                ->text()
                .contains(QStringLiteral("codes.txt")));

    // A folder that does not exist is reported, not ignored.
    const Status refused = view.saveTo(folder.filePath(QStringLiteral("missing/codes.txt")));
    QVERIFY(!refused.ok());
    QVERIFY(!refused.errorMessage().isEmpty());

    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = folder.filePath(QStringLiteral("codes.pdf"));
    printer.setOutputFileName(pdf);
    view.printTo(printer);
    QFile printed(pdf);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.read(5) == QByteArrayLiteral("%PDF-"));
}

QTEST_MAIN(TestTotpEnrollDialog)
#include "tst_totpenrolldialog.moc"
