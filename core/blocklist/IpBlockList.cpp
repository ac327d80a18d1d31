#include "IpBlockList.h"

#include "Bidi.h"
#include "alerts/AlertBus.h"
#include "rbac/AdminAudit.h"
#include "securitylog/SecurityLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSqlQuery>
#include <QtDebug>

namespace nova {

namespace {

Error listError(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

QVariant nullableTime(std::optional<qint64> ms)
{
    return ms ? QVariant(*ms) : QVariant(QMetaType::fromType<qlonglong>());
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

const QString kBlockedColumns =
    QStringLiteral("id, cidr, reason, source, blocked_at, expires_at, created_by");

BlockedIp blockedFromRow(const QSqlQuery& q)
{
    BlockedIp entry;
    entry.id = q.value(0).toLongLong();
    // Rows are written in canonical form; a hand-edited unparsable row stays null and matches nothing.
    const auto range = IpRange::parse(q.value(1).toString());
    entry.range = range ? *range : IpRange();
    entry.reason = q.value(2).toString();
    entry.source = q.value(3).toString();
    entry.blockedAtMs = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        entry.expiresAtMs = q.value(5).toLongLong();
    entry.createdBy = q.value(6).toString();
    return entry;
}

QJsonObject blockMetadata(const BlockedIp& entry, bool extended)
{
    QJsonObject metadata{{QStringLiteral("cidr"), entry.range.toString()},
                         {QStringLiteral("reason"), entry.reason},
                         {QStringLiteral("source"), entry.source},
                         {QStringLiteral("extended"), extended}};
    if (entry.expiresAtMs)
        metadata.insert(QStringLiteral("expires_at"), *entry.expiresAtMs);
    return metadata;
}

} // namespace

IpBlockList::IpBlockList(const Database& db, const Clock& clock, SecurityLog& log, AdminAudit& audit,
                         AlertBus& alerts, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_log(log)
    , m_audit(audit)
    , m_alerts(alerts)
{}

Result<BlockedIp> IpBlockList::block(const IpRange& range, std::optional<qint64> durationMs,
                                     const QString& reason, const QString& source, const Actor& actor)
{
    if (range.isNull())
        return listError("blocklist.invalid", tr("No address to block."));
    if (source != BlockSource::Manual && source != BlockSource::Detector)
        return listError("blocklist.source", tr("Unknown block source \"%1\".").arg(leftToRight(source)));
    if (durationMs && *durationMs <= 0)
        return listError("blocklist.duration", tr("A block must last longer than zero seconds."));
    const bool manual = source == BlockSource::Manual;
    const auto refuse = [&](const Error& why) -> Result<BlockedIp> {
        if (manual)
            (void)m_audit.recordRefusal(
                actor, EventType::IpBlocked,
                {{QStringLiteral("cidr"), range.toString()}, {QStringLiteral("reason"), reason}}, why);
        return why;
    };
    if (isTooBroad(range))
        return refuse(listError("blocklist.too_broad", tr("%1 is too large a network to block; it would shut "
                                                          "out a large part of the internet.")
                                                           .arg(leftToRight(range.toString()))));
    const auto allowedOverlap = overlapsAllowed(range);
    if (!allowedOverlap)
        return allowedOverlap.error();
    if (*allowedOverlap)
        return refuse(listError("blocklist.allowed", tr("%1 overlaps the allow-list; remove it from the "
                                                        "allow-list first if it really must be blocked.")
                                                         .arg(leftToRight(range.toString()))));
    if (manual && !actor.ip.isEmpty() && range.contains(QHostAddress(actor.ip)))
        //: %1 is a network or address, %2 the IP address of the person blocking it
        return refuse(
            listError("blocklist.self", tr("%1 contains your own address %2; blocking it "
                                           "would lock you out.")
                                            .arg(leftToRight(range.toString()), leftToRight(actor.ip))));

    const qint64 now = m_clock.nowMSecs();
    const std::optional<qint64> expiresAt =
        durationMs ? std::optional<qint64>(now + *durationMs) : std::nullopt;
    bool extended = false;
    auto written = writeBlock(range, expiresAt, reason, source, actor, extended);
    // Another process may have inserted the same range between our read and
    // our insert; the second attempt then finds and extends it.
    if (!written && written.error().code == QLatin1String("db.duplicate"))
        written = writeBlock(range, expiresAt, reason, source, actor, extended);
    if (!written)
        return written.error();
    invalidate();
    Q_EMIT changed();
    return written;
}

Result<BlockedIp> IpBlockList::writeBlock(const IpRange& range, std::optional<qint64> expiresAtMs,
                                          const QString& reason, const QString& source, const Actor& actor,
                                          bool& extended)
{
    const qint64 now = m_clock.nowMSecs();
    BlockedIp entry;
    std::optional<qint64> logId;
    std::optional<SecurityLogEntry> auditEntry;
    const Status status = m_db.transaction([&]() -> Status {
        const auto existing = findExact(range);
        if (!existing)
            return existing.error();
        entry.range = range;
        entry.reason = reason;
        entry.source = source;
        entry.createdBy = actor.username;
        entry.blockedAtMs = now;
        entry.expiresAtMs = expiresAtMs;
        extended = false;
        if (*existing && (*existing)->isActive(now)) {
            const BlockedIp& current = **existing;
            extended = true;
            entry.id = current.id;
            entry.blockedAtMs = current.blockedAtMs;
            entry.createdBy = current.createdBy;
            // Never shorter: a permanent block stays permanent, otherwise the later expiry wins.
            if (!current.expiresAtMs || !expiresAtMs)
                entry.expiresAtMs.reset();
            else
                entry.expiresAtMs = std::max(*current.expiresAtMs, *expiresAtMs);
            // A detector's repeat keeps a manual block's reason and source.
            if (current.source == BlockSource::Manual && source == BlockSource::Detector) {
                entry.reason = current.reason;
                entry.source = current.source;
            }
            if (auto updated = m_db.exec(
                    QStringLiteral(
                        "UPDATE blocked_ips SET reason = ?, source = ?, expires_at = ? WHERE id = ?"),
                    {entry.reason, entry.source, nullableTime(entry.expiresAtMs), entry.id});
                !updated)
                return updated.error();
        } else if (*existing) {
            entry.id = (*existing)->id;
            if (auto updated =
                    m_db.exec(QStringLiteral("UPDATE blocked_ips SET reason = ?, source = ?, blocked_at = ?,"
                                             " expires_at = ?, created_by = ? WHERE id = ?"),
                              {reason, source, now, nullableTime(expiresAtMs), actor.username, entry.id});
                !updated)
                return updated.error();
        } else {
            auto inserted =
                m_db.exec(QStringLiteral("INSERT INTO blocked_ips (cidr, reason, source, blocked_at,"
                                         " expires_at, created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                          {range.toString(), reason, source, now, nullableTime(expiresAtMs), actor.username});
            if (!inserted)
                return inserted.error();
            if (!inserted->next())
                return listError("blocklist.insert", tr("The block was not stored."));
            entry.id = inserted->value(0).toLongLong();
        }

        const QJsonObject metadata = blockMetadata(entry, extended);
        if (source == BlockSource::Manual) {
            auto recorded = m_audit.record(actor, EventType::IpBlocked, metadata);
            if (!recorded)
                return recorded.error();
            logId = recorded->id;
            auditEntry = *recorded;
        } else {
            SecurityEvent event;
            event.event = EventType::IpBlocked;
            event.success = true;
            event.severity = Severity::High;
            // The entry is about the blocked address, so filtering the log by it shows the block too.
            event.ip = range.toDisplayString();
            event.metadata = metadata;
            auto appended = m_log.append(event);
            if (!appended)
                return appended.error();
            logId = appended->id;
        }
        return {};
    });
    if (!status)
        return status.error();
    if (auditEntry)
        m_audit.announce(*auditEntry);
    publishBlockAlert(entry, extended, logId);
    return entry;
}

void IpBlockList::publishBlockAlert(const BlockedIp& entry, bool extended, std::optional<qint64> logId)
{
    // Stored in both languages for every reader, so not translated here; the
    // address, the time and the reason are isolated for either direction.
    const QString address = leftToRight(entry.range.toDisplayString());
    const QString reason = isolated(entry.reason);
    const QString untilEn =
        entry.expiresAtMs ? leftToRight(isoTime(*entry.expiresAtMs)) : QStringLiteral("further notice");
    const QString untilAr =
        entry.expiresAtMs ? leftToRight(isoTime(*entry.expiresAtMs)) : QStringLiteral("إشعار آخر");
    Alert alert;
    alert.severity = entry.source == BlockSource::Detector ? Severity::High : Severity::Medium;
    alert.type = QStringLiteral("ip_blocked");
    if (extended) {
        alert.messageEn = QStringLiteral("Block of %1 extended until %2: %3").arg(address, untilEn, reason);
        alert.messageAr = QStringLiteral("تم تمديد حظر العنوان %1 حتى %2: %3").arg(address, untilAr, reason);
    } else {
        alert.messageEn = QStringLiteral("IP %1 blocked until %2: %3").arg(address, untilEn, reason);
        alert.messageAr = QStringLiteral("تم حظر العنوان %1 حتى %2: %3").arg(address, untilAr, reason);
    }
    alert.ip = entry.range.toDisplayString();
    alert.logId = logId;
    // The block is committed and logged; a lost alert must not undo or fail it.
    if (auto published = m_alerts.publish(alert); !published)
        qWarning("ip_blocked alert for %s not published: %s", qPrintable(alert.ip),
                 qPrintable(published.errorMessage()));
}

Status IpBlockList::unblock(const IpRange& range, const Actor& actor)
{
    const Status status = m_audit.recordChange(
        m_db, actor, EventType::IpUnblocked, {{QStringLiteral("cidr"), range.toString()}},
        [&](QJsonObject& metadata) -> Result<bool> {
            const auto existing = findExact(range);
            if (!existing)
                return existing.error();
            if (!*existing)
                return listError(
                    "blocklist.not_blocked",
                    tr("%1 is not blocked.").arg(leftToRight(range.isNull() ? QString() : range.toString())));
            if (auto removed =
                    m_db.exec(QStringLiteral("DELETE FROM blocked_ips WHERE id = ?"), {(*existing)->id});
                !removed)
                return removed.error();
            metadata.insert(QStringLiteral("reason"), (*existing)->reason);
            metadata.insert(QStringLiteral("source"), (*existing)->source);
            return true;
        });
    if (!status)
        return status;
    invalidate();
    Q_EMIT changed();
    return {};
}

Result<std::optional<BlockedIp>> IpBlockList::findExact(const IpRange& range) const
{
    if (range.isNull())
        return std::optional<BlockedIp>();
    auto query = m_db.exec(QStringLiteral("SELECT %1 FROM blocked_ips WHERE cidr = ?").arg(kBlockedColumns),
                           {range.toString()});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<BlockedIp>();
    return std::optional<BlockedIp>(blockedFromRow(*query));
}

Result<std::optional<BlockedIp>> IpBlockList::isBlocked(const QHostAddress& address)
{
    QMutexLocker locker(&m_mutex);
    if (const Status fresh = refreshIfStale(); !fresh)
        return fresh.error();
    for (const AllowedIp& allowed : std::as_const(m_cache.allowed)) {
        if (allowed.range.contains(address))
            return std::optional<BlockedIp>();
    }
    const qint64 now = m_clock.nowMSecs();
    std::optional<BlockedIp> best;
    for (const BlockedIp& entry : std::as_const(m_cache.blocked)) {
        if (entry.isActive(now) && entry.range.contains(address) &&
            (!best || entry.range.prefixLength() > best->range.prefixLength()))
            best = entry;
    }
    return best;
}

Result<QList<BlockedIp>> IpBlockList::list()
{
    auto query =
        m_db.exec(QStringLiteral("SELECT %1 FROM blocked_ips WHERE expires_at IS NULL OR expires_at > ?"
                                 " ORDER BY blocked_at DESC, id DESC")
                      .arg(kBlockedColumns),
                  {m_clock.nowMSecs()});
    if (!query)
        return query.error();
    QList<BlockedIp> entries;
    while (query->next())
        entries.append(blockedFromRow(*query));
    return entries;
}

Result<AllowedIp> IpBlockList::allow(const IpRange& range, const QString& note, const Actor& actor)
{
    if (range.isNull())
        return listError("blocklist.invalid", tr("No address to allow."));
    AllowedIp entry{range, note, m_clock.nowMSecs()};
    const Status status = m_audit.recordChange(
        m_db, actor, EventType::IpAllowed,
        {{QStringLiteral("cidr"), range.toString()}, {QStringLiteral("note"), note}}, [&]() -> Status {
            auto stored =
                m_db.exec(QStringLiteral("INSERT INTO allowed_ips (cidr, note, created_at) VALUES (?, ?, ?)"
                                         " ON CONFLICT (cidr) DO UPDATE SET note = excluded.note"),
                          {range.toString(), note, entry.createdAtMs});
            if (!stored)
                return stored.error();
            return {};
        });
    if (!status)
        return status.error();
    invalidate();
    Q_EMIT changed();
    return entry;
}

Status IpBlockList::disallow(const IpRange& range, const Actor& actor)
{
    const Status status = m_audit.recordChange(
        m_db, actor, EventType::IpDisallowed, {{QStringLiteral("cidr"), range.toString()}}, [&]() -> Status {
            auto removed =
                m_db.exec(QStringLiteral("DELETE FROM allowed_ips WHERE cidr = ?"), {range.toString()});
            if (!removed)
                return removed.error();
            if (range.isNull() || removed->numRowsAffected() < 1)
                return listError("blocklist.not_allowed",
                                 tr("%1 is not on the allow-list.").arg(leftToRight(range.toString())));
            return {};
        });
    if (!status)
        return status;
    invalidate();
    Q_EMIT changed();
    return {};
}

Result<QList<AllowedIp>> IpBlockList::allowed()
{
    QMutexLocker locker(&m_mutex);
    if (const Status loaded = reload(); !loaded)
        return loaded.error();
    return m_cache.allowed;
}

Result<bool> IpBlockList::isAllowed(const QHostAddress& address)
{
    QMutexLocker locker(&m_mutex);
    if (const Status fresh = refreshIfStale(); !fresh)
        return fresh.error();
    for (const AllowedIp& allowed : std::as_const(m_cache.allowed)) {
        if (allowed.range.contains(address))
            return true;
    }
    return false;
}

Result<bool> IpBlockList::overlapsAllowed(const IpRange& range)
{
    QMutexLocker locker(&m_mutex);
    // A decision that refuses or permits a block reads the table, not a copy.
    if (const Status loaded = reload(); !loaded)
        return loaded.error();
    for (const AllowedIp& allowed : std::as_const(m_cache.allowed)) {
        if (allowed.range.overlaps(range))
            return true;
    }
    return false;
}

Result<QString> IpBlockList::toNginxDenyList()
{
    const auto blocked = list();
    if (!blocked)
        return blocked.error();
    const auto allowedRanges = allowed();
    if (!allowedRanges)
        return allowedRanges.error();
    // nginx applies the first matching rule, so the allow-list comes first,
    // exactly as isBlocked() lets it win.
    QString text = QStringLiteral("# Nova Admin blocked addresses, generated %1\n"
                                  "# Include in an http, server or location block.\n")
                       .arg(isoTime(m_clock.nowMSecs()));
    for (const AllowedIp& entry : *allowedRanges)
        text += QStringLiteral("allow %1;\n").arg(entry.range.toString());
    for (const BlockedIp& entry : *blocked) {
        if (!entry.range.isNull())
            text += QStringLiteral("deny %1;\n").arg(entry.range.toString());
    }
    return text;
}

Result<QString> IpBlockList::toPlainList()
{
    const auto blocked = list();
    if (!blocked)
        return blocked.error();
    const auto allowedRanges = allowed();
    if (!allowedRanges)
        return allowedRanges.error();
    QString text;
    for (const BlockedIp& entry : *blocked) {
        if (entry.range.isNull())
            continue;
        // ipset and fail2ban have no exceptions: a range wholly inside the allow-list is left out.
        bool exempt = false;
        for (const AllowedIp& allowedEntry : *allowedRanges)
            exempt = exempt || allowedEntry.range.contains(entry.range);
        if (!exempt)
            text += entry.range.toString() + QLatin1Char('\n');
    }
    return text;
}

Result<int> IpBlockList::purgeExpired()
{
    auto removed =
        m_db.exec(QStringLiteral("DELETE FROM blocked_ips WHERE expires_at IS NOT NULL AND expires_at <= ?"),
                  {m_clock.nowMSecs()});
    if (!removed)
        return removed.error();
    return removed->numRowsAffected();
}

Status IpBlockList::refreshIfStale()
{
    if (m_cache.valid && m_clock.nowMSecs() - m_cache.loadedAtMs < kCacheMaxAgeMs &&
        m_clock.nowMSecs() >= m_cache.loadedAtMs)
        return {};
    return reload();
}

Status IpBlockList::reload()
{
    const qint64 now = m_clock.nowMSecs();
    // Purging is housekeeping: a read-only database must still answer lookups.
    if (const auto purged = purgeExpired(); !purged)
        qWarning("expired blocks not purged: %s", qPrintable(purged.errorMessage()));
    auto blockedQuery =
        m_db.exec(QStringLiteral("SELECT %1 FROM blocked_ips WHERE expires_at IS NULL OR expires_at > ?")
                      .arg(kBlockedColumns),
                  {now});
    if (!blockedQuery)
        return blockedQuery.error();
    Cache fresh;
    while (blockedQuery->next())
        fresh.blocked.append(blockedFromRow(*blockedQuery));
    auto allowedQuery =
        m_db.exec(QStringLiteral("SELECT cidr, note, created_at FROM allowed_ips ORDER BY cidr"));
    if (!allowedQuery)
        return allowedQuery.error();
    while (allowedQuery->next()) {
        const auto range = IpRange::parse(allowedQuery->value(0).toString());
        if (range)
            fresh.allowed.append(
                AllowedIp{*range, allowedQuery->value(1).toString(), allowedQuery->value(2).toLongLong()});
    }
    fresh.loadedAtMs = now;
    fresh.valid = true;
    m_cache = std::move(fresh);
    return {};
}

void IpBlockList::invalidate()
{
    QMutexLocker locker(&m_mutex);
    m_cache.valid = false;
}

} // namespace nova
