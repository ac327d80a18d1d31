#include "crypto/SecureRandom.h"

#include <QSet>
#include <QTest>

using namespace nova;

class TestSecureRandom : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lengthsAndUniqueness();
    void uniformStaysInRangeAndCoversIt();
};

void TestSecureRandom::lengthsAndUniqueness()
{
    QCOMPARE(SecureRandom::bytes(0).size(), 0);
    QCOMPARE(SecureRandom::bytes(33).size(), 33);
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(SecureRandom::bytes(16));
    QCOMPARE(seen.size(), 1000);
}

void TestSecureRandom::uniformStaysInRangeAndCoversIt()
{
    QList<int> counts(31, 0);
    for (int i = 0; i < 31000; ++i) {
        const quint32 v = SecureRandom::uniform(31);
        QVERIFY(v < 31);
        ++counts[int(v)];
    }
    // Expected 1000 each; a bucket outside 700..1300 has odds far below 1e-9.
    for (int c : counts)
        QVERIFY2(c > 700 && c < 1300, qPrintable(QString::number(c)));
}

QTEST_GUILESS_MAIN(TestSecureRandom)
#include "tst_securerandom.moc"
