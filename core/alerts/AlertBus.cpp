#include "AlertBus.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace nova {

namespace {

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullableId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

constexpr int kDeliveryBatch = 500;

} // namespace

AlertBus::AlertBus(const Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

AlertBus::~AlertBus()
{
    closeListener();
}

Result<Alert> AlertBus::publish(Alert alert)
{
    alert.createdAtMs = m_clock.nowMSecs();
    // Held across the insert and the watching check, so startWatching()
    // cannot fall between them (the alert would be emitted twice or never).
    QMutexLocker starting(&m_startLock);
    const Status stored = m_db.transaction([&]() -> Status {
        auto inserted = m_db.exec(
            QStringLiteral("INSERT INTO alerts (created_at, severity, type, channel, message_en, message_ar, "
                           "ip, user_id,"
                           " username, log_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"),
            {alert.createdAtMs, severityName(alert.severity), alert.type, alert.channel, alert.messageEn,
             alert.messageAr, nullableText(alert.ip), nullableId(alert.userId), nullableText(alert.username),
             nullableId(alert.logId)});
        if (!inserted)
            return inserted.error();
        if (!inserted->next())
            return Error{QStringLiteral("alert.insert"),
                         QCoreApplication::translate("nova::AlertBus", "The alert could not be stored.")};
        alert.seq = inserted->value(0).toLongLong();
        if (m_db.isPostgres()) {
            // Delivered to listeners at commit, never for a rolled-back insert.
            if (auto notified = m_db.exec(QStringLiteral("SELECT pg_notify(?, ?)"),
                                          {notificationChannel(), QString::number(alert.seq)});
                !notified)
                return notified.error();
        }
        return {};
    });
    if (!stored)
        return stored.error();
    const bool watching = m_watching.load();
    starting.unlock();
    if (watching)
        scheduleDelivery();
    else
        Q_EMIT published(alert);
    return alert;
}

Result<QList<Alert>> AlertBus::since(qint64 afterSeq, int limit) const
{
    auto rows = m_db.exec(
        QStringLiteral("SELECT seq, created_at, severity, type, channel, message_en, message_ar, ip,"
                       " user_id, username, log_id, acked_by, acked_at FROM alerts"
                       " WHERE seq > ? ORDER BY seq LIMIT ?"),
        {afterSeq, limit});
    if (!rows)
        return rows.error();
    QList<Alert> alerts;
    while (rows->next()) {
        Alert a;
        a.seq = rows->value(0).toLongLong();
        a.createdAtMs = rows->value(1).toLongLong();
        a.severity = severityFromName(rows->value(2).toString());
        a.type = rows->value(3).toString();
        a.channel = rows->value(4).toString();
        a.messageEn = rows->value(5).toString();
        a.messageAr = rows->value(6).toString();
        a.ip = rows->value(7).toString();
        if (!rows->value(8).isNull())
            a.userId = rows->value(8).toLongLong();
        a.username = rows->value(9).toString();
        if (!rows->value(10).isNull())
            a.logId = rows->value(10).toLongLong();
        a.ackedBy = rows->value(11).toString();
        a.ackedAtMs = rows->value(12).toLongLong();
        alerts.append(a);
    }
    return alerts;
}

Status AlertBus::acknowledge(qint64 seq, const QString& by)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE alerts SET acked_by = ?, acked_at = ? WHERE seq = ?"),
                             {by, m_clock.nowMSecs(), seq});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return Error{QStringLiteral("alert.unknown"),
                     QCoreApplication::translate("nova::AlertBus", "There is no alert number %1.").arg(seq)};
    return {};
}

qint64 AlertBus::lastSeq() const
{
    auto row = m_db.exec(QStringLiteral("SELECT MAX(seq) FROM alerts"));
    return row && row->next() ? row->value(0).toLongLong() : 0;
}

Status AlertBus::startWatching(int pollIntervalMs)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (pollIntervalMs <= 0)
        return Error{QStringLiteral("alert.poll_interval"),
                     QCoreApplication::translate("nova::AlertBus", "The poll interval must be positive.")};
    stopWatching();
    QMutexLocker starting(&m_startLock);
    m_watching = true;
    auto last = m_db.exec(QStringLiteral("SELECT MAX(seq) FROM alerts"));
    Status started = last ? Status() : Status(last.error());
    if (started) {
        m_lastDelivered = last->next() ? last->value(0).toLongLong() : 0;
        if (m_db.isPostgres())
            started = openListener();
    }
    if (!started) {
        m_watching = false;
        return started;
    }
    starting.unlock();
    if (!m_pollTimer) {
        m_pollTimer = new QTimer(this);
        connect(m_pollTimer, &QTimer::timeout, this, &AlertBus::onPollTimer);
    }
    m_pollTimer->start(pollIntervalMs);
    return {};
}

void AlertBus::stopWatching()
{
    m_watching = false;
    if (m_pollTimer)
        m_pollTimer->stop();
    closeListener();
}

void AlertBus::scheduleDelivery()
{
    // One queued delivery covers every publish before it runs.
    if (!m_deliveryScheduled.exchange(true))
        QMetaObject::invokeMethod(this, &AlertBus::deliverPending, Qt::QueuedConnection);
}

void AlertBus::deliverPending()
{
    // Cleared before reading, so a publish committed after this point
    // schedules another delivery rather than being missed.
    m_deliveryScheduled = false;
    if (!m_watching.load())
        return;
    // A listener that publishes (or spins an event loop) while we emit must
    // not start a second pass over the same alerts.
    if (m_delivering) {
        m_deliverAgain = true;
        return;
    }
    m_delivering = true;
    bool more = true;
    while (more && m_watching.load()) {
        m_deliverAgain = false;
        auto batch = since(m_lastDelivered, kDeliveryBatch);
        if (!batch) {
            Q_EMIT watchError(batch.error());
            break;
        }
        for (const Alert& alert : std::as_const(*batch)) {
            if (alert.seq <= m_lastDelivered)
                continue;
            m_lastDelivered = alert.seq;
            Q_EMIT published(alert);
        }
        more = batch->size() == kDeliveryBatch || m_deliverAgain;
    }
    m_delivering = false;
}

Status AlertBus::openListener()
{
    closeListener();
    // Its own connection: queries on the thread's shared connection would let
    // libpq swallow notifications without waking the driver's socket notifier.
    const QString name = QStringLiteral("nova-alert-listener-") + QUuid::createUuid().toString(QUuid::Id128);
    Status opened;
    {
        QSqlDatabase listener = QSqlDatabase::cloneDatabase(m_db.connection(), name);
        // Named, so an operator can tell it from the query connections.
        const QString options = listener.connectOptions();
        listener.setConnectOptions(options + (options.isEmpty() ? QString() : QStringLiteral(";")) +
                                   QStringLiteral("application_name=") + listenerApplicationName());
        if (!listener.open()) {
            opened = Database::sqlError(listener.lastError());
        } else if (!listener.driver()->subscribeToNotification(notificationChannel())) {
            opened = Database::sqlError(listener.driver()->lastError());
        } else {
            connect(listener.driver(), &QSqlDriver::notification, this,
                    [this](const QString& channel, QSqlDriver::NotificationSource, const QVariant& payload) {
                        onNotification(channel, payload);
                    });
        }
    }
    m_listenerName = name;
    if (!opened)
        closeListener();
    return opened;
}

void AlertBus::closeListener()
{
    if (m_listenerName.isEmpty())
        return;
    {
        QSqlDatabase listener = QSqlDatabase::database(m_listenerName, false);
        if (listener.isOpen()) {
            disconnect(listener.driver(), nullptr, this, nullptr);
            listener.driver()->unsubscribeFromNotification(notificationChannel());
        }
        listener.close();
    }
    QSqlDatabase::removeDatabase(m_listenerName);
    m_listenerName.clear();
}

void AlertBus::onNotification(const QString& name, const QVariant& payload)
{
    if (name != notificationChannel())
        return;
    bool numeric = false;
    const qint64 seq = payload.toString().toLongLong(&numeric);
    // Our own alerts come back too; those are delivered already.
    if (numeric && seq <= m_lastDelivered)
        return;
    deliverPending();
}

void AlertBus::onPollTimer()
{
    if (m_db.isPostgres()) {
        // A listener whose server connection died hears nothing: reopen it.
        bool alive = false;
        if (!m_listenerName.isEmpty()) {
            QSqlDatabase listener = QSqlDatabase::database(m_listenerName, false);
            QSqlQuery probe(listener);
            alive = listener.isOpen() && probe.exec(QStringLiteral("SELECT 1"));
        }
        if (!alive) {
            if (const Status reopened = openListener(); !reopened)
                Q_EMIT watchError(reopened.error());
        }
    }
    deliverPending();
}

} // namespace nova
