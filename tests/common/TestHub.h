#pragma once

#include "ServiceConfig.h"
#include "ServiceHub.h"
#include "TestDatabase.h"

#include <QTemporaryDir>

namespace nova::test {

// The service layer on a test database: keys in a file store and SMS in an
// outbox, both inside `folder`, and cheap password hashing (the cost itself
// is PasswordHasher's test, not every test's).
ServiceConfig testServiceConfig(const TestDatabase& db, const QTemporaryDir& folder);
Result<std::unique_ptr<ServiceHub>> openTestHub(const TestDatabase& db, const QTemporaryDir& folder,
                                                const Clock& clock);

} // namespace nova::test
