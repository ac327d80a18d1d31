#include "crypto/Base32.h"
#include "totp/OtpUri.h"

#include <QTest>

using namespace nova;

class TestOtpUri : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void buildKeyUriFormat();
    void buildEncodesArabicAndColons();
    void roundTrip_data();
    void roundTrip();
    void parsesWhatOthersWrite_data();
    void parsesWhatOthersWrite();
    void rejectsMalformed_data();
    void rejectsMalformed();
};

void TestOtpUri::buildKeyUriFormat()
{
    OtpAccount account{
        QStringLiteral("Nova CRM"), QStringLiteral("sara@example.com"), "Hello!\xde\xad\xbe\xef", {}};
    QCOMPARE(OtpUri::build(account),
             QStringLiteral(
                 "otpauth://totp/Nova%20CRM:sara%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Nova%20CRM"
                 "&algorithm=SHA1&digits=6&period=30"));
}

void TestOtpUri::buildEncodesArabicAndColons()
{
    OtpAccount account{QStringLiteral("نوفا"), QStringLiteral("a:b"), QByteArray(20, 'k'), {}};
    const QString uri = OtpUri::build(account);
    QVERIFY(uri.startsWith(QStringLiteral("otpauth://totp/%D9%86%D9%88%D9%81%D8%A7:a%3Ab?")));
    for (const QChar c : uri)
        QVERIFY2(c.unicode() < 128, "the URI must be pure ASCII");
}

void TestOtpUri::roundTrip_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<int>("digits");
    QTest::addColumn<int>("period");
    QTest::newRow("defaults") << QStringLiteral("Nova CRM") << QStringLiteral("omar") << 0 << 6 << 30;
    QTest::newRow("arabic name") << QStringLiteral("Nova CRM") << QStringLiteral("خالد العتيبي") << 1 << 8
                                 << 60;
    QTest::newRow("colon in name") << QStringLiteral("Nova") << QStringLiteral("team:lead@x.sa") << 2 << 7
                                   << 30;
    QTest::newRow("no issuer") << QString() << QStringLiteral("broker1") << 0 << 6 << 30;
    QTest::newRow("symbols") << QStringLiteral("A&B=C?") << QStringLiteral("100% #1 /+") << 0 << 6 << 30;
}

void TestOtpUri::roundTrip()
{
    QFETCH(QString, issuer);
    QFETCH(QString, name);
    QFETCH(int, algorithm);
    QFETCH(int, digits);
    QFETCH(int, period);
    const OtpAccount in{issuer, name, QByteArray("0123456789abcdefghij"),
                        OtpSettings{HashAlgorithm(algorithm), digits, period}};
    const auto out = OtpUri::parse(OtpUri::build(in));
    QVERIFY2(out.ok(), qPrintable(out.errorMessage()));
    QCOMPARE(out->issuer, issuer);
    QCOMPARE(out->accountName, name);
    QCOMPARE(out->secret, in.secret);
    QVERIFY(out->settings == in.settings);
}

void TestOtpUri::parsesWhatOthersWrite_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("name");
    // Google's own example, a literal space after the colon, upper-case scheme, no issuer parameter,
    // and an encoded colon as separator with the issuer parameter to disambiguate.
    QTest::newRow("google example")
        << QStringLiteral("otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example")
        << QStringLiteral("Example") << QStringLiteral("alice@google.com");
    QTest::newRow("space after colon")
        << QStringLiteral("otpauth://totp/ACME%20Co:%20john?secret=JBSWY3DPEHPK3PXP")
        << QStringLiteral("ACME Co") << QStringLiteral("john");
    QTest::newRow("upper-case scheme")
        << QStringLiteral("OTPAUTH://TOTP/bob?secret=jbswy3dpehpk3pxp") << QString() << QStringLiteral("bob");
    QTest::newRow("issuer only as parameter")
        << QStringLiteral("otpauth://totp/bob?secret=JBSWY3DPEHPK3PXP&issuer=Nova") << QStringLiteral("Nova")
        << QStringLiteral("bob");
    QTest::newRow("unknown parameter ignored")
        << QStringLiteral("otpauth://totp/bob?secret=JBSWY3DPEHPK3PXP&image=https%3A%2F%2Fx") << QString()
        << QStringLiteral("bob");
    QTest::newRow("padded secret") << QStringLiteral("otpauth://totp/bob?secret=NBSWY3DPEB3W64TMMQ======")
                                   << QString() << QStringLiteral("bob");
}

void TestOtpUri::parsesWhatOthersWrite()
{
    QFETCH(QString, uri);
    QFETCH(QString, issuer);
    QFETCH(QString, name);
    const auto out = OtpUri::parse(uri);
    QVERIFY2(out.ok(), qPrintable(out.errorMessage()));
    QCOMPARE(out->issuer, issuer);
    QCOMPARE(out->accountName, name);
}

void TestOtpUri::rejectsMalformed_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("code");
    const QString ok = QStringLiteral("otpauth://totp/Nova:bob?secret=JBSWY3DPEHPK3PXP");
    QTest::newRow("empty") << QString() << QStringLiteral("uri.empty");
    QTest::newRow("whitespace") << QStringLiteral("   ") << QStringLiteral("uri.empty");
    QTest::newRow("huge") << ok + QStringLiteral("&x=") + QString(5000, QLatin1Char('a'))
                          << QStringLiteral("uri.too_long");
    QTest::newRow("http scheme") << QStringLiteral("https://totp/Nova:bob?secret=JBSWY3DPEHPK3PXP")
                                 << QStringLiteral("uri.scheme");
    QTest::newRow("scheme only") << QStringLiteral("otpauth://") << QStringLiteral("uri.no_label");
    QTest::newRow("hotp") << QStringLiteral("otpauth://hotp/Nova:bob?secret=JBSWY3DPEHPK3PXP&counter=1")
                          << QStringLiteral("uri.hotp");
    QTest::newRow("unknown type") << QStringLiteral("otpauth://motp/bob?secret=JBSWY3DPEHPK3PXP")
                                  << QStringLiteral("uri.type");
    QTest::newRow("no label") << QStringLiteral("otpauth://totp/?secret=JBSWY3DPEHPK3PXP")
                              << QStringLiteral("uri.no_label");
    QTest::newRow("issuer but no account")
        << QStringLiteral("otpauth://totp/Nova:?secret=JBSWY3DPEHPK3PXP") << QStringLiteral("uri.no_label");
    QTest::newRow("no query") << QStringLiteral("otpauth://totp/Nova:bob") << QStringLiteral("uri.no_secret");
    QTest::newRow("empty secret") << QStringLiteral("otpauth://totp/Nova:bob?secret=")
                                  << QStringLiteral("uri.no_secret");
    QTest::newRow("bad base32") << QStringLiteral("otpauth://totp/Nova:bob?secret=JBSW1111")
                                << QStringLiteral("uri.secret");
    QTest::newRow("short secret") << QStringLiteral("otpauth://totp/Nova:bob?secret=JBSWY3DP")
                                  << QStringLiteral("uri.short_secret");
    QTest::newRow("truncated percent") << QStringLiteral("otpauth://totp/Nova:bo%4?secret=JBSWY3DPEHPK3PXP")
                                       << QStringLiteral("uri.encoding");
    QTest::newRow("trailing percent") << QStringLiteral("otpauth://totp/Nova:bob%?secret=JBSWY3DPEHPK3PXP")
                                      << QStringLiteral("uri.encoding");
    QTest::newRow("bad hex") << QStringLiteral("otpauth://totp/Nova:b%ZZb?secret=JBSWY3DPEHPK3PXP")
                             << QStringLiteral("uri.encoding");
    QTest::newRow("invalid utf8") << QStringLiteral("otpauth://totp/Nova:%C3%28?secret=JBSWY3DPEHPK3PXP")
                                  << QStringLiteral("uri.encoding");
    QTest::newRow("bad issuer encoding")
        << QStringLiteral("otpauth://totp/No%Xva:bob?secret=JBSWY3DPEHPK3PXP")
        << QStringLiteral("uri.encoding");
    QTest::newRow("parameter without value") << ok + QStringLiteral("&digits") << QStringLiteral("uri.query");
    QTest::newRow("duplicate secret")
        << ok + QStringLiteral("&secret=JBSWY3DPEHPK3PXP") << QStringLiteral("uri.duplicate");
    QTest::newRow("issuer mismatch") << ok + QStringLiteral("&issuer=Other")
                                     << QStringLiteral("uri.issuer_mismatch");
    QTest::newRow("md5") << ok + QStringLiteral("&algorithm=MD5") << QStringLiteral("uri.algorithm");
    QTest::newRow("digits 5") << ok + QStringLiteral("&digits=5") << QStringLiteral("uri.digits");
    QTest::newRow("digits 9") << ok + QStringLiteral("&digits=9") << QStringLiteral("uri.digits");
    QTest::newRow("digits text") << ok + QStringLiteral("&digits=six") << QStringLiteral("uri.digits");
    QTest::newRow("period 0") << ok + QStringLiteral("&period=0") << QStringLiteral("uri.period");
    QTest::newRow("period negative") << ok + QStringLiteral("&period=-30") << QStringLiteral("uri.period");
    QTest::newRow("period overflow") << ok + QStringLiteral("&period=99999999999999")
                                     << QStringLiteral("uri.period");
}

void TestOtpUri::rejectsMalformed()
{
    QFETCH(QString, uri);
    QFETCH(QString, code);
    const auto out = OtpUri::parse(uri);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().code, code);
    QVERIFY(!out.errorMessage().isEmpty());
}

QTEST_GUILESS_MAIN(TestOtpUri)
#include "tst_otpuri.moc"
