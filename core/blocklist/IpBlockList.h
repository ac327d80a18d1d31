#pragma once

#include "Clock.h"
#include "Result.h"
#include "blocklist/BlockedIp.h"
#include "rbac/Actor.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <optional>

namespace nova {

class AdminAudit;
class AlertBus;
class Database;
class SecurityLog;

// Blocked and allowed addresses and networks.
//
// Blocking a range that is already blocked extends the existing entry to the
// later expiry (a permanent block stays permanent); it never adds a second
// row and never shortens a block. Ranges overlapping the allow-list (e.g. the
// office network) are refused, and so is a manual block of the acting
// admin's own address. Manual changes go through AdminAudit; the detector's
// blocks are written to the security log directly with source "detector".
// Every block also publishes an "ip_blocked" alert.
//
// isBlocked() and isAllowed() answer from an in-memory copy of both lists.
// Changes made through this object refresh it at once; changes by another
// process (nova-ctl, another daemon) are picked up when the copy is older
// than kCacheMaxAgeMs. Expired blocks never count, whatever the copy's age,
// and are purged from the table when the copy is refreshed.
class IpBlockList : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kCacheMaxAgeMs = 5000;
    // The widest networks block() takes: a wider block would shut out a large
    // part of the internet. The desktop's allow-list editor keeps to the same
    // limits, since allowing such a network would switch blocking off.
    static constexpr int kWidestV4Prefix = 8;
    static constexpr int kWidestV6Prefix = 16;
    static bool isTooBroad(const IpRange& range)
    {
        return range.prefixLength() < (range.isIpv6() ? kWidestV6Prefix : kWidestV4Prefix);
    }

    IpBlockList(const Database& db, const Clock& clock, SecurityLog& log, AdminAudit& audit, AlertBus& alerts,
                QObject* parent = nullptr);

    // durationMs empty: until unblocked. source: BlockSource::Manual or ::Detector.
    Result<BlockedIp> block(const IpRange& range, std::optional<qint64> durationMs, const QString& reason,
                            const QString& source, const Actor& actor);
    // Error "blocklist.not_blocked" when no entry for exactly this range exists.
    Status unblock(const IpRange& range, const Actor& actor);
    // The active entry whose range contains the address, if any.
    Result<std::optional<BlockedIp>> isBlocked(const QHostAddress& address);
    // Active entries, newest first.
    Result<QList<BlockedIp>> list();

    Result<AllowedIp> allow(const IpRange& range, const QString& note, const Actor& actor);
    Status disallow(const IpRange& range, const Actor& actor);
    Result<QList<AllowedIp>> allowed();
    Result<bool> isAllowed(const QHostAddress& address);
    // Whether the range overlaps any allowed range.
    Result<bool> overlapsAllowed(const IpRange& range);

    // "deny 203.0.113.7/32;" lines after a comment header, for an nginx include.
    Result<QString> toNginxDenyList();
    // One CIDR per line, for ipset restore scripts or fail2ban.
    Result<QString> toPlainList();

    // Deletes expired entries; returns how many.
    Result<int> purgeExpired();

Q_SIGNALS:
    void changed();

private:
    struct Cache {
        QList<BlockedIp> blocked;
        QList<AllowedIp> allowed;
        qint64 loadedAtMs = 0;
        bool valid = false;
    };
    Status refreshIfStale();
    Status reload();
    void invalidate();
    Result<std::optional<BlockedIp>> findExact(const IpRange& range) const;
    Result<BlockedIp> writeBlock(const IpRange& range, std::optional<qint64> expiresAtMs,
                                 const QString& reason, const QString& source, const Actor& actor,
                                 bool& extended);
    void publishBlockAlert(const BlockedIp& entry, bool extended, std::optional<qint64> logId);

    const Database& m_db;
    const Clock& m_clock;
    SecurityLog& m_log;
    AdminAudit& m_audit;
    AlertBus& m_alerts;
    mutable QMutex m_mutex;
    Cache m_cache;
};

} // namespace nova
