#pragma once

#include "alerts/Alert.h"
#include "auth/SessionClaims.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <set>

class QWebSocket;

namespace nova {

// One connection to the AlertServer: who it is, what it reads and what it
// has already been sent. The server decides; the session keeps the state
// and guarantees that an alert reaches its client at most once.
class AlertSession : public QObject {
    Q_OBJECT
public:
    enum class Kind { Pending, User, Ingest };

    // Takes the socket over as a child.
    AlertSession(QWebSocket* socket, QObject* parent);

    QWebSocket* socket() const { return m_socket; }
    const QString& peerIp() const { return m_peerIp; }
    const QString& userAgent() const { return m_userAgent; }

    Kind kind() const { return m_kind; }
    void becomeUser(const SessionClaims& claims, const QString& token);
    void becomeIngest();
    const SessionClaims& claims() const { return m_claims; }
    void setRole(const QString& role) { m_claims.role = role; }
    const QString& token() const { return m_token; }

    bool isSubscribed(const QString& channel) const { return m_channels.contains(channel); }
    void addChannel(const QString& channel) { m_channels.insert(channel); }
    void removeChannel(const QString& channel) { m_channels.remove(channel); }
    QStringList channels() const;

    void send(const QByteArray& frame);
    // Sends the alert unless this session was sent it already; while a
    // replay runs, live alerts are held back until finishReplay().
    void offer(const Alert& alert);
    // Sends now unless already sent; whether it was sent.
    bool deliver(const Alert& alert);

    bool isReplaying() const { return m_replaying; }
    void beginReplay(qint64 after);
    qint64 replayAfter() const { return m_replayAfter; }
    qint64 replayCursor() const { return m_replayCursor; }
    void advanceReplay(qint64 seq, bool sent);
    int replayCount() const { return m_replayCount; }
    // Ends the replay and returns the live alerts held back, in seq order.
    QList<Alert> finishReplay();

    // Sends a close frame; further input is ignored.
    void closeWith(quint16 code, const QString& reason);
    bool isClosing() const { return m_closing; }
    // The code of the close, ours or the peer's; 0 when the link just dropped.
    quint16 closeCode() const;
    bool closedByServer() const { return m_closedByServer; }

    void touch();
    qint64 idleMs() const { return m_activity.elapsed(); }
    bool pingPending() const { return m_pingPending; }
    void ping();

    bool rateLimitLogged() const { return m_rateLimitLogged; }
    void setRateLimitLogged(bool logged) { m_rateLimitLogged = logged; }

private:
    // How many of the newest sent sequence numbers are remembered to
    // suppress duplicates (a live alert also read by a replay).
    static constexpr std::size_t kSentMemory = 4096;

    QWebSocket* m_socket;
    QString m_peerIp;
    QString m_userAgent;
    Kind m_kind = Kind::Pending;
    SessionClaims m_claims;
    QString m_token;
    QSet<QString> m_channels;
    std::set<qint64> m_sent;
    bool m_replaying = false;
    qint64 m_replayAfter = 0;
    qint64 m_replayCursor = 0;
    int m_replayCount = 0;
    QList<Alert> m_heldBack;
    bool m_closing = false;
    bool m_closedByServer = false;
    QElapsedTimer m_activity;
    bool m_pingPending = false;
    bool m_rateLimitLogged = false;
};

} // namespace nova
