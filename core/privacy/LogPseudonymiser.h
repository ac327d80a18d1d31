#pragma once

#include "Result.h"
#include "securitylog/SecurityLog.h"

#include <QStringList>

namespace nova {

class Database;

// What identifies one person in stored records: the account id and the
// values (user name, e-mail, display name, phone) to replace.
struct PersonalIdentifiers {
    qint64 userId = 0;
    QString username;
    QString email;
    QStringList values; // every identifier; empty ones are ignored
};

// Finds what the security log and the alert history store about one person
// and replaces it with a pseudonym. Log entries are only prepared here
// (SecurityLog::appendRedaction writes them with the record that vouches for
// them); alerts and the block list are not chained and are rewritten in place.
// IP addresses and user agents stay: they are kept for security under the
// operator's legitimate interest (docs/DATA-PROTECTION.md).
class LogPseudonymiser {
public:
    explicit LogPseudonymiser(const Database& db);

    // "erased-" and 10 random hex digits: the same for every record of one
    // erasure, unrelated to the person.
    static QString newPseudonym();

    // Entries written by or about the person, with their new content.
    // Entries an earlier erasure already pseudonymised are left as they are
    // (rewriting them would void that erasure's digest); `skipped` counts them.
    Result<QList<SecurityLogEntry>> prepare(const PersonalIdentifiers& who, const QString& pseudonym,
                                            qint64* skipped = nullptr) const;
    // Alerts about the person and the names they left on alerts and blocks.
    Result<qint64> rewriteUnchained(const PersonalIdentifiers& who, const QString& pseudonym) const;

private:
    const Database& m_db;
};

} // namespace nova
