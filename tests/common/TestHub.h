#pragma once

#include "ServiceConfig.h"
#include "ServiceHub.h"
#include "TestDatabase.h"

#include <QTemporaryDir>

#include <memory>

namespace nova::test {

// The service layer on a test database: keys in a file store and SMS in an
// outbox, both inside `folder`, and cheap password hashing (the cost itself
// is PasswordHasher's test, not every test's).
ServiceConfig testServiceConfig(const TestDatabase& db, const QTemporaryDir& folder);
Result<std::unique_ptr<ServiceHub>> openTestHub(const TestDatabase& db, const QTemporaryDir& folder,
                                                const Clock& clock);

// A fresh database, folder and service layer for each test function: a test
// class derives from it, calls openHub() in init() and closeHub() in cleanup().
class HubFixture {
protected:
    // Empty when everything opened, otherwise what failed.
    QString openHub(const QString& backend, const Clock& clock);
    void closeHub();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServiceHub> m_hub;
};

} // namespace nova::test
