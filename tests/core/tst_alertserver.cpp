#include "ManualClock.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "TestHub.h"
#include "alerts/AlertBus.h"
#include "alerts/AlertProtocol.h"
#include "alerts/AlertServer.h"
#include "auth/SignInService.h"
#include "blocklist/IpBlockList.h"
#include "crypto/PasswordHasher.h"
#include "rbac/RoleService.h"
#include "secrets/SecretStore.h"
#include "securitylog/SecurityLogQuery.h"
#include "users/UserRepository.h"
#include "users/UserService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("Correct-Horse-Battery-9");
constexpr int kTimeout = 15000;
const QByteArray kUserAgent = "tst_alertserver/1.0";

// A real WebSocket client that records every frame it receives.
class Client {
public:
    Client()
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString& text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket, [this]() { closed = true; });
        QObject::connect(&m_socket, &QWebSocket::sslErrors, &m_socket,
                         [this](const QList<QSslError>& errors) { sslErrors += errors.size(); });
    }

    void open(const QUrl& url, const QByteArray& authorization = {},
              const std::optional<QSslConfiguration>& ssl = std::nullopt)
    {
        QNetworkRequest request(url);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        request.setRawHeader("User-Agent", kUserAgent);
        if (ssl)
            m_socket.setSslConfiguration(*ssl);
        m_socket.open(request);
    }
    void send(const QJsonObject& frame)
    {
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
    void sendText(const QString& text) { m_socket.sendTextMessage(text); }
    void sendBinary(const QByteArray& bytes) { m_socket.sendBinaryMessage(bytes); }

    QList<QJsonObject> ofType(const char* type) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject& frame : frames) {
            if (frame.value(QStringLiteral("type")).toString() == QLatin1String(type))
                found.append(frame);
        }
        return found;
    }
    int count(const char* type) const { return static_cast<int>(ofType(type).size()); }
    QJsonObject last(const char* type) const
    {
        const auto found = ofType(type);
        return found.isEmpty() ? QJsonObject() : found.last();
    }
    QList<qint64> alertSeqs() const
    {
        QList<qint64> seqs;
        for (const QJsonObject& frame : ofType("alert"))
            seqs.append(frame.value(QStringLiteral("seq")).toInteger());
        return seqs;
    }
    int closeCode() const { return int(m_socket.closeCode()); }
    QString closeReason() const { return m_socket.closeReason(); }
    QWebSocket& socket() { return m_socket; }

    QList<QJsonObject> frames;
    bool closed = false;
    int sslErrors = 0;

private:
    QWebSocket m_socket;
};

QJsonObject frame(const char* type, QJsonObject fields = {})
{
    fields.insert(QStringLiteral("type"), QString::fromLatin1(type));
    return fields;
}

QJsonObject subscribe(const QString& channel)
{
    return frame("subscribe", {{QStringLiteral("channel"), channel}});
}

QByteArray bearer(const QString& token)
{
    return "Bearer " + token.toUtf8();
}

} // namespace

class TestAlertServer : public QObject, public nova::test::HubFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void authenticatesByHeader();
    void authenticatesByFirstFrame();
    void refusesBadCredentials_data();
    void refusesBadCredentials();
    void wrongPathIsClosed();
    void channelAccessIsChecked();
    void saleAndPropertyNeedOwnership();
    void alertsReachTheirChannelOnly();
    void resumeWhilePublishingGivesEverySeqOnce();
    void resumeIsBusyWhileReplaying();
    void acknowledge();
    void blockedAddressesAreRefused();
    void rateLimitSlides();
    void oversizedFramesCloseOnlyTheirConnection();
    void garbageFramesKeepTheConnection();
    void connectionsPerUserAreCapped();
    void idleConnectionsArePingedAndClosed();
    void sessionsEndWhenTheTokenIsRevoked();
    void revalidationDropsChannelsNoLongerAllowed();
    void ingestSessionHandsEventsOver();
    void secureWebSocketWithSelfSignedCertificate();
    void listenReportsTlsProblemsAndWarnsWithoutTls();

private:
    AlertServerConfig testConfig() const;
    void startServer(const AlertServerConfig& config);
    qint64 addUser(const QString& name, const QString& role);
    QString tokenFor(const QString& name);
    std::unique_ptr<Client> connectAs(const QString& token);
    qint64 publish(const QString& channel, const QString& type = QStringLiteral("test"));
    QList<SecurityLogEntry> refusals(const QString& reason);

    std::unique_ptr<AlertServer> m_server;
    ManualClock m_clock{1'700'000'000'000};
    QString m_hash;
};

void TestAlertServer::init()
{
    QFETCH_GLOBAL(QString, backend);
    const QString failed = openHub(backend, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    if (m_hash.isEmpty()) {
        auto hashed = m_hub->hasher().hash(kPassword);
        QVERIFY(hashed.ok());
        m_hash = *hashed;
    }
}

void TestAlertServer::cleanup()
{
    m_server.reset();
    closeHub();
}

AlertServerConfig TestAlertServer::testConfig() const
{
    AlertServerConfig config;
    // Tests send many frames at one instant of the manual clock; the rate
    // limit has its own test.
    config.eventsPerWindow = 10000;
    return config;
}

void TestAlertServer::startServer(const AlertServerConfig& config)
{
    m_server = std::make_unique<AlertServer>(m_hub->signIn(), m_hub->permissions(), m_hub->alerts(),
                                             m_hub->securityLog(), m_hub->secrets(), m_clock, config);
    const Status listening = m_server->listen();
    QVERIFY2(listening.ok(), qPrintable(listening.errorMessage()));
    QVERIFY(m_server->port() > 0);
    QCOMPARE(m_server->url().port(), int(m_server->port()));
}

qint64 TestAlertServer::addUser(const QString& name, const QString& role)
{
    UserRecord record;
    record.username = name;
    record.role = role;
    record.passwordHash = m_hash;
    auto id = m_hub->users().repository().insert(record);
    return id ? *id : 0;
}

QString TestAlertServer::tokenFor(const QString& name)
{
    AccessContext context{QStringLiteral("127.0.0.1"), QString::fromLatin1(kUserAgent),
                          QStringLiteral("test")};
    auto result = m_hub->signIn().signIn(name, kPassword, context);
    if (!result || !result->session)
        return {};
    return result->session->token;
}

std::unique_ptr<Client> TestAlertServer::connectAs(const QString& token)
{
    auto client = std::make_unique<Client>();
    client->open(m_server->url(), bearer(token));
    if (!QTest::qWaitFor([&]() { return client->count("welcome") == 1 || client->closed; }, kTimeout))
        return nullptr;
    return client->closed ? nullptr : std::move(client);
}

qint64 TestAlertServer::publish(const QString& channel, const QString& type)
{
    Alert alert;
    alert.channel = channel;
    alert.type = type;
    alert.severity = Severity::High;
    alert.messageEn = QStringLiteral("Test alert");
    alert.messageAr = QStringLiteral("تنبيه تجريبي");
    auto published = m_hub->alerts().publish(alert);
    return published ? published->seq : 0;
}

QList<SecurityLogEntry> TestAlertServer::refusals(const QString& reason)
{
    SecurityLogFilter filter;
    filter.events = {EventType::UnauthorizedAccess};
    filter.success = false;
    auto page = m_hub->logQuery().page(filter, std::nullopt, 1000);
    QList<SecurityLogEntry> matching;
    if (!page)
        return matching;
    for (const SecurityLogEntry& entry : page->entries) {
        if (entry.event.metadata.value(QStringLiteral("reason")).toString() == reason)
            matching.append(entry);
    }
    return matching;
}

void TestAlertServer::authenticatesByHeader()
{
    startServer(testConfig());
    const qint64 id = addUser(QStringLiteral("huda"), QStringLiteral("security"));
    const qint64 before = publish(QStringLiteral("security"));
    auto client = connectAs(tokenFor(QStringLiteral("huda")));
    QVERIFY(client);
    const QJsonObject welcome = client->last("welcome");
    QCOMPARE(welcome.value(QStringLiteral("user")).toString(), QStringLiteral("huda"));
    QCOMPARE(welcome.value(QStringLiteral("userId")).toInteger(), id);
    QCOMPARE(welcome.value(QStringLiteral("role")).toString(), QStringLiteral("security"));
    QCOMPARE(welcome.value(QStringLiteral("lastSeq")).toInteger(), before);
    QCOMPARE(welcome.value(QStringLiteral("channels")).toArray(),
             QJsonArray({QStringLiteral("user:%1").arg(id)}));
    QCOMPARE(m_server->connectionCount(), 1);

    client->send(frame("ping"));
    QTRY_COMPARE_WITH_TIMEOUT(client->count("pong"), 1, kTimeout);
    client->socket().close();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, kTimeout);
}

void TestAlertServer::authenticatesByFirstFrame()
{
    startServer(testConfig());
    addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    Client client;
    client.open(m_server->url());
    QTRY_VERIFY_WITH_TIMEOUT(client.socket().state() == QAbstractSocket::ConnectedState, kTimeout);
    client.send(frame("auth", {{QStringLiteral("token"), tokenFor(QStringLiteral("omar"))}}));
    QTRY_COMPARE_WITH_TIMEOUT(client.count("welcome"), 1, kTimeout);
    QCOMPARE(client.last("welcome").value(QStringLiteral("role")).toString(), QStringLiteral("broker"));

    client.send(frame("auth", {{QStringLiteral("token"), tokenFor(QStringLiteral("omar"))}}));
    QTRY_COMPARE_WITH_TIMEOUT(client.count("error"), 1, kTimeout);
    QCOMPARE(client.last("error").value(QStringLiteral("code")).toString(),
             QStringLiteral("already_authenticated"));
    QVERIFY(!client.closed);
}

void TestAlertServer::refusesBadCredentials_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no token") << "no token"
                              << "missing";
    QTest::newRow("first frame not auth") << "first frame not auth"
                                          << "missing";
    QTest::newRow("first frame garbage") << "first frame garbage"
                                         << "missing";
    QTest::newRow("garbage bearer") << "garbage bearer"
                                    << "malformed";
    QTest::newRow("basic scheme") << "basic scheme"
                                  << "malformed";
    QTest::newRow("garbage auth frame") << "garbage auth frame"
                                        << "malformed";
    QTest::newRow("bad signature") << "bad signature"
                                   << "invalid";
    QTest::newRow("alg none") << "alg none"
                              << "invalid";
    QTest::newRow("expired") << "expired"
                             << "expired";
    QTest::newRow("revoked") << "revoked"
                             << "revoked";
    QTest::newRow("disabled user") << "disabled user"
                                   << "disabled";
    QTest::newRow("wrong ingest key") << "wrong ingest key"
                                      << "invalid";
    QTest::newRow("no ingest key configured") << "no ingest key configured"
                                              << "invalid";
}

void TestAlertServer::refusesBadCredentials()
{
    QFETCH(QString, scenario);
    QFETCH(QString, reason);

    AlertServerConfig config = testConfig();
    config.authTimeoutMs = 300;
    startServer(config);
    const qint64 id = addUser(QStringLiteral("rania"), QStringLiteral("broker"));
    const QString token = tokenFor(QStringLiteral("rania"));
    QVERIFY(!token.isEmpty());
    const QStringList parts = token.split(QLatin1Char('.'));
    QCOMPARE(parts.size(), 3);

    QByteArray header;
    std::optional<QString> firstFrame;
    if (scenario == QLatin1String("first frame not auth")) {
        firstFrame = QString::fromUtf8(QJsonDocument(subscribe(QStringLiteral("broadcast"))).toJson());
    } else if (scenario == QLatin1String("first frame garbage")) {
        firstFrame = QStringLiteral("{{{not json");
    } else if (scenario == QLatin1String("garbage bearer")) {
        header = "Bearer not-a-token";
    } else if (scenario == QLatin1String("basic scheme")) {
        header = "Basic cmFuaWE6cGFzc3dvcmQ=";
    } else if (scenario == QLatin1String("garbage auth frame")) {
        firstFrame = QString::fromUtf8(
            QJsonDocument(frame("auth", {{QStringLiteral("token"), QStringLiteral("x.y.z")}})).toJson());
    } else if (scenario == QLatin1String("bad signature")) {
        QString signature = parts[2];
        signature[10] = signature[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        header = bearer(parts[0] + QLatin1Char('.') + parts[1] + QLatin1Char('.') + signature);
    } else if (scenario == QLatin1String("alg none")) {
        const QByteArray none = QByteArray(R"({"alg":"none","typ":"JWT"})")
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        header = "Bearer " + none + '.' + parts[1].toUtf8() + '.';
    } else if (scenario == QLatin1String("expired")) {
        m_clock.advanceSecs(16 * 60);
        header = bearer(token);
    } else if (scenario == QLatin1String("revoked")) {
        QVERIFY(m_hub->signIn().signOut(token, AccessContext{}).ok());
        header = bearer(token);
    } else if (scenario == QLatin1String("disabled user")) {
        QVERIFY(m_hub->users().repository().setStatus(id, UserStatus::Disabled).ok());
        header = bearer(token);
    } else if (scenario == QLatin1String("wrong ingest key")) {
        QVERIFY(
            m_hub->secrets().write(QString::fromLatin1(AlertServer::kIngestKeyName), "right-key-123").ok());
        header = "Bearer ingest:wrong-key-123";
    } else if (scenario == QLatin1String("no ingest key configured")) {
        header = "Bearer ingest:";
    }

    Client client;
    client.open(m_server->url(), header);
    if (firstFrame) {
        QTRY_VERIFY_WITH_TIMEOUT(client.socket().state() == QAbstractSocket::ConnectedState, kTimeout);
        client.sendText(*firstFrame);
    }
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, kTimeout);
    QCOMPARE(client.closeCode(), int(AlertProtocol::kCloseUnauthenticated));
    QCOMPARE(client.closeReason(), reason);
    QCOMPARE(client.count("welcome"), 0);
    QCOMPARE(client.count("alert"), 0);

    const auto logged = refusals(QStringLiteral("unauthenticated"));
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.first().event.metadata.value(QStringLiteral("auth")).toString(), reason);
    QCOMPARE(logged.first().event.metadata.value(QStringLiteral("endpoint")).toString(),
             QStringLiteral("/alerts"));
    QCOMPARE(logged.first().event.ip, QStringLiteral("127.0.0.1"));
    QCOMPARE(logged.first().event.userAgent, QString::fromLatin1(kUserAgent));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, kTimeout);
}

void TestAlertServer::wrongPathIsClosed()
{
    startServer(testConfig());
    addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    QUrl url = m_server->url();
    url.setPath(QStringLiteral("/socket.io/"));
    Client client;
    client.open(url, bearer(tokenFor(QStringLiteral("omar"))));
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, kTimeout);
    QCOMPARE(client.closeCode(), int(AlertProtocol::kCloseNotFound));
    QCOMPARE(client.count("welcome"), 0);
}

void TestAlertServer::channelAccessIsChecked()
{
    startServer(testConfig());
    const qint64 omar = addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    const qint64 laila = addUser(QStringLiteral("laila"), QStringLiteral("broker"));
    addUser(QStringLiteral("huda"), QStringLiteral("security"));
    addUser(QStringLiteral("root"), QStringLiteral("admin"));

    auto broker = connectAs(tokenFor(QStringLiteral("omar")));
    QVERIFY(broker);
    broker->send(subscribe(QStringLiteral("user:%1").arg(laila)));
    broker->send(subscribe(QStringLiteral("security")));
    broker->send(subscribe(QStringLiteral("user:%1").arg(omar)));
    broker->send(subscribe(QStringLiteral("broadcast")));
    QTRY_COMPARE_WITH_TIMEOUT(broker->count("subscribed"), 2, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(broker->count("error"), 2, kTimeout);
    for (const QJsonObject& error : broker->ofType("error")) {
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
        QCOMPARE(error.value(QStringLiteral("ref")).toString(), QStringLiteral("subscribe"));
    }
    const auto denied = refusals(QStringLiteral("not_granted"));
    QCOMPARE(denied.size(), 2);
    QStringList endpoints;
    for (const SecurityLogEntry& entry : denied) {
        QCOMPARE(entry.event.userId, std::optional<qint64>(omar));
        QCOMPARE(entry.event.ip, QStringLiteral("127.0.0.1"));
        QCOMPARE(entry.event.userAgent, QString::fromLatin1(kUserAgent));
        endpoints.append(entry.event.metadata.value(QStringLiteral("endpoint")).toString());
    }
    endpoints.sort();
    QCOMPARE(endpoints, QStringList({QStringLiteral("alerts:subscribe security"),
                                     QStringLiteral("alerts:subscribe user:%1").arg(laila)}));

    auto security = connectAs(tokenFor(QStringLiteral("huda")));
    QVERIFY(security);
    security->send(subscribe(QStringLiteral("security")));
    security->send(subscribe(QStringLiteral("user:%1").arg(laila)));
    QTRY_COMPARE_WITH_TIMEOUT(security->count("subscribed"), 2, kTimeout);
    QCOMPARE(security->count("error"), 0);

    auto admin = connectAs(tokenFor(QStringLiteral("root")));
    QVERIFY(admin);
    admin->send(subscribe(QStringLiteral("security")));
    admin->send(subscribe(QStringLiteral("sale:anything")));
    QTRY_COMPARE_WITH_TIMEOUT(admin->count("subscribed"), 2, kTimeout);

    // Unsubscribing what was never subscribed is an error, not a refusal.
    broker->send(frame("unsubscribe", {{QStringLiteral("channel"), QStringLiteral("security")}}));
    broker->send(frame("unsubscribe", {{QStringLiteral("channel"), QStringLiteral("broadcast")}}));
    QTRY_COMPARE_WITH_TIMEOUT(broker->count("unsubscribed"), 1, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(broker->count("error"), 3, kTimeout);
    QCOMPARE(broker->last("error").value(QStringLiteral("code")).toString(),
             QStringLiteral("not_subscribed"));
}

void TestAlertServer::saleAndPropertyNeedOwnership()
{
    startServer(testConfig());
    const qint64 omar = addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    addUser(QStringLiteral("laila"), QStringLiteral("broker"));
    QVERIFY(m_hub->roles()
                .setOwner(QStringLiteral("sale"), QStringLiteral("S-1"), omar,
                          Actor::localOperator(QStringLiteral("test")))
                .ok());
    QVERIFY(m_hub->roles()
                .setOwner(QStringLiteral("property"), QStringLiteral("77"), omar,
                          Actor::localOperator(QStringLiteral("test")))
                .ok());

    auto owner = connectAs(tokenFor(QStringLiteral("omar")));
    auto other = connectAs(tokenFor(QStringLiteral("laila")));
    QVERIFY(owner && other);
    owner->send(subscribe(QStringLiteral("sale:S-1")));
    owner->send(subscribe(QStringLiteral("property:77")));
    QTRY_COMPARE_WITH_TIMEOUT(owner->count("subscribed"), 2, kTimeout);
    other->send(subscribe(QStringLiteral("sale:S-1")));
    other->send(subscribe(QStringLiteral("property:77")));
    other->send(subscribe(QStringLiteral("sale:S-404")));
    QTRY_COMPARE_WITH_TIMEOUT(other->count("error"), 3, kTimeout);
    QCOMPARE(other->count("subscribed"), 0);
    QCOMPARE(refusals(QStringLiteral("not_owner")).size(), 3);

    // The owner's sale alert reaches the owner only.
    const qint64 seq = publish(QStringLiteral("sale:S-1"));
    QTRY_COMPARE_WITH_TIMEOUT(owner->alertSeqs(), QList<qint64>({seq}), kTimeout);
    const qint64 marker = publish(
        QStringLiteral("user:%1").arg(m_hub->users().repository().byName(QStringLiteral("laila"))->id));
    QTRY_COMPARE_WITH_TIMEOUT(other->alertSeqs(), QList<qint64>({marker}), kTimeout);
}

void TestAlertServer::alertsReachTheirChannelOnly()
{
    startServer(testConfig());
    const qint64 omar = addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    addUser(QStringLiteral("huda"), QStringLiteral("security"));
    auto broker = connectAs(tokenFor(QStringLiteral("omar")));
    auto security = connectAs(tokenFor(QStringLiteral("huda")));
    QVERIFY(broker && security);
    broker->send(subscribe(QStringLiteral("broadcast")));
    security->send(subscribe(QStringLiteral("security")));
    QTRY_COMPARE_WITH_TIMEOUT(broker->count("subscribed"), 1, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(security->count("subscribed"), 1, kTimeout);

    const qint64 s1 = publish(QStringLiteral("security"), QStringLiteral("brute_force"));
    const qint64 b1 = publish(QStringLiteral("broadcast"));
    const qint64 u1 = publish(QStringLiteral("user:%1").arg(omar));
    const qint64 s2 = publish(QStringLiteral("security"));
    QVERIFY(s1 > 0 && s1 < b1 && b1 < u1 && u1 < s2);

    QTRY_COMPARE_WITH_TIMEOUT(security->alertSeqs(), QList<qint64>({s1, s2}), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(broker->alertSeqs(), QList<qint64>({b1, u1}), kTimeout);
    const QJsonObject alert = security->ofType("alert").first().value(QStringLiteral("alert")).toObject();
    QCOMPARE(alert.value(QStringLiteral("seq")).toInteger(), s1);
    QCOMPARE(alert.value(QStringLiteral("type")).toString(), QStringLiteral("brute_force"));
    QCOMPARE(alert.value(QStringLiteral("channel")).toString(), QStringLiteral("security"));
    QCOMPARE(alert.value(QStringLiteral("message_ar")).toString(), QStringLiteral("تنبيه تجريبي"));
}

void TestAlertServer::resumeWhilePublishingGivesEverySeqOnce()
{
    AlertServerConfig config = testConfig();
    config.resumeBatch = 7; // many replay steps, with live alerts arriving between them
    startServer(config);
    addUser(QStringLiteral("huda"), QStringLiteral("security"));
    const QString token = tokenFor(QStringLiteral("huda"));

    QList<qint64> expected; // every broadcast seq, in order
    for (int i = 0; i < 40; ++i) {
        const bool broadcast = i % 3 != 0;
        const qint64 seq = publish(broadcast ? QStringLiteral("broadcast") : QStringLiteral("security"));
        if (broadcast)
            expected.append(seq);
    }

    auto first = connectAs(token);
    QVERIFY(first);
    first->send(frame("resume", {{QStringLiteral("after"), 0},
                                 {QStringLiteral("channels"), QJsonArray({QStringLiteral("broadcast")})}}));

    // Publish while the first connection replays and streams; kill it midway.
    int published = 0;
    constexpr int kLive = 120;
    QTimer publisher;
    publisher.setInterval(1);
    connect(&publisher, &QTimer::timeout, this, [&]() {
        const bool broadcast = published % 4 != 0;
        const qint64 seq = publish(broadcast ? QStringLiteral("broadcast") : QStringLiteral("security"));
        if (broadcast)
            expected.append(seq);
        if (++published == kLive)
            publisher.stop();
    });
    publisher.start();
    QTRY_VERIFY_WITH_TIMEOUT(first->count("alert") >= 45, kTimeout);
    first->socket().abort();
    const QList<qint64> before = first->alertSeqs();
    QVERIFY(std::is_sorted(before.begin(), before.end()));
    QCOMPARE(before, expected.mid(0, before.size()));

    auto second = connectAs(token);
    QVERIFY(second);
    second->send(frame("resume", {{QStringLiteral("after"), before.last()},
                                  {QStringLiteral("channels"), QJsonArray({QStringLiteral("broadcast")})}}));
    QTRY_VERIFY_WITH_TIMEOUT(published == kLive, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!second->alertSeqs().isEmpty() && second->alertSeqs().last() == expected.last(),
                             kTimeout);
    QCOMPARE(second->count("resumed"), 1);
    QList<qint64> all = before + second->alertSeqs();
    QCOMPARE(all, expected); // every seq exactly once, in order
}

void TestAlertServer::resumeIsBusyWhileReplaying()
{
    AlertServerConfig config = testConfig();
    config.resumeBatch = 2;
    startServer(config);
    addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    for (int i = 0; i < 50; ++i)
        publish(QStringLiteral("broadcast"));
    auto client = connectAs(tokenFor(QStringLiteral("omar")));
    QVERIFY(client);
    const QJsonObject resume =
        frame("resume", {{QStringLiteral("after"), 0},
                         {QStringLiteral("channels"), QJsonArray({QStringLiteral("broadcast")})}});
    // One message, two frames: the second arrives while the first replays.
    client->send(resume);
    client->send(resume);
    QTRY_COMPARE_WITH_TIMEOUT(client->count("resumed"), 1, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(client->count("alert"), 50, kTimeout);
    const QJsonObject resumed = client->last("resumed");
    QCOMPARE(resumed.value(QStringLiteral("count")).toInt(), 50);
    QCOMPARE(resumed.value(QStringLiteral("lastSeq")).toInteger(), m_hub->alerts().lastSeq());
    // Either the second resume found the first still running (busy) or it
    // ran after it and found nothing new: never a duplicate.
    if (client->count("error") == 1)
        QCOMPARE(client->last("error").value(QStringLiteral("code")).toString(), QStringLiteral("busy"));
    QList<qint64> seqs = client->alertSeqs();
    QVERIFY(std::adjacent_find(seqs.begin(), seqs.end(), [](qint64 a, qint64 b) { return a >= b; }) ==
            seqs.end());
}

void TestAlertServer::acknowledge()
{
    startServer(testConfig());
    addUser(QStringLiteral("huda"), QStringLiteral("security"));
    const qint64 omar = addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    auto security = connectAs(tokenFor(QStringLiteral("huda")));
    auto broker = connectAs(tokenFor(QStringLiteral("omar")));
    QVERIFY(security && broker);
    security->send(subscribe(QStringLiteral("security")));
    broker->send(subscribe(QStringLiteral("broadcast")));
    QTRY_COMPARE_WITH_TIMEOUT(security->count("subscribed"), 1, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(broker->count("subscribed"), 1, kTimeout);
    const qint64 securitySeq = publish(QStringLiteral("security"));
    const qint64 broadcastSeq = publish(QStringLiteral("broadcast"));
    const qint64 ownSeq = publish(QStringLiteral("user:%1").arg(omar));

    security->send(frame("ack", {{QStringLiteral("seq"), securitySeq}}));
    QTRY_COMPARE_WITH_TIMEOUT(security->count("acked"), 1, kTimeout);
    QCOMPARE(security->last("acked").value(QStringLiteral("seq")).toInteger(), securitySeq);
    auto stored = m_hub->alerts().since(securitySeq - 1, 1);
    QVERIFY(stored.ok() && !stored->isEmpty());
    QCOMPARE(stored->first().ackedBy, QStringLiteral("huda"));

    broker->send(frame("ack", {{QStringLiteral("seq"), securitySeq}})); // not subscribed
    broker->send(
        frame("ack", {{QStringLiteral("seq"), broadcastSeq}}));    // shared channel: needs alerts:update
    broker->send(frame("ack", {{QStringLiteral("seq"), ownSeq}})); // own channel: fine
    broker->send(frame("ack", {{QStringLiteral("seq"), 999999}}));
    QTRY_COMPARE_WITH_TIMEOUT(broker->count("error"), 3, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(broker->count("acked"), 1, kTimeout);
    const auto errors = broker->ofType("error");
    QCOMPARE(errors[0].value(QStringLiteral("code")).toString(), QStringLiteral("not_subscribed"));
    QCOMPARE(errors[1].value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
    QCOMPARE(errors[2].value(QStringLiteral("code")).toString(), QStringLiteral("unknown_alert"));
    QCOMPARE(broker->last("acked").value(QStringLiteral("seq")).toInteger(), ownSeq);
    stored = m_hub->alerts().since(broadcastSeq - 1, 1);
    QVERIFY(stored.ok() && !stored->isEmpty());
    QVERIFY(stored->first().ackedBy.isEmpty());

    // The two acknowledgements that happened are in the security log, under their users.
    SecurityLogFilter acks;
    acks.events = {EventType::AlertAcknowledged};
    auto logged = m_hub->logQuery().page(acks, std::nullopt, 10);
    QVERIFY(logged.ok());
    QCOMPARE(logged->entries.size(), 2);
    QCOMPARE(logged->entries.at(1).event.username, QStringLiteral("huda"));
    QCOMPARE(logged->entries.at(1).event.metadata.value(QStringLiteral("seq")).toInteger(), securitySeq);
    QCOMPARE(logged->entries.at(0).event.username, QStringLiteral("omar"));
}

void TestAlertServer::blockedAddressesAreRefused()
{
    startServer(testConfig());
    addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    const QString token = tokenFor(QStringLiteral("omar"));
    QVERIFY(connectAs(token));
    m_server->setBlockList(&m_hub->blockList());
    QVERIFY(connectAs(token));
    QVERIFY(m_hub->blockList()
                .block(*IpRange::parse(QStringLiteral("127.0.0.1")), 3600 * 1000, QStringLiteral("test"),
                       BlockSource::Manual, Actor::localOperator(QStringLiteral("root")))
                .ok());
    Client refused;
    refused.open(m_server->url(), bearer(token));
    QTRY_VERIFY_WITH_TIMEOUT(refused.closed, kTimeout);
    QCOMPARE(refused.closeCode(), int(AlertProtocol::kCloseForbidden));
    QCOMPARE(refused.count("welcome"), 0);
    QCOMPARE(refusals(QStringLiteral("ip_blocked")).size(), 1);
}

void TestAlertServer::rateLimitSlides()
{
    AlertServerConfig config = testConfig();
    config.eventsPerWindow = 5;
    config.rateWindowMs = 10'000;
    startServer(config);
    addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    auto client = connectAs(tokenFor(QStringLiteral("omar")));
    QVERIFY(client);

    for (int i = 0; i < 3; ++i)
        client->send(frame("ping"));
    QTRY_COMPARE_WITH_TIMEOUT(client->count("pong"), 3, kTimeout);
    m_clock.advanceSecs(6);
    for (int i = 0; i < 3; ++i)
        client->send(frame("ping"));
    QTRY_COMPARE_WITH_TIMEOUT(client->count("error"), 1, kTimeout);
    QCOMPARE(client->count("pong"), 5);
    QCOMPARE(client->last("error").value(QStringLiteral("code")).toString(), QStringLiteral("rate_limited"));
    QCOMPARE(refusals(QStringLiteral("rate_limited")).size(), 1);

    // Four seconds later the first three frames have left the window (a
    // fixed window that began with them would still be full).
    m_clock.advanceSecs(5);
    client->send(frame("ping"));
    client->send(frame("ping"));
    QTRY_COMPARE_WITH_TIMEOUT(client->count("pong"), 7, kTimeout);

    // Hammering on: refused, then closed at twice the budget.
    for (int i = 0; i < 20; ++i)
        client->send(frame("ping"));
    QTRY_VERIFY_WITH_TIMEOUT(client->closed, kTimeout);
    QCOMPARE(client->closeCode(), int(AlertProtocol::kCloseRateLimited));
    QCOMPARE(client->count("pong"), 7);
    const auto logged = refusals(QStringLiteral("rate_limited"));
    QCOMPARE(logged.size(), 3); // first episode, second episode, the close
    QVERIFY(logged.first().event.metadata.value(QStringLiteral("closed")).toBool()); // newest first
    QCOMPARE(logged.first().event.username, QStringLiteral("omar"));
}

void TestAlertServer::oversizedFramesCloseOnlyTheirConnection()
{
    startServer(testConfig());
    addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    addUser(QStringLiteral("laila"), QStringLiteral("broker"));
    auto watcher = connectAs(tokenFor(QStringLiteral("laila")));
    QVERIFY(watcher);
    watcher->send(subscribe(QStringLiteral("broadcast")));
    QTRY_COMPARE_WITH_TIMEOUT(watcher->count("subscribed"), 1, kTimeout);

    const QString token = tokenFor(QStringLiteral("omar"));
    int expectedLogs = 0;
    for (const qsizetype size : {qsizetype(2) * 1024 * 1024, qsizetype(10) * 1000 * 1000}) {
        auto big = connectAs(token);
        QVERIFY(big);
        big->sendText(QString(size, u'a'));
        QTRY_VERIFY_WITH_TIMEOUT(big->closed, kTimeout);
        QCOMPARE(big->closeCode(), int(QWebSocketProtocol::CloseCodeTooMuchData));
        ++expectedLogs;
        QTRY_COMPARE_WITH_TIMEOUT(refusals(QStringLiteral("frame_too_large")).size(), expectedLogs, kTimeout);

        const qint64 seq = publish(QStringLiteral("broadcast"));
        QTRY_VERIFY_WITH_TIMEOUT(watcher->alertSeqs().contains(seq), kTimeout);
    }

    // Before authentication the cap is far smaller.
    Client anonymous;
    anonymous.open(m_server->url());
    QTRY_VERIFY_WITH_TIMEOUT(anonymous.socket().state() == QAbstractSocket::ConnectedState, kTimeout);
    anonymous.sendText(QString(100 * 1024, u'{'));
    QTRY_VERIFY_WITH_TIMEOUT(anonymous.closed, kTimeout);
    QCOMPARE(anonymous.closeCode(), int(QWebSocketProtocol::CloseCodeTooMuchData));

    // A frame just under the cap is served.
    auto near = connectAs(token);
    QVERIFY(near);
    const QString padding(1024 * 1024 - 100, u' ');
    near->sendText(QStringLiteral(R"({"type":"ping"})") + padding);
    QTRY_COMPARE_WITH_TIMEOUT(near->count("pong"), 1, kTimeout);
    QVERIFY(!watcher->closed);
}

void TestAlertServer::garbageFramesKeepTheConnection()
{
    startServer(testConfig());
    addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    addUser(QStringLiteral("laila"), QStringLiteral("broker"));
    auto watcher = connectAs(tokenFor(QStringLiteral("laila")));
    auto client = connectAs(tokenFor(QStringLiteral("omar")));
    QVERIFY(watcher && client);
    watcher->send(subscribe(QStringLiteral("broadcast")));
    QTRY_COMPARE_WITH_TIMEOUT(watcher->count("subscribed"), 1, kTimeout);

    auto* random = QRandomGenerator::global();
    QStringList expectedCodes;
    for (int i = 0; i < 5; ++i) {
        QByteArray bytes(int(random->bounded(1, 8192)), Qt::Uninitialized);
        for (char& b : bytes)
            b = char(random->bounded(256));
        client->sendBinary(bytes);
        expectedCodes.append(QStringLiteral("binary_frame"));
    }
    for (int i = 0; i < 5; ++i) {
        QString text;
        for (int j = 0; j < 200; ++j)
            text.append(QChar(char16_t(random->bounded(0x21, 0x7e))));
        client->sendText(QLatin1Char('x') + text); // never valid JSON
        expectedCodes.append(QStringLiteral("bad_json"));
    }
    client->sendText(QString(10000, u'[') + QString(10000, u']'));
    expectedCodes.append(QStringLiteral("too_deep"));
    client->sendText(QStringLiteral(R"({"type":"event","event":)") + QString(10000, u'{'));
    expectedCodes.append(QStringLiteral("too_deep"));
    client->sendText(QStringLiteral("[1,2,3]"));
    expectedCodes.append(QStringLiteral("not_object"));
    client->sendText(QStringLiteral(R"({"type":"launch"})"));
    expectedCodes.append(QStringLiteral("unknown_type"));
    client->send(frame("event", {{QStringLiteral("event"),
                                  QJsonObject{{QStringLiteral("event"), QStringLiteral("login")}}}}));
    expectedCodes.append(QStringLiteral("forbidden"));
    client->send(frame("ping"));

    QTRY_COMPARE_WITH_TIMEOUT(client->count("pong"), 1, kTimeout);
    QStringList codes;
    for (const QJsonObject& error : client->ofType("error"))
        codes.append(error.value(QStringLiteral("code")).toString());
    QCOMPARE(codes, expectedCodes);
    QVERIFY(!client->closed);
    QCOMPARE(m_server->connectionCount(), 2);
    QCOMPARE(refusals(QStringLiteral("forbidden_request")).size(), 1);

    const qint64 seq = publish(QStringLiteral("broadcast"));
    QTRY_COMPARE_WITH_TIMEOUT(watcher->alertSeqs(), QList<qint64>({seq}), kTimeout);
}

void TestAlertServer::connectionsPerUserAreCapped()
{
    AlertServerConfig config = testConfig();
    config.maxConnectionsPerUser = 2;
    startServer(config);
    addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    addUser(QStringLiteral("laila"), QStringLiteral("broker"));
    const QString token = tokenFor(QStringLiteral("omar"));
    auto one = connectAs(token);
    auto two = connectAs(token);
    QVERIFY(one && two);

    Client three;
    three.open(m_server->url(), bearer(token));
    QTRY_VERIFY_WITH_TIMEOUT(three.closed, kTimeout);
    QCOMPARE(three.closeCode(), int(AlertProtocol::kCloseTooManyConnections));
    QCOMPARE(three.count("welcome"), 0);
    const auto logged = refusals(QStringLiteral("too_many_connections"));
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.first().event.username, QStringLiteral("omar"));

    auto laila = connectAs(tokenFor(QStringLiteral("laila"))); // someone else is not affected
    QVERIFY(laila);
    one->socket().close();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 2, kTimeout);
    QVERIFY(connectAs(token));
}

void TestAlertServer::idleConnectionsArePingedAndClosed()
{
    AlertServerConfig config = testConfig();
    config.idleTimeoutMs = 600;
    startServer(config);
    addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    const QString token = tokenFor(QStringLiteral("omar"));

    // A raw TCP client that completes the handshake and then never answers.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(raw.waitForConnected(kTimeout));
    raw.write("GET /alerts HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
              "Authorization: Bearer " +
              token.toUtf8() + "\r\n\r\n");
    QByteArray received;
    connect(&raw, &QTcpSocket::readyRead, this, [&]() { received += raw.readAll(); });

    // A QWebSocket client answers pings by itself and stays connected.
    auto lively = connectAs(token);
    QVERIFY(lively);

    QTRY_VERIFY_WITH_TIMEOUT(raw.state() == QAbstractSocket::UnconnectedState, kTimeout);
    received += raw.readAll();
    const qsizetype bodyStart = received.indexOf("\r\n\r\n");
    QVERIFY(received.startsWith("HTTP/1.1 101"));
    QVERIFY(bodyStart > 0);
    // Walk the server's (unmasked) frames: welcome, ping, close 4408.
    QList<int> opcodes;
    int closeCode = 0;
    for (qsizetype at = bodyStart + 4; at + 2 <= received.size();) {
        const int opcode = quint8(received[at]) & 0x0f;
        qsizetype length = quint8(received[at + 1]) & 0x7f;
        at += 2;
        if (length == 126) {
            length = (quint8(received[at]) << 8) | quint8(received[at + 1]);
            at += 2;
        }
        QVERIFY(length < 126 || opcode == 1);
        opcodes.append(opcode);
        if (opcode == 8 && length >= 2)
            closeCode = (quint8(received[at]) << 8) | quint8(received[at + 1]);
        at += length;
    }
    QVERIFY2(opcodes.contains(9), "the server pings before giving up");
    QCOMPARE(opcodes.last(), 8);
    QCOMPARE(closeCode, int(AlertProtocol::kCloseIdle));

    QVERIFY(!lively->closed);
    lively->send(frame("ping"));
    QTRY_COMPARE_WITH_TIMEOUT(lively->count("pong"), 1, kTimeout);
}

void TestAlertServer::sessionsEndWhenTheTokenIsRevoked()
{
    AlertServerConfig config = testConfig();
    config.revalidateIntervalMs = 100;
    startServer(config);
    const qint64 laila = addUser(QStringLiteral("laila"), QStringLiteral("broker"));
    addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    const QString token = tokenFor(QStringLiteral("omar"));
    auto revoked = connectAs(token);
    auto disabled = connectAs(tokenFor(QStringLiteral("laila")));
    QVERIFY(revoked && disabled);
    QVERIFY(m_hub->signIn().signOut(token, AccessContext{}).ok());
    QVERIFY(m_hub->users().repository().setStatus(laila, UserStatus::Disabled).ok());
    QTRY_VERIFY_WITH_TIMEOUT(revoked->closed && disabled->closed, kTimeout);
    QCOMPARE(revoked->closeCode(), int(AlertProtocol::kCloseUnauthenticated));
    QCOMPARE(revoked->closeReason(), QStringLiteral("revoked"));
    QCOMPARE(disabled->closeCode(), int(AlertProtocol::kCloseUnauthenticated));
    QCOMPARE(disabled->closeReason(), QStringLiteral("disabled"));
}

void TestAlertServer::revalidationDropsChannelsNoLongerAllowed()
{
    AlertServerConfig config = testConfig();
    config.revalidateIntervalMs = 100;
    startServer(config);
    const qint64 huda = addUser(QStringLiteral("huda"), QStringLiteral("security"));
    auto client = connectAs(tokenFor(QStringLiteral("huda")));
    QVERIFY(client);
    client->send(subscribe(QStringLiteral("security")));
    client->send(subscribe(QStringLiteral("broadcast")));
    QTRY_COMPARE_WITH_TIMEOUT(client->count("subscribed"), 2, kTimeout);

    auto user = m_hub->users().repository().byId(huda);
    QVERIFY(user.ok());
    User moved = *user;
    moved.role = QStringLiteral("broker");
    QVERIFY(m_hub->users().repository().updateProfile(moved).ok());
    QTRY_COMPARE_WITH_TIMEOUT(client->count("unsubscribed"), 1, kTimeout);
    QCOMPARE(client->last("unsubscribed").value(QStringLiteral("channel")).toString(),
             QStringLiteral("security"));
    QVERIFY(!client->closed);

    const qint64 hidden = publish(QStringLiteral("security"));
    const qint64 shown = publish(QStringLiteral("broadcast"));
    QTRY_VERIFY_WITH_TIMEOUT(client->alertSeqs().contains(shown), kTimeout);
    QVERIFY(!client->alertSeqs().contains(hidden));
}

void TestAlertServer::ingestSessionHandsEventsOver()
{
    startServer(testConfig());
    QVERIFY(
        m_hub->secrets().write(QString::fromLatin1(AlertServer::kIngestKeyName), "k-0123456789abcdef").ok());
    QList<QPair<QJsonObject, QString>> handled;
    m_server->setIngestHandler([&](const QJsonObject& event, const QString& peerIp) -> Status {
        if (event.value(QStringLiteral("event")).toString() == QLatin1String("nonsense"))
            return Error{QStringLiteral("ingest.unknown_event"), QStringLiteral("Unknown event.")};
        handled.append({event, peerIp});
        return {};
    });

    Client ingest;
    ingest.open(m_server->url(), "Bearer ingest:k-0123456789abcdef");
    QTRY_COMPARE_WITH_TIMEOUT(ingest.count("welcome"), 1, kTimeout);
    QCOMPARE(ingest.last("welcome").value(QStringLiteral("role")).toString(), QStringLiteral("ingest"));
    const QJsonObject login{{QStringLiteral("event"), QStringLiteral("login")},
                            {QStringLiteral("success"), false},
                            {QStringLiteral("ip"), QStringLiteral("203.0.113.9")},
                            {QStringLiteral("user"), QStringLiteral("omar")}};
    ingest.send(frame("event", {{QStringLiteral("event"), login}}));
    ingest.send(frame("event", {{QStringLiteral("event"),
                                 QJsonObject{{QStringLiteral("event"), QStringLiteral("nonsense")}}}}));
    ingest.send(subscribe(QStringLiteral("broadcast")));
    QTRY_COMPARE_WITH_TIMEOUT(ingest.count("accepted"), 1, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(ingest.count("error"), 2, kTimeout);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.first().first, login);
    QCOMPARE(handled.first().second, QStringLiteral("127.0.0.1"));
    const auto errors = ingest.ofType("error");
    QCOMPARE(errors[0].value(QStringLiteral("code")).toString(), QStringLiteral("rejected"));
    QCOMPARE(errors[0].value(QStringLiteral("detail")).toString(), QStringLiteral("ingest.unknown_event"));
    QCOMPARE(errors[0].value(QStringLiteral("ref")).toString(), QStringLiteral("event"));
    QCOMPARE(errors[1].value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));

    // The key also works in an auth frame; a user's token may not ingest.
    Client byFrame;
    byFrame.open(m_server->url());
    QTRY_VERIFY_WITH_TIMEOUT(byFrame.socket().state() == QAbstractSocket::ConnectedState, kTimeout);
    byFrame.send(frame("auth", {{QStringLiteral("token"), QStringLiteral("ingest:k-0123456789abcdef")}}));
    QTRY_COMPARE_WITH_TIMEOUT(byFrame.count("welcome"), 1, kTimeout);

    addUser(QStringLiteral("omar"), QStringLiteral("admin"));
    auto admin = connectAs(tokenFor(QStringLiteral("omar")));
    QVERIFY(admin);
    admin->send(frame("event", {{QStringLiteral("event"), login}}));
    QTRY_COMPARE_WITH_TIMEOUT(admin->count("error"), 1, kTimeout);
    QCOMPARE(admin->last("error").value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
    QCOMPARE(handled.size(), 1);
    QCOMPARE(refusals(QStringLiteral("forbidden_request")).size(), 2);
}

void TestAlertServer::secureWebSocketWithSelfSignedCertificate()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend");
    const QString cert = m_dir->filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir->filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("30"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    if (!openssl.waitForStarted())
        QSKIP("openssl is not installed");
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());

    AlertServerConfig config = testConfig();
    config.tlsCertificateFile = cert;
    config.tlsKeyFile = key;
    startServer(config);
    QCOMPARE(m_server->url().scheme(), QStringLiteral("wss"));
    addUser(QStringLiteral("huda"), QStringLiteral("security"));
    const QString token = tokenFor(QStringLiteral("huda"));

    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.setCaCertificates(QSslCertificate::fromPath(cert));
    trusting.setProtocol(QSsl::TlsV1_2OrLater);
    Client client;
    client.open(m_server->url(), bearer(token), trusting);
    QTRY_COMPARE_WITH_TIMEOUT(client.count("welcome"), 1, kTimeout);
    QCOMPARE(client.sslErrors, 0);
    QVERIFY(client.socket().sslConfiguration().sessionProtocol() >= QSsl::TlsV1_2);
    client.send(subscribe(QStringLiteral("security")));
    QTRY_COMPARE_WITH_TIMEOUT(client.count("subscribed"), 1, kTimeout);
    const qint64 seq = publish(QStringLiteral("security"));
    QTRY_COMPARE_WITH_TIMEOUT(client.alertSeqs(), QList<qint64>({seq}), kTimeout);

    // A client that does not trust the certificate never gets in.
    Client wary;
    wary.open(m_server->url(), bearer(token));
    QTRY_VERIFY_WITH_TIMEOUT(wary.sslErrors > 0 || wary.closed, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(wary.socket().state() == QAbstractSocket::UnconnectedState, kTimeout);
    QCOMPARE(wary.count("welcome"), 0);

    // Plain ws:// to a wss:// port does not get a session either.
    QUrl plain = m_server->url();
    plain.setScheme(QStringLiteral("ws"));
    Client clear;
    clear.open(plain, bearer(token));
    QTRY_VERIFY_WITH_TIMEOUT(clear.socket().state() == QAbstractSocket::UnconnectedState && clear.closed,
                             kTimeout);
    QCOMPARE(clear.count("welcome"), 0);
}

void TestAlertServer::listenReportsTlsProblemsAndWarnsWithoutTls()
{
    AlertServerConfig config = testConfig();
    config.tlsCertificateFile = m_dir->filePath(QStringLiteral("missing.pem"));
    config.tlsKeyFile = m_dir->filePath(QStringLiteral("missing.key"));
    AlertServer missing(m_hub->signIn(), m_hub->permissions(), m_hub->alerts(), m_hub->securityLog(),
                        m_hub->secrets(), m_clock, config);
    Status listening = missing.listen();
    QVERIFY(!listening.ok());
    QCOMPARE(listening.error().code, QStringLiteral("alerts.tls"));
    QVERIFY(!missing.isListening());

    config.tlsKeyFile.clear();
    AlertServer halfConfigured(m_hub->signIn(), m_hub->permissions(), m_hub->alerts(), m_hub->securityLog(),
                               m_hub->secrets(), m_clock, config);
    listening = halfConfigured.listen();
    QVERIFY(!listening.ok());
    QCOMPARE(listening.error().code, QStringLiteral("alerts.tls"));

    AlertServerConfig open = testConfig();
    open.address = QHostAddress(QHostAddress::AnyIPv4);
    AlertServer exposed(m_hub->signIn(), m_hub->permissions(), m_hub->alerts(), m_hub->securityLog(),
                        m_hub->secrets(), m_clock, open);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("without TLS")));
    QVERIFY(exposed.listen().ok());
    QCOMPARE(exposed.url().host(), QStringLiteral("127.0.0.1"));

    // The port in use: a clear error, not a crash.
    AlertServerConfig taken = testConfig();
    taken.address = QHostAddress(QHostAddress::AnyIPv4);
    taken.port = exposed.port();
    AlertServer second(m_hub->signIn(), m_hub->permissions(), m_hub->alerts(), m_hub->securityLog(),
                       m_hub->secrets(), m_clock, taken);
    listening = second.listen();
    QVERIFY(!listening.ok());
    QCOMPARE(listening.error().code, QStringLiteral("alerts.listen"));
}

QTEST_GUILESS_MAIN(TestAlertServer)
#include "tst_alertserver.moc"
