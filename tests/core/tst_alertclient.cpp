#include "ManualClock.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "TestHub.h"
#include "alerts/AlertBus.h"
#include "alerts/AlertClient.h"
#include "alerts/AlertServer.h"
#include "auth/SignInService.h"
#include "rbac/DefaultRoles.h"
#include "users/UserRepository.h"
#include "users/UserService.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("Correct-Horse-Battery-9");

// Forwards TCP connections to the server and can cut them all at once, as a
// dropped network would: neither side gets a close frame.
class TcpProxy : public QObject {
public:
    explicit TcpProxy(quint16 target)
        : m_target(target)
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
    }
    bool listen() { return m_listener.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_listener.serverPort(); }
    int accepted() const { return m_accepted; }

    void dropAll()
    {
        const QList<QTcpSocket*> sockets = m_sockets;
        m_sockets.clear();
        for (QTcpSocket* socket : sockets) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
    }

private:
    void onNewConnection()
    {
        while (QTcpSocket* inbound = m_listener.nextPendingConnection()) {
            ++m_accepted;
            auto* outbound = new QTcpSocket(this);
            inbound->setParent(this);
            m_sockets << inbound << outbound;
            pipe(inbound, outbound);
            pipe(outbound, inbound);
            outbound->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    void pipe(QTcpSocket* from, QTcpSocket* to)
    {
        connect(from, &QTcpSocket::readyRead, this, [from, to]() {
            if (to->state() == QAbstractSocket::ConnectedState)
                to->write(from->readAll());
        });
        connect(to, &QTcpSocket::connected, this, [from, to]() { to->write(from->readAll()); });
        connect(from, &QTcpSocket::disconnected, this, [to]() { to->disconnectFromHost(); });
    }

    QTcpServer m_listener;
    quint16 m_target;
    QList<QTcpSocket*> m_sockets;
    int m_accepted = 0;
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

Alert sample(int i, const QString& channel = QStringLiteral("security"))
{
    Alert alert;
    alert.severity = Severity::High;
    alert.type = QStringLiteral("brute_force");
    alert.channel = channel;
    alert.messageEn = QStringLiteral("Alert %1").arg(i);
    alert.messageAr = QStringLiteral("تنبيه %1").arg(i);
    alert.ip = QStringLiteral("203.0.113.9");
    return alert;
}

QList<qint64> seqsOf(const QSignalSpy& spy)
{
    QList<qint64> seqs;
    for (const QList<QVariant>& arguments : spy)
        seqs.append(arguments.at(0).value<Alert>().seq);
    return seqs;
}

QList<AlertClient::State> statesOf(const QSignalSpy& spy)
{
    QList<AlertClient::State> states;
    for (const QList<QVariant>& arguments : spy)
        states.append(arguments.at(0).value<AlertClient::State>());
    return states;
}

// Retries after a few milliseconds so the reconnection tests do not wait.
BackoffPolicy quickBackoff()
{
    return BackoffPolicy{5, 40, 10'000};
}

qint64 upperBound(qint64 upper)
{
    return upper;
}

// Closes the client and waits until the server has let the connection go.
// (AlertServer's destructor must not meet live sessions: see the report.)
bool closeAndDrain(AlertClient& client, const AlertServer& server)
{
    client.close();
    return QTest::qWaitFor([&]() { return server.connectionCount() == 0; });
}

} // namespace

class TestAlertClient : public QObject, public nova::test::HubFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void backoffCeiling_data();
    void backoffCeiling();
    void backoffDelayStaysInBounds_data();
    void backoffDelayStaysInBounds();
    void backoffResetsAfterAStableConnection();

    void connectsAndReceivesAlerts();
    void resumesAfterTheLastSeenSeq();
    void everyAlertOnceAcrossDroppedConnections();
    void refusedTokenIsReportedNotRetried();
    void acknowledgeMarksTheAlert();
    void badUrlIsReported();
    void wssWithSelfSignedCertificate();

private:
    AlertClientConfig clientConfig() const;
    std::unique_ptr<AlertServer> makeServer(AlertServerConfig config = {});

    ManualClock m_clock{1'700'000'000'000};
    QString m_token;
};

void TestAlertClient::init()
{
    QFETCH_GLOBAL(QString, backend);
    const QString failed = openHub(backend, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    auto hash = m_hub->hasher().hash(kPassword);
    QVERIFY(hash.ok());
    UserRecord record;
    record.username = QStringLiteral("huda");
    record.role = DefaultRoles::kSecurity;
    record.passwordHash = *hash;
    QVERIFY(m_hub->users().repository().insert(record).ok());
    AccessContext context;
    context.ip = QStringLiteral("127.0.0.1");
    context.endpoint = QStringLiteral("test");
    auto signedIn = m_hub->signIn().signIn(QStringLiteral("huda"), kPassword, context);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.errorMessage()));
    QVERIFY(signedIn->session.has_value());
    m_token = signedIn->session->token;
}

void TestAlertClient::cleanup()
{
    closeHub();
}

AlertClientConfig TestAlertClient::clientConfig() const
{
    AlertClientConfig config;
    config.token = m_token;
    config.channels = {QStringLiteral("security")};
    config.backoff = quickBackoff();
    return config;
}

std::unique_ptr<AlertServer> TestAlertClient::makeServer(AlertServerConfig config)
{
    auto server = std::make_unique<AlertServer>(m_hub->signIn(), m_hub->permissions(), m_hub->alerts(),
                                                m_hub->securityLog(), m_hub->secrets(), m_clock, config);
    const Status listening = server->listen();
    if (!listening) {
        qWarning("listen: %s", qPrintable(listening.errorMessage()));
        return nullptr;
    }
    return server;
}

void TestAlertClient::backoffCeiling_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("ceiling");
    QTest::newRow("first") << 0 << qint64(500);
    QTest::newRow("second") << 1 << qint64(1000);
    QTest::newRow("third") << 2 << qint64(2000);
    QTest::newRow("sixth") << 5 << qint64(16000);
    QTest::newRow("capped") << 6 << qint64(30000);
    QTest::newRow("far beyond") << 200 << qint64(30000);
    QTest::newRow("int max") << std::numeric_limits<int>::max() << qint64(30000);
    QTest::newRow("negative") << -3 << qint64(500);
}

void TestAlertClient::backoffCeiling()
{
    QFETCH(int, attempt);
    QFETCH(qint64, ceiling);
    QCOMPARE(ReconnectBackoff::ceilingMs(attempt, BackoffPolicy{}), ceiling);
}

void TestAlertClient::backoffDelayStaysInBounds_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("drawn"); // what the random source returns
    QTest::addColumn<qint64>("delay");
    QTest::newRow("low end") << 3 << qint64(0) << qint64(0);
    QTest::newRow("high end") << 3 << qint64(4000) << qint64(4000);
    QTest::newRow("inside") << 4 << qint64(1234) << qint64(1234);
    QTest::newRow("source too high") << 1 << qint64(999'999) << qint64(1000);
    QTest::newRow("source negative") << 1 << qint64(-5) << qint64(0);
    QTest::newRow("capped high end") << 40 << qint64(30000) << qint64(30000);
}

void TestAlertClient::backoffDelayStaysInBounds()
{
    QFETCH(int, attempt);
    QFETCH(qint64, drawn);
    QFETCH(qint64, delay);
    qint64 askedFor = -1;
    const ReconnectBackoff::RandomSource random = [&](qint64 upper) {
        askedFor = upper;
        return drawn;
    };
    QCOMPARE(ReconnectBackoff::delayMs(attempt, BackoffPolicy{}, random), delay);
    // Full jitter: the draw spans the whole range up to the ceiling.
    QCOMPARE(askedFor, ReconnectBackoff::ceilingMs(attempt, BackoffPolicy{}));

    // The default source stays inside the range too.
    ReconnectBackoff backoff(m_clock);
    for (int i = 0; i <= attempt && i < 12; ++i) {
        const qint64 ceiling = ReconnectBackoff::ceilingMs(i, BackoffPolicy{});
        const qint64 next = backoff.nextDelayMs();
        QVERIFY2(next >= 0 && next <= ceiling, qPrintable(QString::number(next)));
    }
}

void TestAlertClient::backoffResetsAfterAStableConnection()
{
    ReconnectBackoff backoff(m_clock, BackoffPolicy{}, upperBound);
    QCOMPARE(backoff.nextDelayMs(), 500);
    QCOMPARE(backoff.nextDelayMs(), 1000);
    backoff.connected();
    m_clock.advanceSecs(5); // shorter than stableAfterMs: the schedule goes on
    backoff.disconnected();
    QCOMPARE(backoff.nextDelayMs(), 2000);
    backoff.connected();
    m_clock.advanceSecs(10);
    backoff.disconnected();
    QCOMPARE(backoff.attempt(), 0);
    QCOMPARE(backoff.nextDelayMs(), 500);
    // A failed attempt (never connected) does not reset.
    backoff.disconnected();
    QCOMPARE(backoff.nextDelayMs(), 1000);
}

void TestAlertClient::connectsAndReceivesAlerts()
{
    auto server = makeServer();
    QVERIFY(server);
    AlertClientConfig config = clientConfig();
    config.url = server->url();
    AlertClient client(config, m_clock, upperBound);
    QSignalSpy states(&client, &AlertClient::stateChanged);
    QSignalSpy alerts(&client, &AlertClient::alertReceived);
    client.open();
    QTRY_COMPARE(client.state(), AlertClient::State::Connected);
    QCOMPARE(statesOf(states),
             (QList<AlertClient::State>{AlertClient::State::Connecting, AlertClient::State::Authenticating,
                                        AlertClient::State::Connected}));
    auto published = m_hub->alerts().publish(sample(1));
    QVERIFY(published.ok());
    // Not subscribed to sale:9: that alert must not arrive.
    QVERIFY(m_hub->alerts().publish(sample(2, QStringLiteral("sale:9"))).ok());
    auto third = m_hub->alerts().publish(sample(3));
    QTRY_COMPARE(alerts.count(), 2);
    const Alert first = alerts.at(0).at(0).value<Alert>();
    QCOMPARE(first.seq, published->seq);
    QCOMPARE(first.messageAr, QStringLiteral("تنبيه 1"));
    QCOMPARE(first.channel, QStringLiteral("security"));
    QCOMPARE(first.severity, Severity::High);
    QCOMPARE(alerts.at(1).at(0).value<Alert>().seq, third->seq);
    QCOMPARE(client.lastSeq(), third->seq);
    QVERIFY(closeAndDrain(client, *server));
    QCOMPARE(client.state(), AlertClient::State::Disconnected);
}

void TestAlertClient::resumesAfterTheLastSeenSeq()
{
    QList<qint64> seqs;
    for (int i = 0; i < 4; ++i)
        seqs.append(m_hub->alerts().publish(sample(i))->seq);
    auto server = makeServer();
    QVERIFY(server);
    AlertClientConfig config = clientConfig();
    config.url = server->url();
    AlertClient client(config, m_clock, upperBound);
    // As persisted by a previous run: the first two were seen.
    client.setLastSeq(seqs.at(1));
    QSignalSpy alerts(&client, &AlertClient::alertReceived);
    client.open();
    QTRY_COMPARE(client.state(), AlertClient::State::Connected);
    QTRY_COMPARE(alerts.count(), 2);
    QCOMPARE(seqsOf(alerts), seqs.mid(2));
    QVERIFY(closeAndDrain(client, *server));
}

void TestAlertClient::everyAlertOnceAcrossDroppedConnections()
{
    AlertServerConfig serverConfig;
    serverConfig.port = freePort();
    auto server = makeServer(serverConfig);
    QVERIFY(server);
    TcpProxy proxy(server->port());
    QVERIFY(proxy.listen());
    AlertClientConfig config = clientConfig();
    config.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/alerts").arg(proxy.port()));
    AlertClient client(config, m_clock, upperBound);
    QSignalSpy alerts(&client, &AlertClient::alertReceived);
    QSignalSpy states(&client, &AlertClient::stateChanged);
    client.open();
    QTRY_COMPARE(client.state(), AlertClient::State::Connected);

    // Publish on a timer so alerts keep coming while connections are cut.
    constexpr int kTotal = 240;
    QList<qint64> sent;
    QTimer publisher;
    publisher.setInterval(2);
    connect(&publisher, &QTimer::timeout, this, [&]() {
        auto published = m_hub->alerts().publish(sample(sent.size()));
        if (published)
            sent.append(published->seq);
        if (sent.size() == 50 || sent.size() == 110 || sent.size() == 200)
            proxy.dropAll();
        if (sent.size() == 150) {
            // The server restarts on the same port.
            server->close();
            QVERIFY(server->listen().ok());
        }
        if (sent.size() == kTotal)
            publisher.stop();
    });
    publisher.start();
    QTRY_VERIFY_WITH_TIMEOUT(!publisher.isActive(), 30000);
    QCOMPARE(sent.size(), kTotal);
    QTRY_COMPARE_WITH_TIMEOUT(client.lastSeq(), sent.last(), 30000);
    QTRY_COMPARE(client.state(), AlertClient::State::Connected);
    QCOMPARE(seqsOf(alerts), sent);
    // Four cuts, four reconnections at least (one per cut; more if a retry met the restart).
    QVERIFY2(statesOf(states).count(AlertClient::State::Reconnecting) >= 4,
             qPrintable(QString::number(statesOf(states).count(AlertClient::State::Reconnecting))));
    QVERIFY(proxy.accepted() >= 5);
    QVERIFY(closeAndDrain(client, *server));
}

void TestAlertClient::refusedTokenIsReportedNotRetried()
{
    auto server = makeServer();
    QVERIFY(server);
    AlertClientConfig config = clientConfig();
    config.url = server->url();
    // A well-formed token with a signature that is not the server's.
    QString forged = m_token;
    forged.chop(4);
    forged += QStringLiteral("AAAA");
    config.token = forged;
    AlertClient client(config, m_clock, upperBound);
    QSignalSpy states(&client, &AlertClient::stateChanged);
    QSignalSpy errors(&client, &AlertClient::errorReceived);
    client.open();
    QTRY_COMPARE(client.state(), AlertClient::State::Refused);
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.last().at(0).toString().startsWith(QLatin1String("auth.")),
             qPrintable(errors.last().at(0).toString()));
    // A reconnect loop would have gone through Connecting again many times
    // within this wait (its delays are a few milliseconds).
    QTest::qWait(300);
    QCOMPARE(statesOf(states).count(AlertClient::State::Connecting), 1);
    QCOMPARE(client.state(), AlertClient::State::Refused);
    QCOMPARE(server->connectionCount(), 0);

    // A new token starts again.
    client.setToken(m_token);
    QTRY_COMPARE(client.state(), AlertClient::State::Connected);
    QVERIFY(closeAndDrain(client, *server));
}

void TestAlertClient::acknowledgeMarksTheAlert()
{
    auto server = makeServer();
    QVERIFY(server);
    AlertClientConfig config = clientConfig();
    config.url = server->url();
    AlertClient client(config, m_clock, upperBound);
    QVERIFY(!client.acknowledge(1)); // not connected
    QSignalSpy alerts(&client, &AlertClient::alertReceived);
    client.open();
    QTRY_COMPARE(client.state(), AlertClient::State::Connected);
    auto published = m_hub->alerts().publish(sample(1));
    QTRY_COMPARE(alerts.count(), 1);
    QVERIFY(client.acknowledge(published->seq));
    QTRY_COMPARE(m_hub->alerts().since(published->seq - 1)->first().ackedBy, QStringLiteral("huda"));
    QVERIFY(closeAndDrain(client, *server));
}

void TestAlertClient::badUrlIsReported()
{
    AlertClientConfig config = clientConfig();
    config.url = QUrl(QStringLiteral("http://127.0.0.1:1/alerts"));
    AlertClient client(config, m_clock, upperBound);
    QSignalSpy errors(&client, &AlertClient::errorReceived);
    client.open();
    QCOMPARE(client.state(), AlertClient::State::Disconnected);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).toString(), QStringLiteral("config.url"));
}

void TestAlertClient::wssWithSelfSignedCertificate()
{
    QTemporaryDir tls;
    QProcess openssl;
    openssl.setWorkingDirectory(tls.path());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
                   QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    if (!openssl.waitForStarted())
        QSKIP("openssl is not installed");
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);

    AlertServerConfig serverConfig;
    serverConfig.tlsCertificateFile = tls.filePath(QStringLiteral("cert.pem"));
    serverConfig.tlsKeyFile = tls.filePath(QStringLiteral("key.pem"));
    auto server = makeServer(serverConfig);
    QVERIFY(server);
    QCOMPARE(server->url().scheme(), QStringLiteral("wss"));
    const QUrl url(QStringLiteral("wss://localhost:%1/alerts").arg(server->port()));

    // Without the certificate the server is not trusted, and nothing is received.
    {
        AlertClientConfig config = clientConfig();
        config.url = url;
        AlertClient untrusting(config, m_clock, upperBound);
        QSignalSpy errors(&untrusting, &AlertClient::errorReceived);
        untrusting.open();
        QTRY_VERIFY(std::any_of(errors.cbegin(), errors.cend(), [](const QList<QVariant>& e) {
            return e.at(0).toString() == QLatin1String("tls.error");
        }));
        QVERIFY(untrusting.state() != AlertClient::State::Connected);
        QVERIFY(closeAndDrain(untrusting, *server));
    }

    auto certificates = AlertClient::loadCertificates(tls.filePath(QStringLiteral("cert.pem")));
    QVERIFY2(certificates.ok(), qPrintable(certificates.errorMessage()));
    AlertClientConfig config = clientConfig();
    config.url = url;
    config.caCertificates = *certificates;
    AlertClient client(config, m_clock, upperBound);
    QSignalSpy alerts(&client, &AlertClient::alertReceived);
    client.open();
    QTRY_COMPARE(client.state(), AlertClient::State::Connected);
    auto published = m_hub->alerts().publish(sample(7));
    QTRY_COMPARE(alerts.count(), 1);
    QCOMPARE(alerts.at(0).at(0).value<Alert>().seq, published->seq);
    QVERIFY(closeAndDrain(client, *server));

    const auto missing = AlertClient::loadCertificates(tls.filePath(QStringLiteral("absent.pem")));
    QCOMPARE(missing.error().code, QStringLiteral("tls.ca_unreadable"));
    const auto notPem = AlertClient::loadCertificates(tls.filePath(QStringLiteral("key.pem")));
    QCOMPARE(notPem.error().code, QStringLiteral("tls.ca_invalid"));
}

QTEST_GUILESS_MAIN(TestAlertClient)
#include "tst_alertclient.moc"
