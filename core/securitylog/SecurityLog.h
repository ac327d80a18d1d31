#pragma once

#include "Clock.h"
#include "Result.h"
#include "securitylog/SecurityEvent.h"

#include <QList>
#include <QObject>
#include <QSqlQuery>

#include <optional>

namespace nova {

class Database;

struct LogVerification {
    qint64 entriesChecked = 0;
    std::optional<qint64> firstBrokenId; // empty when the whole chain holds
    QString reason;
};

// Append-only and tamper-evident: every entry stores the SHA-256 of its
// predecessor's hash and its own canonical content, so editing, deleting or
// reordering a row breaks the chain at that row. Writers are serialised
// (an advisory lock on PostgreSQL, SQLite's write lock) so several processes
// can share one chain.
class SecurityLog : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kGenesisHash =
        "0000000000000000000000000000000000000000000000000000000000000000";

    SecurityLog(const Database& db, const Clock& clock, QObject* parent = nullptr);

    Result<SecurityLogEntry> append(const SecurityEvent& event);
    Result<QList<SecurityLogEntry>> appendBatch(const QList<SecurityEvent>& events);
    Result<LogVerification> verify() const;

    static QString computeHash(const QString& prevHash, const SecurityLogEntry& entry);

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
