#pragma once

#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace nova::test {

// A fresh, migrated database for one test: an SQLite file in a temporary
// folder, or a new database on the PostgreSQL server that scripts/test.sh
// started (NOVA_TEST_PG_URL), dropped again afterwards.
class TestDatabase {
public:
    static constexpr const char* kSqlite = "sqlite";
    static constexpr const char* kPostgres = "postgresql";

    // Adds a "backend" column with one row per engine; use in initTestCase_data().
    static void addBackendRows();
    // Fails or skips the current test as appropriate when the engine is not available.
    static std::unique_ptr<TestDatabase> create(const QString& backend);

    ~TestDatabase();
    Database& db() { return *m_db; }
    // A URL for other programs (nova-ctl, nova-service) to open the same database.
    QString url() const { return m_url; }
    bool isPostgres() const { return m_db->isPostgres(); }

private:
    TestDatabase() = default;
    std::unique_ptr<Database> m_db;
    QString m_url;
    QString m_pgName;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace nova::test
