#include "AlertClient.h"

#include "Bidi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

namespace nova {

namespace {

// Close code of an authentication refusal (docs/ALERTS_PROTOCOL.md).
constexpr quint16 kCloseUnauthenticated = 4401;
// The protocol's limit for the channels of one resume frame.
constexpr qsizetype kMaxResumeChannels = 64;

QString text(const QJsonObject& frame, const char* key)
{
    return frame.value(QLatin1String(key)).toString();
}

} // namespace

AlertClient::AlertClient(AlertClientConfig config, const Clock& clock, ReconnectBackoff::RandomSource random,
                         QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_backoff(clock, m_config.backoff, std::move(random))
    , m_reconnectTimer(new QTimer(this))
    , m_heartbeatTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, [this]() {
        m_reconnectDelayMs = -1;
        connectSocket();
    });
    connect(m_heartbeatTimer, &QTimer::timeout, this, &AlertClient::onHeartbeat);
}

AlertClient::~AlertClient()
{
    m_wanted = false;
    dropSocket();
}

Result<QList<QSslCertificate>> AlertClient::loadCertificates(const QString& pemPath)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QStringLiteral("tls.ca_unreadable"),
            tr("The certificate file %1 cannot be read: %2").arg(leftToRight(pemPath), file.errorString())};
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return Error{QStringLiteral("tls.ca_invalid"),
                     tr("The file %1 holds no PEM certificate.").arg(leftToRight(pemPath))};
    return certificates;
}

void AlertClient::open()
{
    if (m_wanted && m_state != State::Refused)
        return;
    m_wanted = true;
    m_backoff.reset();
    connectSocket();
}

void AlertClient::close()
{
    m_wanted = false;
    m_reconnectTimer->stop();
    m_reconnectDelayMs = -1;
    dropSocket();
    setState(State::Disconnected);
}

void AlertClient::setToken(const QString& token)
{
    m_config.token = token;
    if (m_socket)
        m_tokenRenewed = true;
    if (m_wanted && m_state == State::Refused) {
        m_backoff.reset();
        connectSocket();
    }
}

void AlertClient::setLastSeq(qint64 seq)
{
    m_lastSeq = qMax<qint64>(seq, 0);
}

bool AlertClient::acknowledge(qint64 seq)
{
    if (!m_socket || !m_welcomed || seq <= 0)
        return false;
    sendFrame({{QStringLiteral("type"), QStringLiteral("ack")}, {QStringLiteral("seq"), seq}});
    return true;
}

void AlertClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AlertClient::connectSocket()
{
    dropSocket();
    const QString scheme = m_config.url.scheme();
    if (!m_config.url.isValid() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))) {
        m_wanted = false;
        setState(State::Disconnected);
        Q_EMIT errorReceived(QStringLiteral("config.url"),
                             //: %1 is the configured address, %2 and %3 the schemes ws:// and wss://
                             tr("The alert server address %1 is not a %2 or %3 URL.")
                                 .arg(leftToRight(m_config.url.toDisplayString()),
                                      leftToRight(QStringLiteral("ws://")),
                                      leftToRight(QStringLiteral("wss://"))));
        return;
    }
    if (m_config.token.isEmpty()) {
        setState(State::Refused);
        Q_EMIT errorReceived(QStringLiteral("auth.missing"), tr("Sign in to receive live alerts."));
        return;
    }

    auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    socket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(m_config.maxIncomingBytes));
    socket->setMaxAllowedIncomingFrameSize(static_cast<quint64>(m_config.maxIncomingBytes));
    if (scheme == QLatin1String("wss")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.addCaCertificates(m_config.caCertificates);
        socket->setSslConfiguration(tls);
    }
    connect(socket, &QWebSocket::connected, this, [this, socket]() { onConnected(socket); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket]() { onDisconnected(socket); });
    connect(socket, &QWebSocket::stateChanged, this, [this, socket](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            onDisconnected(socket);
    });
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString& message) { onTextMessage(socket, message); });
    connect(socket, &QWebSocket::pong, this, [this, socket]() {
        if (socket == m_socket)
            m_lastActivityMs = m_clock.nowMSecs();
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket == m_socket)
                    Q_EMIT errorReceived(
                        QStringLiteral("connection.error"),
                        tr("The alert server cannot be reached: %1").arg(socket->errorString()));
            });
    connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError>& errors) {
        if (socket != m_socket)
            return;
        // Never ignored: a certificate the configuration does not trust ends the attempt.
        QStringList reasons;
        for (const QSslError& error : errors)
            reasons.append(error.errorString());
        Q_EMIT errorReceived(
            QStringLiteral("tls.error"),
            tr("The alert server's certificate is not trusted: %1").arg(reasons.join(QStringLiteral("; "))));
    });

    QNetworkRequest request(m_config.url);
    request.setRawHeader("Authorization", "Bearer " + m_config.token.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("NovaAdmin-AlertClient"));
    m_welcomed = false;
    m_tokenRenewed = false;
    setState(State::Connecting);
    socket->open(request);
}

void AlertClient::dropSocket()
{
    m_heartbeatTimer->stop();
    if (!m_socket)
        return;
    QWebSocket* socket = m_socket;
    m_socket = nullptr;
    m_welcomed = false;
    disconnect(socket, nullptr, this, nullptr);
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->close(QWebSocketProtocol::CloseCodeNormal);
    else
        socket->abort();
    socket->deleteLater();
}

void AlertClient::scheduleReconnect()
{
    m_reconnectDelayMs = m_backoff.nextDelayMs();
    setState(State::Reconnecting);
    m_reconnectTimer->start(static_cast<int>(m_reconnectDelayMs));
}

void AlertClient::onConnected(QWebSocket* socket)
{
    if (socket != m_socket)
        return;
    m_lastActivityMs = m_clock.nowMSecs();
    if (m_config.heartbeatIntervalMs > 0)
        m_heartbeatTimer->start(m_config.heartbeatIntervalMs);
    setState(State::Authenticating);
}

void AlertClient::onDisconnected(QWebSocket* socket)
{
    if (socket != m_socket)
        return;
    const auto code = static_cast<quint16>(socket->closeCode());
    const QString reason = socket->closeReason();
    const bool renewed = m_tokenRenewed;
    dropSocket();
    m_backoff.disconnected();
    if (!m_wanted) {
        setState(State::Disconnected);
        return;
    }
    if (code == kCloseUnauthenticated) {
        if (renewed) {
            // The refusal was for the token this connection started with.
            connectSocket();
            return;
        }
        const QString why = reason.isEmpty() ? QStringLiteral("refused") : reason;
        setState(State::Refused);
        Q_EMIT errorReceived(
            QStringLiteral("auth.") + why,
            //: %1 is the server's reason code, such as "expired"
            tr("The alert server refused the sign-in (%1). Sign in again.").arg(leftToRight(why)));
        return;
    }
    switch (code) {
    case QWebSocketProtocol::CloseCodeNormal:
    case QWebSocketProtocol::CloseCodeGoingAway:
    case QWebSocketProtocol::CloseCodeAbnormalDisconnection:
        break;
    default:
        Q_EMIT errorReceived(QStringLiteral("connection.closed"),
                             //: %1 is a WebSocket close code, %2 the server's reason
                             tr("The alert server closed the connection (%1 %2).")
                                 .arg(QString::number(code), leftToRight(reason)));
    }
    scheduleReconnect();
}

void AlertClient::onTextMessage(QWebSocket* socket, const QString& message)
{
    if (socket != m_socket)
        return;
    m_lastActivityMs = m_clock.nowMSecs();
    const QJsonObject frame = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = text(frame, "type");
    if (type == QLatin1String("welcome")) {
        m_welcomed = true;
        m_backoff.connected();
        // Naming the channels in the resume frame subscribes before the
        // replay, so no live alert can overtake the missed ones.
        QJsonObject resume{{QStringLiteral("type"), QStringLiteral("resume")},
                           {QStringLiteral("after"), m_lastSeq}};
        if (!m_config.channels.isEmpty())
            resume.insert(QStringLiteral("channels"),
                          QJsonArray::fromStringList(m_config.channels.mid(0, kMaxResumeChannels)));
        sendFrame(resume);
    } else if (type == QLatin1String("alert")) {
        onAlertFrame(frame);
    } else if (type == QLatin1String("resumed")) {
        setState(State::Connected);
    } else if (type == QLatin1String("error")) {
        Q_EMIT errorReceived(text(frame, "code"), text(frame, "message"));
    }
}

void AlertClient::onAlertFrame(const QJsonObject& frame)
{
    const qint64 seq = frame.value(QStringLiteral("seq")).toInteger();
    // Already seen (a replay overlapping what arrived live) or malformed.
    if (seq <= m_lastSeq)
        return;
    Alert alert = Alert::fromJson(frame.value(QStringLiteral("alert")).toObject());
    alert.seq = seq;
    m_lastSeq = seq;
    Q_EMIT alertReceived(alert);
}

void AlertClient::onHeartbeat()
{
    if (!m_socket)
        return;
    if (m_clock.nowMSecs() - m_lastActivityMs > 3 * qint64(m_config.heartbeatIntervalMs)) {
        Q_EMIT errorReceived(QStringLiteral("connection.timeout"),
                             tr("The alert server stopped answering; reconnecting."));
        onDisconnected(m_socket);
        return;
    }
    m_socket->ping();
}

void AlertClient::sendFrame(const QJsonObject& frame)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

} // namespace nova
