#include "LoginFailureHistory.h"

#include "blocklist/IpRange.h"
#include "securitylog/SecurityEvent.h"
#include "storage/Database.h"

namespace nova {

LoginFailureHistory::LoginFailureHistory(const Database& db)
    : m_db(db)
{}

Result<int> LoginFailureHistory::failuresSince(const QString& ip, qint64 sinceMs) const
{
    const IpRange single = IpRange::fromAddress(QHostAddress(ip));
    // Block and unblock entries name the range in their metadata, written as compact JSON.
    const QString cidrPattern =
        QStringLiteral("%\"cidr\":\"%1\"%").arg(single.isNull() ? ip : single.toString());
    auto counted = m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM security_log WHERE ip = ? AND event = ? AND success = 0"
                       " AND created_at >= ? AND id > (SELECT COALESCE(MAX(id), 0) FROM security_log"
                       " WHERE event IN (?, ?) AND metadata LIKE ?)"),
        {ip, EventType::Login, sinceMs, EventType::IpBlocked, EventType::IpUnblocked, cidrPattern});
    if (!counted)
        return counted.error();
    return counted->next() ? counted->value(0).toInt() : 0;
}

} // namespace nova
