#include "ManualClock.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "TestHub.h"
#include "alerts/AlertBus.h"
#include "alerts/AlertServer.h"
#include "auth/SignInService.h"
#include "crypto/PasswordHasher.h"
#include "users/UserRepository.h"
#include "users/UserService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("Correct-Horse-Battery-9");
constexpr int kTimeout = 30000;

QString script()
{
    return QStringLiteral(NOVA_SOURCE_DIR "/tests/node/alerts_client.js");
}

// Node's own search path plus Debian's, where node-ws installs `ws`.
QProcessEnvironment nodeEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString existing = environment.value(QStringLiteral("NODE_PATH"));
    environment.insert(QStringLiteral("NODE_PATH"), existing.isEmpty()
                                                        ? QStringLiteral("/usr/share/nodejs")
                                                        : existing + QStringLiteral(":/usr/share/nodejs"));
    return environment;
}

// The node-ws client's output, one JSON frame per line.
class NodeClient {
public:
    NodeClient(const QString& node, const QUrl& url, const QString& token, int alerts)
    {
        m_process.setProcessEnvironment(nodeEnvironment());
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this]() {
            m_buffer += m_process.readAllStandardOutput();
            qsizetype newline = 0;
            while ((newline = m_buffer.indexOf('\n')) >= 0) {
                lines.append(QJsonDocument::fromJson(m_buffer.left(newline)).object());
                m_buffer.remove(0, newline + 1);
            }
        });
        m_process.start(node, {script(), url.toString(), token, QString::number(alerts)});
    }
    ~NodeClient()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool has(const char* type, const QString& field = {}, const QString& value = {}) const
    {
        for (const QJsonObject& line : lines) {
            if (line.value(QStringLiteral("type")).toString() == QLatin1String(type) &&
                (field.isEmpty() || line.value(field).toString() == value))
                return true;
        }
        return false;
    }
    QList<qint64> alertSeqs() const
    {
        QList<qint64> seqs;
        for (const QJsonObject& line : lines) {
            if (line.value(QStringLiteral("type")).toString() == QLatin1String("alert"))
                seqs.append(line.value(QStringLiteral("seq")).toInteger());
        }
        return seqs;
    }
    QJsonObject last() const { return lines.isEmpty() ? QJsonObject() : lines.last(); }
    QProcess& process() { return m_process; }

    QList<QJsonObject> lines;

private:
    QProcess m_process;
    QByteArray m_buffer;
};

} // namespace

class TestAlertServerNode : public QObject, public nova::test::HubFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void initTestCase();
    void init();
    void cleanup();

    void nodeClientReceivesAlerts();
    void nodeClientWithABadTokenIsRefused();

private:
    QString m_node;
    std::unique_ptr<AlertServer> m_server;
    ManualClock m_clock{1'700'000'000'000};
    QString m_token;
};

void TestAlertServerNode::initTestCase()
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (m_node.isEmpty())
        QSKIP("node is not installed");
    QProcess probe;
    probe.setProcessEnvironment(nodeEnvironment());
    probe.start(m_node, {QStringLiteral("-e"), QStringLiteral("require('ws')")});
    QVERIFY(probe.waitForFinished(kTimeout));
    if (probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QSKIP("Node's ws package is not installed (Debian: node-ws)");
}

void TestAlertServerNode::init()
{
    QFETCH_GLOBAL(QString, backend);
    const QString failed = openHub(backend, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    auto hash = m_hub->hasher().hash(kPassword);
    QVERIFY(hash.ok());
    UserRecord record;
    record.username = QStringLiteral("nadia");
    record.role = QStringLiteral("broker");
    record.passwordHash = *hash;
    QVERIFY(m_hub->users().repository().insert(record).ok());
    auto signedIn = m_hub->signIn().signIn(record.username, kPassword, AccessContext{});
    QVERIFY(signedIn.ok() && signedIn->session);
    m_token = signedIn->session->token;

    m_server = std::make_unique<AlertServer>(m_hub->signIn(), m_hub->permissions(), m_hub->alerts(),
                                             m_hub->securityLog(), m_hub->secrets(), m_clock);
    const Status listening = m_server->listen();
    QVERIFY2(listening.ok(), qPrintable(listening.errorMessage()));
}

void TestAlertServerNode::cleanup()
{
    m_server.reset();
    closeHub();
}

void TestAlertServerNode::nodeClientReceivesAlerts()
{
    NodeClient client(m_node, m_server->url(), m_token, 2);
    QTRY_VERIFY_WITH_TIMEOUT(client.has("subscribed", QStringLiteral("channel"), QStringLiteral("broadcast")),
                             kTimeout);
    const QJsonObject welcome = client.lines.first();
    QCOMPARE(welcome.value(QStringLiteral("type")).toString(), QStringLiteral("welcome"));
    QCOMPARE(welcome.value(QStringLiteral("user")).toString(), QStringLiteral("nadia"));

    Alert alert;
    alert.channel = QStringLiteral("security"); // not for this client
    alert.type = QStringLiteral("brute_force");
    alert.messageEn = QStringLiteral("Brute force");
    alert.messageAr = QStringLiteral("هجوم تخمين");
    QVERIFY(m_hub->alerts().publish(alert).ok());
    alert.channel = QStringLiteral("broadcast");
    alert.type = QStringLiteral("maintenance");
    alert.messageAr = QStringLiteral("صيانة الليلة");
    auto first = m_hub->alerts().publish(alert);
    auto second = m_hub->alerts().publish(alert);
    QVERIFY(first.ok() && second.ok());

    // The server runs in this thread: wait with the event loop running.
    QTRY_VERIFY_WITH_TIMEOUT(client.process().state() == QProcess::NotRunning, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(client.has("closed"), kTimeout);
    QCOMPARE(client.process().exitCode(), 0);
    QCOMPARE(client.alertSeqs(), QList<qint64>({first->seq, second->seq}));
    for (const QJsonObject& line : client.lines) {
        if (line.value(QStringLiteral("type")).toString() != QLatin1String("alert"))
            continue;
        const QJsonObject body = line.value(QStringLiteral("alert")).toObject();
        QCOMPARE(body.value(QStringLiteral("channel")).toString(), QStringLiteral("broadcast"));
        QCOMPARE(body.value(QStringLiteral("message_ar")).toString(), QStringLiteral("صيانة الليلة"));
    }
    QCOMPARE(client.last().value(QStringLiteral("code")).toInt(), 1000);
}

void TestAlertServerNode::nodeClientWithABadTokenIsRefused()
{
    QString forged = m_token;
    forged.chop(4);
    forged += QStringLiteral("AAAA");
    NodeClient client(m_node, m_server->url(), forged, 1);
    QTRY_VERIFY_WITH_TIMEOUT(client.process().state() == QProcess::NotRunning, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(client.has("closed"), kTimeout);
    QCOMPARE(client.process().exitCode(), 1);
    QCOMPARE(client.last().value(QStringLiteral("code")).toInt(), 4401);
    QCOMPARE(client.last().value(QStringLiteral("reason")).toString(), QStringLiteral("invalid"));
    QVERIFY(!client.has("welcome"));
}

QTEST_GUILESS_MAIN(TestAlertServerNode)
#include "tst_alertserver_node.moc"
