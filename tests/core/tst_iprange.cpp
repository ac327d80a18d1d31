#include "blocklist/IpRange.h"

#include <QTest>

using namespace nova;

class TestIpRange : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesValid_data();
    void parsesValid();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void containsAddress_data();
    void containsAddress();
    void containsAndOverlapsRanges();
    void fromAddress();
    void nullRangeContainsNothing();
};

void TestIpRange::parsesValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<bool>("ipv6");

    QTest::newRow("ipv4 single") << "203.0.113.7"
                                 << "203.0.113.7/32" << 32 << false;
    QTest::newRow("ipv4 /32") << "203.0.113.7/32"
                              << "203.0.113.7/32" << 32 << false;
    QTest::newRow("ipv4 /24") << "203.0.113.0/24"
                              << "203.0.113.0/24" << 24 << false;
    QTest::newRow("ipv4 /8") << "10.0.0.0/8"
                             << "10.0.0.0/8" << 8 << false;
    QTest::newRow("ipv4 /0") << "0.0.0.0/0"
                             << "0.0.0.0/0" << 0 << false;
    QTest::newRow("ipv4 zero octets") << "0.0.0.0"
                                      << "0.0.0.0/32" << 32 << false;
    QTest::newRow("ipv4 max") << "255.255.255.255"
                              << "255.255.255.255/32" << 32 << false;
    QTest::newRow("surrounding space") << "  192.0.2.1 \t"
                                       << "192.0.2.1/32" << 32 << false;
    QTest::newRow("ipv6 single") << "2001:db8::1"
                                 << "2001:db8::1/128" << 128 << true;
    QTest::newRow("ipv6 upper case") << "2001:DB8::ABCD"
                                     << "2001:db8::abcd/128" << 128 << true;
    QTest::newRow("ipv6 expanded") << "2001:0db8:0000:0000:0000:0000:0000:0001"
                                   << "2001:db8::1/128" << 128 << true;
    QTest::newRow("ipv6 /32") << "2001:db8::/32"
                              << "2001:db8::/32" << 32 << true;
    QTest::newRow("ipv6 /64") << "2001:db8:1:2::/64"
                              << "2001:db8:1:2::/64" << 64 << true;
    QTest::newRow("ipv6 loopback") << "::1"
                                   << "::1/128" << 128 << true;
    QTest::newRow("ipv4-mapped single") << "::ffff:192.0.2.9"
                                        << "192.0.2.9/32" << 32 << false;
    QTest::newRow("ipv4-mapped /120") << "::ffff:192.0.2.0/120"
                                      << "192.0.2.0/24" << 24 << false;
}

void TestIpRange::parsesValid()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(int, prefix);
    QFETCH(bool, ipv6);
    const auto range = IpRange::parse(input);
    QVERIFY2(range.ok(), qPrintable(range.errorMessage()));
    QCOMPARE(range->toString(), canonical);
    QCOMPARE(range->prefixLength(), prefix);
    QCOMPARE(range->isIpv6(), ipv6);
    // Canonical text parses back to the same range.
    const auto again = IpRange::parse(range->toString());
    QVERIFY(again.ok());
    QVERIFY(*again == *range);
}

void TestIpRange::rejectsMalformed_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << ""
                           << "ip.empty";
    QTest::newRow("blank") << "   "
                           << "ip.empty";
    QTest::newRow("word") << "localhost"
                          << "ip.invalid";
    QTest::newRow("three octets") << "192.168.1"
                                  << "ip.invalid";
    QTest::newRow("two octets") << "127.1"
                                << "ip.invalid";
    QTest::newRow("five octets") << "1.2.3.4.5"
                                 << "ip.invalid";
    QTest::newRow("octet 256") << "192.168.1.256"
                               << "ip.invalid";
    QTest::newRow("octet 999") << "999.1.1.1"
                               << "ip.invalid";
    QTest::newRow("leading zero") << "010.0.0.1"
                                  << "ip.invalid";
    QTest::newRow("hex octet") << "0x7f.0.0.1"
                               << "ip.invalid";
    QTest::newRow("negative octet") << "1.2.3.-4"
                                    << "ip.invalid";
    QTest::newRow("trailing dot") << "1.2.3.4."
                                  << "ip.invalid";
    QTest::newRow("inner space") << "1.2. 3.4"
                                 << "ip.invalid";
    QTest::newRow("integer form") << "3232235777"
                                  << "ip.invalid";
    QTest::newRow("ipv6 two double colons") << "2001::db8::1"
                                            << "ip.invalid";
    QTest::newRow("ipv6 bad hex") << "2001:db8::g"
                                  << "ip.invalid";
    QTest::newRow("ipv6 too many groups") << "1:2:3:4:5:6:7:8:9"
                                          << "ip.invalid";
    QTest::newRow("ipv6 scope id") << "fe80::1%eth0"
                                   << "ip.invalid";
    QTest::newRow("ipv6 brackets") << "[2001:db8::1]"
                                   << "ip.invalid";
    QTest::newRow("sql in address") << "1.2.3.4' OR 1=1"
                                    << "ip.invalid";
    QTest::newRow("only slash") << "/24"
                                << "ip.invalid";
    QTest::newRow("prefix empty") << "10.0.0.0/"
                                  << "ip.prefix";
    QTest::newRow("prefix 33") << "10.0.0.0/33"
                               << "ip.prefix";
    QTest::newRow("prefix 129") << "2001:db8::/129"
                                << "ip.prefix";
    QTest::newRow("prefix negative") << "10.0.0.0/-1"
                                     << "ip.prefix";
    QTest::newRow("prefix plus") << "10.0.0.0/+8"
                                 << "ip.prefix";
    QTest::newRow("prefix leading zero") << "10.0.0.0/08"
                                         << "ip.prefix";
    QTest::newRow("prefix word") << "10.0.0.0/abc"
                                 << "ip.prefix";
    QTest::newRow("prefix netmask") << "10.0.0.0/255.0.0.0"
                                    << "ip.prefix";
    QTest::newRow("double prefix") << "10.0.0.0/8/8"
                                   << "ip.prefix";
    QTest::newRow("prefix huge") << "10.0.0.0/99999999999"
                                 << "ip.prefix";
    QTest::newRow("host bits ipv4") << "10.0.0.5/8"
                                    << "ip.host_bits";
    QTest::newRow("host bits /31") << "192.0.2.1/31"
                                   << "ip.host_bits";
    QTest::newRow("host bits /0") << "1.0.0.0/0"
                                  << "ip.host_bits";
    QTest::newRow("host bits ipv6") << "2001:db8::1/64"
                                    << "ip.host_bits";
}

void TestIpRange::rejectsMalformed()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const auto range = IpRange::parse(input);
    QVERIFY(!range.ok());
    QCOMPARE(range.error().code, code);
    QVERIFY(!range.error().message.isEmpty());
}

void TestIpRange::containsAddress_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("inside");

    QTest::newRow("same single") << "203.0.113.7"
                                 << "203.0.113.7" << true;
    QTest::newRow("other single") << "203.0.113.7"
                                  << "203.0.113.8" << false;
    QTest::newRow("in /24") << "203.0.113.0/24"
                            << "203.0.113.200" << true;
    QTest::newRow("outside /24") << "203.0.113.0/24"
                                 << "203.0.114.1" << false;
    QTest::newRow("/0 holds all ipv4") << "0.0.0.0/0"
                                       << "8.8.8.8" << true;
    QTest::newRow("ipv4 range, ipv6 address") << "0.0.0.0/0"
                                              << "2001:db8::1" << false;
    QTest::newRow("mapped address in ipv4 range") << "192.0.2.0/24"
                                                  << "::ffff:192.0.2.55" << true;
    QTest::newRow("in ipv6 /32") << "2001:db8::/32"
                                 << "2001:db8:ffff::1" << true;
    QTest::newRow("outside ipv6 /32") << "2001:db8::/32"
                                      << "2001:db9::1" << false;
    QTest::newRow("ipv6 range, ipv4 address") << "::/0"
                                              << "192.0.2.1" << false;
}

void TestIpRange::containsAddress()
{
    QFETCH(QString, range);
    QFETCH(QString, address);
    QFETCH(bool, inside);
    const auto parsed = IpRange::parse(range);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->contains(QHostAddress(address)), inside);
}

void TestIpRange::containsAndOverlapsRanges()
{
    const IpRange net24 = IpRange::parse(QStringLiteral("10.1.2.0/24")).value();
    const IpRange net16 = IpRange::parse(QStringLiteral("10.1.0.0/16")).value();
    const IpRange single = IpRange::parse(QStringLiteral("10.1.2.3")).value();
    const IpRange other = IpRange::parse(QStringLiteral("10.2.0.0/16")).value();
    const IpRange v6 = IpRange::parse(QStringLiteral("::/0")).value();
    QVERIFY(net16.contains(net24));
    QVERIFY(!net24.contains(net16));
    QVERIFY(net24.contains(single));
    QVERIFY(net24.contains(net24));
    QVERIFY(!net16.contains(other));
    QVERIFY(net24.overlaps(net16));
    QVERIFY(net16.overlaps(net24));
    QVERIFY(!net16.overlaps(other));
    QVERIFY(!v6.overlaps(net16));
    QVERIFY(!net16.contains(IpRange()));
}

void TestIpRange::fromAddress()
{
    QCOMPARE(IpRange::fromAddress(QHostAddress(QStringLiteral("192.0.2.1"))).toString(),
             QStringLiteral("192.0.2.1/32"));
    QCOMPARE(IpRange::fromAddress(QHostAddress(QStringLiteral("::ffff:192.0.2.1"))).toString(),
             QStringLiteral("192.0.2.1/32"));
    QCOMPARE(IpRange::fromAddress(QHostAddress(QStringLiteral("2001:db8::1"))).toDisplayString(),
             QStringLiteral("2001:db8::1"));
    QVERIFY(IpRange::fromAddress(QHostAddress()).isNull());
    QVERIFY(IpRange::fromAddress(QHostAddress(QStringLiteral("not an ip"))).isNull());
}

void TestIpRange::nullRangeContainsNothing()
{
    const IpRange null;
    QVERIFY(null.isNull());
    QVERIFY(!null.contains(QHostAddress(QStringLiteral("1.2.3.4"))));
    QCOMPARE(null.toString(), QString());
}

QTEST_GUILESS_MAIN(TestIpRange)
#include "tst_iprange.moc"
