#include "UserService.h"

#include "Bidi.h"
#include "crypto/PasswordHasher.h"
#include "privacy/LogPseudonymiser.h"
#include "rbac/AdminAudit.h"
#include "rbac/DefaultRoles.h"
#include "securitylog/SecurityEvent.h"
#include "storage/Database.h"
#include "users/PasswordPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace nova {

namespace {

Error error(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

QJsonObject subject(const User& user)
{
    return QJsonObject{{QStringLiteral("user_id"), user.id}, {QStringLiteral("target"), user.username}};
}

Error selfRefusal()
{
    return error("user.self", QCoreApplication::translate("nova::UserService",
                                                          "You cannot disable or delete your own account."));
}

Error lastAdminRefusal()
{
    return error("user.last_admin",
                 QCoreApplication::translate("nova::UserService",
                                             "This is the last active administrator; make another user an "
                                             "administrator first."));
}

} // namespace

UserService::UserService(const Database& db, const PasswordHasher& hasher, const PasswordPolicy& policy,
                         AdminAudit& audit, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_hasher(hasher)
    , m_policy(policy)
    , m_audit(audit)
    , m_clock(clock)
    , m_repo(db, clock)
{}

Status UserService::validateUsername(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[\p{L}\p{Nd}._-]{3,64}$)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (pattern.match(username).hasMatch())
        return {};
    return error(
        "user.invalid_username",
        QCoreApplication::translate("nova::UserService",
                                    "A username has 3 to 64 characters: letters (Arabic included), digits, "
                                    "'.', '_' or '-'."));
}

Status UserService::validateEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (email.isEmpty() || (email.size() <= 254 && pattern.match(email).hasMatch()))
        return {};
    return error("user.invalid_email",
                 QCoreApplication::translate("nova::UserService", "\"%1\" is not an e-mail address.")
                     .arg(leftToRight(email)));
}

Status UserService::validatePhone(const QString& phone)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\+?[0-9][0-9 ()-]{4,18}[0-9]$)"));
    if (phone.isEmpty() || pattern.match(phone).hasMatch())
        return {};
    return error("user.invalid_phone",
                 QCoreApplication::translate("nova::UserService",
                                             "\"%1\" is not a phone number (digits, an optional leading '+', "
                                             "spaces, '-' and parentheses).")
                     .arg(leftToRight(phone)));
}

Status UserService::validateDisplayName(const QString& name)
{
    const bool hasControl =
        std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (name.size() <= 128 && !hasControl)
        return {};
    return error(
        "user.invalid_display_name",
        QCoreApplication::translate("nova::UserService",
                                    "A display name has at most 128 characters and no control characters."));
}

Status UserService::refuse(const Actor& actor, const QString& event, const QJsonObject& metadata,
                           const Error& why)
{
    if (const Status logged = m_audit.recordRefusal(actor, event, metadata, why); !logged)
        qWarning("refused %s not logged: %s", qPrintable(event), qPrintable(logged.errorMessage()));
    return why;
}

Status UserService::keepLastAdmin(std::optional<Error>& refusal) const
{
    auto admins = m_repo.activeAdminCount();
    if (!admins)
        return admins.error();
    if (*admins > 1)
        return {};
    refusal = lastAdminRefusal();
    return *refusal;
}

Status UserService::applyAudited(const Actor& actor, const QString& event, const QJsonObject& metadata,
                                 const std::function<Status(std::optional<Error>& refusal)>& change)
{
    std::optional<Error> refusal;
    const Status done = m_audit.recordChange(m_db, actor, event, metadata, [&] { return change(refusal); });
    if (!done)
        return refusal ? refuse(actor, event, metadata, *refusal) : done;
    Q_EMIT usersChanged();
    return {};
}

Result<User> UserService::create(const NewUser& input, const Actor& actor)
{
    NewUser user = input;
    user.username = user.username.trimmed();
    user.email = user.email.trimmed();
    user.phone = user.phone.trimmed();
    user.displayName = user.displayName.trimmed();
    user.role = user.role.trimmed();
    for (const Status& valid : {validateUsername(user.username), validateEmail(user.email),
                                validatePhone(user.phone), validateDisplayName(user.displayName)}) {
        if (!valid)
            return valid.error();
    }
    if (user.role.isEmpty())
        return error("user.no_role",
                     QCoreApplication::translate("nova::UserService", "Choose a role for the user."));
    auto roleExists = m_repo.roleExists(user.role);
    if (!roleExists)
        return roleExists.error();
    if (!*roleExists)
        return error("role.not_found",
                     QCoreApplication::translate("nova::UserService", "There is no role \"%1\".")
                         .arg(leftToRight(user.role)));
    if (const Status strong = m_policy.check(user.password, user.username); !strong)
        return strong.error();
    if (auto existing = m_repo.byName(user.username); existing)
        return error("user.duplicate",
                     QCoreApplication::translate("nova::UserService", "The username \"%1\" is already taken.")
                         .arg(isolated(existing->username)));
    else if (existing.error().code != QLatin1String("user.not_found"))
        return existing.error();

    auto hash = m_hasher.hash(user.password);
    if (!hash)
        return hash.error();

    qint64 id = 0;
    std::optional<SecurityLogEntry> entry;
    const Status done = m_db.transaction([&]() -> Status {
        UserRecord record{user.username,      user.email, user.displayName, user.phone, user.role,
                          UserStatus::Active, *hash};
        auto inserted = m_repo.insert(record);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        auto logged = m_audit.record(actor, EventType::CreateUser,
                                     QJsonObject{{QStringLiteral("user_id"), id},
                                                 {QStringLiteral("target"), user.username},
                                                 {QStringLiteral("role"), user.role}});
        if (!logged)
            return logged.error();
        entry = *logged;
        return {};
    });
    if (!done)
        return done.error();
    m_audit.announce(*entry);
    Q_EMIT usersChanged();
    return m_repo.byId(id);
}

Result<User> UserService::update(qint64 id, const UserChanges& changes, const Actor& actor)
{
    auto current = m_repo.byId(id);
    if (!current)
        return current.error();
    User changed = *current;
    if (changes.email)
        changed.email = changes.email->trimmed();
    if (changes.displayName)
        changed.displayName = changes.displayName->trimmed();
    if (changes.phone)
        changed.phone = changes.phone->trimmed();
    if (changes.role)
        changed.role = changes.role->trimmed();
    for (const Status& valid : {validateEmail(changed.email), validatePhone(changed.phone),
                                validateDisplayName(changed.displayName)}) {
        if (!valid)
            return valid.error();
    }
    const bool roleChanged = changed.role != current->role;
    if (roleChanged) {
        auto roleExists = m_repo.roleExists(changed.role);
        if (!roleExists)
            return roleExists.error();
        if (!*roleExists || changed.role.isEmpty())
            return error("role.not_found",
                         QCoreApplication::translate("nova::UserService", "There is no role \"%1\".")
                             .arg(leftToRight(changed.role)));
    }

    QJsonArray fields;
    if (changed.email != current->email)
        fields.append(QStringLiteral("email"));
    if (changed.displayName != current->displayName)
        fields.append(QStringLiteral("display_name"));
    if (changed.phone != current->phone)
        fields.append(QStringLiteral("phone"));
    if (roleChanged)
        fields.append(QStringLiteral("role"));
    if (fields.isEmpty())
        return current;

    QJsonObject metadata = subject(*current);
    metadata.insert(QStringLiteral("fields"), fields);
    std::optional<Error> refusal;
    QList<SecurityLogEntry> entries;
    const Status done = m_db.transaction([&]() -> Status {
        if (roleChanged && current->role == DefaultRoles::kAdmin && current->status != UserStatus::Disabled) {
            if (const Status kept = keepLastAdmin(refusal); !kept)
                return kept;
        }
        if (const Status written = m_repo.updateProfile(changed); !written)
            return written;
        auto logged = m_audit.record(actor, EventType::UpdateUser, metadata);
        if (!logged)
            return logged.error();
        entries.append(*logged);
        if (roleChanged) {
            // A new role is a new set of permissions: the sensitive event too.
            QJsonObject roleChange = subject(*current);
            roleChange.insert(QStringLiteral("operation"), QStringLiteral("set_user_role"));
            roleChange.insert(QStringLiteral("from"), current->role);
            roleChange.insert(QStringLiteral("to"), changed.role);
            auto permissions = m_audit.record(actor, EventType::ModifyPermissions, roleChange);
            if (!permissions)
                return permissions.error();
            entries.append(*permissions);
        }
        return {};
    });
    if (!done) {
        if (refusal)
            return refuse(actor, EventType::UpdateUser, metadata, *refusal).error();
        return done.error();
    }
    for (const SecurityLogEntry& entry : std::as_const(entries))
        m_audit.announce(entry);
    Q_EMIT usersChanged();
    return m_repo.byId(id);
}

Status UserService::disable(qint64 id, const Actor& actor)
{
    auto user = m_repo.byId(id);
    if (!user)
        return user.error();
    const QJsonObject metadata = subject(*user);
    if (actor.userId == id)
        return refuse(actor, EventType::DisableUser, metadata, selfRefusal());
    if (user->status == UserStatus::Disabled)
        return {};
    return applyAudited(actor, EventType::DisableUser, metadata,
                        [&](std::optional<Error>& refusal) -> Status {
                            if (user->role == DefaultRoles::kAdmin) {
                                if (const Status kept = keepLastAdmin(refusal); !kept)
                                    return kept;
                            }
                            return m_repo.setStatus(id, UserStatus::Disabled);
                        });
}

Status UserService::enable(qint64 id, const Actor& actor)
{
    auto user = m_repo.byId(id);
    if (!user)
        return user.error();
    if (user->status == UserStatus::Active && user->failedLogins == 0)
        return {};
    return applyAudited(actor, EventType::EnableUser, subject(*user),
                        [&](std::optional<Error>&) { return m_repo.setStatus(id, UserStatus::Active); });
}

Status UserService::unlock(qint64 id, const Actor& actor)
{
    auto user = m_repo.byId(id);
    if (!user)
        return user.error();
    QJsonObject metadata = subject(*user);
    metadata.insert(QStringLiteral("failed_logins"), user->failedLogins);
    return applyAudited(actor, EventType::UnlockUser, metadata,
                        [&](std::optional<Error>&) { return m_repo.unlock(id); });
}

Status UserService::remove(qint64 id, const Actor& actor)
{
    auto user = m_repo.byId(id);
    if (!user)
        return user.error();
    QJsonObject metadata = subject(*user);
    metadata.insert(QStringLiteral("role"), user->role);
    if (actor.userId == id)
        return refuse(actor, EventType::DeleteUser, metadata, selfRefusal());
    return applyAudited(actor, EventType::DeleteUser, metadata, [&](std::optional<Error>& refusal) -> Status {
        if (user->role == DefaultRoles::kAdmin && user->status != UserStatus::Disabled) {
            if (const Status kept = keepLastAdmin(refusal); !kept)
                return kept;
        }
        return m_repo.remove(id);
    });
}

Result<ErasureReport> UserService::erase(qint64 id, const Actor& actor)
{
    auto user = m_repo.byId(id);
    if (!user)
        return user.error();
    if (actor.userId == id)
        return refuse(actor, EventType::EraseUser, subject(*user), selfRefusal()).error();
    ErasureReport report;
    report.pseudonym = LogPseudonymiser::newPseudonym();
    const PersonalIdentifiers who{
        id, user->username, user->email, {user->username, user->email, user->displayName, user->phone}};
    std::optional<Error> refusal;
    std::optional<SecurityLogEntry> entry;
    const Status done = m_db.transaction([&]() -> Status {
        if (user->role == DefaultRoles::kAdmin && user->status != UserStatus::Disabled) {
            if (const Status kept = keepLastAdmin(refusal); !kept)
                return kept;
        }
        const LogPseudonymiser pseudonymiser(m_db);
        auto pseudonymised = pseudonymiser.prepare(who, report.pseudonym, &report.leftAlone);
        if (!pseudonymised)
            return pseudonymised.error();
        auto others = pseudonymiser.rewriteUnchained(who, report.pseudonym);
        if (!others)
            return others.error();
        if (const Status removed = m_repo.remove(id); !removed)
            return removed;
        // Neither the name nor the e-mail: the record must not undo the erasure.
        auto logged = m_audit.recordErasure(
            actor,
            QJsonObject{{QStringLiteral("user_id"), id}, {QStringLiteral("pseudonym"), report.pseudonym}},
            *pseudonymised);
        if (!logged)
            return logged.error();
        entry = *logged;
        report.logEntries = pseudonymised->size();
        report.otherRecords = *others;
        report.recordId = logged->id;
        return {};
    });
    if (!done)
        return (refusal ? refuse(actor, EventType::EraseUser, subject(*user), *refusal) : done).error();
    m_audit.announce(*entry);
    Q_EMIT usersChanged();
    return report;
}

Status UserService::resetPassword(qint64 id, const QString& newPassword, const Actor& actor)
{
    auto user = m_repo.byId(id);
    if (!user)
        return user.error();
    if (const Status strong = m_policy.check(newPassword, user->username); !strong)
        return strong;
    auto hash = m_hasher.hash(newPassword);
    if (!hash)
        return hash.error();
    return applyAudited(actor, EventType::ResetPassword, subject(*user),
                        [&](std::optional<Error>&) { return m_repo.changePassword(id, *hash); });
}

Result<QList<User>> UserService::list(const UserFilter& filter) const
{
    return m_repo.list(filter);
}

Result<User> UserService::byId(qint64 id) const
{
    return m_repo.byId(id);
}

Result<User> UserService::byName(const QString& username) const
{
    return m_repo.byName(username.trimmed());
}

} // namespace nova
