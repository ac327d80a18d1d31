#pragma once

#include "Clock.h"
#include "Result.h"
#include "rbac/AccessContext.h"
#include "rbac/AccessDecision.h"
#include "rbac/Actor.h"
#include "rbac/Permission.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace nova {

class Database;
class SecurityLog;

// Answers "may this user do that?". Deny by default: the user must exist
// and be active (not disabled, not locked), and hold the permission through
// their role or an unexpired personal grant; `manage` implies create, read,
// update and delete, and the feature `*` matches every feature. Every
// refusal is written to the security log as `unauthorized_access` with the
// context's IP, user agent and endpoint; allowed checks are not logged.
//
// A built-in role that is not yet in the roles table (RoleService seeds it on
// first use) has its default grants.
class PermissionService {
public:
    PermissionService(const Database& db, SecurityLog& log, const Clock& clock);

    AccessDecision check(qint64 userId, const Permission& permission, const AccessContext& context) const;
    // resourceType: customer, sale, property or appointment. Admins (holders
    // of `*:manage`) pass; everyone else only for resources they own.
    AccessDecision checkOwnership(qint64 userId, const QString& resourceType, const QString& resourceId,
                                  const AccessContext& context) const;
    // Role grants and unexpired user grants, without duplicates. An inactive
    // user has none.
    Result<QList<Permission>> effectivePermissions(qint64 userId) const;

    // For services and facades acting for an Actor: a signed-in actor must
    // pass check(); the local operator (Actor without userId) passes, since
    // the action itself is logged. Refusal: `rbac.denied` with the decision's message.
    Status authorize(const Actor& actor, const Permission& permission, const QString& endpoint) const;

private:
    AccessDecision refuse(std::optional<qint64> userId, const QString& username, const QString& reason,
                          const QJsonObject& details, const AccessContext& context) const;

    const Database& m_db;
    SecurityLog& m_log;
    const Clock& m_clock;
};

} // namespace nova
