#pragma once

#include "Clock.h"
#include "Result.h"
#include "alerts/Alert.h"
#include "alerts/AlertClientConfig.h"
#include "alerts/ReconnectBackoff.h"

#include <QAbstractSocket>
#include <QJsonObject>
#include <QObject>
#include <QWebSocketProtocol>

class QTimer;
class QWebSocket;

namespace nova {

// The desktop's live alert connection (docs/ALERTS_PROTOCOL.md). It sends
// the session token in the handshake, subscribes to the configured channels
// and, on every (re)connect, resumes after the last seq it has seen so no
// alert is lost across a dropped connection; a duplicate (seq <= last seen)
// is dropped. A lost connection is retried with exponential backoff and full
// jitter; a refused token (close 4401) is not retried: state Refused until
// setToken() gives a new one.
class AlertClient : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Authenticating, Connected, Reconnecting, Refused };
    Q_ENUM(State)

    // random: the backoff's jitter source; empty for a securely seeded one.
    AlertClient(AlertClientConfig config, const Clock& clock, ReconnectBackoff::RandomSource random = {},
                QObject* parent = nullptr);
    ~AlertClient() override;

    // Certificates from a PEM file (a self-signed server's certificate).
    static Result<QList<QSslCertificate>> loadCertificates(const QString& pemPath);

    State state() const { return m_state; }
    const AlertClientConfig& config() const { return m_config; }

    // Starts connecting (and reconnecting) until close().
    void open();
    // Closes and stops reconnecting; state Disconnected.
    void close();

    // A refreshed token: used from the next handshake; after a refusal it
    // starts connecting again.
    void setToken(const QString& token);
    // Persist across restarts: the client resumes after this seq.
    qint64 lastSeq() const { return m_lastSeq; }
    void setLastSeq(qint64 seq);

    // Sends an ack for the alert; false when not connected.
    bool acknowledge(qint64 seq);

    // The delay of the pending reconnection (for a status line); -1 if none.
    qint64 reconnectDelayMs() const { return m_reconnectDelayMs; }

Q_SIGNALS:
    void stateChanged(nova::AlertClient::State state);
    void alertReceived(const nova::Alert& alert);
    // An `error` frame from the server, a refusal (code "auth.refused" …) or a
    // transport failure ("socket.error", "tls.error").
    void errorReceived(const QString& code, const QString& message);

private:
    void setState(State state);
    void connectSocket();
    void dropSocket();
    void scheduleReconnect();
    void onConnected(QWebSocket* socket);
    void onDisconnected(QWebSocket* socket);
    void onTextMessage(QWebSocket* socket, const QString& text);
    void onAlertFrame(const QJsonObject& frame);
    void onHeartbeat();
    void sendFrame(const QJsonObject& frame);

    AlertClientConfig m_config;
    const Clock& m_clock;
    ReconnectBackoff m_backoff;
    // A fresh socket per attempt; an old one's late signals are ignored.
    QWebSocket* m_socket = nullptr;
    QTimer* m_reconnectTimer = nullptr;
    QTimer* m_heartbeatTimer = nullptr;
    State m_state = State::Disconnected;
    qint64 m_lastSeq = 0;
    qint64 m_reconnectDelayMs = -1;
    qint64 m_lastActivityMs = 0;
    bool m_wanted = false;
    bool m_welcomed = false;
    // A token set after this connection's handshake: a 4401 refusal of the
    // old one is answered by reconnecting with it, not by giving up.
    bool m_tokenRenewed = false;
};

} // namespace nova
