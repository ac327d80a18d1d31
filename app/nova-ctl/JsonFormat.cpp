#include "JsonFormat.h"

#include "blocklist/BlockedIp.h"
#include "rbac/Role.h"
#include "users/User.h"

#include <QDateTime>
#include <QJsonArray>

namespace nova::ctl {

QJsonValue isoTime(std::optional<qint64> msecs)
{
    if (!msecs)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject userJson(const User& user)
{
    return QJsonObject{{QStringLiteral("id"), user.id},
                       {QStringLiteral("username"), user.username},
                       {QStringLiteral("email"), user.email},
                       {QStringLiteral("displayName"), user.displayName},
                       {QStringLiteral("phone"), user.phone},
                       {QStringLiteral("role"), user.role},
                       {QStringLiteral("status"), UserStatusText::toString(user.status)},
                       {QStringLiteral("twoFactor"), user.twoFactorEnabled},
                       {QStringLiteral("lockedUntil"), isoTime(user.lockedUntilMs)},
                       {QStringLiteral("lastLoginAt"), isoTime(user.lastLoginAtMs)},
                       {QStringLiteral("createdAt"), isoTime(user.createdAtMs)}};
}

QJsonObject blockedIpJson(const BlockedIp& entry)
{
    return QJsonObject{{QStringLiteral("range"), entry.range.toString()},
                       {QStringLiteral("reason"), entry.reason},
                       {QStringLiteral("source"), entry.source},
                       {QStringLiteral("blockedAt"), isoTime(entry.blockedAtMs)},
                       {QStringLiteral("expiresAt"), isoTime(entry.expiresAtMs)},
                       {QStringLiteral("createdBy"), entry.createdBy}};
}

QJsonObject roleJson(const Role& role)
{
    QJsonArray grants;
    for (const Permission& grant : role.grants)
        grants.append(QJsonObject{{QStringLiteral("feature"), grant.feature},
                                  {QStringLiteral("action"), grant.action}});
    return QJsonObject{{QStringLiteral("name"), role.name},
                       {QStringLiteral("builtin"), role.builtin},
                       {QStringLiteral("description"), role.description},
                       {QStringLiteral("grants"), grants}};
}

} // namespace nova::ctl
