#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace nova::test {

namespace {

QString adminConnectionName()
{
    return QStringLiteral("nova-test-admin");
}

// Runs one statement on the server's maintenance database.
bool adminExec(const QString& sql, QString* error)
{
    const QUrl url(qEnvironmentVariable("NOVA_TEST_PG_URL"));
    QSqlDatabase admin = QSqlDatabase::contains(adminConnectionName())
                             ? QSqlDatabase::database(adminConnectionName())
                             : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), adminConnectionName());
    if (!admin.isOpen()) {
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open()) {
            *error = admin.lastError().text();
            return false;
        }
    }
    QSqlQuery query(admin);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

void TestDatabase::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow(kSqlite) << QString::fromLatin1(kSqlite);
    QTest::newRow(kPostgres) << QString::fromLatin1(kPostgres);
}

std::unique_ptr<TestDatabase> TestDatabase::create(const QString& backend)
{
    std::unique_ptr<TestDatabase> test(new TestDatabase);
    if (backend == QLatin1String(kPostgres)) {
        const QString base = qEnvironmentVariable("NOVA_TEST_PG_URL");
        if (base.isEmpty()) {
            qWarning("NOVA_TEST_PG_URL is not set: run the suite through scripts/test.sh");
            return nullptr;
        }
        test->m_pgName = QStringLiteral("nova_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        QString error;
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(test->m_pgName), &error)) {
            qWarning("cannot create a test database: %s", qPrintable(error));
            return nullptr;
        }
        QUrl url(base);
        url.setPath(QLatin1Char('/') + test->m_pgName);
        test->m_url = url.toString();
    } else {
        test->m_dir = std::make_unique<QTemporaryDir>();
        test->m_url = test->m_dir->filePath(QStringLiteral("nova.sqlite"));
    }
    auto opened = Database::open(DatabaseUrl::parse(test->m_url).value());
    if (!opened) {
        qWarning("cannot open the test database: %s", qPrintable(opened.errorMessage()));
        return nullptr;
    }
    test->m_db = std::move(opened).value();
    return test;
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_pgName.isEmpty()) {
        QString error;
        if (!adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName), &error))
            qWarning("cannot drop %s: %s", qPrintable(m_pgName), qPrintable(error));
    }
}

} // namespace nova::test
