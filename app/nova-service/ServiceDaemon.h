#pragma once

#include "DaemonConfig.h"
#include "Result.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace nova {
class AlertServer;
class EventIngestor;
class ServiceHub;
struct Alert;
} // namespace nova

namespace nova::service {

// The headless service: the service layer, the alert endpoint with its
// ingest sessions, cross-process alert delivery and housekeeping. Events
// are written to the log before "accepted" is answered, so stop() loses
// nothing that was accepted.
class ServiceDaemon : public QObject {
    Q_OBJECT
public:
    explicit ServiceDaemon(DaemonConfig config, QObject* parent = nullptr);
    ~ServiceDaemon() override;

    Status start();
    void stop();

private:
    void onAlert(const nova::Alert& alert);
    void housekeeping();
    // Once a day, off the event loop: moves entries past the retention
    // period to an archive file (LogRetention).
    void archiveIfDue();
    // Once a day when a backup folder is set: an encrypted backup under the
    // secret-store key, then the oldest beyond the kept number go.
    void backupIfDue();

    DaemonConfig m_config;
    std::unique_ptr<ServiceHub> m_hub;
    std::unique_ptr<EventIngestor> m_ingestor;
    std::unique_ptr<AlertServer> m_server;
    QTimer m_housekeeping;
    qint64 m_nextArchiveMs = 0;
    bool m_archiving = false;
    qint64 m_nextBackupMs = 0;
    bool m_backingUp = false;
};

} // namespace nova::service
