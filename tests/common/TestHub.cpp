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

QString HubFixture::openHub(const QString& backend, const Clock& clock)
{
    m_db = TestDatabase::create(backend);
    if (!m_db)
        return QStringLiteral("no %1 test database").arg(backend);
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return m_dir->errorString();
    auto hub = openTestHub(*m_db, *m_dir, clock);
    if (!hub)
        return hub.errorMessage();
    m_hub = std::move(hub).value();
    return {};
}

void HubFixture::closeHub()
{
    // The hub first: it holds connections to the database.
    m_hub.reset();
    m_dir.reset();
    m_db.reset();
}

} // namespace nova::test
