#include "crypto/AeadCipher.h"

#include <QTest>

using namespace nova;

class TestAeadCipher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void freshNonceEveryTime();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void wrongKeyOrAadIsRefused();
    void badInputs();
};

void TestAeadCipher::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("aad");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("secret with aad") << QByteArray("12345678901234567890") << QByteArray("user:42");
    QTest::newRow("large") << QByteArray(100000, 'x') << QByteArray("ctx");
    QTest::newRow("arabic utf8") << QStringLiteral("سر الحساب").toUtf8() << QByteArray();
}

void TestAeadCipher::roundTrip()
{
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, aad);
    const QByteArray key = AeadCipher::generateKey();
    const auto sealed = AeadCipher::seal(key, plain, aad);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->size(), 1 + AeadCipher::kNonceSize + plain.size() + AeadCipher::kTagSize);
    if (plain.size() > 8)
        QVERIFY(!sealed->contains(plain.left(8)));
    const auto opened = AeadCipher::open(key, *sealed, aad);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QCOMPARE(opened.value(), plain);
}

void TestAeadCipher::freshNonceEveryTime()
{
    const QByteArray key = AeadCipher::generateKey();
    QCOMPARE_NE(AeadCipher::seal(key, "same").value(), AeadCipher::seal(key, "same").value());
}

void TestAeadCipher::tamperingIsDetected_data()
{
    QTest::addColumn<int>("position");
    // Layout: version(0) nonce(1..12) ciphertext(13..13+n) tag(last 16).
    QTest::newRow("nonce first byte") << 1;
    QTest::newRow("nonce last byte") << 12;
    QTest::newRow("ciphertext first byte") << 13;
    QTest::newRow("ciphertext last byte") << 13 + 19;
    QTest::newRow("tag first byte") << 13 + 20;
    QTest::newRow("tag last byte") << 13 + 20 + 15;
}

void TestAeadCipher::tamperingIsDetected()
{
    QFETCH(int, position);
    const QByteArray key = AeadCipher::generateKey();
    const QByteArray plain("12345678901234567890");
    const QByteArray sealed = AeadCipher::seal(key, plain, "aad").value();
    for (int bit = 0; bit < 8; ++bit) {
        QByteArray tampered = sealed;
        tampered[position] = char(tampered[position] ^ (1 << bit));
        const auto opened = AeadCipher::open(key, tampered, "aad");
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("aead.tampered"));
    }
}

void TestAeadCipher::wrongKeyOrAadIsRefused()
{
    const QByteArray key = AeadCipher::generateKey();
    const QByteArray sealed = AeadCipher::seal(key, "secret", "user:1").value();
    QCOMPARE(AeadCipher::open(AeadCipher::generateKey(), sealed, "user:1").error().code,
             QStringLiteral("aead.tampered"));
    QCOMPARE(AeadCipher::open(key, sealed, "user:2").error().code, QStringLiteral("aead.tampered"));
    QCOMPARE(AeadCipher::open(key, sealed, {}).error().code, QStringLiteral("aead.tampered"));
    QByteArray flippedAad("user:1");
    flippedAad[0] = char(flippedAad[0] ^ 1);
    QCOMPARE(AeadCipher::open(key, sealed, flippedAad).error().code, QStringLiteral("aead.tampered"));
}

void TestAeadCipher::badInputs()
{
    const QByteArray key = AeadCipher::generateKey();
    QCOMPARE(AeadCipher::seal(QByteArray(16, 'k'), "x").error().code, QStringLiteral("aead.bad_key"));
    QCOMPARE(AeadCipher::open(QByteArray(31, 'k'), QByteArray(40, 'x')).error().code,
             QStringLiteral("aead.bad_key"));
    QCOMPARE(AeadCipher::open(key, QByteArray()).error().code, QStringLiteral("aead.truncated"));
    QCOMPARE(AeadCipher::open(key, QByteArray(28, '\1')).error().code, QStringLiteral("aead.truncated"));
    QByteArray sealed = AeadCipher::seal(key, "x").value();
    sealed[0] = 9;
    QCOMPARE(AeadCipher::open(key, sealed).error().code, QStringLiteral("aead.bad_version"));
}

QTEST_GUILESS_MAIN(TestAeadCipher)
#include "tst_aeadcipher.moc"
