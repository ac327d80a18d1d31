#pragma once

#include "Result.h"
#include "alerts/Alert.h"
#include "alerts/AlertClient.h"
#include "alerts/AlertServerConfig.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTimer;

namespace nova {
class AlertServer;
}

namespace nova::ui {

class UiSession;

// The desktop's live-alert feed: an AlertClient on the session's token,
// subscribed to the channels the signed-in user may read. A desktop on its
// own database has no nova-service to connect to, so start() without a URL
// runs an AlertServer inside this process on 127.0.0.1 (any free port) and
// connects to that: the page then sees alerts through the same WebSocket
// protocol, resume and all, as it would from a shared service.
//
// Alerts are handed on in batches (whatever arrived within ~100 ms), so an
// alert storm costs the views one update per batch, not one per alert.
// The token is renewed with the session's (an expired or revoked token
// must not leave the feed dead); signing out stops the feed.
class LiveAlertConnection : public QObject {
    Q_OBJECT
public:
    explicit LiveAlertConnection(UiSession& session, QObject* parent = nullptr);
    ~LiveAlertConnection() override;

    // Settings of the embedded server (tests shorten its revalidation
    // period); takes effect at the next start() without a URL.
    void setEmbeddedServerConfig(const AlertServerConfig& config);

    // serverUrl empty: embedded server; otherwise ws:// or wss:// of a
    // shared nova-service. Needs a signed-in session. Restarts when running.
    Status start(const QUrl& serverUrl = {});
    void stop();
    bool isRunning() const { return m_client != nullptr; }

    AlertClient::State state() const;
    // The endpoint in use (the embedded server's address when embedded).
    QUrl serverUrl() const;
    bool isEmbedded() const { return m_server != nullptr; }
    // What the feed subscribes to, e.g. {"user:7", "broadcast", "security"}.
    QStringList channels() const { return m_channels; }
    // The live stream delivers alerts after this seq; what came before is
    // history for AlertBus::since (so history plus stream has no gap).
    qint64 liveFromSeq() const { return m_liveFromSeq; }
    // The newest seq received so far.
    qint64 lastSeq() const;

    // Sends an ack frame (the server checks, stores and logs it); false when
    // not connected.
    bool acknowledge(qint64 seq);

Q_SIGNALS:
    void started();
    void stateChanged(nova::AlertClient::State state);
    // Newest last (seq order).
    void alertsReceived(const QList<nova::Alert>& batch);
    // Translated, for the user.
    void errorReceived(const QString& message);

private:
    void startClient(const QUrl& url, qint64 afterSeq);
    void dropClient();
    void onAlert(const nova::Alert& alert);
    void onPermissionsChanged();
    void flush();
    QStringList readableChannels() const;

    UiSession& m_session;
    AlertServerConfig m_serverConfig;
    std::unique_ptr<AlertServer> m_server;
    AlertClient* m_client = nullptr;
    QTimer* m_batchTimer = nullptr;
    QList<Alert> m_pending;
    QStringList m_channels;
    qint64 m_liveFromSeq = 0;
    // Whether start() began watching the bus (and stop() must end it).
    bool m_watchingBus = false;
};

} // namespace nova::ui
