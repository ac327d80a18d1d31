#include "crypto/ConstantTime.h"

#include <QTest>

using namespace nova;

class TestConstantTime : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void equal_data();
    void equal();
};

void TestConstantTime::equal_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("expected");
    QTest::newRow("same") << QByteArray("123456") << QByteArray("123456") << true;
    QTest::newRow("last byte differs") << QByteArray("123456") << QByteArray("123457") << false;
    QTest::newRow("first byte differs") << QByteArray("023456") << QByteArray("123456") << false;
    QTest::newRow("prefix") << QByteArray("12345") << QByteArray("123456") << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("one empty") << QByteArray() << QByteArray("1") << false;
    QTest::newRow("embedded nul") << QByteArray("ab\0cd", 5) << QByteArray("ab\0ce", 5) << false;
    QTest::newRow("embedded nul same") << QByteArray("ab\0cd", 5) << QByteArray("ab\0cd", 5) << true;
}

void TestConstantTime::equal()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, expected);
    QCOMPARE(ConstantTime::equal(a, b), expected);
    QCOMPARE(ConstantTime::equal(b, a), expected);
}

QTEST_GUILESS_MAIN(TestConstantTime)
#include "tst_constanttime.moc"
