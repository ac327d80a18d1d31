// Cross-checks our TOTP against oathtool (GNU liboath), an implementation we
// did not write, for random secrets, times and settings.
#include "crypto/Base32.h"
#include "crypto/SecureRandom.h"
#include "totp/Otp.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace nova;

class TestOtpOathtool : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesOathtool_data();
    void matchesOathtool();

private:
    QString m_oathtool;
};

void TestOtpOathtool::initTestCase()
{
    m_oathtool = QStandardPaths::findExecutable(QStringLiteral("oathtool"));
    QVERIFY2(!m_oathtool.isEmpty(), "oathtool is missing: run scripts/install-deps.sh --with-tests");
}

void TestOtpOathtool::matchesOathtool_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<int>("digits");
    QTest::addColumn<int>("period");
    const int periods[] = {30, 60, 15};
    for (int i = 0; i < 24; ++i) {
        const QByteArray secret = SecureRandom::bytes(i % 2 ? 20 : 32);
        const qint64 time = SecureRandom::uniform(4000000000u);
        const int algorithm = i % 3;
        const int digits = 6 + (i / 3) % 3;
        const int period = periods[(i / 9) % 3];
        QTest::addRow("#%d %s t=%lld d=%d p=%d", i, qPrintable(hashAlgorithmName(HashAlgorithm(algorithm))),
                      time, digits, period)
            << secret << time << algorithm << digits << period;
    }
}

void TestOtpOathtool::matchesOathtool()
{
    QFETCH(QByteArray, secret);
    QFETCH(qint64, time);
    QFETCH(int, algorithm);
    QFETCH(int, digits);
    QFETCH(int, period);
    QProcess oathtool;
    oathtool.start(m_oathtool,
                   {QStringLiteral("--totp=") + hashAlgorithmName(HashAlgorithm(algorithm)).toLower(),
                    QStringLiteral("--base32"), QStringLiteral("--now=@%1").arg(time),
                    QStringLiteral("--digits=%1").arg(digits),
                    QStringLiteral("--time-step-size=%1s").arg(period), Base32::encode(secret)});
    QVERIFY(oathtool.waitForFinished(10000));
    QCOMPARE(oathtool.exitCode(), 0);
    const QString theirs = QString::fromLatin1(oathtool.readAllStandardOutput()).trimmed();
    const OtpSettings settings{HashAlgorithm(algorithm), digits, period};
    QCOMPARE(Otp::totp(secret, time, settings), theirs);
}

QTEST_GUILESS_MAIN(TestOtpOathtool)
#include "tst_otp_oathtool.moc"
