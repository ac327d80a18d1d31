#pragma once

#include "Clock.h"
#include "Result.h"
#include "users/User.h"

#include <QList>
#include <QString>

#include <optional>

namespace nova {

class Database;

// Which users list() returns. Empty fields do not filter.
struct UserFilter {
    QString text; // matched (case-insensitively) against username, e-mail and display name
    QString role;
    std::optional<UserStatus> status;
    int limit = 1000;
};

// A row to insert as it is: the password is already hashed. Used by
// UserService after validation and by UserImporter for imported hashes.
struct UserRecord {
    QString username;
    QString email;
    QString displayName;
    QString phone;
    QString role;
    UserStatus status = UserStatus::Active;
    QString passwordHash;
};

// Storage of the users table and nothing else: no validation, no audit, no
// permission checks. UserService and UserImporter add those for admin
// actions; the sign-in service uses the login bookkeeping directly (it logs
// the login events itself).
class UserRepository {
public:
    UserRepository(const Database& db, const Clock& clock);

    Result<User> byId(qint64 id) const;
    // Case-insensitive, like the unique index on lower(username).
    Result<User> byName(const QString& username) const;
    Result<QList<User>> list(const UserFilter& filter = {}) const;
    Result<QString> passwordHash(qint64 id) const;
    // Whether a role with that name exists (built-in roles always do).
    Result<bool> roleExists(const QString& role) const;
    // Active users whose role is admin: guards against removing the last one.
    Result<int> activeAdminCount() const;

    // Returns the new id. A duplicate username is `user.duplicate`.
    Result<qint64> insert(const UserRecord& record);
    // Writes e-mail, display name, phone and role of `user` (by user.id).
    Status updateProfile(const User& user);
    // Disabled keeps the lock bookkeeping; Active also clears any lock.
    Status setStatus(qint64 id, UserStatus status);
    // Clears the failure count and any lock; a disabled account stays disabled.
    Status unlock(qint64 id);
    Status remove(qint64 id);

    // Sign-in bookkeeping. recordFailedLogin counts one more consecutive
    // failure (a lock whose time has passed starts the count afresh) and
    // locks the account for lockDurationMs once the count reaches
    // lockThreshold; it returns the status after the failure.
    Result<UserStatus> recordFailedLogin(qint64 id, int lockThreshold, qint64 lockDurationMs);
    Status recordSuccessfulLogin(qint64 id);
    // Replaces the stored hash with the same password's new hash (a legacy
    // bcrypt hash re-hashed with Argon2id after a successful sign-in).
    Status replacePasswordHash(qint64 id, const QString& hash);
    // A new password chosen by a person: also records password_changed_at.
    Status changePassword(qint64 id, const QString& hash);

    // Folds the stored status and lock time into the effective status.
    static UserStatus effectiveStatus(const QString& stored, std::optional<qint64> lockedUntilMs,
                                      qint64 nowMs);

private:
    const Database& m_db;
    const Clock& m_clock;
};

} // namespace nova
