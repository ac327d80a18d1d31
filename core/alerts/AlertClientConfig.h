#pragma once

#include "alerts/ReconnectBackoff.h"

#include <QList>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

namespace nova {

// Where and how the desktop listens for live alerts.
struct AlertClientConfig {
    // ws://host:port/alerts or wss://host:port/alerts
    QUrl url;
    // The signed session token from the sign-in service.
    QString token;
    // e.g. "security", "user:7", "broadcast"
    QStringList channels;
    // Trusted in addition to the system's roots: a self-signed server's
    // certificate or a private CA (wss:// only).
    QList<QSslCertificate> caCertificates;
    BackoffPolicy backoff;
    // The client pings at this period and drops a connection that stayed
    // silent for three periods (a server gone without a FIN); 0: never.
    int heartbeatIntervalMs = 15'000;
    // Frames larger than this from the server are refused.
    qint64 maxIncomingBytes = 4 * 1024 * 1024;
};

} // namespace nova
