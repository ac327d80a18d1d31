#pragma once

#include "Result.h"
#include "policy/ServicePolicy.h"
#include "rbac/Actor.h"

#include <QJsonObject>

namespace nova {

class AdminAudit;
class Database;

// Keeps the ServicePolicy in the database's settings table ("policy.*" keys,
// one value each). A value stored there overrides the program's own
// configuration (nova-service's file, the desktop's defaults): the policy is
// the deployment's, not one program's. ServiceHub reads it when it opens;
// the running services keep the policy they were built with, so a change
// applies when each program next starts.
//
// Permission checks (settings:update) belong to the caller; save() records
// who changed what. Blocks on the database: call off the GUI thread.
class PolicyStore {
public:
    // `defaults`: what applies where nothing is stored.
    PolicyStore(const Database& db, AdminAudit& audit, ServicePolicy defaults);

    // The stored values over the defaults. A stored value that does not
    // parse or is out of range is skipped with a warning: the defaults are
    // the secure ones, and a program that refused to start could not repair it.
    static Result<ServicePolicy> read(const Database& db, const ServicePolicy& defaults);
    Result<ServicePolicy> load() const;

    // Validates and stores every value that differs from what is stored, in
    // one transaction with a "settings_changed" entry in the security log
    // listing each change (old and new value). Saving an unchanged policy
    // writes nothing and logs nothing.
    Status save(const ServicePolicy& policy, const Actor& actor);

    const ServicePolicy& defaults() const { return m_defaults; }

private:
    const Database& m_db;
    AdminAudit& m_audit;
    ServicePolicy m_defaults;
};

} // namespace nova
