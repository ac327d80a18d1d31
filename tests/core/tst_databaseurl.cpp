#include "storage/DatabaseUrl.h"

#include <QTest>

using namespace nova;

class TestDatabaseUrl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesValidUrls_data();
    void parsesValidUrls();
    void refusesInvalidUrls_data();
    void refusesInvalidUrls();
    void emptyMeansTheDefaultFile();
    void displayNeverShowsThePassword();
};

void TestDatabaseUrl::parsesValidUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("sqlitePath");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");

    QTest::newRow("plain path") << "/var/lib/nova/nova.sqlite" << false << "/var/lib/nova/nova.sqlite"
                                << QString() << 5432 << QString() << QString() << QString() << QString();
    QTest::newRow("path is cleaned") << "/var/lib/nova/../nova/./x.db" << false << "/var/lib/nova/x.db"
                                     << QString() << 5432 << QString() << QString() << QString() << QString();
    QTest::newRow("sqlite url") << "sqlite:///tmp/a b.db" << false << "/tmp/a b.db" << QString() << 5432
                                << QString() << QString() << QString() << QString();
    QTest::newRow("postgresql") << "postgresql://nova@db.local:5433/crm" << true << QString() << "db.local"
                                << 5433 << "nova" << QString() << "crm" << QString();
    QTest::newRow("postgres alias, default port")
        << "postgres://nova@10.0.0.5/crm" << true << QString() << "10.0.0.5" << 5432 << "nova" << QString()
        << "crm" << QString();
    QTest::newRow("encoded password and ssl") << "postgresql://nova:p%40ss%3Aw@db/crm?sslmode=require" << true
                                              << QString() << "db" << 5432 << "nova"
                                              << "p@ss:w"
                                              << "crm"
                                              << "sslmode=require";
    QTest::newRow("ipv6 host") << "postgresql://nova@[::1]:5432/crm" << true << QString() << "::1" << 5432
                               << "nova" << QString() << "crm" << QString();
    QTest::newRow("surrounding spaces") << "  postgresql://nova@db/crm  " << true << QString() << "db" << 5432
                                        << "nova" << QString() << "crm" << QString();
}

void TestDatabaseUrl::parsesValidUrls()
{
    QFETCH(QString, text);
    QFETCH(bool, postgres);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url.ok(), qPrintable(url.errorMessage()));
    QCOMPARE(url->engine == DatabaseUrl::Engine::Postgresql, postgres);
    QTEST(url->sqlitePath, "sqlitePath");
    QTEST(url->host, "host");
    QTEST(url->port, "port");
    QTEST(url->user, "user");
    QTEST(url->password, "password");
    QTEST(url->database, "database");
    QTEST(url->options, "options");
}

void TestDatabaseUrl::refusesInvalidUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no database") << QStringLiteral("postgresql://nova@db");
    QTest::newRow("no host") << QStringLiteral("postgresql://nova@/crm");
    QTest::newRow("two path parts") << QStringLiteral("postgresql://nova@db/crm/extra");
    QTest::newRow("unknown option") << QStringLiteral("postgresql://nova@db/crm?evil=1");
    QTest::newRow("other engine") << QStringLiteral("mysql://nova@db/crm");
    QTest::newRow("http") << QStringLiteral("http://example.com/db");
    QTest::newRow("empty sqlite url") << QStringLiteral("sqlite:");
    QTest::newRow("bad port") << QStringLiteral("postgresql://nova@db:99999/crm");
}

void TestDatabaseUrl::refusesInvalidUrls()
{
    QFETCH(QString, text);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY(!url.ok());
    QCOMPARE(url.error().code, QStringLiteral("db.url"));
    QVERIFY(!url.errorMessage().isEmpty());
}

void TestDatabaseUrl::emptyMeansTheDefaultFile()
{
    const auto url = DatabaseUrl::parse(QString());
    QVERIFY(url.ok());
    QCOMPARE(url->engine, DatabaseUrl::Engine::Sqlite);
    QCOMPARE(url->sqlitePath, DatabaseUrl::defaultSqlitePath());
    QVERIFY(url->sqlitePath.endsWith(QLatin1String("nova-admin.sqlite")));
}

void TestDatabaseUrl::displayNeverShowsThePassword()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://nova:s3cret@db:5433/crm"));
    QVERIFY(url.ok());
    QCOMPARE(url->displayString(), QStringLiteral("postgresql://nova@db:5433/crm"));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
