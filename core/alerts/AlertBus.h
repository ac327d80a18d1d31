#pragma once

#include "Clock.h"
#include "Result.h"
#include "alerts/Alert.h"

#include <QList>
#include <QObject>

namespace nova {

class Database;

// The in-process alert bus. publish() stores the alert first (that gives it
// its seq and makes it replayable) and then emits it to listeners such as
// the WebSocket server and the desktop's alert page.
class AlertBus : public QObject {
    Q_OBJECT
public:
    AlertBus(const Database& db, const Clock& clock, QObject* parent = nullptr);

    Result<Alert> publish(Alert alert);
    // Alerts with seq > afterSeq in order, at most `limit` of them.
    Result<QList<Alert>> since(qint64 afterSeq, int limit = 1000) const;
    Status acknowledge(qint64 seq, const QString& by);
    qint64 lastSeq() const;

Q_SIGNALS:
    void published(const nova::Alert& alert);

private:
    const Database& m_db;
    const Clock& m_clock;
};

} // namespace nova
