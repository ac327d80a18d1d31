#include "ManualClock.h"
#include "TestDatabase.h"
#include "alerts/AlertBus.h"
#include "crypto/PasswordHasher.h"
#include "rbac/AdminAudit.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogRow.h"
#include "users/UserImporter.h"
#include "users/UserRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(NOVA_SOURCE_DIR "/tests/data/import/") + QString::fromLatin1(name);
}

// The lines with at least one error, in order (a row may have several).
QList<int> lines(const ImportReport& report)
{
    QList<int> result;
    for (const ImportRowError& error : report.errors) {
        if (!result.contains(error.line))
            result.append(error.line);
    }
    return result;
}

const char kHeader[] = "username,email,role,password_hash\n";
const char kBcrypt[] = "$2b$10$tZYuZ5.qZ7eLIbKwL//ox.5lU9IaDBtsfgvIMLqi8QLdsImM1KC0m";

} // namespace

class TestUserImporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void goodCsv();
    void badCsvReportsEveryRow();
    void jsonArray();
    void novaCrmExport();
    void badJsonRows();
    void malformedJsonNamesTheLine();
    void dryRunWritesNothing();
    void existingUsers();
    void fileLevelErrors_data();
    void fileLevelErrors();
    void quotedLineBreaksKeepLineNumbers();
    void argon2idHashes();
    void bcryptShape_data();
    void bcryptShape();

private:
    Result<ImportReport> importFile(const char* name, ImportOptions options = {});
    QList<SecurityLogEntry> logEntries() const;
    int userCount() const;

    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<SecurityLog> m_log;
    std::unique_ptr<AlertBus> m_alerts;
    std::unique_ptr<AdminAudit> m_audit;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<UserImporter> m_importer;
    PasswordHasher m_hasher;
};

void TestUserImporter::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
    m_log = std::make_unique<SecurityLog>(m_db->db(), m_clock);
    m_alerts = std::make_unique<AlertBus>(m_db->db(), m_clock);
    m_audit = std::make_unique<AdminAudit>(*m_log, *m_alerts);
    m_users = std::make_unique<UserRepository>(m_db->db(), m_clock);
    m_importer = std::make_unique<UserImporter>(m_db->db(), *m_users, *m_audit);
}

void TestUserImporter::cleanup()
{
    m_importer.reset();
    m_users.reset();
    m_audit.reset();
    m_alerts.reset();
    m_log.reset();
    m_db.reset();
}

Result<ImportReport> TestUserImporter::importFile(const char* name, ImportOptions options)
{
    return m_importer->importFile(dataFile(name), options, Actor::localOperator(QStringLiteral("root")));
}

QList<SecurityLogEntry> TestUserImporter::logEntries() const
{
    QList<SecurityLogEntry> entries;
    auto q = m_db->db().exec(QStringLiteral("SELECT ") + SecurityLogRow::columns() +
                             QStringLiteral(" FROM security_log ORDER BY id"));
    while (q && q->next())
        entries.append(SecurityLogRow::entryFromRow(*q));
    return entries;
}

int TestUserImporter::userCount() const
{
    auto q = m_db->db().exec(QStringLiteral("SELECT COUNT(*) FROM users"));
    return q && q->next() ? q->value(0).toInt() : -1;
}

void TestUserImporter::goodCsv()
{
    auto report = importFile("users_good.csv");
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY2(report->ok(), report->errors.isEmpty() ? "" : qPrintable(report->errors.at(0).message));
    QCOMPARE(report->created, 3);
    QCOMPARE(report->skipped, 0);

    const User omar = m_users->byName(QStringLiteral("omar.k")).value();
    QCOMPARE(omar.email, QStringLiteral("omar@example.com"));
    QCOMPARE(omar.role, QStringLiteral("admin"));
    QCOMPARE(omar.displayName, QStringLiteral("Kassem, Omar"));
    QCOMPARE(omar.phone, QStringLiteral("+971 50 123 4567"));
    QCOMPARE(omar.status, UserStatus::Active);
    // The BOM did not end up in the first column's name or value.
    QVERIFY(!omar.username.startsWith(QChar(0xFEFF)));

    const User sara = m_users->byName(QStringLiteral("سارة_أحمد")).value();
    QCOMPARE(sara.displayName, QStringLiteral("سارة أحمد"));
    QCOMPARE(sara.role, QStringLiteral("broker"));

    const User layla = m_users->byName(QStringLiteral("layla-m")).value();
    QCOMPARE(layla.displayName, QStringLiteral("Layla \"Lulu\" Mansour"));
    QCOMPARE(layla.status, UserStatus::Disabled);
    QVERIFY(layla.email.isEmpty());

    // The hashes came from libxcrypt and verify through PasswordHasher.
    QVERIFY(
        m_hasher.verify(QStringLiteral("Correct-Horse-Battery-9"), m_users->passwordHash(omar.id).value()));
    QVERIFY(m_hasher.verify(QStringLiteral("سر-المرور-الطويل-٢٠٢٤"), m_users->passwordHash(sara.id).value()));
    QVERIFY(m_hasher.verify(QStringLiteral("Manager*Secret-77"), m_users->passwordHash(layla.id).value()));
    QVERIFY(!m_hasher.verify(QStringLiteral("Manager*Secret-78"), m_users->passwordHash(layla.id).value()));
    QVERIFY(m_hasher.needsRehash(m_users->passwordHash(omar.id).value()));

    const QList<SecurityLogEntry> entries = logEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).event.event, EventType::ImportUsers);
    QVERIFY(entries.at(0).event.success);
    QCOMPARE(entries.at(0).event.metadata.value(QStringLiteral("created")).toInt(), 3);
    QCOMPARE(entries.at(0).event.metadata.value(QStringLiteral("skipped")).toInt(), 0);
    QCOMPARE(entries.at(0).event.metadata.value(QStringLiteral("usernames")).toArray().size(), 3);
}

void TestUserImporter::badCsvReportsEveryRow()
{
    auto report = importFile("users_bad.csv");
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(!report->ok());
    QCOMPARE(report->created, 0);
    QCOMPARE(lines(*report), (QList<int>{3, 4, 5, 6, 7, 8, 9, 10}));
    const auto messageOn = [&](int line) {
        QStringList messages;
        for (const ImportRowError& error : report->errors) {
            if (error.line == line)
                messages.append(error.message);
        }
        return messages.join(QLatin1Char('\n'));
    };
    QVERIFY(messageOn(3).contains(QStringLiteral("plain")));
    QVERIFY(messageOn(4).contains(QStringLiteral("username")));
    QVERIFY(messageOn(5).contains(QStringLiteral("not-an-email")));
    QVERIFY(messageOn(6).contains(QStringLiteral("superuser")));
    QVERIFY(messageOn(7).contains(QStringLiteral("bcrypt")));
    QVERIFY(messageOn(8).contains(QStringLiteral("line 2")));
    QVERIFY(messageOn(9).contains(QStringLiteral("banned")));
    QVERIFY(messageOn(10).contains(QStringLiteral("the header has")));
    // The good row on line 2 was not imported either.
    QCOMPARE(userCount(), 0);
    QVERIFY(logEntries().isEmpty());
}

void TestUserImporter::jsonArray()
{
    auto report = importFile("users_array.json");
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(report->ok());
    QCOMPARE(report->created, 2);
    const User fatima = m_users->byName(QStringLiteral("fatima.z")).value();
    QCOMPARE(fatima.displayName, QStringLiteral("فاطمة الزهراء"));
    QCOMPARE(fatima.phone, QStringLiteral("+966 55 000 1111"));
    QCOMPARE(m_users->byName(QStringLiteral("yusuf"))->status, UserStatus::Disabled);
    QVERIFY(m_hasher.verify(QStringLiteral("Json-Array-Pass-55"), m_users->passwordHash(fatima.id).value()));
}

void TestUserImporter::novaCrmExport()
{
    auto report = importFile("users_novacrm.json");
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY2(report->ok(), report->errors.isEmpty() ? "" : qPrintable(report->errors.at(0).message));
    QCOMPARE(report->created, 2);
    const User hassan = m_users->byName(QStringLiteral("hassan.crm")).value();
    QCOMPARE(hassan.displayName, QStringLiteral("حسن علي"));
    QCOMPARE(hassan.email, QStringLiteral("hassan@novacrm.example"));
    QCOMPARE(hassan.phone, QStringLiteral("+971501112222"));
    QVERIFY(m_hasher.verify(QStringLiteral("NovaCrm!Export-2024"), m_users->passwordHash(hassan.id).value()));
    QCOMPARE(m_users->byName(QStringLiteral("mona.crm"))->displayName, QStringLiteral("Mona, Sales"));
    QCOMPARE(logEntries().at(0).event.metadata.value(QStringLiteral("format")).toString(),
             QStringLiteral("json"));
}

void TestUserImporter::badJsonRows()
{
    auto report = importFile("users_bad.json");
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(!report->ok());
    // Entries start on lines 9, 15 and 16 of the file.
    QCOMPARE(lines(*report), (QList<int>{9, 15, 16}));
    bool plainReported = false;
    for (const ImportRowError& error : report->errors)
        plainReported = plainReported || (error.line == 9 && error.message.contains(QStringLiteral("plain")));
    QVERIFY(plainReported);
    QCOMPARE(userCount(), 0);
}

void TestUserImporter::malformedJsonNamesTheLine()
{
    auto report = importFile("users_malformed.json");
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, QStringLiteral("import.json"));
    QVERIFY2(report.errorMessage().startsWith(QStringLiteral("Line 6:")), qPrintable(report.errorMessage()));
    QCOMPARE(userCount(), 0);
}

void TestUserImporter::dryRunWritesNothing()
{
    ImportOptions options;
    options.dryRun = true;
    auto report = importFile("users_good.csv", options);
    QVERIFY(report.ok());
    QVERIFY(report->ok());
    QVERIFY(report->dryRun);
    QCOMPARE(report->created, 3);
    QCOMPARE(userCount(), 0);
    QVERIFY(logEntries().isEmpty());
    // A dry run reports the same row errors as the real import.
    report = importFile("users_bad.csv", options);
    QCOMPARE(lines(*report), (QList<int>{3, 4, 5, 6, 7, 8, 9, 10}));
}

void TestUserImporter::existingUsers()
{
    QVERIFY(importFile("users_good.csv")->ok());
    auto failed = importFile("users_good.csv");
    QVERIFY(failed.ok());
    QCOMPARE(lines(*failed), (QList<int>{2, 3, 4}));
    QCOMPARE(userCount(), 3);

    ImportOptions skip;
    skip.existing = ImportOptions::Existing::Skip;
    const QByteArray mixed = QByteArray(kHeader) + "Omar.K,x@example.com,broker," + kBcrypt + "\n" +
                             "new.user,n@example.com,broker," + kBcrypt + "\n";
    auto report = m_importer->importData(mixed, UserImporter::Format::Csv, skip, Actor::localOperator({}));
    QVERIFY(report.ok());
    QVERIFY(report->ok());
    QCOMPARE(report->created, 1);
    QCOMPARE(report->skipped, 1);
    QCOMPARE(userCount(), 4);
    // The skipped user kept its own data.
    QCOMPARE(m_users->byName(QStringLiteral("omar.k"))->role, QStringLiteral("admin"));
    QCOMPARE(logEntries().last().event.metadata.value(QStringLiteral("skipped")).toInt(), 1);
}

void TestUserImporter::fileLevelErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("code");
    const int csv = int(UserImporter::Format::Csv);
    const int json = int(UserImporter::Format::Json);
    const int autoFormat = int(UserImporter::Format::Auto);
    QTest::newRow("empty") << QByteArray() << csv << QStringLiteral("import.empty");
    QTest::newRow("plain password column")
        << QByteArray("username,email,role,password\nomar,o@example.com,broker,Secret-123-abc\n") << csv
        << QStringLiteral("import.plain_password");
    QTest::newRow("missing column") << QByteArray("username,email,role\nomar,o@example.com,broker\n") << csv
                                    << QStringLiteral("import.columns");
    QTest::newRow("unknown column") << QByteArray("username,email,role,password_hash,salary\n") << csv
                                    << QStringLiteral("import.columns");
    QTest::newRow("duplicate column")
        << QByteArray("username,email,role,password_hash,email\n") << csv << QStringLiteral("import.columns");
    QTest::newRow("unclosed quote") << QByteArray(kHeader) + "\"omar,o@example.com,broker,x\n"
                                    << csv << QStringLiteral("import.csv");
    QTest::newRow("stray quote") << QByteArray(kHeader) + "om\"ar,o@example.com,broker,x\n"
                                 << csv << QStringLiteral("import.csv");
    QTest::newRow("not utf-8") << QByteArray(kHeader) + "om\xff\xfe"
                                                        "ar,o@example.com,broker,x\n"
                               << csv << QStringLiteral("import.encoding");
    QTest::newRow("users not an array")
        << QByteArray("{\"users\": 42}") << json << QStringLiteral("import.json_shape");
    QTest::newRow("json object without users")
        << QByteArray("{\"accounts\": []}") << json << QStringLiteral("import.json_shape");
    QTest::newRow("truncated json") << QByteArray("[{\"username\": \"omar\"") << autoFormat
                                    << QStringLiteral("import.json");
}

void TestUserImporter::fileLevelErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(int, format);
    QFETCH(QString, code);
    auto report = m_importer->importData(data, UserImporter::Format(format), {}, Actor::localOperator({}));
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, code);
    QVERIFY(!report.errorMessage().isEmpty());
    QCOMPARE(userCount(), 0);
}

void TestUserImporter::quotedLineBreaksKeepLineNumbers()
{
    // Record 2 spans lines 2–3 (a line break inside quotes); record 3 starts on line 4.
    const QByteArray data = QByteArray("username,email,role,password_hash,display_name\r\n") +
                            "omar,o@example.com,broker," + kBcrypt + ",\"Omar\r\nKassem\"\r\n" +
                            "sara,not-an-email,broker," + kBcrypt + ",Sara\r\n";
    auto report = m_importer->importData(data, UserImporter::Format::Csv, {}, Actor::localOperator({}));
    QVERIFY(report.ok());
    QCOMPARE(lines(*report), (QList<int>{2, 4}));
}

void TestUserImporter::argon2idHashes()
{
    const PasswordHasher fast(PasswordHashParams{1, 8 * 1024, 1});
    const QString hash = fast.hash(QStringLiteral("Argon-Imported-2024")).value();
    const QJsonArray users{QJsonObject{{QStringLiteral("username"), QStringLiteral("argon.user")},
                                       {QStringLiteral("email"), QStringLiteral("argon@example.com")},
                                       {QStringLiteral("role"), QStringLiteral("manager")},
                                       {QStringLiteral("password_hash"), hash}}};
    auto report = m_importer->importData(QJsonDocument(users).toJson(), UserImporter::Format::Auto, {},
                                         Actor::localOperator({}));
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(report->ok());
    const User user = m_users->byName(QStringLiteral("argon.user")).value();
    QVERIFY(fast.verify(QStringLiteral("Argon-Imported-2024"), m_users->passwordHash(user.id).value()));
}

void TestUserImporter::bcryptShape_data()
{
    QTest::addColumn<QString>("hash");
    QTest::addColumn<bool>("valid");
    const QString body = QStringLiteral("tZYuZ5.qZ7eLIbKwL//ox.5lU9IaDBtsfgvIMLqi8QLdsImM1KC0m");
    QTest::newRow("2b 10") << QStringLiteral("$2b$10$") + body << true;
    QTest::newRow("2a 04") << QStringLiteral("$2a$04$") + body << true;
    QTest::newRow("2y 31") << QStringLiteral("$2y$31$") + body << true;
    QTest::newRow("cost 03") << QStringLiteral("$2b$03$") + body << false;
    QTest::newRow("cost 32") << QStringLiteral("$2b$32$") + body << false;
    QTest::newRow("cost 4") << QStringLiteral("$2b$4$") + body << false;
    QTest::newRow("2x") << QStringLiteral("$2x$10$") + body << false;
    QTest::newRow("2") << QStringLiteral("$2$10$") + body << false;
    QTest::newRow("short") << QStringLiteral("$2b$10$") + body.left(52) << false;
    QTest::newRow("long") << QStringLiteral("$2b$10$") + body + QStringLiteral("a") << false;
    QTest::newRow("bad char") << QStringLiteral("$2b$10$") + body.left(52) + QStringLiteral("+") << false;
    QTest::newRow("plain") << QStringLiteral("Correct-Horse-Battery-9") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestUserImporter::bcryptShape()
{
    QFETCH(QString, hash);
    QFETCH(bool, valid);
    QCOMPARE(UserImporter::isWellFormedBcrypt(hash), valid);
}

QTEST_GUILESS_MAIN(TestUserImporter)
#include "tst_userimporter.moc"
