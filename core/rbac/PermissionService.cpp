#include "PermissionService.h"

#include "Bidi.h"
#include "rbac/DefaultRoles.h"
#include "rbac/RoleService.h"
#include "securitylog/SecurityLog.h"
#include "storage/Database.h"
#include "users/UserRepository.h"

#include <QCoreApplication>

namespace nova {

namespace {

// Who is asking, as far as permissions care.
struct Subject {
    qint64 id = 0;
    QString username;
    QString role;
    UserStatus status = UserStatus::Disabled;
};

struct Messages {
    const char* english; // source text for translation, and the English alert/API text
    QString arabic;
};

// The refusal texts. The Arabic ones for not_granted, not_owner and
// unknown_user are the specification's own.
Messages messagesFor(const QString& reason)
{
    if (reason == QLatin1String("unknown_user"))
        return {QT_TRANSLATE_NOOP("nova::PermissionService", "Not authorised."), QStringLiteral("غير مصرح")};
    if (reason == QLatin1String("user_disabled"))
        return {QT_TRANSLATE_NOOP("nova::PermissionService", "The account is disabled."),
                QStringLiteral("الحساب معطل")};
    if (reason == QLatin1String("user_locked"))
        return {QT_TRANSLATE_NOOP("nova::PermissionService", "The account is locked."),
                QStringLiteral("الحساب مقفل مؤقتاً")};
    if (reason == QLatin1String("unknown_feature"))
        return {QT_TRANSLATE_NOOP("nova::PermissionService", "Unknown feature %2."),
                QStringLiteral("الميزة %2 غير معروفة")};
    if (reason == QLatin1String("unknown_action"))
        return {QT_TRANSLATE_NOOP("nova::PermissionService", "Unknown action %1."),
                QStringLiteral("الإجراء %1 غير معروف")};
    if (reason == QLatin1String("unknown_resource_type"))
        return {QT_TRANSLATE_NOOP("nova::PermissionService", "Unknown resource type."),
                QStringLiteral("نوع المورد غير معروف")};
    if (reason == QLatin1String("not_owner"))
        return {QT_TRANSLATE_NOOP("nova::PermissionService", "You do not have access to this resource."),
                QStringLiteral("ليس لديك صلاحية الوصول لهذا المورد")};
    if (reason == QLatin1String("error"))
        return {QT_TRANSLATE_NOOP("nova::PermissionService", "The permission could not be checked."),
                QStringLiteral("تعذر التحقق من الصلاحية")};
    // not_granted, unknown_role
    return {QT_TRANSLATE_NOOP("nova::PermissionService", "You do not have permission to %1 in %2."),
            QStringLiteral("ليس لديك صلاحية %1 في %2")};
}

// %1 is the action and %2 the feature in every text that names them;
// filled in one pass so a name containing "%2" is not filled again.
QString fill(const QString& text, const QString& action, const QString& feature)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (text.at(i) == QLatin1Char('%') && (next == QLatin1Char('1') || next == QLatin1Char('2'))) {
            out += next == QLatin1Char('1') ? action : feature;
            ++i;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

Result<std::optional<Subject>> loadSubject(const Database& db, qint64 userId, qint64 now)
{
    auto q = db.exec(QStringLiteral("SELECT username, role, status, locked_until FROM users WHERE id = ?"),
                     {userId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Subject>();
    Subject subject;
    subject.id = userId;
    subject.username = q->value(0).toString();
    subject.role = q->value(1).toString();
    const QVariant lockedUntil = q->value(3);
    subject.status = UserRepository::effectiveStatus(
        q->value(2).toString(),
        lockedUntil.isNull() ? std::nullopt : std::optional<qint64>(lockedUntil.toLongLong()), now);
    return std::optional<Subject>(subject);
}

struct Grants {
    QList<Permission> permissions;
    bool roleKnown = false;
};

Result<Grants> loadGrants(const Database& db, const Subject& subject, qint64 now)
{
    Grants grants;
    auto known = db.exec(QStringLiteral("SELECT 1 FROM roles WHERE name = ?"), {subject.role});
    if (!known)
        return known.error();
    if (known->next()) {
        grants.roleKnown = true;
        known->finish();
        auto q =
            db.exec(QStringLiteral("SELECT feature, action FROM role_grants WHERE role = ?"), {subject.role});
        if (!q)
            return q.error();
        while (q->next())
            grants.permissions.append(Permission{q->value(0).toString(), q->value(1).toString()});
    } else {
        // Not seeded yet: a built-in role has its defaults.
        for (const Role& role : DefaultRoles::all()) {
            if (role.name == subject.role) {
                grants.roleKnown = true;
                grants.permissions = role.grants;
            }
        }
    }
    auto personal = db.exec(QStringLiteral("SELECT feature, action FROM user_grants WHERE user_id = ?"
                                           " AND (expires_at IS NULL OR expires_at > ?)"),
                            {subject.id, now});
    if (!personal)
        return personal.error();
    while (personal->next()) {
        const Permission p{personal->value(0).toString(), personal->value(1).toString()};
        if (!grants.permissions.contains(p))
            grants.permissions.append(p);
    }
    return grants;
}

bool anyCovers(const QList<Permission>& grants, const Permission& requested)
{
    return std::any_of(grants.cbegin(), grants.cend(),
                       [&](const Permission& p) { return p.covers(requested); });
}

QString statusReason(UserStatus status)
{
    return status == UserStatus::Locked ? QStringLiteral("user_locked") : QStringLiteral("user_disabled");
}

} // namespace

PermissionService::PermissionService(const Database& db, SecurityLog& log, const Clock& clock)
    : m_db(db)
    , m_log(log)
    , m_clock(clock)
{}

AccessDecision PermissionService::refuse(std::optional<qint64> userId, const QString& username,
                                         const QString& reason, const QJsonObject& details,
                                         const AccessContext& context) const
{
    const QString action = details.value(QStringLiteral("action")).toString();
    const QString feature = details.value(QStringLiteral("feature")).toString();
    const Messages texts = messagesFor(reason);
    AccessDecision decision;
    decision.allowed = false;
    decision.reason = reason;
    // The names are codes ("delete", "finance"): isolated on screen, but the
    // API texts stay exactly as the specification writes them.
    decision.message = fill(QCoreApplication::translate("nova::PermissionService", texts.english),
                            leftToRight(action), leftToRight(feature));
    decision.messageEn = fill(QString::fromUtf8(texts.english), action, feature);
    decision.messageAr = fill(texts.arabic, action, feature);

    SecurityEvent event;
    event.event = EventType::UnauthorizedAccess;
    event.success = false;
    event.severity = Severity::Low;
    event.userId = userId;
    event.username = username;
    event.ip = context.ip;
    event.userAgent = context.userAgent;
    event.metadata = details;
    event.metadata.insert(QStringLiteral("reason"), reason);
    if (!context.endpoint.isEmpty())
        event.metadata.insert(QStringLiteral("endpoint"), context.endpoint);
    if (auto logged = m_log.append(event); !logged)
        qWarning("refused access not logged: %s", qPrintable(logged.errorMessage()));
    return decision;
}

AccessDecision PermissionService::check(qint64 userId, const Permission& permission,
                                        const AccessContext& context) const
{
    const QJsonObject details{{QStringLiteral("feature"), permission.feature},
                              {QStringLiteral("action"), permission.action}};
    if (!Permission::isKnownFeature(permission.feature))
        return refuse(userId, {}, QStringLiteral("unknown_feature"), details, context);
    if (!Permission::isKnownAction(permission.action))
        return refuse(userId, {}, QStringLiteral("unknown_action"), details, context);

    const qint64 now = m_clock.nowMSecs();
    auto subject = loadSubject(m_db, userId, now);
    if (!subject)
        return refuse(userId, {}, QStringLiteral("error"), details, context);
    if (!*subject)
        return refuse(userId, {}, QStringLiteral("unknown_user"), details, context);
    const Subject& who = **subject;
    if (who.status != UserStatus::Active)
        return refuse(userId, who.username, statusReason(who.status), details, context);

    auto grants = loadGrants(m_db, who, now);
    if (!grants)
        return refuse(userId, who.username, QStringLiteral("error"), details, context);
    if (anyCovers(grants->permissions, permission)) {
        AccessDecision decision;
        decision.allowed = true;
        decision.reason = QStringLiteral("granted");
        return decision;
    }
    return refuse(userId, who.username,
                  grants->roleKnown ? QStringLiteral("not_granted") : QStringLiteral("unknown_role"), details,
                  context);
}

AccessDecision PermissionService::checkOwnership(qint64 userId, const QString& resourceType,
                                                 const QString& resourceId,
                                                 const AccessContext& context) const
{
    const QJsonObject details{{QStringLiteral("resource_type"), resourceType},
                              {QStringLiteral("resource_id"), resourceId}};
    if (!RoleService::resourceTypes().contains(resourceType))
        return refuse(userId, {}, QStringLiteral("unknown_resource_type"), details, context);

    const qint64 now = m_clock.nowMSecs();
    auto subject = loadSubject(m_db, userId, now);
    if (!subject)
        return refuse(userId, {}, QStringLiteral("error"), details, context);
    if (!*subject)
        return refuse(userId, {}, QStringLiteral("unknown_user"), details, context);
    const Subject& who = **subject;
    if (who.status != UserStatus::Active)
        return refuse(userId, who.username, statusReason(who.status), details, context);

    auto grants = loadGrants(m_db, who, now);
    if (!grants)
        return refuse(userId, who.username, QStringLiteral("error"), details, context);
    AccessDecision decision;
    decision.allowed = true;
    if (anyCovers(grants->permissions, Permission{Permission::kAnyFeature, Permission::kManage})) {
        decision.reason = QStringLiteral("granted");
        return decision;
    }
    auto owner = m_db.exec(
        QStringLiteral("SELECT user_id FROM resource_owners WHERE resource_type = ? AND resource_id = ?"),
        {resourceType, resourceId});
    if (!owner)
        return refuse(userId, who.username, QStringLiteral("error"), details, context);
    if (owner->next() && owner->value(0).toLongLong() == userId) {
        decision.reason = QStringLiteral("owner");
        return decision;
    }
    return refuse(userId, who.username, QStringLiteral("not_owner"), details, context);
}

Result<QList<Permission>> PermissionService::effectivePermissions(qint64 userId) const
{
    const qint64 now = m_clock.nowMSecs();
    auto subject = loadSubject(m_db, userId, now);
    if (!subject)
        return subject.error();
    if (!*subject)
        return Error{QStringLiteral("user.not_found"),
                     QCoreApplication::translate("nova::PermissionService", "No such user.")};
    if ((*subject)->status != UserStatus::Active)
        return QList<Permission>();
    auto grants = loadGrants(m_db, **subject, now);
    if (!grants)
        return grants.error();
    return grants->permissions;
}

Status PermissionService::authorize(const Actor& actor, const Permission& permission,
                                    const QString& endpoint) const
{
    if (actor.isLocalOperator())
        return {};
    const AccessDecision decision =
        check(*actor.userId, permission, AccessContext{actor.ip, actor.userAgent, endpoint});
    if (decision)
        return {};
    return Error{QStringLiteral("rbac.denied"), decision.message};
}

} // namespace nova
