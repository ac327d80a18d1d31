#include "ManualClock.h"
#include "TestDatabase.h"
#include "alerts/AlertBus.h"
#include "rbac/AdminAudit.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogExporter.h"
#include "securitylog/SecurityLogQuery.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

// The filter from the specification (/etc/fail2ban/filter.d/nova-auth.conf), unchanged.
const char* const kSpecFilter = R"(# Fail2Ban filter for Nova CRM authentication

[Definition]

# Failed login attempts
failregex = ^.*"event":"login".*"success":false.*"ip":"<HOST>".*$
            ^.*Authentication failed.*from <HOST>.*$
            ^.*Invalid credentials.*<HOST>.*$

# Ignore successful logins
ignoreregex = ^.*"success":true.*$
)";

// Splits RFC 4180 CSV into records of fields.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class TestSecurityLogExporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void csvCellQuotingAndFormulas_data();
    void csvCellQuotingAndFormulas();
    void csvRoundTrip();
    void jsonLinesFieldsAndOrder();
    void metadataCannotImitateFields();
    void streamsInBatchesWithProgress();
    void cancelStopsAndIsRecorded();
    void exportIsAuditedAndAlerted();
    void filterLimitsExport();
    void unwritableDeviceIsAnError();
    void formatNames();
    void fail2banMatchesExactlyFailedLogins();

private:
    SecurityEvent login(const QString& ip, bool success, const QString& user) const;
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<SecurityLog> m_log;
    std::unique_ptr<AlertBus> m_alerts;
    std::unique_ptr<AdminAudit> m_audit;
    const Actor m_admin{5, QStringLiteral("admin"), QStringLiteral("192.0.2.10"),
                        QStringLiteral("nova-admin")};
};

void TestSecurityLogExporter::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
    m_log = std::make_unique<SecurityLog>(m_db->db(), m_clock);
    m_alerts = std::make_unique<AlertBus>(m_db->db(), m_clock);
    m_audit = std::make_unique<AdminAudit>(*m_log, *m_alerts);
}

void TestSecurityLogExporter::cleanup()
{
    m_audit.reset();
    m_alerts.reset();
    m_log.reset();
    m_db.reset();
}

SecurityEvent TestSecurityLogExporter::login(const QString& ip, bool success, const QString& user) const
{
    SecurityEvent e;
    e.event = EventType::Login;
    e.success = success;
    e.severity = success ? Severity::Info : Severity::Low;
    e.username = user;
    e.ip = ip;
    e.userAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64)");
    return e;
}

void TestSecurityLogExporter::csvCellQuotingAndFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "omar"
                           << "omar";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\nb\"";
    QTest::newRow("arabic") << "عمر"
                            << "عمر";
    QTest::newRow("formula =") << "=HYPERLINK(\"http://x\")"
                               << "\"'=HYPERLINK(\"\"http://x\"\")\"";
    QTest::newRow("formula +") << "+SUM(A1)"
                               << "'+SUM(A1)";
    QTest::newRow("formula -") << "-2+3"
                               << "'-2+3";
    QTest::newRow("formula @") << "@SUM(A1)"
                               << "'@SUM(A1)";
    QTest::newRow("formula tab") << "\t=1"
                                 << "'\t=1";
    QTest::newRow("formula cr") << "\r=1"
                                << "\"'\r=1\"";
    QTest::newRow("dde") << "=cmd|' /C calc'!A0"
                         << "'=cmd|' /C calc'!A0";
    QTest::newRow("equals inside is fine") << "a=b"
                                           << "a=b";
}

void TestSecurityLogExporter::csvCellQuotingAndFormulas()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(SecurityLogExporter::csvCell(value), cell);
}

void TestSecurityLogExporter::csvRoundTrip()
{
    SecurityEvent tricky = login(QStringLiteral("203.0.113.7"), false, QStringLiteral("=cmd|' /C calc'!A0"));
    tricky.userAgent = QStringLiteral("Agent, with \"quotes\"\nand a line break");
    tricky.metadata = {{QStringLiteral("note"), QStringLiteral("ملاحظة")}};
    QVERIFY(m_log->append(tricky).ok());
    QVERIFY(m_log->append(login(QStringLiteral("2001:db8::1"), true, QStringLiteral("sara"))).ok());

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const auto written =
        SecurityLogExporter(m_db->db(), *m_audit).exportTo(buffer, ExportFormat::Csv, {}, m_admin);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(*written, 2);
    const QList<QStringList> records = parseCsv(QString::fromUtf8(buffer.data()));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).constFirst(), QStringLiteral("id"));
    QCOMPARE(records.at(0).size(), 12);
    const QStringList first = records.at(1);
    QCOMPARE(first.size(), 12);
    QCOMPARE(first.at(1), QStringLiteral("2023-11-14T22:13:20.000Z"));
    QCOMPARE(first.at(2), QStringLiteral("login"));
    QCOMPARE(first.at(3), QStringLiteral("false"));
    QCOMPARE(first.at(6), QStringLiteral("'=cmd|' /C calc'!A0"));
    QCOMPARE(first.at(7), QStringLiteral("203.0.113.7"));
    QCOMPARE(first.at(8), tricky.userAgent);
    QVERIFY(first.at(9).contains(QStringLiteral("ملاحظة")));
    QCOMPARE(first.at(11).size(), 64);
    QCOMPARE(records.at(2).at(7), QStringLiteral("2001:db8::1"));
}

void TestSecurityLogExporter::jsonLinesFieldsAndOrder()
{
    SecurityEvent e = login(QStringLiteral("203.0.113.7"), false, QStringLiteral("عمر"));
    e.userId = 42;
    e.metadata = {{QStringLiteral("reason"), QStringLiteral("wrong_password")}};
    const SecurityLogEntry entry = m_log->append(e).value();
    const QByteArray line = SecurityLogExporter::jsonLine(entry);
    QVERIFY(line.endsWith('\n'));
    QVERIFY(!line.chopped(1).contains('\n'));
    QVERIFY(line.startsWith(R"({"timestamp":"2023-11-14T22:13:20.000Z","event":"login","success":false,)"
                            R"("ip":"203.0.113.7",)"));
    QJsonParseError error{};
    const QJsonObject json = QJsonDocument::fromJson(line, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("user")).toString(), QStringLiteral("عمر"));
    QCOMPARE(json.value(QStringLiteral("userId")).toInteger(), 42);
    QCOMPARE(json.value(QStringLiteral("severity")).toString(), QStringLiteral("low"));
    QCOMPARE(json.value(QStringLiteral("userAgent")).toString(), e.userAgent);
    QCOMPARE(json.value(QStringLiteral("metadata")).toObject(), e.metadata);
    QCOMPARE(json.value(QStringLiteral("id")).toInteger(), entry.id);
    QCOMPARE(json.value(QStringLiteral("hash")).toString(), entry.hash);
}

void TestSecurityLogExporter::metadataCannotImitateFields()
{
    SecurityEvent e;
    e.event = EventType::TwoFactorVerify;
    e.success = true;
    e.ip = QStringLiteral("198.51.100.1");
    e.username = QStringLiteral("x\",\"ip\":\"6.6.6.6");
    e.metadata = {{QStringLiteral("event"), QStringLiteral("login")},
                  {QStringLiteral("success"), false},
                  {QStringLiteral("ip"), QStringLiteral("6.6.6.6")},
                  {QStringLiteral("a\"ip"), QStringLiteral("7.7.7.7")},
                  {QStringLiteral("nested"), QJsonObject{{QStringLiteral("ip"), QStringLiteral("8.8.8.8")}}}};
    const SecurityLogEntry entry = m_log->append(e).value();
    const QByteArray line = SecurityLogExporter::jsonLine(entry);
    QCOMPARE(line.count("\"ip\":\""), 1);
    QCOMPARE(line.count("\"event\":\""), 1);
    QCOMPARE(line.count("\"success\":"), 1);
    const QJsonObject json = QJsonDocument::fromJson(line).object();
    QCOMPARE(json.value(QStringLiteral("metadata")).toObject(), e.metadata);
    QCOMPARE(json.value(QStringLiteral("user")).toString(), e.username);
}

void TestSecurityLogExporter::streamsInBatchesWithProgress()
{
    QList<SecurityEvent> events;
    for (int i = 0; i < 4500; ++i)
        events.append(
            login(QStringLiteral("192.0.2.%1").arg(i % 250), i % 4 == 0, QStringLiteral("u%1").arg(i)));
    QVERIFY(m_log->appendBatch(events).ok());

    QList<QPair<qint64, qint64>> calls;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const auto written =
        SecurityLogExporter(m_db->db(), *m_audit)
            .exportTo(buffer, ExportFormat::JsonLines, {}, m_admin, [&](qint64 done, qint64 total) {
                calls.append({done, total});
                return true;
            });
    QVERIFY(written.ok());
    QCOMPARE(*written, 4500);
    QVERIFY(calls.size() >= 3); // several batches, not one load of everything
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first > calls.at(i - 1).first);
    QCOMPARE(calls.constLast(), (QPair<qint64, qint64>(4500, 4500)));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 4501); // the last split is the empty rest after the final newline
    // Oldest first, and the export's own audit entry is not part of it.
    QVERIFY(lines.constFirst().contains("\"user\":\"u0\""));
    QVERIFY(lines.at(4499).contains("\"user\":\"u4499\""));
}

void TestSecurityLogExporter::cancelStopsAndIsRecorded()
{
    QList<SecurityEvent> events;
    for (int i = 0; i < 4500; ++i)
        events.append(login(QStringLiteral("192.0.2.1"), false, QStringLiteral("u")));
    QVERIFY(m_log->appendBatch(events).ok());

    int calls = 0;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const auto written = SecurityLogExporter(m_db->db(), *m_audit)
                             .exportTo(buffer, ExportFormat::Csv, {}, m_admin, [&](qint64, qint64) {
                                 ++calls;
                                 return false;
                             });
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("export.cancelled"));
    QCOMPARE(calls, 1);
    QVERIFY(buffer.data().count('\n') < 4500);

    const auto last = SecurityLogQuery(m_db->db()).page({}, std::nullopt, 1);
    QVERIFY(last.ok());
    const SecurityEvent& audit = last->entries.constFirst().event;
    QCOMPARE(audit.event, EventType::ExportData);
    QCOMPARE(audit.success, false);
    QCOMPARE(audit.metadata.value(QStringLiteral("refused")).toString(), QStringLiteral("export.cancelled"));
    QCOMPARE(audit.ip, m_admin.ip);
}

void TestSecurityLogExporter::exportIsAuditedAndAlerted()
{
    QVERIFY(m_log->append(login(QStringLiteral("203.0.113.7"), false, QStringLiteral("omar"))).ok());
    const qint64 alertsBefore = m_alerts->lastSeq();
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(SecurityLogExporter(m_db->db(), *m_audit)
                .exportTo(buffer, ExportFormat::JsonLines, {}, m_admin)
                .ok());

    const auto last = SecurityLogQuery(m_db->db()).page({}, std::nullopt, 1);
    QVERIFY(last.ok());
    const SecurityEvent& audit = last->entries.constFirst().event;
    QCOMPARE(audit.event, EventType::ExportData);
    QVERIFY(audit.success);
    QCOMPARE(audit.userId, m_admin.userId);
    QCOMPARE(audit.ip, m_admin.ip);
    QCOMPARE(audit.metadata.value(QStringLiteral("rows")).toInteger(), 1);
    QCOMPARE(audit.metadata.value(QStringLiteral("format")).toString(), QStringLiteral("jsonl"));

    const auto alerts = m_alerts->since(alertsBefore);
    QVERIFY(alerts.ok());
    QCOMPARE(alerts->size(), 1);
    QCOMPARE(alerts->constFirst().type, QStringLiteral("sensitive_action"));
}

void TestSecurityLogExporter::filterLimitsExport()
{
    QVERIFY(m_log->append(login(QStringLiteral("203.0.113.7"), false, QStringLiteral("omar"))).ok());
    QVERIFY(m_log->append(login(QStringLiteral("203.0.113.8"), true, QStringLiteral("sara"))).ok());
    SecurityLogFilter failures;
    failures.success = false;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const auto written = SecurityLogExporter(m_db->db(), *m_audit)
                             .exportTo(buffer, ExportFormat::JsonLines, failures, m_admin);
    QVERIFY(written.ok());
    QCOMPARE(*written, 1);
    QVERIFY(buffer.data().contains("203.0.113.7"));
    QVERIFY(!buffer.data().contains("203.0.113.8"));
}

void TestSecurityLogExporter::unwritableDeviceIsAnError()
{
    QBuffer closed;
    const auto written =
        SecurityLogExporter(m_db->db(), *m_audit).exportTo(closed, ExportFormat::Csv, {}, m_admin);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("export.device"));
}

void TestSecurityLogExporter::formatNames()
{
    QCOMPARE(SecurityLogExporter::formatFromName(QStringLiteral("csv")).value(), ExportFormat::Csv);
    QCOMPARE(SecurityLogExporter::formatFromName(QStringLiteral("JSONL")).value(), ExportFormat::JsonLines);
    const auto bad = SecurityLogExporter::formatFromName(QStringLiteral("xml"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, QStringLiteral("export.format"));
    QCOMPARE(SecurityLogExporter::formatName(ExportFormat::JsonLines), QStringLiteral("jsonl"));
}

void TestSecurityLogExporter::fail2banMatchesExactlyFailedLogins()
{
    const QString fail2ban = QStandardPaths::findExecutable(QStringLiteral("fail2ban-regex"));
    if (fail2ban.isEmpty())
        QSKIP("fail2ban-regex is not installed (Debian package fail2ban)");

    QStringList expectedIps;
    const auto add = [&](const SecurityEvent& e) {
        QVERIFY(m_log->append(e).ok());
        if (e.event == EventType::Login && !e.success)
            expectedIps.append(e.ip);
        m_clock.advanceSecs(7);
    };
    add(login(QStringLiteral("203.0.113.7"), false, QStringLiteral("omar")));
    add(login(QStringLiteral("203.0.113.8"), true, QStringLiteral("sara")));
    add(login(QStringLiteral("2001:db8::5"), false, QStringLiteral("عمر")));
    // A user name crafted to look like another ip to a text filter.
    add(login(QStringLiteral("198.51.100.9"), false, QStringLiteral("x\",\"ip\":\"6.6.6.6")));
    SecurityEvent other = login(QStringLiteral("198.51.100.20"), false, QStringLiteral("omar"));
    other.event = EventType::TwoFactorVerify;
    other.metadata = {{QStringLiteral("event"), QStringLiteral("login")},
                      {QStringLiteral("ip"), QStringLiteral("6.6.6.6")}};
    add(other);
    SecurityEvent spoofedSuccess = login(QStringLiteral("198.51.100.21"), true, QStringLiteral("sara"));
    spoofedSuccess.metadata = {{QStringLiteral("success"), false}};
    add(spoofedSuccess);
    SecurityEvent noIp = login(QString(), false, QStringLiteral("local"));
    QVERIFY(m_log->append(noIp).ok());
    add(login(QStringLiteral("203.0.113.7"), false, QStringLiteral("omar")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile out(dir.filePath(QStringLiteral("security.log")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(
        SecurityLogExporter(m_db->db(), *m_audit).exportTo(out, ExportFormat::JsonLines, {}, m_admin).ok());
    out.close();
    QFile filter(dir.filePath(QStringLiteral("nova-auth.conf")));
    QVERIFY(filter.open(QIODevice::WriteOnly));
    filter.write(kSpecFilter);
    filter.close();

    QProcess process;
    process.start(fail2ban,
                  {QStringLiteral("--out"), QStringLiteral("ip"), out.fileName(), filter.fileName()});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QStringList matched =
        QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(matched, expectedIps);
}

QTEST_GUILESS_MAIN(TestSecurityLogExporter)
#include "tst_securitylogexporter.moc"
