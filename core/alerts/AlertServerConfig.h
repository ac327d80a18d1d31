#pragma once

#include <QHostAddress>
#include <QString>

namespace nova {

// Where and how the live alert endpoint listens. Defaults follow the
// specification where it is sound (1 MiB message cap) and tighten it where
// it is not (a sliding rate-limit window, a connection cap per user).
struct AlertServerConfig {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port; AlertServer::port() says which
    QString path = QStringLiteral("/alerts");
    // Both set: wss:// (TLS 1.2 or later) with this PEM certificate (chain) and key.
    QString tlsCertificateFile;
    QString tlsKeyFile;

    int maxFrameBytes = 1024 * 1024;   // per frame and per message; beyond: close 1009
    int maxAuthFrameBytes = 16 * 1024; // before authentication
    int eventsPerWindow = 30;          // client frames per user in the sliding window
    int ingestEventsPerWindow = 1000;  // frames per ingest session in the window
    qint64 rateWindowMs = 10 * 1000;
    int maxConnectionsPerUser = 5;
    int maxConnections = 1000;            // all connections, signed in or not
    int authTimeoutMs = 5000;             // time to send the auth frame when no header was given
    int idleTimeoutMs = 60 * 1000;        // silence (no frame, no pong) before close 4408
    int revalidateIntervalMs = 60 * 1000; // re-check each session token (revoked, expired, disabled)
    int resumeBatch = 500;                // alerts read and sent per step of a replay
};

} // namespace nova
