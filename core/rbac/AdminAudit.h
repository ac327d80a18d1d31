#pragma once

#include "Result.h"
#include "rbac/Actor.h"
#include "securitylog/SecurityEvent.h"
#include "securitylog/SecurityLog.h"

#include <QJsonObject>

#include <functional>

namespace nova {

class AlertBus;
class Database;
class SecurityLog;

// Writes administrative actions to the security log and raises the alert
// the specification sends for its sensitive ones (delete_user,
// modify_permissions, export_data) and for erase_user and backup_restored. record() belongs inside the
// change's transaction, so a change is never committed without its log entry; announce() runs after the
// commit, so no alert describes a change that was rolled back.
class AdminAudit {
public:
    AdminAudit(SecurityLog& log, AlertBus& alerts);

    Result<SecurityLogEntry> record(const Actor& actor, const QString& event, const QJsonObject& metadata);
    // A refused administrative action (e.g. removing the last admin), logged
    // with success = false and the reason code.
    Status recordRefusal(const Actor& actor, const QString& event, QJsonObject metadata, const Error& why);
    void announce(const SecurityLogEntry& entry);
    // Runs `change` and record() in one transaction on `db`, so neither is
    // kept without the other, then announces. `change`'s error comes back
    // as it is.
    Status recordChange(const Database& db, const Actor& actor, const QString& event,
                        const QJsonObject& metadata, const std::function<Status()>& change);
    // The same for a change that adds to `metadata` what it learns inside the
    // transaction and says whether it changed anything: nothing is recorded
    // or announced for a change that changed nothing.
    Status recordChange(const Database& db, const Actor& actor, const QString& event, QJsonObject metadata,
                        const std::function<Result<bool>(QJsonObject& metadata)>& change);
    // erase_user together with the pseudonymised entries it vouches for
    // (SecurityLog::appendRedaction).
    Result<SecurityLogEntry> recordErasure(const Actor& actor, const QJsonObject& metadata,
                                           const QList<SecurityLogEntry>& pseudonymised);

    static bool isSensitive(const QString& event);

private:
    SecurityLog& m_log;
    AlertBus& m_alerts;
};

} // namespace nova
