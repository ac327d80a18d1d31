#include "ManualClock.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "TestHub.h"
#include "alerts/AlertServer.h"
#include "auth/SignInService.h"
#include "backup/DatabaseBackup.h"
#include "secrets/SecretStore.h"
#include "securitylog/LogRetention.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogQuery.h"
#include "users/UserRepository.h"
#include "users/UserService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <csignal>

using namespace nova;
using nova::test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("Correct-Horse-Battery-9");

// One nova-service process, started for real, with its structured log.
class Daemon {
public:
    Daemon(const QStringList& arguments)
    {
        m_process.setProgram(QStringLiteral(NOVA_SERVICE_PATH));
        m_process.setArguments(arguments);
        m_process.start();
    }
    ~Daemon()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // The first log line with this message, or an empty object if the
    // daemon gave up first.
    QJsonObject waitForMessage(const QString& message)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            m_log += m_process.readAllStandardError();
            for (const QByteArray& line : m_log.split('\n')) {
                const QJsonObject entry = QJsonDocument::fromJson(line).object();
                if (entry.value(QStringLiteral("message")).toString() == message)
                    return entry;
            }
            if (m_process.state() == QProcess::NotRunning)
                return {};
            m_process.waitForReadyRead(200);
        }
        return {};
    }
    // The "listening" line's port, or 0 if the daemon gave up.
    quint16 waitForPort()
    {
        return static_cast<quint16>(
            waitForMessage(QStringLiteral("listening")).value(QStringLiteral("port")).toInt());
    }
    int terminate()
    {
        ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(60000))
            return -1;
        m_log += m_process.readAllStandardError();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }
    int waitForExit()
    {
        if (!m_process.waitForFinished(60000))
            return -1;
        m_log += m_process.readAllStandardError();
        return m_process.exitCode();
    }
    QByteArray log() const { return m_log; }

private:
    QProcess m_process;
    QByteArray m_log;
};

QJsonObject frame(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestNovaService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void startsAndStopsOnSigterm();
    void badSettingsAreRefused_data();
    void badSettingsAreRefused();
    void acceptedEventsAreInTheLogAfterSigterm();
    void alertRaisedInOneInstanceReachesAClientOfAnother();
    void oldEntriesAreArchivedOnSchedule();
    void dailyBackupIsWrittenAndOldOnesPruned();

private:
    QStringList baseArguments() const;
    QByteArray ingestKey();
    std::unique_ptr<ServiceHub> openHub();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestNovaService::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestNovaService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QStringList TestNovaService::baseArguments() const
{
    return {
        QStringLiteral("--database"), m_db->url(),
        QStringLiteral("--secrets"),  QStringLiteral("file:") + m_dir->filePath(QStringLiteral("secrets")),
        QStringLiteral("--listen"),   QStringLiteral("127.0.0.1:0")};
}

std::unique_ptr<ServiceHub> TestNovaService::openHub()
{
    auto hub = ServiceHub::open(nova::test::testServiceConfig(*m_db, *m_dir));
    return hub ? std::move(hub).value() : nullptr;
}

QByteArray TestNovaService::ingestKey()
{
    auto hub = openHub();
    if (!hub)
        return {};
    const QByteArray key = "test-ingest-key-0123456789abcdef";
    return hub->secrets().write(QString::fromLatin1(AlertServer::kIngestKeyName), key) ? key : QByteArray();
}

void TestNovaService::startsAndStopsOnSigterm()
{
    Daemon daemon(baseArguments());
    QVERIFY(daemon.waitForPort() > 0);
    QCOMPARE(daemon.terminate(), 0);
    QVERIFY2(daemon.log().contains("\"message\":\"stopped\""), daemon.log().constData());
    for (const QByteArray& line : daemon.log().trimmed().split('\n'))
        QVERIFY2(!QJsonDocument::fromJson(line).isNull(), line.constData());
}

void TestNovaService::badSettingsAreRefused_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("localhost")}
                                << QByteArray() << 2;
    QTest::newRow("cert without key")
        << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("/tmp/c.pem")} << QByteArray() << 2;
    QTest::newRow("config not json") << QStringList() << QByteArray("listen = 1") << 2;
    QTest::newRow("config unknown key") << QStringList() << QByteArray("{\"lisen\":\"127.0.0.1:1\"}") << 2;
    QTest::newRow("config bad threshold")
        << QStringList() << QByteArray("{\"detector\":{\"bruteForceFailures\":0}}") << 2;
    QTest::newRow("backups kept: zero")
        << QStringList{QStringLiteral("--backup-keep"), QStringLiteral("0")} << QByteArray() << 2;
    QTest::newRow("backups kept: not a number")
        << QStringList() << QByteArray("{\"backupKeep\":\"many\"}") << 2;
    QTest::newRow("backup folder relative")
        << QStringList{QStringLiteral("--backup-folder"), QStringLiteral("backups")} << QByteArray() << 2;
    QTest::newRow("dead database") << QStringList{QStringLiteral("--database"),
                                                  QStringLiteral("postgresql://nova@127.0.0.1:1/nova")}
                                   << QByteArray() << 3;
    QTest::newRow("missing tls files")
        << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent.pem"),
                       QStringLiteral("--tls-key"), QStringLiteral("/nonexistent.key")}
        << QByteArray() << 3;
}

void TestNovaService::badSettingsAreRefused()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, config);
    QFETCH(int, exitCode);
    QStringList arguments = baseArguments() + extra;
    if (!config.isEmpty()) {
        QFile file(m_dir->filePath(QStringLiteral("nova-service.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(config);
        file.close();
        arguments += {QStringLiteral("--config"), file.fileName()};
    }
    Daemon daemon(arguments);
    QCOMPARE(daemon.waitForExit(), exitCode);
    QVERIFY2(daemon.log().contains("\"level\":\"error\"") || exitCode == 2, daemon.log().constData());
    QVERIFY(!daemon.log().trimmed().isEmpty());
}

void TestNovaService::acceptedEventsAreInTheLogAfterSigterm()
{
    const QByteArray key = ingestKey();
    QVERIFY(!key.isEmpty());
    Daemon daemon(baseArguments());
    const quint16 port = daemon.waitForPort();
    QVERIFY2(port > 0, daemon.log().constData());

    QWebSocket backend;
    QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/alerts").arg(port)));
    request.setRawHeader("Authorization", "Bearer ingest:" + key);
    int accepted = 0;
    connect(&backend, &QWebSocket::textMessageReceived, this, [&accepted](const QString& text) {
        if (frame(text).value(QStringLiteral("type")).toString() == QLatin1String("accepted"))
            ++accepted;
    });
    QSignalSpy connected(&backend, &QWebSocket::connected);
    backend.open(request);
    QVERIFY(connected.wait(30000));
    constexpr int kEvents = 20;
    for (int i = 0; i < kEvents; ++i)
        backend.sendTextMessage(
            QStringLiteral("{\"type\":\"event\",\"event\":{\"event\":\"page_view\",\"ip\":\"192.0.2.%1\"}}")
                .arg(i + 1));
    QTRY_COMPARE_WITH_TIMEOUT(accepted, kEvents, 30000);
    QCOMPARE(daemon.terminate(), 0);

    auto hub = openHub();
    QVERIFY(hub);
    SecurityLogFilter filter;
    filter.events = {QStringLiteral("page_view")};
    auto count = hub->logQuery().count(filter);
    QVERIFY(count.ok());
    QCOMPARE(*count, kEvents);
    QVERIFY(hub->securityLog().verify()->firstBrokenId == std::nullopt);
}

void TestNovaService::oldEntriesAreArchivedOnSchedule()
{
    const QString folder = m_dir->filePath(QStringLiteral("archive"));
    {
        // Written 100 days ago: past the default 90-day retention.
        nova::test::ManualClock past(QDateTime::currentMSecsSinceEpoch() - 100LL * 24 * 60 * 60 * 1000);
        auto hub = nova::test::openTestHub(*m_db, *m_dir, past);
        QVERIFY2(hub.ok(), qPrintable(hub.errorMessage()));
        RetentionPolicy policy;
        policy.archiveFolder = folder;
        QVERIFY((*hub)->retention().setPolicy(policy, Actor::localOperator(QStringLiteral("root"))).ok());
        for (int i = 0; i < 5; ++i)
            QVERIFY((*hub)
                        ->securityLog()
                        .append(SecurityEvent::about(EventType::Login, false, std::nullopt,
                                                     QStringLiteral("omar"), QStringLiteral("203.0.113.9"),
                                                     QStringLiteral("curl")))
                        .ok());
    }
    // The first housekeeping round runs at start.
    Daemon daemon(baseArguments());
    const QJsonObject archived = daemon.waitForMessage(QStringLiteral("security log archived"));
    QVERIFY2(!archived.isEmpty(), daemon.log().constData());
    QCOMPARE(archived.value(QStringLiteral("entries")).toInt(), 6);
    QCOMPARE(daemon.terminate(), 0);

    auto hub = openHub();
    QVERIFY(hub);
    QCOMPARE(LogRetention::archiveFiles(folder).size(), 1);
    const auto verified = hub->retention().verifyWithArchives(folder);
    QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
    QVERIFY2(!verified->firstBrokenId, qPrintable(verified->reason));
    SecurityLogFilter filter;
    filter.events = {EventType::LogArchived};
    auto recorded = hub->logQuery().page(filter, std::nullopt, 10);
    QVERIFY(recorded.ok());
    QCOMPARE(recorded->entries.size(), 1);
    QCOMPARE(recorded->entries.constFirst().event.username, QStringLiteral("nova-service"));
}

void TestNovaService::dailyBackupIsWrittenAndOldOnesPruned()
{
    if (m_db->isPostgres())
        QSKIP("PostgreSQL is backed up with pg_dump");
    const QString folder = m_dir->filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));
    const QStringList old{QStringLiteral("nova-20250101-000000.novabackup"),
                          QStringLiteral("nova-20250102-000000.novabackup"),
                          QStringLiteral("nova-20250103-000000.novabackup")};
    for (const QString& name : old) {
        QFile stale(QDir(folder).filePath(name));
        QVERIFY(stale.open(QIODevice::WriteOnly));
    }
    QFile unrelated(QDir(folder).filePath(QStringLiteral("notes.txt")));
    QVERIFY(unrelated.open(QIODevice::WriteOnly));
    unrelated.close();

    Daemon daemon(baseArguments() << QStringLiteral("--backup-folder") << folder
                                  << QStringLiteral("--backup-keep") << QStringLiteral("2"));
    const QJsonObject backedUp = daemon.waitForMessage(QStringLiteral("database backed up"));
    QVERIFY2(!backedUp.isEmpty(), daemon.log().constData());
    QCOMPARE(daemon.terminate(), 0);

    const QString file = backedUp.value(QStringLiteral("file")).toString();
    const QStringList kept =
        QDir(folder).entryList({QStringLiteral("nova-*.novabackup")}, QDir::Files, QDir::Name);
    QCOMPARE(kept, QStringList({old.constLast(), QFileInfo(file).fileName()}));
    QVERIFY(QFile::exists(unrelated.fileName()));

    auto hub = openHub();
    QVERIFY(hub);
    auto verified = DatabaseBackup::forHub(*hub)->verify(file, BackupKey::storedKey(),
                                                         Actor::localOperator(QStringLiteral("test")));
    QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
    QCOMPARE(verified->schemaVersion, Database::latestSchemaVersion());
}

void TestNovaService::alertRaisedInOneInstanceReachesAClientOfAnother()
{
    if (!m_db->isPostgres())
        QSKIP("instances share alerts through PostgreSQL LISTEN/NOTIFY");
    const QByteArray key = ingestKey();
    QVERIFY(!key.isEmpty());
    QString token;
    {
        auto hub = openHub();
        QVERIFY(hub);
        auto hash = hub->hasher().hash(kPassword);
        QVERIFY(hash.ok());
        UserRecord huda;
        huda.username = QStringLiteral("huda");
        huda.role = QStringLiteral("security");
        huda.passwordHash = *hash;
        QVERIFY(hub->users().repository().insert(huda).ok());
        auto signedIn = hub->signIn().signIn(QStringLiteral("huda"), kPassword, {});
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.errorMessage()));
        token = signedIn->session->token;
    }

    Daemon first(baseArguments());
    Daemon second(baseArguments());
    const quint16 firstPort = first.waitForPort();
    const quint16 secondPort = second.waitForPort();
    QVERIFY2(firstPort > 0 && secondPort > 0, QByteArray(first.log() + second.log()).constData());

    QWebSocket watcher;
    QStringList alertTypes;
    bool subscribed = false;
    connect(&watcher, &QWebSocket::textMessageReceived, this, [&](const QString& text) {
        const QJsonObject message = frame(text);
        const QString type = message.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("subscribed"))
            subscribed = true;
        if (type == QLatin1String("alert"))
            alertTypes.append(
                message.value(QStringLiteral("alert")).toObject().value(QStringLiteral("type")).toString());
    });
    QNetworkRequest watch(QUrl(QStringLiteral("ws://127.0.0.1:%1/alerts").arg(secondPort)));
    watch.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QSignalSpy watcherConnected(&watcher, &QWebSocket::connected);
    watcher.open(watch);
    QVERIFY(watcherConnected.wait(30000));
    watcher.sendTextMessage(QStringLiteral("{\"type\":\"subscribe\",\"channel\":\"security\"}"));
    QTRY_VERIFY_WITH_TIMEOUT(subscribed, 30000);

    QWebSocket backend;
    QNetworkRequest ingest(QUrl(QStringLiteral("ws://127.0.0.1:%1/alerts").arg(firstPort)));
    ingest.setRawHeader("Authorization", "Bearer ingest:" + key);
    QSignalSpy backendConnected(&backend, &QWebSocket::connected);
    backend.open(ingest);
    QVERIFY(backendConnected.wait(30000));
    for (int i = 0; i < 5; ++i)
        backend.sendTextMessage(QStringLiteral("{\"type\":\"event\",\"event\":{\"event\":\"login\","
                                               "\"success\":false,\"ip\":\"203.0.113.77\",\"user\":\"x\"}}"));

    QTRY_VERIFY_WITH_TIMEOUT(alertTypes.contains(QStringLiteral("brute_force")), 30000);
    QCOMPARE(first.terminate(), 0);
    QCOMPARE(second.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestNovaService)
#include "tst_novaservice.moc"
