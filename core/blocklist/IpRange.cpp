#include "IpRange.h"

#include "Bidi.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nova {

namespace {

Error rangeError(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

// ::ffff:a.b.c.d, which a dual-stack socket reports for an IPv4 client.
bool isV4Mapped(const Q_IPV6ADDR& bytes)
{
    for (int i = 0; i < 10; ++i) {
        if (bytes[i] != 0)
            return false;
    }
    return bytes[10] == 0xff && bytes[11] == 0xff;
}

QHostAddress unmapped(const QHostAddress& address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol || !isV4Mapped(address.toIPv6Address()))
        return address;
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    return QHostAddress((quint32(bytes[12]) << 24) | (quint32(bytes[13]) << 16) | (quint32(bytes[14]) << 8) |
                        quint32(bytes[15]));
}

bool hostBitsClear(const QHostAddress& address, int prefix)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 value = address.toIPv4Address();
        const quint32 hostMask = prefix == 0 ? 0xffffffffu : (prefix == 32 ? 0u : (0xffffffffu >> prefix));
        return (value & hostMask) == 0;
    }
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int bit = prefix; bit < 128; ++bit) {
        if (bytes[bit / 8] & (0x80 >> (bit % 8)))
            return false;
    }
    return true;
}

} // namespace

IpRange::IpRange(QHostAddress network, int prefix)
    : m_network(std::move(network))
    , m_prefix(prefix)
{}

Result<IpRange> IpRange::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return rangeError("ip.empty",
                          QCoreApplication::translate("nova::IpRange", "No IP address was given."));
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QString addressText = slash < 0 ? text : text.left(slash);
    const QString prefixText = slash < 0 ? QString() : text.mid(slash + 1);

    QHostAddress address;
    static const QRegularExpression ipv4(QStringLiteral(
        "^(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})$"));
    static const QRegularExpression ipv6Chars(QStringLiteral("^[0-9A-Fa-f:.]+$"));
    if (addressText.contains(QLatin1Char(':'))) {
        if (!ipv6Chars.match(addressText).hasMatch() || !address.setAddress(addressText) ||
            address.protocol() != QAbstractSocket::IPv6Protocol)
            return rangeError("ip.invalid", QCoreApplication::translate("nova::IpRange",
                                                                        "\"%1\" is not a valid IPv6 address.")
                                                .arg(leftToRight(addressText)));
    } else {
        const QRegularExpressionMatch match = ipv4.match(addressText);
        bool octetsOk = match.hasMatch();
        for (int i = 1; octetsOk && i <= 4; ++i)
            octetsOk = match.captured(i).toInt() <= 255;
        if (!octetsOk || !address.setAddress(addressText) ||
            address.protocol() != QAbstractSocket::IPv4Protocol)
            return rangeError(
                "ip.invalid",
                //: %1 is what was typed; %2, %3 and %4 are example addresses
                QCoreApplication::translate("nova::IpRange",
                                            "\"%1\" is not a valid IP address (expected e.g. %2, %3 or %4).")
                    .arg(leftToRight(addressText), leftToRight(QStringLiteral("203.0.113.7")),
                         leftToRight(QStringLiteral("2001:db8::1")),
                         leftToRight(QStringLiteral("203.0.113.0/24"))));
    }

    const int maxPrefix = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    int prefix = maxPrefix;
    if (slash >= 0) {
        static const QRegularExpression digits(QStringLiteral("^(0|[1-9][0-9]{0,2})$"));
        if (!digits.match(prefixText).hasMatch() || prefixText.toInt() > maxPrefix)
            //: %3 is a prefix length as typed, such as "/33"
            return rangeError("ip.prefix", QCoreApplication::translate(
                                               "nova::IpRange", "The prefix length \"%3\" must be a number "
                                                                "from %L1 to %L2.")
                                               .arg(0)
                                               .arg(maxPrefix)
                                               .arg(leftToRight(QLatin1Char('/') + prefixText)));
        prefix = prefixText.toInt();
    }
    if (!hostBitsClear(address, prefix)) {
        const QPair<QHostAddress, int> network =
            QHostAddress::parseSubnet(address.toString() + QLatin1Char('/') + QString::number(prefix));
        return rangeError(
            "ip.host_bits",
            //: %1 is the range as typed, %2 its prefix length such as "/24", %3 the network
            QCoreApplication::translate("nova::IpRange", "%1 has address bits set beyond the %2 prefix; the "
                                                         "network is %3.")
                .arg(leftToRight(text), leftToRight(QLatin1Char('/') + QString::number(prefix)),
                     leftToRight(network.first.toString() + QLatin1Char('/') + QString::number(prefix))));
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol && prefix >= 96 &&
        isV4Mapped(address.toIPv6Address()))
        return IpRange(unmapped(address), prefix - 96);
    return IpRange(address, prefix);
}

IpRange IpRange::fromAddress(const QHostAddress& address)
{
    if (address.isNull() || (address.protocol() != QAbstractSocket::IPv4Protocol &&
                             address.protocol() != QAbstractSocket::IPv6Protocol))
        return {};
    QHostAddress plain = unmapped(address);
    plain.setScopeId(QString());
    return IpRange(plain, plain.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128);
}

QString IpRange::toString() const
{
    if (isNull())
        return {};
    return m_network.toString() + QLatin1Char('/') + QString::number(m_prefix);
}

QString IpRange::toDisplayString() const
{
    return isSingleAddress() ? m_network.toString() : toString();
}

bool IpRange::contains(const QHostAddress& address) const
{
    if (isNull() || address.isNull())
        return false;
    const QHostAddress plain = unmapped(address);
    if (plain.protocol() != m_network.protocol())
        return false;
    return plain.isInSubnet(m_network, m_prefix);
}

bool IpRange::contains(const IpRange& other) const
{
    return !other.isNull() && other.m_prefix >= m_prefix && contains(other.m_network);
}

bool IpRange::overlaps(const IpRange& other) const
{
    return contains(other) || other.contains(*this);
}

bool IpRange::operator==(const IpRange& other) const
{
    return m_prefix == other.m_prefix && m_network == other.m_network;
}

} // namespace nova
