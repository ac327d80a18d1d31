#pragma once

#include "Clock.h"
#include "Result.h"
#include "alerts/Alert.h"
#include "alerts/AlertServerConfig.h"
#include "ids/SlidingWindowCounter.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWebSocket;
class QWebSocketServer;

namespace nova {

class AlertBus;
class AlertSession;
class IpBlockList;
class PermissionService;
class SecretStore;
class SecurityLog;
class SignInService;
struct AlertRequest;
struct SessionClaims;

// The live alert endpoint: a WebSocket server speaking the JSON protocol of
// docs/ALERTS_PROTOCOL.md. It authenticates each connection with a session
// token (Authorization: Bearer header, or an auth frame within
// authTimeoutMs), checks every channel subscription against the permission
// service, pushes AlertBus alerts to the sessions subscribed to their
// channel, and replays stored alerts on `resume` with no gap and no
// duplicate before the live stream continues.
//
// A connection authenticated with "Bearer ingest:<key>" (the secret
// `ingest-key`) is an ingest session: the Nova CRM backend reporting
// security events, which go to the ingest handler.
//
// Every refusal (authentication, subscription, rate limit, oversized frame,
// connection cap) is written to the security log with the peer's address
// and user agent. Bad input gets an error frame or a close code and never
// affects other connections. Lives in one thread; the services it is given
// must outlive it.
class AlertServer : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kIngestKeyName = "ingest-key";
    static constexpr const char* kIngestPrefix = "ingest:";

    // The event of an ingest session's `event` frame and the peer's address.
    // An error is sent back as an error frame (code "rejected", detail =
    // the error's code); success as `accepted`.
    using IngestHandler = std::function<Status(const QJsonObject& event, const QString& peerIp)>;

    AlertServer(SignInService& signIn, PermissionService& permissions, AlertBus& alerts, SecurityLog& log,
                SecretStore& secrets, const Clock& clock, AlertServerConfig config = {},
                QObject* parent = nullptr);
    ~AlertServer() override;

    // Binds the address and port of the configuration. Refuses unreadable
    // or invalid TLS files. Binding a non-loopback address without TLS
    // works but prints a warning: tokens would cross the network in clear.
    Status listen();
    // Closes every connection (1001 going away) and stops listening.
    void close();
    bool isListening() const;
    quint16 port() const;
    // ws://host:port/path or wss://…; a wildcard address is given as localhost.
    QUrl url() const;
    // Open connections, signed in or not yet.
    int connectionCount() const;
    const AlertServerConfig& config() const { return m_config; }

    void setIngestHandler(IngestHandler handler);
    // Connections from blocked addresses are refused (close 4403) and
    // logged. Not owned; may be null.
    void setBlockList(IpBlockList* blockList);

private:
    void onNewConnection();
    void onPublished(const nova::Alert& alert);
    void onText(AlertSession* session, const QString& text);
    void onBinary(AlertSession* session);
    void onDisconnected(AlertSession* session);
    void onHousekeeping();

    void authenticate(AlertSession* session, const QString& token);
    void authenticateIngest(AlertSession* session, QByteArrayView key);
    void refuseAuthentication(AlertSession* session, const QString& reason, const QString& detail,
                              quint16 closeCode);
    void handle(AlertSession* session, const AlertRequest& request);
    void handleEvent(AlertSession* session, const QJsonObject& event);
    void subscribe(AlertSession* session, const QString& channel);
    // Whether the session's user may read `channel`; refusals are logged.
    bool mayRead(AlertSession* session, const QString& channel, const QString& endpoint);
    void acknowledge(AlertSession* session, qint64 seq);
    void startReplay(AlertSession* session, qint64 after);
    void replayStep(QPointer<AlertSession> session);
    void revalidate(AlertSession* session);
    // False (and the session closed) when the session is over its frame budget.
    bool withinRateLimit(AlertSession* session);
    // unauthorized_access with the peer's address and user agent; `who`
    // names a user the session has not (yet) become.
    void logRefusal(AlertSession* session, const QString& reason, const QJsonObject& details = {},
                    const SessionClaims* who = nullptr);
    static QString authReason(const QString& errorCode);

    SignInService& m_signIn;
    PermissionService& m_permissions;
    AlertBus& m_alerts;
    SecurityLog& m_log;
    SecretStore& m_secrets;
    const Clock& m_clock;
    AlertServerConfig m_config;
    IngestHandler m_ingestHandler;
    IpBlockList* m_blockList = nullptr;
    QWebSocketServer* m_server = nullptr;
    QList<AlertSession*> m_sessions;
    QHash<qint64, int> m_perUser; // signed-in connections per user id
    QTimer m_housekeeping;        // idle sessions: ping, then close
    QTimer m_revalidation;        // re-checks every session token
    SlidingWindowCounter m_rate;  // frames per user id (or per ingest session)
};

} // namespace nova
