#pragma once

#include "Result.h"
#include "securitylog/SecurityEvent.h"

#include <QJsonArray>
#include <QStringList>

#include <functional>

namespace nova {

class Database;

// Whose records to find: the account id and the name it signs in with.
struct PersonalDataSubject {
    qint64 userId = 0;
    QString username;
};

// Told how many candidate rows were read so far; returning false stops the
// reading (Error "export.cancelled").
using PersonalDataBatchDone = std::function<bool(qint64 rowsRead)>;

// Reads what the security log and the alert history hold about one person,
// for the data export. The log is walked in key order in batches (id > last
// seen, never OFFSET), bounded above so entries written meanwhile (the
// export's own audit entry among them) do not extend the walk. SQL only
// pre-selects candidates (user id, name, or the id or name anywhere in the
// metadata text); each candidate is then decided on its parsed content, so
// user 5 never picks up user 50's entries.
class PersonalDataLogReader {
public:
    static constexpr int kBatch = 1000;

    explicit PersonalDataLogReader(const Database& db);

    // The bounds to read up to: the newest log id and alert seq now.
    Result<qint64> lastLogId() const;
    Result<qint64> lastAlertSeq() const;

    // Candidate counts, for a progress total.
    Result<qint64> countLogCandidates(const PersonalDataSubject& who, qint64 upToId) const;
    Result<qint64> countAlertCandidates(const PersonalDataSubject& who, qint64 upToSeq) const;

    // Entries the person wrote (actor) or that name them as the subject of
    // an administrative action (subject), oldest first, as JSON objects.
    Result<QJsonArray> logEntries(const PersonalDataSubject& who, qint64 upToId,
                                  const PersonalDataBatchDone& batchDone = {}) const;
    // Alerts with the person's id or user name, oldest first.
    Result<QJsonArray> alerts(const PersonalDataSubject& who, qint64 upToSeq,
                              const PersonalDataBatchDone& batchDone = {}) const;

    // "actor", "subject", both, or nothing when the entry is not about them.
    static QStringList relations(const SecurityLogEntry& entry, const PersonalDataSubject& who);

private:
    const Database& m_db;
};

} // namespace nova
