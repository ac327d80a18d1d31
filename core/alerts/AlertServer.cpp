#include "AlertServer.h"

#include "Bidi.h"
#include "alerts/AlertBus.h"
#include "alerts/AlertProtocol.h"
#include "alerts/AlertRequest.h"
#include "alerts/AlertSession.h"
#include "auth/SignInService.h"
#include "blocklist/IpBlockList.h"
#include "crypto/ConstantTime.h"
#include "rbac/PermissionService.h"
#include "secrets/SecretStore.h"
#include "securitylog/SecurityLog.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

namespace nova {

namespace {

constexpr int kMinTimerMs = 20;

Permission alertsPermission(const QString& action)
{
    return Permission{QStringLiteral("alerts"), action};
}

Result<QSslConfiguration> tlsConfiguration(const QString& certificateFile, const QString& keyFile)
{
    auto fail = [](const QString& message) { return Error{QStringLiteral("alerts.tls"), message}; };
    if (!QSslSocket::supportsSsl())
        return fail(QCoreApplication::translate("nova::AlertServer", "TLS is not available on this system."));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return fail(
            QCoreApplication::translate("nova::AlertServer", "No PEM certificate could be read from %1.")
                .arg(leftToRight(certificateFile)));
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("nova::AlertServer", "The TLS key %1 cannot be read: %2")
                        .arg(leftToRight(keyFile), file.errorString()));
    const QByteArray pem = file.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return fail(QCoreApplication::translate("nova::AlertServer",
                                                "%1 holds no unencrypted PEM private key (RSA, EC or DSA).")
                        .arg(leftToRight(keyFile)));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace

AlertServer::AlertServer(SignInService& signIn, PermissionService& permissions, AlertBus& alerts,
                         SecurityLog& log, SecretStore& secrets, const Clock& clock, AlertServerConfig config,
                         QObject* parent)
    : QObject(parent)
    , m_signIn(signIn)
    , m_permissions(permissions)
    , m_alerts(alerts)
    , m_log(log)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_config(std::move(config))
    // Counts saturate at the cap, and the close threshold is twice the budget.
    , m_rate(m_config.rateWindowMs,
             2 * std::max(m_config.eventsPerWindow, m_config.ingestEventsPerWindow) + 1)
{
    connect(&m_alerts, &AlertBus::published, this, &AlertServer::onPublished);
    // Idle detection and the auth deadline are about the network, so they
    // run on real timers rather than the injected clock.
    m_housekeeping.setInterval(std::max(kMinTimerMs, m_config.idleTimeoutMs / 4));
    connect(&m_housekeeping, &QTimer::timeout, this, &AlertServer::onHousekeeping);
    m_revalidation.setInterval(std::max(kMinTimerMs, m_config.revalidateIntervalMs));
    connect(&m_revalidation, &QTimer::timeout, this, [this]() {
        const QList<AlertSession*> sessions = m_sessions;
        for (AlertSession* session : sessions)
            revalidate(session);
    });
}

AlertServer::~AlertServer()
{
    // QWebSocketServer keeps each connection's TCP socket as its own child;
    // destroying it makes live sockets signal `disconnected` while this
    // object is half gone. Stop listening to them first.
    for (AlertSession* session : std::as_const(m_sessions))
        session->socket()->disconnect(session);
    m_sessions.clear();
}

Status AlertServer::listen()
{
    if (isListening())
        return {};
    const bool tls = !m_config.tlsCertificateFile.isEmpty() || !m_config.tlsKeyFile.isEmpty();
    QSslConfiguration sslConfiguration;
    if (tls) {
        if (m_config.tlsCertificateFile.isEmpty() || m_config.tlsKeyFile.isEmpty())
            return Error{QStringLiteral("alerts.tls"),
                         tr("TLS needs both a certificate file and a key file.")};
        auto loaded = tlsConfiguration(m_config.tlsCertificateFile, m_config.tlsKeyFile);
        if (!loaded)
            return loaded.error();
        sslConfiguration = *loaded;
    }

    auto* server =
        new QWebSocketServer(QStringLiteral("Nova Admin"),
                             tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    if (tls)
        server->setSslConfiguration(sslConfiguration);
    server->setHandshakeTimeout(m_config.authTimeoutMs);
    if (!server->listen(m_config.address, m_config.port)) {
        const Error error{QStringLiteral("alerts.listen"),
                          //: %1 is an IP address, %2 a port number, %3 the system's reason
                          tr("The alert endpoint cannot listen on %1 port %2: %3")
                              .arg(leftToRight(m_config.address.toString()), QString::number(m_config.port),
                                   server->errorString())};
        server->deleteLater();
        return error;
    }
    m_server = server;
    connect(m_server, &QWebSocketServer::newConnection, this, &AlertServer::onNewConnection);
    if (!tls && !m_config.address.isLoopback())
        qWarning("the alert endpoint listens on %s without TLS; session tokens and alerts cross the network "
                 "in clear. Configure a certificate and key for wss://.",
                 qPrintable(m_config.address.toString()));
    m_housekeeping.start();
    if (m_config.revalidateIntervalMs > 0)
        m_revalidation.start();
    return {};
}

void AlertServer::close()
{
    const QList<AlertSession*> sessions = m_sessions;
    for (AlertSession* session : sessions)
        session->closeWith(AlertProtocol::kCloseGoingAway, QStringLiteral("shutting down"));
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    m_housekeeping.stop();
    m_revalidation.stop();
}

bool AlertServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 AlertServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl AlertServer::url() const
{
    QUrl url;
    if (!m_server)
        return url;
    url.setScheme(m_server->secureMode() == QWebSocketServer::SecureMode ? QStringLiteral("wss")
                                                                         : QStringLiteral("ws"));
    const QHostAddress address = m_server->serverAddress();
    const bool wildcard = address.isNull() || address == QHostAddress(QHostAddress::Any) ||
                          address == QHostAddress(QHostAddress::AnyIPv4) ||
                          address == QHostAddress(QHostAddress::AnyIPv6);
    url.setHost(wildcard ? QStringLiteral("127.0.0.1") : address.toString());
    url.setPort(m_server->serverPort());
    url.setPath(m_config.path);
    return url;
}

int AlertServer::connectionCount() const
{
    return static_cast<int>(m_sessions.size());
}

void AlertServer::setBlockList(IpBlockList* blockList)
{
    m_blockList = blockList;
}

void AlertServer::setIngestHandler(IngestHandler handler)
{
    m_ingestHandler = std::move(handler);
}

void AlertServer::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QWebSocket* socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        if (connectionCount() >= m_config.maxConnections) {
            // Not logged: under a connection flood a log entry per refusal
            // would turn the flood into a write load.
            socket->setParent(this);
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            socket->close(static_cast<QWebSocketProtocol::CloseCode>(AlertProtocol::kCloseTryAgainLater),
                          QStringLiteral("too many connections"));
            continue;
        }
        auto* session = new AlertSession(socket, this);
        m_sessions.append(session);
        socket->setMaxAllowedIncomingFrameSize(static_cast<quint64>(m_config.maxAuthFrameBytes));
        socket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(m_config.maxAuthFrameBytes));
        connect(socket, &QWebSocket::textMessageReceived, session,
                [this, session](const QString& text) { onText(session, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, session,
                [this, session]() { onBinary(session); });
        connect(socket, &QWebSocket::pong, session, [session]() { session->touch(); });
        connect(socket, &QWebSocket::disconnected, session, [this, session]() { onDisconnected(session); });

        if (m_blockList && !session->peerIp().isEmpty()) {
            auto blocked = m_blockList->isBlocked(QHostAddress(session->peerIp()));
            if (!blocked || blocked->has_value()) {
                logRefusal(session, QStringLiteral("ip_blocked"));
                session->closeWith(AlertProtocol::kCloseForbidden, QStringLiteral("address blocked"));
                continue;
            }
        }
        if (socket->requestUrl().path() != m_config.path) {
            session->closeWith(AlertProtocol::kCloseNotFound, QStringLiteral("not found"));
            continue;
        }
        const QByteArray authorization = socket->request().rawHeader("Authorization");
        if (!authorization.isEmpty()) {
            const auto token = AlertProtocol::bearerToken(authorization);
            if (!token) {
                refuseAuthentication(session, QStringLiteral("malformed"), QStringLiteral("header"),
                                     AlertProtocol::kCloseUnauthenticated);
                continue;
            }
            authenticate(session, *token);
            continue;
        }
        QTimer::singleShot(m_config.authTimeoutMs, session, [this, session]() {
            if (session->kind() == AlertSession::Kind::Pending && !session->isClosing())
                refuseAuthentication(session, QStringLiteral("missing"), QStringLiteral("timeout"),
                                     AlertProtocol::kCloseUnauthenticated);
        });
    }
}

void AlertServer::authenticate(AlertSession* session, const QString& token)
{
    if (token.startsWith(QLatin1String(kIngestPrefix))) {
        const QByteArray key = token.mid(qsizetype(qstrlen(kIngestPrefix))).toUtf8();
        authenticateIngest(session, key);
        return;
    }
    auto claims = m_signIn.validateSession(token);
    if (!claims) {
        const QString reason = authReason(claims.error().code);
        refuseAuthentication(session, reason, claims.error().code,
                             reason == QLatin1String("internal") ? AlertProtocol::kCloseInternal
                                                                 : AlertProtocol::kCloseUnauthenticated);
        return;
    }
    const qint64 userId = claims->userId;
    if (m_perUser.value(userId) >= m_config.maxConnectionsPerUser) {
        logRefusal(session, QStringLiteral("too_many_connections"),
                   {{QStringLiteral("limit"), m_config.maxConnectionsPerUser}}, &*claims);
        session->closeWith(AlertProtocol::kCloseTooManyConnections, QStringLiteral("too many connections"));
        return;
    }
    session->becomeUser(*claims, token);
    ++m_perUser[userId];
    session->socket()->setMaxAllowedIncomingFrameSize(static_cast<quint64>(m_config.maxFrameBytes));
    session->socket()->setMaxAllowedIncomingMessageSize(static_cast<quint64>(m_config.maxFrameBytes));
    session->addChannel(QStringLiteral("user:%1").arg(userId));
    session->send(AlertProtocol::welcome(claims->username, userId, claims->role, m_alerts.lastSeq(),
                                         session->channels()));
}

void AlertServer::authenticateIngest(AlertSession* session, QByteArrayView key)
{
    auto expected = m_secrets.read(QString::fromLatin1(kIngestKeyName));
    if (!expected) {
        if (!SecretStore::isNotFound(expected.error()))
            qWarning("the ingest key cannot be read: %s", qPrintable(expected.errorMessage()));
        refuseAuthentication(session, QStringLiteral("invalid"), QStringLiteral("ingest.no_key"),
                             AlertProtocol::kCloseUnauthenticated);
        return;
    }
    if (expected->isEmpty() || key.isEmpty() || !ConstantTime::equal(*expected, key)) {
        refuseAuthentication(session, QStringLiteral("invalid"), QStringLiteral("ingest.key"),
                             AlertProtocol::kCloseUnauthenticated);
        return;
    }
    session->becomeIngest();
    session->socket()->setMaxAllowedIncomingFrameSize(static_cast<quint64>(m_config.maxFrameBytes));
    session->socket()->setMaxAllowedIncomingMessageSize(static_cast<quint64>(m_config.maxFrameBytes));
    session->send(AlertProtocol::welcome(QStringLiteral("ingest"), std::nullopt, QStringLiteral("ingest"),
                                         m_alerts.lastSeq(), {}));
}

void AlertServer::refuseAuthentication(AlertSession* session, const QString& reason, const QString& detail,
                                       quint16 closeCode)
{
    logRefusal(session, QStringLiteral("unauthenticated"),
               {{QStringLiteral("auth"), reason}, {QStringLiteral("detail"), detail}});
    session->closeWith(closeCode, reason);
}

QString AlertServer::authReason(const QString& errorCode)
{
    if (errorCode == QLatin1String("token.malformed"))
        return QStringLiteral("malformed");
    if (errorCode == QLatin1String("token.algorithm") || errorCode == QLatin1String("token.signature"))
        return QStringLiteral("invalid");
    if (errorCode == QLatin1String("token.expired") || errorCode == QLatin1String("token.not_yet_valid"))
        return QStringLiteral("expired");
    if (errorCode == QLatin1String("token.revoked"))
        return QStringLiteral("revoked");
    if (errorCode == QLatin1String("signin.not_active"))
        return QStringLiteral("disabled");
    return QStringLiteral("internal");
}

void AlertServer::onText(AlertSession* session, const QString& text)
{
    if (session->isClosing())
        return;
    session->touch();
    if (session->kind() == AlertSession::Kind::Pending) {
        auto request = AlertProtocol::parse(text, m_config.maxAuthFrameBytes);
        if (!request || request->type != AlertRequest::Type::Auth) {
            refuseAuthentication(session, QStringLiteral("missing"), QStringLiteral("first_frame"),
                                 AlertProtocol::kCloseUnauthenticated);
            return;
        }
        authenticate(session, request->token);
        return;
    }
    if (!withinRateLimit(session))
        return;
    QString ref;
    auto request = AlertProtocol::parse(text, m_config.maxFrameBytes, &ref);
    if (!request) {
        session->send(AlertProtocol::error(request.error().code, request.error().message, ref));
        return;
    }
    handle(session, *request);
}

void AlertServer::onBinary(AlertSession* session)
{
    if (session->isClosing())
        return;
    session->touch();
    if (session->kind() == AlertSession::Kind::Pending) {
        refuseAuthentication(session, QStringLiteral("missing"), QStringLiteral("first_frame"),
                             AlertProtocol::kCloseUnauthenticated);
        return;
    }
    if (!withinRateLimit(session))
        return;
    session->send(AlertProtocol::error(QString::fromLatin1(AlertProtocol::kBinaryFrame),
                                       tr("Binary frames are not part of the protocol; send JSON text.")));
}

void AlertServer::onDisconnected(AlertSession* session)
{
    if (!m_sessions.removeOne(session))
        return;
    if (session->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData && !session->closedByServer())
        logRefusal(session, QStringLiteral("frame_too_large"),
                   {{QStringLiteral("limit"), session->kind() == AlertSession::Kind::Pending
                                                  ? m_config.maxAuthFrameBytes
                                                  : m_config.maxFrameBytes}});
    if (session->kind() == AlertSession::Kind::User) {
        const qint64 userId = session->claims().userId;
        if (--m_perUser[userId] <= 0)
            m_perUser.remove(userId);
    }
    session->deleteLater();
}

void AlertServer::onHousekeeping()
{
    const QList<AlertSession*> sessions = m_sessions;
    for (AlertSession* session : sessions) {
        if (session->isClosing())
            continue;
        const qint64 idle = session->idleMs();
        if (idle >= m_config.idleTimeoutMs)
            session->closeWith(AlertProtocol::kCloseIdle, QStringLiteral("idle"));
        else if (idle >= m_config.idleTimeoutMs / 2 && !session->pingPending())
            session->ping();
    }
}

void AlertServer::handle(AlertSession* session, const AlertRequest& request)
{
    const QString ref = AlertProtocol::typeName(request.type);
    if (request.type == AlertRequest::Type::Ping) {
        session->send(AlertProtocol::pong());
        return;
    }
    if (request.type == AlertRequest::Type::Auth) {
        session->send(AlertProtocol::error(QString::fromLatin1(AlertProtocol::kAlreadyAuthenticated),
                                           tr("This connection is already signed in."), ref));
        return;
    }
    const bool ingest = session->kind() == AlertSession::Kind::Ingest;
    if (ingest != (request.type == AlertRequest::Type::Event)) {
        logRefusal(session, QStringLiteral("forbidden_request"), {{QStringLiteral("request"), ref}});
        session->send(AlertProtocol::error(QString::fromLatin1(AlertProtocol::kForbidden),
                                           ingest ? tr("An ingest connection may only send events.")
                                                  : tr("Only an ingest connection may send events."),
                                           ref));
        return;
    }
    switch (request.type) {
    case AlertRequest::Type::Subscribe:
        subscribe(session, request.channel);
        break;
    case AlertRequest::Type::Unsubscribe:
        if (!session->isSubscribed(request.channel)) {
            session->send(AlertProtocol::error(
                QString::fromLatin1(AlertProtocol::kNotSubscribed),
                tr("This connection is not subscribed to %1.").arg(leftToRight(request.channel)), ref));
            break;
        }
        session->removeChannel(request.channel);
        session->send(AlertProtocol::unsubscribed(request.channel));
        break;
    case AlertRequest::Type::Ack:
        acknowledge(session, request.seq);
        break;
    case AlertRequest::Type::Resume:
        if (session->isReplaying()) {
            session->send(AlertProtocol::error(QString::fromLatin1(AlertProtocol::kBusy),
                                               tr("A resume is already running on this connection."), ref));
            break;
        }
        for (const QString& channel : request.channels)
            subscribe(session, channel);
        startReplay(session, request.after);
        break;
    case AlertRequest::Type::Event:
        handleEvent(session, request.event);
        break;
    case AlertRequest::Type::Auth:
    case AlertRequest::Type::Ping:
        break;
    }
}

void AlertServer::handleEvent(AlertSession* session, const QJsonObject& event)
{
    if (!m_ingestHandler) {
        session->send(AlertProtocol::error(QString::fromLatin1(AlertProtocol::kInternal),
                                           tr("This server does not take events."), QStringLiteral("event")));
        return;
    }
    const Status handled = m_ingestHandler(event, session->peerIp());
    if (!handled) {
        session->send(AlertProtocol::error(QString::fromLatin1(AlertProtocol::kRejected),
                                           handled.errorMessage(), QStringLiteral("event"),
                                           handled.error().code));
        return;
    }
    session->send(AlertProtocol::accepted());
}

void AlertServer::subscribe(AlertSession* session, const QString& channel)
{
    if (!session->isSubscribed(channel)) {
        if (!mayRead(session, channel, QStringLiteral("alerts:subscribe ") + channel)) {
            session->send(
                AlertProtocol::error(QString::fromLatin1(AlertProtocol::kForbidden),
                                     tr("You may not read the channel %1.").arg(leftToRight(channel)),
                                     QStringLiteral("subscribe")));
            return;
        }
        session->addChannel(channel);
    }
    session->send(AlertProtocol::subscribed(channel));
}

bool AlertServer::mayRead(AlertSession* session, const QString& channel, const QString& endpoint)
{
    const qint64 userId = session->claims().userId;
    const AccessContext context{session->peerIp(), session->userAgent(), endpoint};
    if (channel == QLatin1String("broadcast"))
        return true;
    if (channel == QLatin1String("security"))
        return m_permissions.check(userId, alertsPermission(Permission::kRead), context).allowed;
    const qsizetype colon = channel.indexOf(QLatin1Char(':'));
    const QString kind = channel.left(colon);
    const QString id = channel.mid(colon + 1);
    if (kind == QLatin1String("user")) {
        if (id == QString::number(userId))
            return true;
        return m_permissions.check(userId, alertsPermission(Permission::kRead), context).allowed;
    }
    if (kind == QLatin1String("sale") || kind == QLatin1String("property"))
        return m_permissions.checkOwnership(userId, kind, id, context).allowed;
    // AlertProtocol admits no other channel; deny by default all the same.
    logRefusal(session, QStringLiteral("unknown_channel"), {{QStringLiteral("channel"), channel}});
    return false;
}

void AlertServer::acknowledge(AlertSession* session, qint64 seq)
{
    const QString ref = QStringLiteral("ack");
    auto found = m_alerts.since(seq - 1, 1);
    if (!found) {
        session->send(
            AlertProtocol::error(QString::fromLatin1(AlertProtocol::kInternal), found.errorMessage(), ref));
        return;
    }
    if (found->isEmpty() || found->first().seq != seq) {
        session->send(AlertProtocol::error(QString::fromLatin1(AlertProtocol::kUnknownAlert),
                                           tr("There is no alert number %1.").arg(seq), ref));
        return;
    }
    const QString channel = found->first().channel;
    if (!session->isSubscribed(channel)) {
        session->send(AlertProtocol::error(
            QString::fromLatin1(AlertProtocol::kNotSubscribed),
            tr("Subscribe to %1 to acknowledge its alerts.").arg(leftToRight(channel)), ref));
        return;
    }
    // Shared channels: acknowledging changes what every reader sees.
    if (channel == QLatin1String("security") || channel == QLatin1String("broadcast")) {
        const AccessContext context{session->peerIp(), session->userAgent(), QStringLiteral("alerts:ack")};
        if (!m_permissions.check(session->claims().userId, alertsPermission(Permission::kUpdate), context)) {
            session->send(AlertProtocol::error(
                QString::fromLatin1(AlertProtocol::kForbidden),
                tr("You may not acknowledge alerts on %1.").arg(leftToRight(channel)), ref));
            return;
        }
    }
    const Status acked = m_alerts.acknowledge(seq, session->claims().username);
    if (!acked) {
        session->send(
            AlertProtocol::error(QString::fromLatin1(AlertProtocol::kInternal), acked.errorMessage(), ref));
        return;
    }
    // Acknowledging decides that nobody needs to look at the alert any more:
    // an action staff answer for, like any other.
    const SecurityEvent event =
        SecurityEvent::about(EventType::AlertAcknowledged, true, session->claims().userId,
                             session->claims().username, session->peerIp(), session->userAgent(),
                             QJsonObject{{QStringLiteral("seq"), seq},
                                         {QStringLiteral("channel"), channel},
                                         {QStringLiteral("type"), found->first().type}});
    if (auto written = m_log.append(event); !written)
        qWarning("an acknowledgement could not be logged: %s", qPrintable(written.errorMessage()));
    session->send(AlertProtocol::acked(seq));
}

void AlertServer::startReplay(AlertSession* session, qint64 after)
{
    session->beginReplay(after);
    replayStep(QPointer<AlertSession>(session));
}

void AlertServer::replayStep(QPointer<AlertSession> session)
{
    if (!session || session->isClosing())
        return;
    auto batch = m_alerts.since(session->replayCursor(), m_config.resumeBatch);
    if (!batch) {
        session->send(AlertProtocol::error(QString::fromLatin1(AlertProtocol::kInternal),
                                           batch.errorMessage(), QStringLiteral("resume")));
    } else {
        for (const Alert& alert : std::as_const(*batch))
            session->advanceReplay(alert.seq,
                                   session->isSubscribed(alert.channel) && session->deliver(alert));
        if (batch->size() >= m_config.resumeBatch) {
            // The rest in a later turn of the event loop, so other clients
            // are served meanwhile; live alerts wait in the session.
            QTimer::singleShot(0, this, [this, session]() { replayStep(session); });
            return;
        }
        session->send(
            AlertProtocol::resumed(session->replayAfter(), session->replayCursor(), session->replayCount()));
    }
    const QList<Alert> held = session->finishReplay();
    for (const Alert& alert : held) {
        if (session->isSubscribed(alert.channel))
            session->deliver(alert);
    }
}

void AlertServer::onPublished(const nova::Alert& alert)
{
    for (AlertSession* session : std::as_const(m_sessions)) {
        if (session->kind() == AlertSession::Kind::User && !session->isClosing() &&
            session->isSubscribed(alert.channel))
            session->offer(alert);
    }
}

void AlertServer::revalidate(AlertSession* session)
{
    if (session->kind() != AlertSession::Kind::User || session->isClosing())
        return;
    auto claims = m_signIn.validateSession(session->token());
    if (!claims) {
        const QString reason = authReason(claims.error().code);
        // A database hiccup is not the user's fault: keep the session.
        if (reason != QLatin1String("internal"))
            refuseAuthentication(session, reason, claims.error().code, AlertProtocol::kCloseUnauthenticated);
        return;
    }
    session->setRole(claims->role);
    const QString own = QStringLiteral("user:%1").arg(session->claims().userId);
    for (const QString& channel : session->channels()) {
        if (channel == own || channel == QLatin1String("broadcast"))
            continue;
        if (!mayRead(session, channel, QStringLiteral("alerts:revalidate ") + channel)) {
            session->removeChannel(channel);
            session->send(AlertProtocol::unsubscribed(channel));
        }
    }
}

bool AlertServer::withinRateLimit(AlertSession* session)
{
    const bool ingest = session->kind() == AlertSession::Kind::Ingest;
    const int limit = ingest ? m_config.ingestEventsPerWindow : m_config.eventsPerWindow;
    // A user's connections share one budget; each ingest connection has its own.
    const QString key = ingest ? QStringLiteral("ingest:%1").arg(quintptr(session), 0, 16)
                               : QStringLiteral("user:%1").arg(session->claims().userId);
    const int count = m_rate.hit(key, m_clock.nowMSecs());
    if (count <= limit) {
        session->setRateLimitLogged(false);
        return true;
    }
    if (count > 2 * limit) {
        logRefusal(session, QStringLiteral("rate_limited"),
                   {{QStringLiteral("limit"), limit}, {QStringLiteral("closed"), true}});
        session->closeWith(AlertProtocol::kCloseRateLimited, QStringLiteral("rate limited"));
        return false;
    }
    // One entry per episode: a client hammering the limit must not be able
    // to fill the security log.
    if (!session->rateLimitLogged()) {
        session->setRateLimitLogged(true);
        logRefusal(session, QStringLiteral("rate_limited"), {{QStringLiteral("limit"), limit}});
    }
    session->send(AlertProtocol::error(
        QString::fromLatin1(AlertProtocol::kRateLimited),
        //: %1 is a number of frames
        tr("Too many frames: at most %L1 in %Ln second(s).", nullptr, int(m_config.rateWindowMs / 1000))
            .arg(limit)));
    return false;
}

void AlertServer::logRefusal(AlertSession* session, const QString& reason, const QJsonObject& details,
                             const SessionClaims* who)
{
    if (!who && session->kind() == AlertSession::Kind::User)
        who = &session->claims();
    QJsonObject metadata = details;
    metadata.insert(QStringLiteral("endpoint"), m_config.path);
    metadata.insert(QStringLiteral("reason"), reason);
    if (session->kind() == AlertSession::Kind::Ingest)
        metadata.insert(QStringLiteral("session"), QStringLiteral("ingest"));
    const SecurityEvent event = SecurityEvent::about(
        EventType::UnauthorizedAccess, false, who ? std::optional<qint64>(who->userId) : std::nullopt,
        who ? who->username : QString(), session->peerIp(), session->userAgent(), metadata, Severity::Medium);
    if (auto written = m_log.append(event); !written)
        qWarning("a refused alert connection could not be logged: %s", qPrintable(written.errorMessage()));
}

} // namespace nova
