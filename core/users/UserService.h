#pragma once

#include "Clock.h"
#include "Result.h"
#include "rbac/Actor.h"
#include "users/User.h"
#include "users/UserRepository.h"

#include <QObject>

#include <functional>
#include <optional>

namespace nova {

class AdminAudit;
class Database;
class PasswordHasher;
class PasswordPolicy;

struct NewUser {
    QString username;
    QString password;
    QString email;
    QString displayName;
    QString phone;
    QString role;
};

// Only the fields that are set change.
struct UserChanges {
    std::optional<QString> email;
    std::optional<QString> displayName;
    std::optional<QString> phone;
    std::optional<QString> role;
};

// What an erasure did: the pseudonym now standing for the person, how many
// log entries and other records carry it, and how many log entries an
// earlier erasure had already pseudonymised (left as they were).
struct ErasureReport {
    QString pseudonym;
    qint64 logEntries = 0;
    qint64 otherRecords = 0;
    qint64 leftAlone = 0;
    qint64 recordId = 0; // the erase_user entry
};

// Account administration. Every action is validated, runs in one
// transaction together with its security-log entry (AdminAudit::record),
// and every refusal is logged (AdminAudit::recordRefusal). The actor is
// assumed to be authorised already (PermissionService::authorize for the
// `users` feature); this class guards the invariants that hold for every
// actor: nobody disables or deletes themselves, and the last active admin
// is never disabled, deleted or moved to another role.
//
// create() and resetPassword() hash with Argon2id, which takes a noticeable
// fraction of a second by design: call them through ServiceExecutor, never
// on the GUI thread. The methods are safe to call from any thread (each
// thread gets its own database connection); usersChanged() is then
// delivered to receivers in their own threads.
class UserService : public QObject {
    Q_OBJECT
public:
    UserService(const Database& db, const PasswordHasher& hasher, const PasswordPolicy& policy,
                AdminAudit& audit, const Clock& clock, QObject* parent = nullptr);

    Result<User> create(const NewUser& user, const Actor& actor);
    Result<User> update(qint64 id, const UserChanges& changes, const Actor& actor);
    Status disable(qint64 id, const Actor& actor);
    Status enable(qint64 id, const Actor& actor);
    // Clears the failure count and the lock (an admin's early release).
    Status unlock(qint64 id, const Actor& actor);
    Status remove(qint64 id, const Actor& actor);
    // A data-protection erasure: the account, its secrets and grants are
    // deleted like remove() does (same guards), and what the log, alerts and
    // block list stored about the person is replaced by a pseudonym without
    // breaking the log's chain.
    Result<ErasureReport> erase(qint64 id, const Actor& actor);
    Status resetPassword(qint64 id, const QString& newPassword, const Actor& actor);

    Result<QList<User>> list(const UserFilter& filter = {}) const;
    Result<User> byId(qint64 id) const;
    Result<User> byName(const QString& username) const;

    // 3 to 64 letters (Arabic included), digits, '.', '_' or '-'.
    static Status validateUsername(const QString& username);
    // Empty is allowed (the e-mail is optional); otherwise local@domain.tld.
    static Status validateEmail(const QString& email);
    // Empty is allowed; otherwise digits with an optional leading '+',
    // spaces, '-' and parentheses, 6 to 20 characters.
    static Status validatePhone(const QString& phone);
    // At most 128 characters, no control characters.
    static Status validateDisplayName(const QString& name);

    UserRepository& repository() { return m_repo; }

Q_SIGNALS:
    void usersChanged();

private:
    Status refuse(const Actor& actor, const QString& event, const QJsonObject& metadata, const Error& why);
    // Inside a transaction: fails (and names the refusal) when the user being
    // changed is the last active admin.
    Status keepLastAdmin(std::optional<Error>& refusal) const;
    // Runs `change` and records `event` in one transaction, then announces
    // and signals. A refusal the change names is logged as one.
    Status applyAudited(const Actor& actor, const QString& event, const QJsonObject& metadata,
                        const std::function<Status(std::optional<Error>& refusal)>& change);

    const Database& m_db;
    const PasswordHasher& m_hasher;
    const PasswordPolicy& m_policy;
    AdminAudit& m_audit;
    const Clock& m_clock;
    UserRepository m_repo;
};

} // namespace nova
