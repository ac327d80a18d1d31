#pragma once

#include "Clock.h"
#include "Result.h"
#include "securitylog/LogChainVerifier.h"
#include "securitylog/SecurityEvent.h"

#include <QList>
#include <QObject>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace nova {

class Database;

// Where the live table starts after older entries were archived.
struct LogAnchor {
    qint64 archivedThroughId = 0;
    QString lastHash;
};

// Append-only and tamper-evident: every entry stores the SHA-256 of its
// predecessor's hash and its own canonical content, so editing, deleting or
// reordering a row breaks the chain at that row. Writers are serialised by
// Database::transaction (an advisory lock on PostgreSQL, SQLite's write
// lock) so several processes can share one chain.
class SecurityLog : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kGenesisHash =
        "0000000000000000000000000000000000000000000000000000000000000000";

    SecurityLog(const Database& db, const Clock& clock, QObject* parent = nullptr);

    Result<SecurityLogEntry> append(const SecurityEvent& event);
    Result<QList<SecurityLogEntry>> appendBatch(const QList<SecurityEvent>& events);
    // The live table: from the archive anchor (or the genesis hash) to the
    // newest entry, and the anchor against the newest log_archived entry.
    Result<LogVerification> verify() const;
    // Feeds every live entry to `verifier` (which may already hold archived
    // entries), then checks `anchor`, the live table's start as anchor()
    // read it. For verify() and archive checks.
    Status verifyLive(LogChainVerifier& verifier, const std::optional<LogAnchor>& anchor) const;
    Result<std::optional<LogAnchor>> anchor() const;
    // Every entry in id order, up to `throughId` when given, read in batches;
    // `each` returns false to stop. Fails only on a database error.
    Status forEachEntry(std::optional<qint64> throughId,
                        const std::function<bool(const SecurityLogEntry&)>& each) const;

    // Pseudonymises entries and appends the erase_user `record` that vouches
    // for them, in one transaction: the record's metadata gets the count and
    // digest, each entry in `pseudonymised` (its new content; hash and
    // prev_hash as written) redacted_by = the record's id.
    Result<SecurityLogEntry> appendRedaction(SecurityEvent record,
                                             const QList<SecurityLogEntry>& pseudonymised);

    static QString computeHash(const QString& prevHash, const SecurityLogEntry& entry);
    // The bytes an entry's hash covers after its predecessor's hash.
    static QByteArray canonicalContent(const SecurityLogEntry& entry);

Q_SIGNALS:
    void entryAppended(const nova::SecurityLogEntry& entry);

private:
    struct BatchStatements {
        QSqlQuery insert;
        QSqlQuery update;
        std::optional<QString> lastHash;
    };
    Result<SecurityLogEntry> appendLocked(const SecurityEvent& event, BatchStatements& statements);

    const Database& m_db;
    const Clock& m_clock;
};

} // namespace nova
