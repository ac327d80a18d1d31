#include "ManualClock.h"
#include "totp/Otp.h"
#include "totp/TotpVerifier.h"

#include <QTest>

using namespace nova;
using nova::test::ManualClock;

namespace {
const QByteArray kKey("12345678901234567890");
constexpr qint64 kNow = 1111111111; // step 37037037, 1 s into its window
} // namespace

class TestTotpVerifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void skewWindow_data();
    void skewWindow();
    void replayIsRefused();
    void laterCodeAfterAcceptedOne();
    void malformedCodes_data();
    void malformedCodes();
    void otherSettings();
};

void TestTotpVerifier::skewWindow_data()
{
    QTest::addColumn<int>("skew");
    QTest::addColumn<int>("offset");
    QTest::addColumn<bool>("accepted");
    for (int skew = 0; skew <= 2; ++skew) {
        for (int offset = -3; offset <= 3; ++offset)
            QTest::addRow("skew %d offset %d", skew, offset) << skew << offset << (qAbs(offset) <= skew);
    }
}

void TestTotpVerifier::skewWindow()
{
    QFETCH(int, skew);
    QFETCH(int, offset);
    QFETCH(bool, accepted);
    ManualClock clock;
    clock.setSecs(kNow);
    const TotpVerifier verifier(clock, skew);
    const OtpSettings settings;
    const QString code = Otp::totp(kKey, kNow + offset * settings.periodSecs, settings);
    const auto result = verifier.verify(kKey, code, settings);
    if (accepted) {
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result.value(), Otp::timeStep(kNow, 30) + offset);
    } else {
        // A code from far outside the window could collide by chance (1e-6); this key and time don't.
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("totp.wrong"));
    }
}

void TestTotpVerifier::replayIsRefused()
{
    ManualClock clock;
    clock.setSecs(kNow);
    const TotpVerifier verifier(clock, 1);
    const QString code = Otp::totp(kKey, kNow);
    const auto first = verifier.verify(kKey, code, {});
    QVERIFY(first.ok());
    const auto again = verifier.verify(kKey, code, {}, first.value());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("totp.replayed"));
    // An older code within the window is refused too once a later step was accepted.
    const QString previous = Otp::totp(kKey, kNow - 30);
    QCOMPARE(verifier.verify(kKey, previous, {}, first.value()).error().code,
             QStringLiteral("totp.replayed"));
    // Even 20 s later the same code (still within the skew window) stays refused.
    clock.advanceSecs(20);
    QCOMPARE(verifier.verify(kKey, code, {}, first.value()).error().code, QStringLiteral("totp.replayed"));
}

void TestTotpVerifier::laterCodeAfterAcceptedOne()
{
    ManualClock clock;
    clock.setSecs(kNow);
    const TotpVerifier verifier(clock, 1);
    const quint64 accepted = verifier.verify(kKey, Otp::totp(kKey, kNow), {}).value();
    clock.advanceSecs(30);
    const auto next = verifier.verify(kKey, Otp::totp(kKey, kNow + 30), {}, accepted);
    QVERIFY(next.ok());
    QCOMPARE(next.value(), accepted + 1);
}

void TestTotpVerifier::malformedCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("too short") << QStringLiteral("12345");
    QTest::newRow("too long") << QStringLiteral("1234567");
    QTest::newRow("letters") << QStringLiteral("12a456");
    QTest::newRow("arabic-indic digits") << QStringLiteral("١٢٣٤٥٦");
    QTest::newRow("huge") << QString(100000, QLatin1Char('1'));
}

void TestTotpVerifier::malformedCodes()
{
    QFETCH(QString, code);
    ManualClock clock;
    clock.setSecs(kNow);
    const auto result = TotpVerifier(clock).verify(kKey, code, {});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("totp.malformed"));
}

void TestTotpVerifier::otherSettings()
{
    ManualClock clock;
    clock.setSecs(kNow);
    OtpSettings settings;
    settings.algorithm = HashAlgorithm::Sha512;
    settings.digits = 8;
    settings.periodSecs = 60;
    const QString code = Otp::totp(kKey, kNow, settings);
    QCOMPARE(code.size(), 8);
    QVERIFY(TotpVerifier(clock).verify(kKey, code, settings).ok());
    // Typed with a space in the middle, as some apps display it.
    QVERIFY(TotpVerifier(clock).verify(kKey, code.left(4) + QLatin1Char(' ') + code.mid(4), settings).ok());
    QVERIFY(!TotpVerifier(clock).verify(kKey, code, OtpSettings{}).ok());
}

QTEST_GUILESS_MAIN(TestTotpVerifier)
#include "tst_totpverifier.moc"
