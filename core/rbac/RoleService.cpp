#include "RoleService.h"

#include "Bidi.h"
#include "rbac/AdminAudit.h"
#include "rbac/DefaultRoles.h"
#include "securitylog/SecurityEvent.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace nova {

namespace {

Error error(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

Error roleNotFound(const QString& name)
{
    return error(
        "role.not_found",
        QCoreApplication::translate("nova::RoleService", "There is no role \"%1\".").arg(leftToRight(name)));
}

Status validatePermission(const Permission& permission)
{
    if (!Permission::isKnownFeature(permission.feature))
        return error("rbac.unknown_feature",
                     QCoreApplication::translate("nova::RoleService", "Unknown feature \"%1\". Known: %2.")
                         .arg(leftToRight(permission.feature),
                              leftToRight((QStringList{Permission::kAnyFeature} + Permission::knownFeatures())
                                              .join(QStringLiteral(", ")))));
    if (!Permission::isKnownAction(permission.action))
        return error("rbac.unknown_action",
                     QCoreApplication::translate("nova::RoleService", "Unknown action \"%1\". Known: %2.")
                         .arg(leftToRight(permission.action),
                              leftToRight(Permission::knownActions().join(QStringLiteral(", ")))));
    return {};
}

const Permission& adminGrant()
{
    static const Permission grant{Permission::kAnyFeature, Permission::kManage};
    return grant;
}

Error lockoutRefusal()
{
    return error("rbac.lockout",
                 //: %1 is the role's name, %2 the permission it must keep
                 QCoreApplication::translate("nova::RoleService",
                                             "The %1 role must keep %2; without it nobody could administer "
                                             "Nova Admin any more.")
                     .arg(leftToRight(DefaultRoles::kAdmin), leftToRight(adminGrant().toString())));
}

// The order of the permission table: features as Permission lists them, then actions.
void sortGrants(QList<Permission>& grants)
{
    const QStringList features = QStringList{Permission::kAnyFeature} + Permission::knownFeatures();
    const QStringList& actions = Permission::knownActions();
    std::sort(grants.begin(), grants.end(), [&](const Permission& a, const Permission& b) {
        const auto fa = features.indexOf(a.feature);
        const auto fb = features.indexOf(b.feature);
        if (fa != fb)
            return fa < fb;
        return actions.indexOf(a.action) < actions.indexOf(b.action);
    });
}

QJsonArray toJson(const QList<Permission>& grants)
{
    QJsonArray array;
    for (const Permission& p : grants)
        array.append(p.toString());
    return array;
}

Result<QList<Permission>> loadGrants(const Database& db, const QString& role)
{
    auto q = db.exec(QStringLiteral("SELECT feature, action FROM role_grants WHERE role = ?"), {role});
    if (!q)
        return q.error();
    QList<Permission> grants;
    while (q->next())
        grants.append(Permission{q->value(0).toString(), q->value(1).toString()});
    sortGrants(grants);
    return grants;
}

Result<bool> userExists(const Database& db, qint64 userId)
{
    auto q = db.exec(QStringLiteral("SELECT 1 FROM users WHERE id = ?"), {userId});
    if (!q)
        return q.error();
    return q->next();
}

std::optional<qint64> optionalInt(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariant toVariant(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

RoleService::RoleService(const Database& db, AdminAudit& audit, const Clock& clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

const QStringList& RoleService::resourceTypes()
{
    static const QStringList types{QStringLiteral("customer"), QStringLiteral("sale"),
                                   QStringLiteral("property"), QStringLiteral("appointment")};
    return types;
}

Status RoleService::validateRoleName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]{2,40}$"));
    if (pattern.match(name).hasMatch())
        return {};
    return error(
        "role.invalid_name",
        QCoreApplication::translate("nova::RoleService",
                                    "A role name has 2 to 40 characters: lower-case letters a–z, digits, "
                                    "'_' or '-'."));
}

Status RoleService::ensureDefaults()
{
    const Status done = m_db.transaction([&]() -> Status {
        for (const Role& role : DefaultRoles::all()) {
            auto inserted =
                m_db.exec(QStringLiteral("INSERT INTO roles (name, builtin, description) VALUES (?, 1, ?)"
                                         " ON CONFLICT (name) DO NOTHING"),
                          {role.name, role.description});
            if (!inserted)
                return inserted.error();
            // Grants of a role that already existed are the admins' choice and stay.
            if (inserted->numRowsAffected() < 1)
                continue;
            for (const Permission& grant : role.grants) {
                auto added = m_db.exec(
                    QStringLiteral("INSERT INTO role_grants (role, feature, action) VALUES (?, ?, ?)"
                                   " ON CONFLICT DO NOTHING"),
                    {role.name, grant.feature, grant.action});
                if (!added)
                    return added.error();
            }
        }
        // Whatever happened to the table, admin keeps full access.
        auto restored =
            m_db.exec(QStringLiteral("INSERT INTO role_grants (role, feature, action) VALUES (?, ?, ?)"
                                     " ON CONFLICT DO NOTHING"),
                      {DefaultRoles::kAdmin, adminGrant().feature, adminGrant().action});
        if (!restored)
            return restored.error();
        return {};
    });
    if (done)
        m_seeded = true;
    return done;
}

Status RoleService::ensureSeeded()
{
    if (m_seeded)
        return {};
    return ensureDefaults();
}

Result<QList<Role>> RoleService::roles()
{
    if (const Status seeded = ensureSeeded(); !seeded)
        return seeded.error();
    auto q = m_db.exec(QStringLiteral("SELECT name, builtin, description FROM roles"));
    if (!q)
        return q.error();
    QList<Role> roles;
    while (q->next())
        roles.append(Role{q->value(0).toString(), q->value(1).toInt() != 0, q->value(2).toString(), {}});
    q->finish();
    auto g = m_db.exec(QStringLiteral("SELECT role, feature, action FROM role_grants"));
    if (!g)
        return g.error();
    while (g->next()) {
        const QString name = g->value(0).toString();
        for (Role& role : roles) {
            if (role.name == name)
                role.grants.append(Permission{g->value(1).toString(), g->value(2).toString()});
        }
    }
    // Built-in roles first in the specification's order, then custom roles by name.
    const auto rank = [](const Role& role) {
        const QList<Role>& builtins = DefaultRoles::all();
        for (qsizetype i = 0; i < builtins.size(); ++i) {
            if (builtins.at(i).name == role.name)
                return i;
        }
        return builtins.size();
    };
    std::sort(roles.begin(), roles.end(), [&](const Role& a, const Role& b) {
        const auto ra = rank(a);
        const auto rb = rank(b);
        return ra != rb ? ra < rb : a.name < b.name;
    });
    for (Role& role : roles)
        sortGrants(role.grants);
    return roles;
}

Result<Role> RoleService::role(const QString& name)
{
    if (const Status seeded = ensureSeeded(); !seeded)
        return seeded.error();
    auto q = m_db.exec(QStringLiteral("SELECT name, builtin, description FROM roles WHERE name = ?"), {name});
    if (!q)
        return q.error();
    if (!q->next())
        return roleNotFound(name);
    Role role{q->value(0).toString(), q->value(1).toInt() != 0, q->value(2).toString(), {}};
    q->finish();
    auto grants = loadGrants(m_db, name);
    if (!grants)
        return grants.error();
    role.grants = *grants;
    return role;
}

Status
RoleService::audited(const Actor& actor, const QJsonObject& metadata,
                     const std::function<Status(std::optional<Error>& refusal, QJsonObject& details)>& change)
{
    if (const Status seeded = ensureSeeded(); !seeded)
        return seeded;
    std::optional<Error> refusal;
    // Kept outside the transaction: a refusal is logged with what the change found.
    QJsonObject details = metadata;
    const Status done = m_audit.recordChange(
        m_db, actor, EventType::ModifyPermissions, metadata, [&](QJsonObject& recorded) -> Result<bool> {
            if (const Status changed = change(refusal, details); !changed)
                return changed.error();
            recorded = details;
            // A request that changed nothing is not an event.
            return !details.value(QStringLiteral("unchanged")).toBool();
        });
    if (!done && refusal) {
        if (const Status logged =
                m_audit.recordRefusal(actor, EventType::ModifyPermissions, details, *refusal);
            !logged)
            qWarning("refused permission change not logged: %s", qPrintable(logged.errorMessage()));
    }
    return done;
}

Status RoleService::createRole(const QString& name, const QString& description, const Actor& actor)
{
    if (const Status valid = validateRoleName(name); !valid)
        return valid;
    if (description.size() > 200)
        return error("role.invalid_description",
                     QCoreApplication::translate("nova::RoleService",
                                                 "A role description has at most 200 characters."));
    const QJsonObject metadata{{QStringLiteral("operation"), QStringLiteral("create_role")},
                               {QStringLiteral("role"), name}};
    return audited(actor, metadata, [&](std::optional<Error>&, QJsonObject&) -> Status {
        auto inserted = m_db.exec(
            QStringLiteral(
                "INSERT INTO roles (name, builtin, description) VALUES (?, 0, ?) ON CONFLICT DO NOTHING"),
            {name, description.trimmed()});
        if (!inserted)
            return inserted.error();
        if (inserted->numRowsAffected() < 1)
            return error("role.exists",
                         QCoreApplication::translate("nova::RoleService", "The role \"%1\" already exists.")
                             .arg(leftToRight(name)));
        return {};
    });
}

Status RoleService::deleteRole(const QString& name, const Actor& actor)
{
    const QJsonObject metadata{{QStringLiteral("operation"), QStringLiteral("delete_role")},
                               {QStringLiteral("role"), name}};
    return audited(actor, metadata, [&](std::optional<Error>& refusal, QJsonObject& details) -> Status {
        auto found = m_db.exec(QStringLiteral("SELECT builtin FROM roles WHERE name = ?"), {name});
        if (!found)
            return found.error();
        if (!found->next())
            return roleNotFound(name);
        if (found->value(0).toInt() != 0 || DefaultRoles::isBuiltin(name)) {
            refusal =
                error("role.builtin",
                      QCoreApplication::translate("nova::RoleService", "\"%1\" is a built-in role and cannot "
                                                                       "be deleted.")
                          .arg(leftToRight(name)));
            return *refusal;
        }
        found->finish();
        auto users = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ?"), {name});
        if (!users)
            return users.error();
        const int count = users->next() ? users->value(0).toInt() : 0;
        if (count > 0) {
            refusal =
                error("role.in_use",
                      QCoreApplication::translate("nova::RoleService",
                                                  "The role \"%1\" is assigned to %Ln user(s); give them "
                                                  "another role first.",
                                                  nullptr, count)
                          .arg(leftToRight(name)));
            details.insert(QStringLiteral("users"), count);
            return *refusal;
        }
        auto grants = loadGrants(m_db, name);
        if (!grants)
            return grants.error();
        details.insert(QStringLiteral("removed"), toJson(*grants));
        auto deleted = m_db.exec(QStringLiteral("DELETE FROM roles WHERE name = ?"), {name});
        if (!deleted)
            return deleted.error();
        // Not every SQLite connection enforces ON DELETE CASCADE; be explicit.
        if (auto orphans = m_db.exec(QStringLiteral("DELETE FROM role_grants WHERE role = ?"), {name});
            !orphans)
            return orphans.error();
        return {};
    });
}

Status RoleService::grant(const QString& role, const Permission& permission, const Actor& actor)
{
    if (const Status valid = validatePermission(permission); !valid)
        return valid;
    const QJsonObject metadata{{QStringLiteral("operation"), QStringLiteral("grant")},
                               {QStringLiteral("role"), role},
                               {QStringLiteral("permission"), permission.toString()}};
    return audited(actor, metadata, [&](std::optional<Error>&, QJsonObject& details) -> Status {
        auto found = m_db.exec(QStringLiteral("SELECT 1 FROM roles WHERE name = ?"), {role});
        if (!found)
            return found.error();
        if (!found->next())
            return roleNotFound(role);
        found->finish();
        auto added = m_db.exec(
            QStringLiteral(
                "INSERT INTO role_grants (role, feature, action) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
            {role, permission.feature, permission.action});
        if (!added)
            return added.error();
        if (added->numRowsAffected() < 1)
            details.insert(QStringLiteral("unchanged"), true);
        return {};
    });
}

Status RoleService::revoke(const QString& role, const Permission& permission, const Actor& actor)
{
    if (const Status valid = validatePermission(permission); !valid)
        return valid;
    const QJsonObject metadata{{QStringLiteral("operation"), QStringLiteral("revoke")},
                               {QStringLiteral("role"), role},
                               {QStringLiteral("permission"), permission.toString()}};
    return audited(actor, metadata, [&](std::optional<Error>& refusal, QJsonObject& details) -> Status {
        if (role == DefaultRoles::kAdmin && permission == adminGrant()) {
            refusal = lockoutRefusal();
            return *refusal;
        }
        auto found = m_db.exec(QStringLiteral("SELECT 1 FROM roles WHERE name = ?"), {role});
        if (!found)
            return found.error();
        if (!found->next())
            return roleNotFound(role);
        found->finish();
        auto removed =
            m_db.exec(QStringLiteral("DELETE FROM role_grants WHERE role = ? AND feature = ? AND action = ?"),
                      {role, permission.feature, permission.action});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() < 1)
            details.insert(QStringLiteral("unchanged"), true);
        return {};
    });
}

Status RoleService::setGrants(const QString& role, const QList<Permission>& grants, const Actor& actor)
{
    QList<Permission> wanted;
    for (const Permission& permission : grants) {
        if (const Status valid = validatePermission(permission); !valid)
            return valid;
        if (!wanted.contains(permission))
            wanted.append(permission);
    }
    sortGrants(wanted);
    const QJsonObject metadata{{QStringLiteral("operation"), QStringLiteral("set_grants")},
                               {QStringLiteral("role"), role}};
    return audited(actor, metadata, [&](std::optional<Error>& refusal, QJsonObject& details) -> Status {
        if (role == DefaultRoles::kAdmin && !wanted.contains(adminGrant())) {
            refusal = lockoutRefusal();
            return *refusal;
        }
        auto found = m_db.exec(QStringLiteral("SELECT 1 FROM roles WHERE name = ?"), {role});
        if (!found)
            return found.error();
        if (!found->next())
            return roleNotFound(role);
        found->finish();
        auto current = loadGrants(m_db, role);
        if (!current)
            return current.error();
        QList<Permission> added;
        QList<Permission> removed;
        for (const Permission& p : std::as_const(wanted)) {
            if (!current->contains(p))
                added.append(p);
        }
        for (const Permission& p : std::as_const(*current)) {
            if (!wanted.contains(p))
                removed.append(p);
        }
        if (added.isEmpty() && removed.isEmpty()) {
            details.insert(QStringLiteral("unchanged"), true);
            return {};
        }
        for (const Permission& p : std::as_const(removed)) {
            if (auto gone = m_db.exec(
                    QStringLiteral("DELETE FROM role_grants WHERE role = ? AND feature = ? AND action = ?"),
                    {role, p.feature, p.action});
                !gone)
                return gone.error();
        }
        for (const Permission& p : std::as_const(added)) {
            if (auto put = m_db.exec(
                    QStringLiteral("INSERT INTO role_grants (role, feature, action) VALUES (?, ?, ?)"),
                    {role, p.feature, p.action});
                !put)
                return put.error();
        }
        details.insert(QStringLiteral("added"), toJson(added));
        details.insert(QStringLiteral("removed"), toJson(removed));
        return {};
    });
}

Result<UserGrant> RoleService::grantUser(qint64 userId, const Permission& permission,
                                         std::optional<qint64> expiresAtMs, const Actor& actor)
{
    if (const Status valid = validatePermission(permission); !valid)
        return valid.error();
    const qint64 now = m_clock.nowMSecs();
    if (expiresAtMs && *expiresAtMs <= now)
        return error("rbac.expiry_past", QCoreApplication::translate(
                                             "nova::RoleService", "The expiry time must lie in the future."));
    QJsonObject metadata{{QStringLiteral("operation"), QStringLiteral("grant_user")},
                         {QStringLiteral("user_id"), userId},
                         {QStringLiteral("permission"), permission.toString()}};
    if (expiresAtMs)
        metadata.insert(QStringLiteral("expires_at"), *expiresAtMs);
    UserGrant grant;
    grant.userId = userId;
    grant.permission = permission;
    grant.expiresAtMs = expiresAtMs;
    grant.grantedBy = actor.userId;
    grant.createdAtMs = now;
    const Status done = audited(actor, metadata, [&](std::optional<Error>&, QJsonObject& details) -> Status {
        auto exists = userExists(m_db, userId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return error("user.not_found", QCoreApplication::translate("nova::RoleService", "No such user."));
        auto inserted =
            m_db.exec(QStringLiteral("INSERT INTO user_grants (user_id, feature, action, expires_at,"
                                     " granted_by, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                      {userId, permission.feature, permission.action, toVariant(expiresAtMs),
                       toVariant(actor.userId), now});
        if (!inserted)
            return inserted.error();
        if (!inserted->next())
            return error("db.error",
                         QCoreApplication::translate("nova::RoleService", "The new grant's id was not "
                                                                          "returned."));
        grant.id = inserted->value(0).toLongLong();
        details.insert(QStringLiteral("grant_id"), grant.id);
        return {};
    });
    if (!done)
        return done.error();
    return grant;
}

Status RoleService::revokeUserGrant(qint64 grantId, const Actor& actor)
{
    const QJsonObject metadata{{QStringLiteral("operation"), QStringLiteral("revoke_user_grant")},
                               {QStringLiteral("grant_id"), grantId}};
    return audited(actor, metadata, [&](std::optional<Error>&, QJsonObject& details) -> Status {
        auto found = m_db.exec(
            QStringLiteral("SELECT user_id, feature, action FROM user_grants WHERE id = ?"), {grantId});
        if (!found)
            return found.error();
        if (!found->next())
            return error("rbac.grant_not_found",
                         QCoreApplication::translate("nova::RoleService", "There is no such user grant."));
        details.insert(QStringLiteral("user_id"), found->value(0).toLongLong());
        details.insert(QStringLiteral("permission"),
                       Permission{found->value(1).toString(), found->value(2).toString()}.toString());
        found->finish();
        auto removed = m_db.exec(QStringLiteral("DELETE FROM user_grants WHERE id = ?"), {grantId});
        if (!removed)
            return removed.error();
        return {};
    });
}

Result<QList<UserGrant>> RoleService::userGrants(qint64 userId) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, user_id, feature, action, expires_at, granted_by, created_at"
                                 " FROM user_grants WHERE user_id = ? ORDER BY id"),
                  {userId});
    if (!q)
        return q.error();
    QList<UserGrant> grants;
    while (q->next()) {
        UserGrant grant;
        grant.id = q->value(0).toLongLong();
        grant.userId = q->value(1).toLongLong();
        grant.permission = Permission{q->value(2).toString(), q->value(3).toString()};
        grant.expiresAtMs = optionalInt(q->value(4));
        grant.grantedBy = optionalInt(q->value(5));
        grant.createdAtMs = q->value(6).toLongLong();
        grants.append(grant);
    }
    return grants;
}

Status RoleService::setOwner(const QString& resourceType, const QString& resourceId, qint64 userId,
                             const Actor& actor)
{
    if (!resourceTypes().contains(resourceType))
        return error(
            "rbac.unknown_resource_type",
            QCoreApplication::translate("nova::RoleService", "Unknown resource type \"%1\". Known: %2.")
                .arg(leftToRight(resourceType), leftToRight(resourceTypes().join(QStringLiteral(", ")))));
    if (resourceId.trimmed().isEmpty() || resourceId.size() > 128)
        return error(
            "rbac.invalid_resource_id",
            QCoreApplication::translate("nova::RoleService", "A resource id has 1 to 128 characters."));
    const QJsonObject metadata{{QStringLiteral("operation"), QStringLiteral("set_owner")},
                               {QStringLiteral("resource_type"), resourceType},
                               {QStringLiteral("resource_id"), resourceId},
                               {QStringLiteral("user_id"), userId}};
    return audited(actor, metadata, [&](std::optional<Error>&, QJsonObject& details) -> Status {
        auto exists = userExists(m_db, userId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return error("user.not_found", QCoreApplication::translate("nova::RoleService", "No such user."));
        auto previous = owner(resourceType, resourceId);
        if (!previous)
            return previous.error();
        if (*previous == userId) {
            details.insert(QStringLiteral("unchanged"), true);
            return {};
        }
        if (*previous)
            details.insert(QStringLiteral("previous_owner"), **previous);
        auto put =
            m_db.exec(QStringLiteral("INSERT INTO resource_owners (resource_type, resource_id, user_id)"
                                     " VALUES (?, ?, ?) ON CONFLICT (resource_type, resource_id)"
                                     " DO UPDATE SET user_id = excluded.user_id"),
                      {resourceType, resourceId, userId});
        if (!put)
            return put.error();
        return {};
    });
}

Result<std::optional<qint64>> RoleService::owner(const QString& resourceType, const QString& resourceId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT user_id FROM resource_owners WHERE resource_type = ? AND resource_id = ?"),
        {resourceType, resourceId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

} // namespace nova
