#include "crypto/Base32.h"
#include "crypto/SecureRandom.h"

#include <QTest>

using namespace nova;

class TestBase32 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc4648Vectors_data();
    void rfc4648Vectors();
    void roundTripRandom();
    void acceptsWhatAppsPrint_data();
    void acceptsWhatAppsPrint();
    void rejects_data();
    void rejects();
    void grouped();
};

void TestBase32::rfc4648Vectors_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QString>("padded");
    // RFC 4648 section 10.
    QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY======");
    QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ====");
    QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6===");
    QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ=");
    QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI======");
}

void TestBase32::rfc4648Vectors()
{
    QFETCH(QByteArray, plain);
    QFETCH(QString, padded);
    QCOMPARE(Base32::encode(plain, Base32::Padding::With), padded);
    QString unpadded = padded;
    unpadded.remove(QLatin1Char('='));
    QCOMPARE(Base32::encode(plain), unpadded);
    QCOMPARE(Base32::decode(padded).value(), plain);
    QCOMPARE(Base32::decode(unpadded).value(), plain);
}

void TestBase32::roundTripRandom()
{
    for (int length = 1; length < 70; ++length) {
        const QByteArray data = SecureRandom::bytes(length);
        const auto decoded = Base32::decode(Base32::encode(data));
        QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
        QCOMPARE(decoded.value(), data);
    }
}

void TestBase32::acceptsWhatAppsPrint_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("lower case") << QStringLiteral("jbswy3dpehpk3pxp");
    QTest::newRow("grouped with spaces") << QStringLiteral("JBSW Y3DP EHPK 3PXP");
    QTest::newRow("mixed case and hyphens") << QStringLiteral("jbsw-Y3dp-ehpk-3PXP");
    QTest::newRow("surrounding spaces") << QStringLiteral("  JBSWY3DPEHPK3PXP ");
}

void TestBase32::acceptsWhatAppsPrint()
{
    QFETCH(QString, input);
    const auto decoded = Base32::decode(input);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
    QCOMPARE(decoded.value(), QByteArray("Hello!\xde\xad\xbe\xef"));
}

void TestBase32::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString() << QStringLiteral("base32.empty");
    QTest::newRow("only spaces") << QStringLiteral("    ") << QStringLiteral("base32.empty");
    QTest::newRow("digit 1") << QStringLiteral("JBSWY3DPEHPK3PX1") << QStringLiteral("base32.bad_char");
    QTest::newRow("digit 8") << QStringLiteral("JBSWY3DP8HPK3PXP") << QStringLiteral("base32.bad_char");
    QTest::newRow("symbol") << QStringLiteral("JBSWY3DP!HPK3PXP") << QStringLiteral("base32.bad_char");
    QTest::newRow("arabic letter") << QStringLiteral("JBSWY3DPحHPK3PXP") << QStringLiteral("base32.bad_char");
    QTest::newRow("impossible length 1") << QStringLiteral("M") << QStringLiteral("base32.bad_length");
    QTest::newRow("impossible length 3") << QStringLiteral("MZX") << QStringLiteral("base32.bad_length");
    QTest::newRow("impossible length 6") << QStringLiteral("MZXW6Y") << QStringLiteral("base32.bad_length");
    QTest::newRow("truncated padding") << QStringLiteral("MY=====") << QStringLiteral("base32.bad_padding");
    QTest::newRow("data after padding")
        << QStringLiteral("MY======MY") << QStringLiteral("base32.bad_padding");
    QTest::newRow("padding in middle") << QStringLiteral("MZ=XW6YQ") << QStringLiteral("base32.bad_padding");
    QTest::newRow("only padding") << QStringLiteral("========") << QStringLiteral("base32.bad_length");
    QTest::newRow("too much padding")
        << QStringLiteral("MY==============") << QStringLiteral("base32.bad_padding");
    QTest::newRow("huge") << QString(5000, QLatin1Char('A')) << QStringLiteral("base32.too_long");
}

void TestBase32::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const auto decoded = Base32::decode(input);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, code);
    QVERIFY(!decoded.errorMessage().isEmpty());
}

void TestBase32::grouped()
{
    QCOMPARE(Base32::grouped(QStringLiteral("JBSWY3DPEHPK3PXP")), QStringLiteral("JBSW Y3DP EHPK 3PXP"));
    QCOMPARE(Base32::grouped(QStringLiteral("JBSWY3")), QStringLiteral("JBSW Y3"));
}

QTEST_GUILESS_MAIN(TestBase32)
#include "tst_base32.moc"
