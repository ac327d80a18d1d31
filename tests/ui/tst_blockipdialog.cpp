#include "UiTestEnv.h"
#include "blocklist/BlockIpDialog.h"
#include "blocklist/IpBlockList.h"
#include "securitylog/SecurityLogQuery.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace nova;
using namespace nova::test;

namespace {

// Runs `handle` on the next modal dialog of type T once it is up, while the
// code that opened it waits in exec().
template <typename T>
void onModal(QObject* context, std::function<void(T*)> handle)
{
    auto* timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, handle] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        }
    });
    timer->start();
}

QPushButton* okButton(QDialog& dialog)
{
    return dialog.findChild<QPushButton*>(QStringLiteral("blockButton"));
}

QLabel* rangeMessage(QDialog& dialog)
{
    return dialog.findChild<QLabel*>(QStringLiteral("rangeMessage"));
}

QLineEdit* rangeEdit(QDialog& dialog)
{
    return dialog.findChild<QLineEdit*>(QStringLiteral("rangeEdit"));
}

QList<SecurityLogEntry> logEntries(UiTestEnv& env, const QString& event)
{
    SecurityLogFilter filter;
    filter.events = {event};
    const auto page = env.hub().logQuery().page(filter, std::nullopt, 100);
    return page ? page->entries : QList<SecurityLogEntry>{};
}

} // namespace

class TestBlockIpDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void validatesAsYouType_data();
    void validatesAsYouType();
    void okNeedsAReason();
    void durationPresetsAndCustom();
    void blocksWithTheChosenDuration();
    void wideRangeAsksFirst();
    void allowListedAddressIsRefusedInline();
    void serviceRefusalIsShownAndLogged();

private:
    std::unique_ptr<UiTestEnv> m_env;
};

void TestBlockIpDialog::init()
{
    m_env = UiTestEnv::create();
    QVERIFY(m_env);
    m_env->signInAs(m_env->addUser(QStringLiteral("admin1"), QStringLiteral("admin")));
}

void TestBlockIpDialog::cleanup()
{
    if (m_env)
        m_env->hub().executor().waitForDone();
    m_env.reset();
}

void TestBlockIpDialog::validatesAsYouType_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    // A fragment the inline message must contain (empty: any message).
    QTest::addColumn<QString>("message");

    QTest::newRow("v4 address") << "203.0.113.9" << true << "203.0.113.9";
    QTest::newRow("v4 network") << "203.0.113.0/24" << true << "256";
    QTest::newRow("v4 /32 is one address") << "203.0.113.9/32" << true << "203.0.113.9";
    QTest::newRow("v6 address") << "2001:db8::1" << true << "2001:db8::1";
    QTest::newRow("v6 network") << "2001:db8::/48" << true << "65,536";
    QTest::newRow("v4-mapped v6") << "::ffff:203.0.113.9" << true << "203.0.113.9";
    QTest::newRow("surrounding spaces") << "  198.51.100.7  " << true << "198.51.100.7";
    QTest::newRow("empty") << "" << false << "Enter an IPv4 or IPv6 address";
    QTest::newRow("only spaces") << "   " << false << "Enter an IPv4 or IPv6 address";
    QTest::newRow("octet over 255") << "300.1.2.3" << false
                                    << "\"\u2066300.1.2.3\u2069\" is not a valid IP address";
    QTest::newRow("short v4") << "127.1" << false << "not a valid IP address";
    QTest::newRow("letters") << "example.com" << false << "not a valid IP address";
    QTest::newRow("v4 prefix 33") << "10.0.0.0/33" << false << "/33";
    QTest::newRow("v6 prefix 129") << "fe80::/129" << false << "/129";
    QTest::newRow("empty prefix") << "10.0.0.0/" << false << "prefix length";
    QTest::newRow("host bits") << "10.0.0.5/8" << false << "10.0.0.0/8";
    QTest::newRow("inner space") << "203.0.113.0 /24" << false << "not a valid IP address";
    QTest::newRow("scope id") << "fe80::1%eth0" << false << "not a valid IPv6 address";
    QTest::newRow("bad v6") << "2001:db8:::1" << false << "not a valid IPv6 address";
    QTest::newRow("v4 everything") << "0.0.0.0/0" << false << "too large a network";
    QTest::newRow("v4 /7") << "2.0.0.0/7" << false << "too large a network";
    QTest::newRow("v6 everything") << "::/0" << false << "too large a network";
    QTest::newRow("this machine") << "127.0.0.1" << false << "own address";
    QTest::newRow("network with this machine") << "127.0.0.0/8" << false << "own address";
}

void TestBlockIpDialog::validatesAsYouType()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, message);

    ui::BlockIpDialog dialog(m_env->session());
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("reasonEdit")), QStringLiteral("scanner"));
    QTest::keyClicks(rangeEdit(dialog), input);
    QCOMPARE(okButton(dialog)->isEnabled(), valid);
    const QString shown = rangeMessage(dialog)->text();
    QVERIFY2(shown.contains(message), qPrintable(shown));
    // Typing more after an invalid input is judged again, not latched.
    rangeEdit(dialog)->clear();
    QTest::keyClicks(rangeEdit(dialog), QStringLiteral("192.0.2.1"));
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestBlockIpDialog::okNeedsAReason()
{
    ui::BlockIpDialog dialog(m_env->session());
    dialog.show();
    QTest::keyClicks(rangeEdit(dialog), QStringLiteral("203.0.113.9"));
    QVERIFY(!okButton(dialog)->isEnabled());
    auto* reason = dialog.findChild<QLineEdit*>(QStringLiteral("reasonEdit"));
    QTest::keyClicks(reason, QStringLiteral("   "));
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(reason, QStringLiteral("port scan"));
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestBlockIpDialog::durationPresetsAndCustom()
{
    ui::BlockIpDialog dialog(m_env->session());
    dialog.show();
    auto* duration = dialog.findChild<QComboBox*>(QStringLiteral("durationCombo"));
    auto* amount = dialog.findChild<QSpinBox*>(QStringLiteral("customAmount"));
    auto* unit = dialog.findChild<QComboBox*>(QStringLiteral("customUnit"));
    QCOMPARE(duration->currentIndex(), int(ui::BlockIpDialog::Hours24));
    QCOMPARE(dialog.durationMs(), std::optional<qint64>(24 * 3600 * 1000LL));
    QVERIFY(amount->isHidden());

    const QList<std::pair<int, std::optional<qint64>>> presets{
        {ui::BlockIpDialog::Minutes15, 15 * 60 * 1000LL},
        {ui::BlockIpDialog::Hour1, 3600 * 1000LL},
        {ui::BlockIpDialog::Days7, 7 * 24 * 3600 * 1000LL},
        {ui::BlockIpDialog::Days30, 30 * 24 * 3600 * 1000LL},
        {ui::BlockIpDialog::Permanent, std::nullopt},
    };
    for (const auto& [index, expected] : presets) {
        duration->setCurrentIndex(index);
        QCOMPARE(dialog.durationMs(), expected);
    }
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("expiryPreview"))
                ->text()
                .contains(QStringLiteral("unblocks")));

    duration->setCurrentIndex(ui::BlockIpDialog::Custom);
    QVERIFY(!amount->isHidden());
    amount->setValue(3);
    unit->setCurrentIndex(2);
    QCOMPARE(dialog.durationMs(), std::optional<qint64>(3 * 24 * 3600 * 1000LL));
}

void TestBlockIpDialog::blocksWithTheChosenDuration()
{
    ui::BlockIpDialog dialog(m_env->session());
    dialog.show();
    QTest::keyClicks(rangeEdit(dialog), QStringLiteral("198.51.100.0/24"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("reasonEdit")), QStringLiteral("spam bots"));
    dialog.findChild<QComboBox*>(QStringLiteral("durationCombo"))->setCurrentIndex(ui::BlockIpDialog::Custom);
    dialog.findChild<QSpinBox*>(QStringLiteral("customAmount"))->setValue(90);
    dialog.findChild<QComboBox*>(QStringLiteral("customUnit"))->setCurrentIndex(0);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(dialog.blocked().has_value());
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto blocked = m_env->hub().blockList().isBlocked(QHostAddress(QStringLiteral("198.51.100.77")));
    QVERIFY(blocked && blocked->has_value());
    QCOMPARE((*blocked)->reason, QStringLiteral("spam bots"));
    QCOMPARE((*blocked)->source, BlockSource::Manual);
    QCOMPARE((*blocked)->expiresAtMs, std::optional<qint64>(m_env->clock().nowMSecs() + 90 * 60 * 1000LL));

    const auto entries = logEntries(*m_env, EventType::IpBlocked);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().event.username, QStringLiteral("admin1"));
    QVERIFY(entries.constFirst().event.success);
    QCOMPARE(entries.constFirst().event.metadata.value(QStringLiteral("cidr")).toString(),
             QStringLiteral("198.51.100.0/24"));
}

void TestBlockIpDialog::wideRangeAsksFirst()
{
    ui::BlockIpDialog dialog(m_env->session());
    dialog.show();
    QTest::keyClicks(rangeEdit(dialog), QStringLiteral("10.0.0.0/8"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("reasonEdit")), QStringLiteral("botnet"));
    QVERIFY(okButton(dialog)->isEnabled());

    QString question;
    onModal<QMessageBox>(&dialog, [&question](QMessageBox* box) {
        QCOMPARE(box->objectName(), QStringLiteral("confirmDialog"));
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!question.isEmpty());
    QVERIFY2(question.contains(QStringLiteral("16,777,216")), qPrintable(question));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.blocked());
    auto blocked = m_env->hub().blockList().list();
    QVERIFY(blocked && blocked->isEmpty());

    onModal<QMessageBox>(&dialog, [](QMessageBox* box) {
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(dialog.blocked().has_value());
    blocked = m_env->hub().blockList().list();
    QVERIFY(blocked);
    QCOMPARE(blocked->size(), 1);
    QCOMPARE(blocked->constFirst().range.toString(), QStringLiteral("10.0.0.0/8"));

    // A narrow network needs no second look.
    QVERIFY(!ui::BlockIpDialog::isWide(*IpRange::parse(QStringLiteral("203.0.113.0/24"))));
    QVERIFY(ui::BlockIpDialog::isWide(*IpRange::parse(QStringLiteral("2001:db8::/32"))));
    QVERIFY(!ui::BlockIpDialog::isWide(*IpRange::parse(QStringLiteral("2001:db8::/48"))));
}

void TestBlockIpDialog::allowListedAddressIsRefusedInline()
{
    const auto allowed = m_env->hub().blockList().allow(*IpRange::parse(QStringLiteral("198.51.100.0/24")),
                                                        QStringLiteral("office"),
                                                        Actor::localOperator(QStringLiteral("test")));
    QVERIFY(allowed);
    ui::BlockIpDialog dialog(m_env->session());
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("reasonEdit")), QStringLiteral("scanner"));
    QTest::keyClicks(rangeEdit(dialog), QStringLiteral("198.51.100.7"));
    // The allow-list arrives from a worker; the verdict changes when it does.
    QTRY_VERIFY2(rangeMessage(dialog)->text().contains(QStringLiteral("allow-list")),
                 qPrintable(rangeMessage(dialog)->text()));
    QVERIFY(!okButton(dialog)->isEnabled());
    rangeEdit(dialog)->setText(QStringLiteral("198.51.0.0/16"));
    QVERIFY(rangeMessage(dialog)->text().contains(QStringLiteral("allow-list")));
    rangeEdit(dialog)->setText(QStringLiteral("198.51.101.7"));
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestBlockIpDialog::serviceRefusalIsShownAndLogged()
{
    // A manager may not block; the dialog is not offered to them, but the
    // worker's own check is what counts.
    m_env->session().end();
    m_env->signInAs(m_env->addUser(QStringLiteral("manager1"), QStringLiteral("manager")));
    ui::BlockIpDialog dialog(m_env->session());
    dialog.show();
    QTest::keyClicks(rangeEdit(dialog), QStringLiteral("203.0.113.9"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("reasonEdit")), QStringLiteral("scanner"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(!error->isHidden());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(dialog.isVisible());
    QVERIFY(okButton(dialog)->isEnabled());
    const auto blocked = m_env->hub().blockList().list();
    QVERIFY(blocked && blocked->isEmpty());
    const auto refusals = logEntries(*m_env, EventType::UnauthorizedAccess);
    QCOMPARE(refusals.size(), 1);
    QCOMPARE(refusals.constFirst().event.username, QStringLiteral("manager1"));
}

QTEST_MAIN(TestBlockIpDialog)
#include "tst_blockipdialog.moc"
