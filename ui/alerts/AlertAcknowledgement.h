#pragma once

#include "Result.h"
#include "rbac/Actor.h"

#include <QList>
#include <QString>

namespace nova {
class ServiceHub;
}

namespace nova::ui {

// Acknowledges alerts through the service layer, with the same rules and
// the same security-log entry as the alert server's `ack`: an alert on the
// user's own channel is theirs to acknowledge; shared channels (security,
// broadcast) and other users' channels need alerts:update. Done in one
// worker call so that acknowledging many at once is not held to the
// server's per-user frame budget. Runs in a worker thread.
class AlertAcknowledgement {
public:
    struct Item {
        qint64 seq = 0;
        QString channel;
        QString type;
    };
    struct Outcome {
        QList<qint64> acknowledged;
        QString by;
        qint64 atMs = 0;
        // Set when some were not acknowledged (the first reason).
        QString failure;
    };

    // Authorises the actor itself (a refusal is logged as unauthorized_access).
    static Result<Outcome> run(ServiceHub& hub, const Actor& actor, const QList<Item>& items);
};

} // namespace nova::ui
