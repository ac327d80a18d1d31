#pragma once

#include "Result.h"

#include <QHostAddress>
#include <QString>

namespace nova {

// An IPv4 or IPv6 network: a single address is the /32 or /128 network.
// Canonical text is "network/prefix" (e.g. "203.0.113.0/24",
// "2001:db8::/32"), which is what the blocked and allowed tables store.
//
// Parsing is strict: dotted-quad IPv4 only (no "127.1", octal or hex forms),
// no scope ids, a decimal prefix within the family's length, and no host bits
// set beyond the prefix ("10.0.0.5/8" is refused rather than silently widened
// to the whole 10.0.0.0/8). IPv4-mapped IPv6 addresses are stored as IPv4.
class IpRange {
public:
    IpRange() = default; // null: contains nothing

    static Result<IpRange> parse(const QString& text);
    static IpRange fromAddress(const QHostAddress& address); // null for a null address

    bool isNull() const { return m_network.isNull(); }
    bool isIpv6() const { return m_network.protocol() == QAbstractSocket::IPv6Protocol; }
    bool isSingleAddress() const { return m_prefix == (isIpv6() ? 128 : 32); }
    const QHostAddress& network() const { return m_network; }
    int prefixLength() const { return m_prefix; }

    QString toString() const;
    // The bare address for a single address, the CIDR text otherwise.
    QString toDisplayString() const;

    bool contains(const QHostAddress& address) const;
    bool contains(const IpRange& other) const;
    bool overlaps(const IpRange& other) const;

    bool operator==(const IpRange& other) const;
    bool operator!=(const IpRange& other) const { return !(*this == other); }

private:
    IpRange(QHostAddress network, int prefix);

    QHostAddress m_network;
    int m_prefix = 0;
};

} // namespace nova
