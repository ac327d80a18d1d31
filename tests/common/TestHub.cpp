#include "TestHub.h"

namespace nova::test {

ServiceConfig testServiceConfig(const TestDatabase& db, const QTemporaryDir& folder)
{
    ServiceConfig config;
    config.database = db.url();
    config.secrets = QStringLiteral("file:") + folder.filePath(QStringLiteral("secrets"));
    config.smsOutbox = folder.filePath(QStringLiteral("outbox.jsonl"));
    config.passwordHashing = PasswordHashParams{1, 8 * 1024, 1};
    return config;
}

Result<std::unique_ptr<ServiceHub>> openTestHub(const TestDatabase& db, const QTemporaryDir& folder,
                                                const Clock& clock)
{
    return ServiceHub::open(testServiceConfig(db, folder), clock);
}

} // namespace nova::test
