#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace nova {

class IntrusionDetector;
class SecurityLog;

// Takes security events reported by the Nova CRM backend (over the alert
// endpoint's ingest session) into Nova Admin: validates them strictly,
// writes them to the security log and lets the intrusion detector judge
// them. An event is accepted only once it is in the log, so a daemon that
// stops after answering "accepted" has lost nothing.
//
// The event, as documented in docs/ALERTS_PROTOCOL.md:
//   {"event": "login", "success": false, "ip": "203.0.113.9", "user": "omar",
//    "userAgent": "…", "severity": "low", "metadata": {…},
//    "fields": {"note": "…"}}
// Only "event" is required. "fields" are user inputs to inspect for
// injection attempts (customer notes, search boxes); they are inspected,
// not stored.
class EventIngestor {
    Q_DECLARE_TR_FUNCTIONS(nova::EventIngestor)
public:
    static constexpr int kMaxMetadataBytes = 8 * 1024;
    static constexpr int kMaxFieldBytes = 16 * 1024;
    static constexpr int kMaxFields = 32;

    EventIngestor(SecurityLog& log, IntrusionDetector& detector);

    // `peerIp` is the reporting backend's address, recorded with the event.
    Status ingest(const QJsonObject& event, const QString& peerIp);

private:
    SecurityLog& m_log;
    IntrusionDetector& m_detector;
};

} // namespace nova
