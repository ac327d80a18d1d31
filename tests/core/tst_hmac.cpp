#include "crypto/Hmac.h"

#include <QTest>

using namespace nova;

class TestHmac : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void vectors_data();
    void vectors();
};

void TestHmac::vectors_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expectedHex");
    // RFC 2202 test case 2 (SHA-1) and RFC 4231 test case 2 (SHA-256/512).
    const QByteArray key("Jefe");
    const QByteArray message("what do ya want for nothing?");
    QTest::newRow("sha1") << int(HashAlgorithm::Sha1) << key << message
                          << QByteArray("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
    QTest::newRow("sha256") << int(HashAlgorithm::Sha256) << key << message
                            << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("sha512") << int(HashAlgorithm::Sha512) << key << message
                            << QByteArray("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
                                          "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737");
    // RFC 4231 test case 3: 20 bytes of 0xaa, 50 bytes of 0xdd.
    QTest::newRow("sha256 binary") << int(HashAlgorithm::Sha256) << QByteArray(20, '\xaa')
                                   << QByteArray(50, '\xdd')
                                   << QByteArray(
                                          "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
}

void TestHmac::vectors()
{
    QFETCH(int, algorithm);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expectedHex);
    QCOMPARE(Hmac::compute(HashAlgorithm(algorithm), key, message).toHex(), expectedHex);
}

QTEST_GUILESS_MAIN(TestHmac)
#include "tst_hmac.moc"
