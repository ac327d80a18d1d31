#include "ManualClock.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "TestHub.h"
#include "blocklist/IpBlockList.h"
#include "ingest/EventIngestor.h"
#include "securitylog/SecurityLogQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestEventIngestor : public QObject, public nova::test::HubFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void eventIsLoggedWithItsSource();
    void reportedFailuresBlockTheAddress();
    void injectedFieldsAreDetectedButNotStored();
    void malformedEventsAreRefused_data();
    void malformedEventsAreRefused();

private:
    QList<SecurityLogEntry> logged(const QString& event);

    std::unique_ptr<EventIngestor> m_ingestor;
    ManualClock m_clock{1'700'000'000'000};
};

void TestEventIngestor::init()
{
    QFETCH_GLOBAL(QString, backend);
    const QString failed = openHub(backend, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_ingestor = std::make_unique<EventIngestor>(m_hub->securityLog(), m_hub->detector());
}

void TestEventIngestor::cleanup()
{
    m_ingestor.reset();
    closeHub();
}

QList<SecurityLogEntry> TestEventIngestor::logged(const QString& event)
{
    SecurityLogFilter filter;
    filter.events = {event};
    auto page = m_hub->logQuery().page(filter, std::nullopt, 1000);
    return page ? page->entries : QList<SecurityLogEntry>();
}

void TestEventIngestor::eventIsLoggedWithItsSource()
{
    const Status done = m_ingestor->ingest(
        parse("{\"event\":\"export_data\",\"success\":true,\"ip\":\"192.0.2.5\",\"user\":\"مريم\","
              "\"userAgent\":\"NovaCRM/2.1\",\"severity\":\"medium\",\"metadata\":{\"rows\":120}}"),
        QStringLiteral("10.0.0.2"));
    QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
    const auto entries = logged(QStringLiteral("export_data"));
    QCOMPARE(entries.size(), 1);
    const SecurityEvent& e = entries.first().event;
    QCOMPARE(e.username, QStringLiteral("مريم"));
    QCOMPARE(e.ip, QStringLiteral("192.0.2.5"));
    QCOMPARE(e.userAgent, QStringLiteral("NovaCRM/2.1"));
    QCOMPARE(e.severity, Severity::Medium);
    QVERIFY(e.success);
    QCOMPARE(e.metadata.value(QStringLiteral("rows")).toInt(), 120);
    QCOMPARE(e.metadata.value(QStringLiteral("source")).toString(), QStringLiteral("crm"));
    QCOMPARE(e.metadata.value(QStringLiteral("reported_by")).toString(), QStringLiteral("10.0.0.2"));
}

void TestEventIngestor::reportedFailuresBlockTheAddress()
{
    for (int i = 0; i < 4; ++i)
        QVERIFY(
            m_ingestor
                ->ingest(
                    parse("{\"event\":\"login\",\"success\":false,\"ip\":\"203.0.113.40\",\"user\":\"x\"}"),
                    {})
                .ok());
    auto blocked = m_hub->blockList().isBlocked(QHostAddress(QStringLiteral("203.0.113.40")));
    QVERIFY(blocked.ok() && !blocked->has_value());
    QVERIFY(
        m_ingestor
            ->ingest(parse("{\"event\":\"login\",\"success\":false,\"ip\":\"203.0.113.40\",\"user\":\"y\"}"),
                     {})
            .ok());
    blocked = m_hub->blockList().isBlocked(QHostAddress(QStringLiteral("203.0.113.40")));
    QVERIFY(blocked.ok() && blocked->has_value());
    QCOMPARE((*blocked)->source, BlockSource::Detector);
}

void TestEventIngestor::injectedFieldsAreDetectedButNotStored()
{
    QVERIFY(m_ingestor
                ->ingest(parse("{\"event\":\"customer_note\",\"ip\":\"198.51.100.3\","
                               "\"fields\":{\"note\":\"Call back; select a flat near the sea\"}}"),
                         {})
                .ok());
    QCOMPARE(logged(EventType::SqlInjectionAttempt).size(), 0);
    QVERIFY(m_ingestor
                ->ingest(parse("{\"event\":\"customer_search\",\"ip\":\"198.51.100.3\","
                               "\"fields\":{\"q\":\"' OR 1=1 --\"}}"),
                         {})
                .ok());
    QCOMPARE(logged(EventType::SqlInjectionAttempt).size(), 1);
    const auto search = logged(QStringLiteral("customer_search"));
    QCOMPARE(search.size(), 1);
    QVERIFY(!search.first().event.metadata.contains(QStringLiteral("fields")));
}

void TestEventIngestor::malformedEventsAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("event not a string") << QByteArray("{\"event\":5}");
    QTest::newRow("event upper case") << QByteArray("{\"event\":\"Login\"}");
    QTest::newRow("event with spaces") << QByteArray("{\"event\":\"log in\"}");
    QTest::newRow("event too long") << QByteArray("{\"event\":\"") + QByteArray(80, 'a') + QByteArray("\"}");
    QTest::newRow("unknown key") << QByteArray("{\"event\":\"login\",\"password\":\"x\"}");
    QTest::newRow("success as text") << QByteArray("{\"event\":\"login\",\"success\":\"no\"}");
    QTest::newRow("bad ip") << QByteArray("{\"event\":\"login\",\"ip\":\"999.1.1.1\"}");
    QTest::newRow("ip not a string") << QByteArray("{\"event\":\"login\",\"ip\":12}");
    QTest::newRow("bad severity") << QByteArray("{\"event\":\"login\",\"severity\":\"urgent\"}");
    QTest::newRow("metadata array") << QByteArray("{\"event\":\"login\",\"metadata\":[1]}");
    QTest::newRow("metadata too big") << QByteArray("{\"event\":\"login\",\"metadata\":{\"x\":\"") +
                                             QByteArray(10000, 'a') + QByteArray("\"}}");
    QTest::newRow("fields not object") << QByteArray("{\"event\":\"x\",\"fields\":\"note\"}");
    QTest::newRow("field not string") << QByteArray("{\"event\":\"x\",\"fields\":{\"n\":1}}");
    QByteArray many = "{\"event\":\"x\",\"fields\":{";
    for (int i = 0; i < 40; ++i)
        many += (i ? "," : "") + QByteArray("\"f") + QByteArray::number(i) + "\":\"v\"";
    QTest::newRow("too many fields") << many + "}}";
}

void TestEventIngestor::malformedEventsAreRefused()
{
    QFETCH(QByteArray, json);
    const QJsonObject event = QJsonDocument::fromJson(json).object();
    const Status done = m_ingestor->ingest(event, {});
    QVERIFY(!done.ok());
    QCOMPARE(done.error().code, QStringLiteral("ingest.invalid"));
    QVERIFY(!done.errorMessage().isEmpty());
    auto count = m_hub->logQuery().count({});
    QVERIFY(count.ok());
    QCOMPARE(*count, 0);
}

QTEST_GUILESS_MAIN(TestEventIngestor)
#include "tst_eventingestor.moc"
