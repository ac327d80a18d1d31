#pragma once

#include "Result.h"
#include "storage/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

namespace nova {

// One logical database with a Qt SQL connection per thread (Qt requires a
// connection to be used only by the thread that opened it). Opening creates
// or migrates the schema; a file that is not ours, damaged, read-only,
// locked or newer than this build is reported and left untouched.
class Database {
public:
    enum class OpenMode { CreateIfMissing, MustExist };

    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url,
                                                  OpenMode mode = OpenMode::CreateIfMissing);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const DatabaseUrl& url() const { return m_url; }
    bool isPostgres() const { return m_url.engine == DatabaseUrl::Engine::Postgresql; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // The connection for the calling thread, opened on first use.
    QSqlDatabase connection() const;

    // Prepares, binds positionally and runs one statement.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {}) const;

    // Runs `work` in a transaction: commits when it returns ok, rolls back
    // otherwise. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()>& work) const;

    static Error sqlError(const QSqlError& error);

private:
    Database(DatabaseUrl url, QString baseName);
    // Opens the calling thread's connection if it has none yet.
    Status ensureConnection() const;
    Status openConnection(QSqlDatabase& db) const;
    Status migrate();

    DatabaseUrl m_url;
    QString m_baseName;
};

} // namespace nova
