// nova-bench-alerts: live alert fan-out of Nova Admin's WebSocket endpoint
// against the specification's own stack (a Node Socket.IO server), measured
// by the same Node client. Prints figures; asserts nothing.
//
// Run it through scripts/bench.sh, which installs socket.io with npm first.
// Nova's path includes storing every alert (AlertBus::publish, SQLite) so a
// reconnecting client can resume; the Socket.IO server only broadcasts.

#include "ServiceHub.h"
#include "alerts/AlertBus.h"
#include "alerts/AlertServer.h"
#include "auth/SignInService.h"
#include "crypto/PasswordHasher.h"
#include "users/UserRepository.h"
#include "users/UserService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace nova;

namespace {

struct Figures {
    double deliveriesPerSecond = 0;
    qint64 p50 = 0;
    qint64 p99 = 0;
    bool ok = false;
};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Waits for a line from a Node process, running the event loop meanwhile
// (the alert server must keep sending while we wait).
QByteArray waitForLine(QProcess& process, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (process.canReadLine())
            return process.readLine().trimmed();
        if (process.state() == QProcess::NotRunning)
            return {};
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        process.waitForReadyRead(1);
    }
    return {};
}

void startNode(QProcess& process, const QString& script, const QStringList& arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), QStringLiteral(NOVA_SOURCE_DIR "/bench/node/node_modules"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral("node"),
                  QStringList{QStringLiteral(NOVA_SOURCE_DIR "/bench/node/") + script} + arguments);
}

Figures resultOf(QProcess& client, qint64 startMs)
{
    const QJsonObject result = QJsonDocument::fromJson(waitForLine(client)).object();
    Figures figures;
    if (result.isEmpty())
        return figures;
    const double seconds =
        qMax<qint64>(1, result.value(QStringLiteral("last")).toInteger() - startMs) / 1000.0;
    figures.deliveriesPerSecond = result.value(QStringLiteral("deliveries")).toDouble() / seconds;
    figures.p50 = result.value(QStringLiteral("p50")).toInteger();
    figures.p99 = result.value(QStringLiteral("p99")).toInteger();
    figures.ok = true;
    return figures;
}

class NovaSide {
public:
    bool open(const QString& folder)
    {
        ServiceConfig config;
        config.database = folder + QStringLiteral("/bench.sqlite");
        config.secrets = QStringLiteral("file:") + folder + QStringLiteral("/secrets");
        config.smsOutbox = folder + QStringLiteral("/outbox.jsonl");
        config.passwordHashing = PasswordHashParams{1, 8 * 1024, 1};
        auto hub = ServiceHub::open(config);
        if (!hub)
            return false;
        m_hub = std::move(hub).value();
        const QString password = QStringLiteral("Bench-Password-2026");
        UserRecord user;
        user.username = QStringLiteral("bench");
        user.role = QStringLiteral("security");
        user.passwordHash = *m_hub->hasher().hash(password);
        if (!m_hub->users().repository().insert(user))
            return false;
        auto signedIn = m_hub->signIn().signIn(user.username, password, {});
        if (!signedIn || !signedIn->session)
            return false;
        m_token = signedIn->session->token;
        AlertServerConfig serverConfig;
        serverConfig.maxConnectionsPerUser = 1000;
        serverConfig.maxConnections = 2000;
        // Every bench client signs in as the same user; the per-user frame
        // limit protects against one abusive user, not this.
        serverConfig.eventsPerWindow = 1000000;
        m_server = std::make_unique<AlertServer>(m_hub->signIn(), m_hub->permissions(), m_hub->alerts(),
                                                 m_hub->securityLog(), m_hub->secrets(), m_hub->clock(),
                                                 serverConfig);
        return m_server->listen().ok();
    }

    void publish()
    {
        Alert alert;
        alert.severity = Severity::High;
        alert.type = QStringLiteral("brute_force");
        alert.channel = QStringLiteral("broadcast");
        alert.messageEn = QStringLiteral("Brute force from 203.0.113.9: 5 failed logins within 15 min");
        alert.messageAr =
            QStringLiteral("هجوم تخمين كلمات المرور من 203.0.113.9: 5 محاولات دخول فاشلة خلال 15 دقيقة");
        alert.ip = QStringLiteral("203.0.113.9");
        alert.username = QStringLiteral("omar");
        (void)m_hub->alerts().publish(alert);
    }

    Figures run(int clients, int alerts, int rate)
    {
        QProcess client;
        startNode(client, QStringLiteral("fanout-client.js"),
                  {QStringLiteral("nova"), m_server->url().toString(), m_token, QString::number(clients),
                   QString::number(alerts)});
        if (waitForLine(client) != "ready")
            return {};
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        int sent = 0;
        QTimer timer;
        timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer, &QTimer::timeout, &timer, [&]() {
            publish();
            if (++sent == alerts)
                timer.stop();
        });
        if (rate <= 0) {
            for (int i = 0; i < alerts; ++i) {
                publish();
                QCoreApplication::processEvents();
            }
        } else {
            timer.start(1000 / rate);
        }
        const Figures figures = resultOf(client, start);
        client.kill();
        client.waitForFinished();
        return figures;
    }

private:
    std::unique_ptr<ServiceHub> m_hub;
    std::unique_ptr<AlertServer> m_server;
    QString m_token;
};

Figures runSocketIo(int clients, int alerts, int rate)
{
    QProcess server;
    startNode(server, QStringLiteral("socketio-server.js"), {});
    const QByteArray port = waitForLine(server);
    if (port.isEmpty())
        return {};
    QProcess client;
    startNode(client, QStringLiteral("fanout-client.js"),
              {QStringLiteral("socketio"), QStringLiteral("http://127.0.0.1:") + QString::fromLatin1(port),
               QStringLiteral("token"), QString::number(clients), QString::number(alerts)});
    if (waitForLine(client) != "ready")
        return {};
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    QByteArray command = "burst " + QByteArray::number(alerts);
    if (rate > 0)
        command = "rate " + QByteArray::number(rate) + ' ' + QByteArray::number(alerts);
    server.write(command + '\n');
    const Figures figures = resultOf(client, start);
    server.kill();
    server.waitForFinished();
    client.kill();
    client.waitForFinished();
    return figures;
}

QString ratio(double nova, double other)
{
    return other > 0 ? QString::number(nova / other, 'f', 2) : QStringLiteral("n/a");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nova-bench-alerts"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Alert fan-out: Nova Admin against Socket.IO."));
    parser.addHelpOption();
    const QCommandLineOption alerts(QStringLiteral("alerts"),
                                    QStringLiteral("Alerts per burst (default 500)."), QStringLiteral("N"),
                                    QStringLiteral("500"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  QStringLiteral("Alerts/s for latency (default 100)."), QStringLiteral("N"),
                                  QStringLiteral("100"));
    parser.addOptions({alerts, rate});
    parser.process(app);

    QTemporaryDir folder;
    NovaSide nova;
    if (!nova.open(folder.path())) {
        out() << "could not start Nova's alert server\n";
        return 1;
    }
    const int burst = qMax(1, parser.value(alerts).toInt());
    const int perSecond = qMax(1, parser.value(rate).toInt());
    const int latencyAlerts = perSecond * 3;

    out() << "Alert fan-out on loopback, " << burst << " alerts per burst; latency at " << perSecond
          << " alerts/s for 3 s\n"
          << "(Nova stores every alert before sending it; the Socket.IO server only broadcasts)\n\n";
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("clients"), 8)
                 .arg(QStringLiteral("nova deliveries/s"), 20)
                 .arg(QStringLiteral("socket.io deliv./s"), 20)
                 .arg(QStringLiteral("ratio"), 7)
                 .arg(QStringLiteral("nova p50/p99 ms"), 17)
                 .arg(QStringLiteral("socket.io p50/p99 ms"), 21);
    out().flush();
    for (int clients : {1, 10, 100}) {
        const Figures novaBurst = nova.run(clients, burst, 0);
        const Figures novaRate = nova.run(clients, latencyAlerts, perSecond);
        const Figures ioBurst = runSocketIo(clients, burst, 0);
        const Figures ioRate = runSocketIo(clients, latencyAlerts, perSecond);
        const auto latency = [](const Figures& f) {
            return f.ok ? QStringLiteral("%1/%2").arg(f.p50).arg(f.p99) : QStringLiteral("failed");
        };
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(clients, 8)
                     .arg(novaBurst.ok ? QString::number(novaBurst.deliveriesPerSecond, 'f', 0)
                                       : QStringLiteral("failed"),
                          20)
                     .arg(ioBurst.ok ? QString::number(ioBurst.deliveriesPerSecond, 'f', 0)
                                     : QStringLiteral("failed"),
                          20)
                     .arg(ratio(novaBurst.deliveriesPerSecond, ioBurst.deliveriesPerSecond), 7)
                     .arg(latency(novaRate), 17)
                     .arg(latency(ioRate), 21);
        out().flush();
    }
    return 0;
}
