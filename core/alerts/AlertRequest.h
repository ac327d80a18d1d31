#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nova {

// One client-to-server frame of the alert protocol (docs/ALERTS_PROTOCOL.md),
// validated by AlertProtocol::parse. Only the fields of its type are set.
struct AlertRequest {
    enum class Type { Auth, Subscribe, Unsubscribe, Ack, Resume, Ping, Event };

    Type type = Type::Ping;
    QString token;        // auth
    QString channel;      // subscribe, unsubscribe
    qint64 seq = 0;       // ack
    qint64 after = 0;     // resume
    QStringList channels; // resume (optional): subscribe to these first, then replay
    QJsonObject event;    // event
};

} // namespace nova
