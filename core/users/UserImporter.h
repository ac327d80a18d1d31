#pragma once

#include "Result.h"
#include "rbac/Actor.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace nova {

class AdminAudit;
class Database;
class UserRepository;

struct ImportRowError {
    int line = 0; // 1-based line in the file (the header is line 1 in CSV)
    QString message;
};

struct ImportReport {
    int created = 0;
    int skipped = 0; // existing usernames, with ImportOptions::Existing::Skip
    bool dryRun = false;
    QList<ImportRowError> errors; // when not empty nothing was written

    bool ok() const { return errors.isEmpty(); }
};

struct ImportOptions {
    enum class Existing { Fail, Skip };
    bool dryRun = false;
    Existing existing = Existing::Fail;
};

// Imports accounts with their password hashes from CSV or JSON: bcrypt
// ($2a$/$2b$/$2y$, as the Nova CRM backend stores them; re-hashed with
// Argon2id at the first sign-in) or Argon2id PHC strings. Plain passwords
// are refused. Every row is validated before anything is written; if any
// row is wrong the report lists every error with its line and nothing is
// imported. Otherwise all rows go in one transaction with one
// `import_users` log entry.
//
// CSV: a header row naming the columns username,email,role,password_hash and
// optionally display_name,phone,status (any order); RFC 4180 quoting; UTF-8
// with or without a BOM. JSON: an array of objects with the same keys, or
// Nova CRM's export `{"users": [...]}` with camelCase keys (passwordHash,
// displayName).
class UserImporter {
public:
    enum class Format { Auto, Csv, Json };

    UserImporter(const Database& db, UserRepository& users, AdminAudit& audit);

    // A malformed file (bad JSON, missing columns, not UTF-8) is an Error;
    // bad rows are reported in ImportReport::errors.
    Result<ImportReport> importData(const QByteArray& data, Format format, const ImportOptions& options,
                                    const Actor& actor);
    // Format::Auto picks by extension (.csv, .json), then by content.
    Result<ImportReport> importFile(const QString& path, const ImportOptions& options, const Actor& actor,
                                    Format format = Format::Auto);

    // The bcrypt modular-crypt shape: $2a$/$2b$/$2y$, cost 04–31, 53 characters of salt and digest.
    static bool isWellFormedBcrypt(const QString& hash);

private:
    const Database& m_db;
    UserRepository& m_users;
    AdminAudit& m_audit;
};

} // namespace nova
