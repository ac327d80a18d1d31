#include "UserRepository.h"

#include "rbac/DefaultRoles.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QVariant>

namespace nova {

namespace {

const QString kSelectUser = QStringLiteral(
    "SELECT u.id, u.username, u.email, u.display_name, u.phone, u.role, u.status, u.locked_until,"
    " u.last_login_at, u.created_at, u.updated_at, u.failed_logins, COALESCE(t.enabled, 0)"
    " FROM users u LEFT JOIN totp_secrets t ON t.user_id = u.id");

std::optional<qint64> optionalInt(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

Error notFound()
{
    return Error{QStringLiteral("user.not_found"),
                 QCoreApplication::translate("nova::UserRepository", "No such user.")};
}

Error mapDuplicate(const Error& error)
{
    if (error.code == QLatin1String("db.duplicate"))
        return Error{QStringLiteral("user.duplicate"),
                     QCoreApplication::translate("nova::UserRepository", "That username is already taken.")};
    return error;
}

// Escapes LIKE's wildcards so a search for "a_b" finds exactly that.
QString likePattern(const QString& text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

UserRepository::UserRepository(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

UserStatus UserRepository::effectiveStatus(const QString& stored, std::optional<qint64> lockedUntilMs,
                                           qint64 nowMs)
{
    if (stored == QLatin1String("active"))
        return UserStatus::Active;
    if (stored == QLatin1String("locked"))
        return lockedUntilMs && *lockedUntilMs <= nowMs ? UserStatus::Active : UserStatus::Locked;
    // "disabled", and anything this version does not know: deny by default.
    return UserStatus::Disabled;
}

namespace {

User userFromRow(const QSqlQuery& q, qint64 nowMs)
{
    User user;
    user.id = q.value(0).toLongLong();
    user.username = q.value(1).toString();
    user.email = q.value(2).toString();
    user.displayName = q.value(3).toString();
    user.phone = q.value(4).toString();
    user.role = q.value(5).toString();
    const std::optional<qint64> lockedUntil = optionalInt(q.value(7));
    user.status = UserRepository::effectiveStatus(q.value(6).toString(), lockedUntil, nowMs);
    if (user.status == UserStatus::Locked)
        user.lockedUntilMs = lockedUntil;
    user.lastLoginAtMs = optionalInt(q.value(8));
    user.createdAtMs = q.value(9).toLongLong();
    user.updatedAtMs = q.value(10).toLongLong();
    user.failedLogins = q.value(11).toInt();
    user.twoFactorEnabled = q.value(12).toInt() != 0;
    return user;
}

} // namespace

Result<User> UserRepository::byId(qint64 id) const
{
    auto q = m_db.exec(kSelectUser + QStringLiteral(" WHERE u.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound();
    return userFromRow(*q, m_clock.nowMSecs());
}

Result<User> UserRepository::byName(const QString& username) const
{
    auto q = m_db.exec(kSelectUser + QStringLiteral(" WHERE lower(u.username) = ?"), {username.toLower()});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound();
    return userFromRow(*q, m_clock.nowMSecs());
}

Result<QList<User>> UserRepository::list(const UserFilter& filter) const
{
    QString sql = kSelectUser + QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(
            " AND (lower(u.username) LIKE ? ESCAPE '\\' OR lower(COALESCE(u.email, '')) LIKE ? "
            "ESCAPE '\\' OR lower(COALESCE(u.display_name, '')) LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(filter.text);
        values << pattern << pattern << pattern;
    }
    if (!filter.role.isEmpty()) {
        sql += QStringLiteral(" AND u.role = ?");
        values << filter.role;
    }
    if (filter.status) {
        const qint64 now = m_clock.nowMSecs();
        switch (*filter.status) {
        case UserStatus::Active:
            sql +=
                QStringLiteral(" AND (u.status = 'active' OR (u.status = 'locked' AND u.locked_until <= ?))");
            values << now;
            break;
        case UserStatus::Locked:
            sql +=
                QStringLiteral(" AND u.status = 'locked' AND (u.locked_until IS NULL OR u.locked_until > ?)");
            values << now;
            break;
        case UserStatus::Disabled:
            sql += QStringLiteral(" AND u.status NOT IN ('active', 'locked')");
            break;
        }
    }
    sql += QStringLiteral(" ORDER BY lower(u.username) LIMIT ?");
    values << qBound(1, filter.limit, 100000);
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    QList<User> users;
    const qint64 now = m_clock.nowMSecs();
    while (q->next())
        users.append(userFromRow(*q, now));
    return users;
}

Result<QString> UserRepository::passwordHash(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound();
    return q->value(0).toString();
}

Result<bool> UserRepository::roleExists(const QString& role) const
{
    if (DefaultRoles::isBuiltin(role))
        return true;
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM roles WHERE name = ?"), {role});
    if (!q)
        return q.error();
    return q->next();
}

Result<int> UserRepository::activeAdminCount() const
{
    // A locked admin is still an admin: the lock ends by itself.
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND status <> 'disabled'"),
                       {DefaultRoles::kAdmin});
    if (!q)
        return q.error();
    if (!q->next())
        return 0;
    return q->value(0).toInt();
}

Result<qint64> UserRepository::insert(const UserRecord& record)
{
    const qint64 now = m_clock.nowMSecs();
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO users (username, email, display_name, phone, role, status, password_hash,"
                       " password_changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " RETURNING id"),
        {record.username, record.email, record.displayName, record.phone, record.role,
         UserStatusText::toString(record.status), record.passwordHash, now, now, now});
    if (!q)
        return mapDuplicate(q.error());
    if (!q->next())
        return Error{
            QStringLiteral("db.error"),
            QCoreApplication::translate("nova::UserRepository", "The new user's id was not returned.")};
    return q->value(0).toLongLong();
}

namespace {

Status expectOneRow(const Result<QSqlQuery>& q)
{
    if (!q)
        return q.error();
    if (q->numRowsAffected() < 1)
        return notFound();
    return {};
}

} // namespace

Status UserRepository::updateProfile(const User& user)
{
    return expectOneRow(
        m_db.exec(QStringLiteral("UPDATE users SET email = ?, display_name = ?, phone = ?, role = ?,"
                                 " updated_at = ? WHERE id = ?"),
                  {user.email, user.displayName, user.phone, user.role, m_clock.nowMSecs(), user.id}));
}

Status UserRepository::setStatus(qint64 id, UserStatus status)
{
    const qint64 now = m_clock.nowMSecs();
    if (status == UserStatus::Active)
        return expectOneRow(m_db.exec(QStringLiteral("UPDATE users SET status = 'active', failed_logins = 0,"
                                                     " locked_until = NULL, updated_at = ? WHERE id = ?"),
                                      {now, id}));
    return expectOneRow(m_db.exec(QStringLiteral("UPDATE users SET status = ?, updated_at = ? WHERE id = ?"),
                                  {UserStatusText::toString(status), now, id}));
}

Status UserRepository::unlock(qint64 id)
{
    return expectOneRow(m_db.exec(
        QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL, updated_at = ?,"
                       " status = CASE WHEN status = 'locked' THEN 'active' ELSE status END WHERE id = ?"),
        {m_clock.nowMSecs(), id}));
}

Status UserRepository::remove(qint64 id)
{
    return expectOneRow(m_db.exec(QStringLiteral("DELETE FROM users WHERE id = ?"), {id}));
}

Result<UserStatus> UserRepository::recordFailedLogin(qint64 id, int lockThreshold, qint64 lockDurationMs)
{
    const qint64 now = m_clock.nowMSecs();
    UserStatus result = UserStatus::Disabled;
    const Status done = m_db.transaction([&]() -> Status {
        // A lock that has run out is over: the count starts afresh.
        if (auto released = m_db.exec(QStringLiteral("UPDATE users SET status = 'active', failed_logins = 0,"
                                                     " locked_until = NULL WHERE id = ? AND status = 'locked'"
                                                     " AND locked_until <= ?"),
                                      {id, now});
            !released)
            return released.error();
        auto q = m_db.exec(QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ?"
                                          " RETURNING failed_logins, status, locked_until"),
                           {id});
        if (!q)
            return q.error();
        if (!q->next())
            return notFound();
        const int failures = q->value(0).toInt();
        const QString stored = q->value(1).toString();
        const std::optional<qint64> lockedUntil = optionalInt(q->value(2));
        q->finish();
        if (stored == QLatin1String("active") && lockThreshold > 0 && failures >= lockThreshold) {
            const qint64 until = now + qMax<qint64>(0, lockDurationMs);
            if (auto locked = m_db.exec(QStringLiteral("UPDATE users SET status = 'locked', locked_until = ?"
                                                       " WHERE id = ?"),
                                        {until, id});
                !locked)
                return locked.error();
            result = UserStatus::Locked;
            return {};
        }
        result = effectiveStatus(stored, lockedUntil, now);
        return {};
    });
    if (!done)
        return done.error();
    return result;
}

Status UserRepository::recordSuccessfulLogin(qint64 id)
{
    return expectOneRow(m_db.exec(
        QStringLiteral("UPDATE users SET failed_logins = 0, last_login_at = ?, locked_until = NULL,"
                       " status = CASE WHEN status = 'locked' THEN 'active' ELSE status END WHERE id = ?"),
        {m_clock.nowMSecs(), id}));
}

Status UserRepository::replacePasswordHash(qint64 id, const QString& hash)
{
    return expectOneRow(
        m_db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, id}));
}

Status UserRepository::changePassword(qint64 id, const QString& hash)
{
    const qint64 now = m_clock.nowMSecs();
    return expectOneRow(m_db.exec(
        QStringLiteral(
            "UPDATE users SET password_hash = ?, password_changed_at = ?, updated_at = ? WHERE id = ?"),
        {hash, now, now, id}));
}

} // namespace nova
