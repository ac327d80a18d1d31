#pragma once

#include "Clock.h"
#include "Result.h"
#include "rbac/Actor.h"
#include "securitylog/LogChainVerifier.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace nova {

class AdminAudit;
class Database;
class KeyRing;
class SecurityLog;

// The retention policy as stored in the settings table, so the desktop,
// nova-service and nova-ctl agree on it.
struct RetentionPolicy {
    static constexpr int kDefaultDays = 90;
    static constexpr int kMinDays = 7;
    static constexpr int kMaxDays = 3650;
    int days = kDefaultDays;
    QString archiveFolder; // empty: defaultArchiveFolder()
};

struct ArchiveRun {
    QString file;
    qint64 count = 0;
    qint64 firstId = 0;
    qint64 lastId = 0;
};

// Moves security-log entries older than the retention period out of the live
// table into a signed archive file (LogArchiveWriter), keeping the chain
// verifiable across the boundary: the live table's first entry links to the
// archive's last hash, the log_anchor row says where the live table starts,
// and a log_archived entry in the chain records the boundary and the file.
class LogRetention {
    Q_DECLARE_TR_FUNCTIONS(nova::LogRetention)
public:
    LogRetention(const Database& db, SecurityLog& log, AdminAudit& audit, KeyRing& keys, const Clock& clock);

    Result<RetentionPolicy> policy() const;
    // Stores the policy and logs the change (settings_changed).
    Status setPolicy(const RetentionPolicy& policy, const Actor& actor);
    // Beside an SQLite file; for PostgreSQL ~/.local/share/nova-admin/log-archive
    // of whoever runs the program: set a shared folder for a deployment.
    QString defaultArchiveFolder() const;
    QString archiveFolder(const RetentionPolicy& policy) const;
    // When the last archive run moved entries out, if ever.
    Result<std::optional<qint64>> lastRunMs() const;

    // Archives every entry older than the policy's days (or `olderThanMs`
    // when given). Refuses while the live chain does not verify, so a broken
    // chain is never sealed into an archive. Empty when nothing is that old.
    Result<std::optional<ArchiveRun>> archive(const Actor& actor, std::optional<qint64> olderThanMs = {});

    // The archives in `folder` (oldest first) and then the live table, as
    // one chain; every archive's signature is checked too.
    Result<LogVerification> verifyWithArchives(const QString& folder) const;
    static QStringList archiveFiles(const QString& folder);

private:
    const Database& m_db;
    SecurityLog& m_log;
    AdminAudit& m_audit;
    KeyRing& m_keys;
    const Clock& m_clock;
};

} // namespace nova
