#include "LiveAlertConnection.h"

#include "Bidi.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "alerts/AlertBus.h"
#include "alerts/AlertServer.h"

#include <QTimer>

namespace nova::ui {

namespace {
// Alerts arriving within this window reach the views as one batch.
constexpr int kBatchMs = 100;
} // namespace

LiveAlertConnection::LiveAlertConnection(UiSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_batchTimer(new QTimer(this))
{
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(kBatchMs);
    connect(m_batchTimer, &QTimer::timeout, this, &LiveAlertConnection::flush);
    connect(&m_session, &UiSession::tokenRenewed, this, [this](const QString& token) {
        if (m_client)
            m_client->setToken(token);
    });
    connect(&m_session, &UiSession::signedOut, this, &LiveAlertConnection::stop);
    connect(&m_session, &UiSession::permissionsChanged, this, &LiveAlertConnection::onPermissionsChanged);
}

LiveAlertConnection::~LiveAlertConnection()
{
    stop();
}

void LiveAlertConnection::setEmbeddedServerConfig(const AlertServerConfig& config)
{
    m_serverConfig = config;
}

Status LiveAlertConnection::start(const QUrl& serverUrl)
{
    if (!m_session.isSignedIn())
        return Error{QStringLiteral("alerts.signed_out"), tr("Sign in to receive live alerts.")};
    stop();
    ServiceHub& hub = m_session.hub();
    QUrl url = serverUrl;
    if (url.isEmpty()) {
        AlertServerConfig config = m_serverConfig;
        // In-process only: never reachable from the network.
        config.address = QHostAddress(QHostAddress::LocalHost);
        auto server = std::make_unique<AlertServer>(hub.signIn(), hub.permissions(), hub.alerts(),
                                                    hub.securityLog(), hub.secrets(), hub.clock(), config);
        if (auto listening = server->listen(); !listening)
            return listening;
        // Alerts other processes store in the same database (nova-ctl, a
        // second desktop) reach the embedded server through the bus.
        if (!hub.alerts().isWatching()) {
            if (auto watching = hub.alerts().startWatching(); !watching)
                return watching;
            m_watchingBus = true;
            connect(&hub.alerts(), &AlertBus::watchError, this,
                    [this](const Error& error) { Q_EMIT errorReceived(error.message); });
        }
        url = server->url();
        m_server = std::move(server);
    } else if (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss")) {
        return Error{QStringLiteral("alerts.url"),
                     //: %1 is the URL that was given
                     tr("The alert server address %1 is not a ws:// or wss:// URL.")
                         .arg(leftToRight(url.toDisplayString()))};
    }
    // Live from the newest stored alert; the page reads older ones as history.
    m_liveFromSeq = hub.alerts().lastSeq();
    startClient(url, m_liveFromSeq);
    Q_EMIT started();
    return {};
}

void LiveAlertConnection::stop()
{
    m_batchTimer->stop();
    // A signed-out user's alerts must not reach the next user's views.
    m_pending.clear();
    const bool wasRunning = m_client != nullptr;
    dropClient();
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
    if (m_watchingBus) {
        m_watchingBus = false;
        disconnect(&m_session.hub().alerts(), &AlertBus::watchError, this, nullptr);
        m_session.hub().alerts().stopWatching();
    }
    if (wasRunning)
        Q_EMIT stateChanged(AlertClient::State::Disconnected);
}

AlertClient::State LiveAlertConnection::state() const
{
    return m_client ? m_client->state() : AlertClient::State::Disconnected;
}

QUrl LiveAlertConnection::serverUrl() const
{
    return m_client ? m_client->config().url : QUrl();
}

qint64 LiveAlertConnection::lastSeq() const
{
    return m_client ? m_client->lastSeq() : m_liveFromSeq;
}

bool LiveAlertConnection::acknowledge(qint64 seq)
{
    return m_client && m_client->acknowledge(seq);
}

void LiveAlertConnection::startClient(const QUrl& url, qint64 afterSeq)
{
    AlertClientConfig config;
    config.url = url;
    config.token = m_session.token();
    m_channels = readableChannels();
    config.channels = m_channels;
    m_client = new AlertClient(config, m_session.hub().clock(), {}, this);
    m_client->setLastSeq(afterSeq);
    connect(m_client, &AlertClient::stateChanged, this, &LiveAlertConnection::stateChanged);
    connect(m_client, &AlertClient::alertReceived, this, &LiveAlertConnection::onAlert);
    connect(m_client, &AlertClient::errorReceived, this,
            [this](const QString&, const QString& message) { Q_EMIT errorReceived(message); });
    m_client->open();
}

void LiveAlertConnection::dropClient()
{
    if (!m_client)
        return;
    AlertClient* client = m_client;
    m_client = nullptr;
    disconnect(client, nullptr, this, nullptr);
    client->close();
    // Possibly inside one of its own signals.
    client->deleteLater();
}

void LiveAlertConnection::onAlert(const Alert& alert)
{
    m_pending.append(alert);
    if (!m_batchTimer->isActive())
        m_batchTimer->start();
}

void LiveAlertConnection::onPermissionsChanged()
{
    if (!m_client || !m_session.isSignedIn() || readableChannels() == m_channels)
        return;
    // Subscribe to what the user may read now, without losing our place.
    const QUrl url = m_client->config().url;
    const qint64 seq = m_client->lastSeq();
    flush();
    dropClient();
    startClient(url, seq);
}

void LiveAlertConnection::flush()
{
    m_batchTimer->stop();
    if (m_pending.isEmpty())
        return;
    const QList<Alert> batch = std::exchange(m_pending, {});
    Q_EMIT alertsReceived(batch);
}

QStringList LiveAlertConnection::readableChannels() const
{
    QStringList channels;
    if (m_session.can(QStringLiteral("alerts"), Permission::kRead))
        channels.append(QStringLiteral("security"));
    channels.append(QStringLiteral("user:%1").arg(m_session.claims().userId));
    channels.append(QStringLiteral("broadcast"));
    return channels;
}

} // namespace nova::ui
