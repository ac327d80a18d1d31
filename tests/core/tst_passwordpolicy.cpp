#include "users/PasswordPolicy.h"

#include <QTest>

using namespace nova;

class TestPasswordPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void messageListsEveryProblem();
    void lengthCountsCodePoints();
    void optionsAreHonoured();
    void rulesDescribeTheOptions();
    void strength_data();
    void strength();
    void acceptedPasswordsRateAtLeastTwo_data() { check_data(); }
    void acceptedPasswordsRateAtLeastTwo();
    void satisfiedRulesAgreeWithProblems_data() { check_data(); }
    void satisfiedRulesAgreeWithProblems();
    void satisfiedRulesNameTheBrokenRule_data();
    void satisfiedRulesNameTheBrokenRule();
};

void TestPasswordPolicy::check_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("accepted");
    const QString omar = QStringLiteral("omar");
    const auto row = [&](const char* name, const QString& password, const QString& username, bool accepted) {
        QTest::newRow(name) << password << username << accepted;
    };
    // Accepted
    row("mixed 12", QStringLiteral("Tr0ub4dor&3x"), omar, true);
    row("passphrase lower only", QStringLiteral("correct horse battery staple"), omar, true);
    row("16 lower letters", QStringLiteral("zebrafountainmug"), omar, true);
    row("arabic passphrase", QStringLiteral("القمر يضيء فوق البحر"), omar, true);
    row("arabic letters digits symbol", QStringLiteral("مفتاح#سري٢٠٢٤x"), omar, true);
    row("arabic digits and symbols", QStringLiteral("جملة-سرية-79"), omar, true);
    row("max length", QStringLiteral("Aa1!").repeated(64).replace(0, 4, QStringLiteral("Zq8?")), omar, true);
    row("no username given", QStringLiteral("Omar-Sunrise-47"), QString(), true);
    // Length
    row("empty", QString(), omar, false);
    row("11 chars mixed", QStringLiteral("Xy7#kq2!Lm9"), omar, false);
    row("257 chars", QStringLiteral("Aa1!Bb2@").repeated(32) + QStringLiteral("Z"), omar, false);
    // Classes
    row("two classes 15", QStringLiteral("blueharbor72551"), omar, false);
    row("lower only 15", QStringLiteral("zebrafountainmu"), omar, false);
    // Username
    row("equals username", QStringLiteral("omar.kassem.2024"), QStringLiteral("omar.kassem.2024"), false);
    row("equals username other case", QStringLiteral("Omar.Kassem.2024"), QStringLiteral("omar.kassem.2024"),
        false);
    row("contains username", QStringLiteral("Xomar-Bright-91"), omar, false);
    // Common and breached patterns
    row("password123", QStringLiteral("password123!"), omar, false);
    row("Password2024!", QStringLiteral("Password2024!"), omar, false);
    row("leet", QStringLiteral("P@ssw0rd2024!"), omar, false);
    row("iloveyou decorated", QStringLiteral("!!Iloveyou2024"), omar, false);
    row("welcome", QStringLiteral("Welcome12345#"), omar, false);
    row("repeated word", QStringLiteral("MonkeyMonkey1!"), omar, false);
    row("qwerty123456", QStringLiteral("Qwerty123456!"), omar, false);
    row("keyboard columns", QStringLiteral("1qaz2wsx3edc4rfv"), omar, false);
    row("reverse walk", QStringLiteral("poiuytrewq0987"), omar, false);
    row("alphabet", QStringLiteral("abcdefghijklmnopq"), omar, false);
    row("digits long", QStringLiteral("12345678901234567890"), omar, false);
    row("arabic keyboard row", QStringLiteral("ضصثقفغعهخحجد"), omar, false);
    row("single char", QStringLiteral("aaaaaaaaaaaaaaaaaaaa"), omar, false);
    row("single arabic char", QStringLiteral("سسسسسسسسسسسسسسسسس"), omar, false);
    row("short unit repeated", QStringLiteral("Ab1!Ab1!Ab1!Ab1!"), omar, false);
}

void TestPasswordPolicy::check()
{
    QFETCH(QString, password);
    QFETCH(QString, username);
    QFETCH(bool, accepted);
    const PasswordPolicy policy;
    const Status status = policy.check(password, username);
    QVERIFY2(status.ok() == accepted, qPrintable(status.errorMessage()));
    if (!accepted) {
        QCOMPARE(status.error().code, QStringLiteral("password.weak"));
        QVERIFY(!policy.problems(password, username).isEmpty());
    }
}

void TestPasswordPolicy::messageListsEveryProblem()
{
    const PasswordPolicy policy;
    // Too short, the username, and a single class: three problems, all named.
    const QStringList problems = policy.problems(QStringLiteral("omarr"), QStringLiteral("omarr"));
    QCOMPARE(problems.size(), 3);
    const QString message = policy.check(QStringLiteral("omarr"), QStringLiteral("omarr")).errorMessage();
    for (const QString& problem : problems)
        QVERIFY(message.contains(problem));
}

void TestPasswordPolicy::lengthCountsCodePoints()
{
    // 12 characters outside the BMP (24 UTF-16 units) plus letters: the count is in code points.
    PasswordPolicyOptions options;
    options.minClasses = 1;
    const PasswordPolicy policy(options);
    const QString emoji = QString::fromUtf8("\xF0\x9F\x94\x91");              // U+1F511
    QVERIFY(!policy.check(emoji.repeated(6) + QStringLiteral("Gx3!z")).ok()); // 11 code points
    QVERIFY(policy.check(emoji.repeated(6) + QStringLiteral("Gx3!zq")).ok()); // 12 code points
}

void TestPasswordPolicy::optionsAreHonoured()
{
    PasswordPolicyOptions options;
    options.minLength = 8;
    options.passphraseLength = 10;
    const PasswordPolicy relaxed(options);
    QVERIFY(relaxed.check(QStringLiteral("Xy7#kq2!")).ok());
    QVERIFY(relaxed.check(QStringLiteral("zebrafount")).ok());
    QVERIFY(!PasswordPolicy().check(QStringLiteral("Xy7#kq2!")).ok());
}

void TestPasswordPolicy::rulesDescribeTheOptions()
{
    PasswordPolicyOptions options;
    options.minLength = 14;
    const QStringList rules = PasswordPolicy(options).rules();
    QCOMPARE(rules.size(), 4);
    QVERIFY(rules.at(0).contains(QStringLiteral("14")));
    QVERIFY(rules.at(0).contains(QStringLiteral("256")));
    QVERIFY(rules.at(3).contains(QStringLiteral("16")));
}

void TestPasswordPolicy::strength_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::newRow("empty") << QString() << 0 << 0;
    QTest::newRow("common") << QStringLiteral("password123!") << 0 << 0;
    QTest::newRow("walk") << QStringLiteral("qwertyuiop") << 0 << 0;
    QTest::newRow("short random") << QStringLiteral("k3#Q") << 0 << 0;
    QTest::newRow("almost long enough") << QStringLiteral("Xy7#kq2!Lm9") << 1 << 1;
    QTest::newRow("minimum acceptable") << QStringLiteral("Tr0ub4dor&3x") << 2 << 3;
    QTest::newRow("passphrase") << QStringLiteral("correct horse battery staple") << 4 << 4;
    QTest::newRow("long mixed") << QStringLiteral("V9#mQ2!xL7@pR4$zK8&w") << 4 << 4;
}

void TestPasswordPolicy::strength()
{
    QFETCH(QString, password);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    const int value = PasswordPolicy().strength(password);
    QVERIFY2(value >= minimum && value <= maximum, qPrintable(QString::number(value)));
}

void TestPasswordPolicy::acceptedPasswordsRateAtLeastTwo()
{
    // The meter and the policy agree: refused passwords show 0–1, accepted
    // ones 2–4. The meter does not know the username, so it judges the
    // password alone.
    QFETCH(QString, password);
    const PasswordPolicy policy;
    const int value = policy.strength(password);
    if (policy.problems(password).isEmpty())
        QVERIFY2(value >= 2 && value <= 4, qPrintable(QString::number(value)));
    else
        QVERIFY2(value >= 0 && value <= 1, qPrintable(QString::number(value)));
}

void TestPasswordPolicy::satisfiedRulesAgreeWithProblems()
{
    QFETCH(QString, password);
    QFETCH(QString, username);
    const PasswordPolicy policy;
    const QList<bool> satisfied = policy.satisfiedRules(password, username);
    QCOMPARE(satisfied.size(), policy.rules().size());
    QCOMPARE(!satisfied.contains(false), policy.problems(password, username).isEmpty());
}

void TestPasswordPolicy::satisfiedRulesNameTheBrokenRule_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QList<bool>>("expected");
    const QString omar = QStringLiteral("omar");
    QTest::newRow("acceptable") << QStringLiteral("Tr0ub4dor&3x") << omar
                                << QList<bool>{true, true, true, true};
    QTest::newRow("short") << QStringLiteral("Xy7#kq2!Lm9") << omar << QList<bool>{false, true, true, true};
    QTest::newRow("too long") << QStringLiteral("Aa1!Bb2@").repeated(32) + QStringLiteral("Z") << omar
                              << QList<bool>{false, true, true, true};
    QTest::newRow("contains username")
        << QStringLiteral("Xomar-Bright-91") << omar << QList<bool>{true, false, true, true};
    QTest::newRow("common") << QStringLiteral("Password2024!") << omar
                            << QList<bool>{true, true, false, true};
    QTest::newRow("walk") << QStringLiteral("1qaz2wsx3edc4rfv") << omar
                          << QList<bool>{true, true, false, true};
    QTest::newRow("classes") << QStringLiteral("blueharbor72551") << omar
                             << QList<bool>{true, true, true, false};
    QTest::newRow("short, username, classes")
        << QStringLiteral("omarr") << QStringLiteral("omarr") << QList<bool>{false, false, true, false};
}

void TestPasswordPolicy::satisfiedRulesNameTheBrokenRule()
{
    QFETCH(QString, password);
    QFETCH(QString, username);
    QFETCH(QList<bool>, expected);
    QCOMPARE(PasswordPolicy().satisfiedRules(password, username), expected);
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
