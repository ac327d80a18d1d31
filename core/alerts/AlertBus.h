#pragma once

#include "Clock.h"
#include "Result.h"
#include "alerts/Alert.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QVariant>

#include <atomic>

class QTimer;

namespace nova {

class Database;

// The alert bus. publish() stores the alert first (that gives it its seq and
// makes it replayable) and then emits it to listeners such as the WebSocket
// server and the desktop's alert page.
//
// Several processes (nova-service instances, desktops, nova-ctl) share one
// database. Once startWatching() is called, the bus also emits the alerts the
// other processes stored: every committed alert exactly once, in seq order,
// from the bus's own thread. On PostgreSQL the insert sends NOTIFY nova_alerts
// in its transaction (a rolled-back alert never notifies) and a dedicated
// LISTEN connection wakes the bus; the timer is only the fallback for a lost
// listener connection. On SQLite the timer polls.
//
// Inserts are serialised by Database::transaction (an advisory lock on
// PostgreSQL, SQLite's write lock), so seq order is commit order: whatever
// since(n) returns is a prefix of what will ever exist after n, and a reader
// that resumes from the last seq it saw can never skip an alert that commits
// later.
class AlertBus : public QObject {
    Q_OBJECT
public:
    AlertBus(const Database& db, const Clock& clock, QObject* parent = nullptr);
    ~AlertBus() override;

    // Not watching: emits `published` at once, in the calling thread.
    // Watching: the emission is queued to the bus's thread, after the commit,
    // in seq order with the other processes' alerts. Callable from any thread.
    Result<Alert> publish(Alert alert);
    // Alerts with seq > afterSeq in order, at most `limit` of them.
    Result<QList<Alert>> since(qint64 afterSeq, int limit = 1000) const;
    Status acknowledge(qint64 seq, const QString& by);
    qint64 lastSeq() const;

    // Call from the bus's thread (it needs an event loop). Emission starts
    // after the current last seq; earlier alerts are what since() is for.
    // pollIntervalMs: SQLite's poll period, PostgreSQL's fallback period.
    Status startWatching(int pollIntervalMs = 1000);
    void stopWatching();
    bool isWatching() const { return m_watching.load(); }
    // The last seq emitted while watching.
    qint64 lastDeliveredSeq() const { return m_lastDelivered; }

    // The PostgreSQL notification channel (payload: the seq as text).
    static QString notificationChannel() { return QStringLiteral("nova_alerts"); }
    // The application_name of the LISTEN connection in pg_stat_activity.
    static QString listenerApplicationName() { return QStringLiteral("nova-alert-listener"); }

Q_SIGNALS:
    void published(const nova::Alert& alert);
    // Watching could not read the alerts (database unreachable, …); it keeps
    // trying at the poll interval.
    void watchError(const nova::Error& error);

private:
    void deliverPending();
    void scheduleDelivery();
    Status openListener();
    void closeListener();
    void onNotification(const QString& name, const QVariant& payload);
    void onPollTimer();

    const Database& m_db;
    const Clock& m_clock;
    QMutex m_startLock;
    std::atomic<bool> m_watching{false};
    std::atomic<bool> m_deliveryScheduled{false};
    qint64 m_lastDelivered = 0;
    bool m_delivering = false;
    bool m_deliverAgain = false;
    QTimer* m_pollTimer = nullptr;
    // The dedicated LISTEN connection's name (PostgreSQL); empty when none.
    QString m_listenerName;
};

} // namespace nova
