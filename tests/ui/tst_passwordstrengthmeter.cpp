#include "users/PasswordPolicy.h"
#include "widgets/PasswordStrengthMeter.h"

#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>

using namespace nova;

class TestPasswordStrengthMeter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsRulesWithoutVerdictWhenEmpty();
    void weakPasswordIsCrossed();
    void strongPasswordIsAcceptable();
    void usernameInsidePasswordIsRefused();

private:
    static QList<QVariant> verdicts(const ui::PasswordStrengthMeter& meter);
};

QList<QVariant> TestPasswordStrengthMeter::verdicts(const ui::PasswordStrengthMeter& meter)
{
    QList<QVariant> result;
    for (int row = 0;; ++row) {
        const auto* rule = meter.findChild<QLabel*>(QStringLiteral("passwordRule%1").arg(row));
        if (!rule)
            return result;
        result << rule->property("satisfied");
    }
}

void TestPasswordStrengthMeter::showsRulesWithoutVerdictWhenEmpty()
{
    const PasswordPolicy policy;
    ui::PasswordStrengthMeter meter(policy);
    QVERIFY(meter.findChild<QWidget*>(QStringLiteral("passwordRules")));
    QCOMPARE(verdicts(meter).size(), policy.rules().size());
    for (int row = 0; row < policy.rules().size(); ++row) {
        const auto* rule = meter.findChild<QLabel*>(QStringLiteral("passwordRule%1").arg(row));
        QCOMPARE(rule->text(), policy.rules().at(row));
        QVERIFY(!rule->property("satisfied").isValid());
    }
    QCOMPARE(meter.findChild<QProgressBar*>(QStringLiteral("strengthBar"))->value(), 0);
    QVERIFY(meter.findChild<QLabel*>(QStringLiteral("strengthLabel"))->text().isEmpty());
    QVERIFY(!meter.isAcceptable());
}

void TestPasswordStrengthMeter::weakPasswordIsCrossed()
{
    const PasswordPolicy policy;
    ui::PasswordStrengthMeter meter(policy);
    QSignalSpy spy(&meter, &ui::PasswordStrengthMeter::acceptableChanged);
    meter.setPassword(QStringLiteral("password1"));
    QVERIFY(!meter.isAcceptable());
    QCOMPARE(spy.size(), 0);
    QCOMPARE(meter.findChild<QLabel*>(QStringLiteral("strengthLabel"))->text(), QStringLiteral("Very weak"));
    // A sliver of bar even at the lowest strength.
    QCOMPARE(meter.findChild<QProgressBar*>(QStringLiteral("strengthBar"))->value(), 1);
    // Too short, a common word, too few kinds of characters; the username rule holds.
    QCOMPARE(verdicts(meter), (QList<QVariant>{false, true, false, false}));
}

void TestPasswordStrengthMeter::strongPasswordIsAcceptable()
{
    const PasswordPolicy policy;
    ui::PasswordStrengthMeter meter(policy);
    QSignalSpy spy(&meter, &ui::PasswordStrengthMeter::acceptableChanged);
    meter.setPassword(QStringLiteral("V9#mQ2!xL7@pR4$zK8&w"));
    QVERIFY(meter.isAcceptable());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toBool(), true);
    QCOMPARE(meter.findChild<QLabel*>(QStringLiteral("strengthLabel"))->text(), QStringLiteral("Strong"));
    QCOMPARE(meter.findChild<QProgressBar*>(QStringLiteral("strengthBar"))->value(), 5);
    QCOMPARE(verdicts(meter), (QList<QVariant>{true, true, true, true}));

    meter.setPassword(QString());
    QVERIFY(!meter.isAcceptable());
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.last().first().toBool(), false);
}

void TestPasswordStrengthMeter::usernameInsidePasswordIsRefused()
{
    const PasswordPolicy policy;
    ui::PasswordStrengthMeter meter(policy);
    meter.setPassword(QStringLiteral("Omar-Sunrise-47-Harbor"));
    QVERIFY(meter.isAcceptable());
    meter.setPassword(QStringLiteral("Omar-Sunrise-47-Harbor"), QStringLiteral("omar"));
    QVERIFY(!meter.isAcceptable());
    QCOMPARE(verdicts(meter), (QList<QVariant>{true, false, true, true}));
    // Refused passwords never read as strong.
    QCOMPARE(meter.findChild<QLabel*>(QStringLiteral("strengthLabel"))->text(), QStringLiteral("Weak"));
}

QTEST_MAIN(TestPasswordStrengthMeter)
#include "tst_passwordstrengthmeter.moc"
