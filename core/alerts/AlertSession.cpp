#include "AlertSession.h"

#include "alerts/AlertProtocol.h"

#include <QHostAddress>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace nova {

namespace {

constexpr qsizetype kMaxUserAgent = 512;
// A peer that never answers our close frame is dropped after this.
constexpr int kCloseGraceMs = 5000;

QString normalisedIp(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace

AlertSession::AlertSession(QWebSocket* socket, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_peerIp(normalisedIp(socket->peerAddress()))
    , m_userAgent(QString::fromUtf8(socket->request().rawHeader("User-Agent")).left(kMaxUserAgent))
{
    m_socket->setParent(this);
    m_activity.start();
}

void AlertSession::becomeUser(const SessionClaims& claims, const QString& token)
{
    m_kind = Kind::User;
    m_claims = claims;
    m_token = token;
}

void AlertSession::becomeIngest()
{
    m_kind = Kind::Ingest;
}

QStringList AlertSession::channels() const
{
    QStringList list(m_channels.begin(), m_channels.end());
    list.sort();
    return list;
}

void AlertSession::send(const QByteArray& frame)
{
    if (!m_closing)
        m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void AlertSession::offer(const Alert& alert)
{
    if (m_replaying)
        m_heldBack.append(alert);
    else
        deliver(alert);
}

bool AlertSession::deliver(const Alert& alert)
{
    if (m_sent.contains(alert.seq))
        return false;
    // Older than everything remembered: it was sent long ago or belongs to
    // a stretch this session never asked for.
    if (m_sent.size() >= kSentMemory && alert.seq < *m_sent.begin())
        return false;
    m_sent.insert(alert.seq);
    if (m_sent.size() > kSentMemory)
        m_sent.erase(m_sent.begin());
    send(AlertProtocol::alert(alert));
    return true;
}

void AlertSession::beginReplay(qint64 after)
{
    m_replaying = true;
    m_replayAfter = after;
    m_replayCursor = after;
    m_replayCount = 0;
    m_heldBack.clear();
}

void AlertSession::advanceReplay(qint64 seq, bool sent)
{
    m_replayCursor = std::max(m_replayCursor, seq);
    if (sent)
        ++m_replayCount;
}

QList<Alert> AlertSession::finishReplay()
{
    m_replaying = false;
    QList<Alert> held = std::move(m_heldBack);
    m_heldBack.clear();
    std::sort(held.begin(), held.end(), [](const Alert& a, const Alert& b) { return a.seq < b.seq; });
    return held;
}

void AlertSession::closeWith(quint16 code, const QString& reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_closedByServer = true;
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    QTimer::singleShot(kCloseGraceMs, m_socket, [socket = m_socket]() { socket->abort(); });
}

quint16 AlertSession::closeCode() const
{
    return static_cast<quint16>(m_socket->closeCode());
}

void AlertSession::touch()
{
    m_activity.restart();
    m_pingPending = false;
}

void AlertSession::ping()
{
    m_pingPending = true;
    m_socket->ping();
}

} // namespace nova
