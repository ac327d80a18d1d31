#pragma once

#include "Clock.h"
#include "Result.h"
#include "rbac/Actor.h"
#include "rbac/Permission.h"
#include "rbac/Role.h"
#include "rbac/UserGrant.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace nova {

class AdminAudit;
class Database;

// Roles, their grants, per-user grants and resource ownership. Built-in
// roles are seeded on first use (ensureDefaults()); an admin may change
// their grants, but never so that `admin` loses `*:manage`, which would lock
// every administrator out. Every change is one transaction with its
// `modify_permissions` log entry (a sensitive action: an alert follows the
// commit); every refusal is logged. The actor is assumed to be authorised
// already (PermissionService::authorize for the `roles` feature).
class RoleService {
public:
    RoleService(const Database& db, AdminAudit& audit, const Clock& clock);

    // Inserts the built-in roles that are missing (with their default grants)
    // and gives `admin` back `*:manage` if it lacks it. Grants an admin
    // changed on other built-in roles are kept. Safe to call any number of times.
    Status ensureDefaults();

    Result<QList<Role>> roles();
    Result<Role> role(const QString& name);

    // Names: 2–40 characters, lower-case ASCII letters, digits, '_' and '-'.
    Status createRole(const QString& name, const QString& description, const Actor& actor);
    // Refused for built-in roles and for roles still assigned to a user.
    Status deleteRole(const QString& name, const Actor& actor);
    Status grant(const QString& role, const Permission& permission, const Actor& actor);
    Status revoke(const QString& role, const Permission& permission, const Actor& actor);
    // Replaces the role's grants in one transaction (the editor's Save).
    Status setGrants(const QString& role, const QList<Permission>& grants, const Actor& actor);

    // A grant for one user on top of their role; expiresAtMs must lie in the future.
    Result<UserGrant> grantUser(qint64 userId, const Permission& permission,
                                std::optional<qint64> expiresAtMs, const Actor& actor);
    Status revokeUserGrant(qint64 grantId, const Actor& actor);
    // All of the user's grants, expired ones included (the UI shows them as expired).
    Result<QList<UserGrant>> userGrants(qint64 userId) const;

    // Resource ownership for PermissionService::checkOwnership.
    Status setOwner(const QString& resourceType, const QString& resourceId, qint64 userId,
                    const Actor& actor);
    Result<std::optional<qint64>> owner(const QString& resourceType, const QString& resourceId) const;
    static const QStringList& resourceTypes(); // customer, sale, property, appointment

    static Status validateRoleName(const QString& name);

private:
    Status ensureSeeded();
    // Runs `change` in a transaction with its modify_permissions entry. A
    // change that refuses on policy sets `refusal`; the refusal is logged
    // after the rollback.
    Status audited(const Actor& actor, const QJsonObject& metadata,
                   const std::function<Status(std::optional<Error>& refusal, QJsonObject& details)>& change);

    const Database& m_db;
    AdminAudit& m_audit;
    const Clock& m_clock;
    std::atomic<bool> m_seeded{false};
};

} // namespace nova
