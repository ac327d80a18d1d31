#include "ServiceDaemon.h"

#include "DaemonLog.h"
#include "ServiceHub.h"
#include "alerts/AlertBus.h"
#include "alerts/AlertServer.h"
#include "auth/SessionTokenService.h"
#include "backup/DatabaseBackup.h"
#include "blocklist/IpBlockList.h"
#include "ingest/EventIngestor.h"
#include "securitylog/LogRetention.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTimeZone>

namespace nova::service {

namespace {

constexpr int kHousekeepingMs = 10 * 60 * 1000;
constexpr qint64 kArchiveEveryMs = 24LL * 60 * 60 * 1000;
constexpr qint64 kBackupEveryMs = 24LL * 60 * 60 * 1000;
const QString kBackupPattern = QStringLiteral("nova-*.novabackup");

} // namespace

ServiceDaemon::ServiceDaemon(DaemonConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_housekeeping.setInterval(kHousekeepingMs);
    connect(&m_housekeeping, &QTimer::timeout, this, &ServiceDaemon::housekeeping);
}

ServiceDaemon::~ServiceDaemon()
{
    stop();
}

Status ServiceDaemon::start()
{
    auto hub = ServiceHub::open(m_config.services);
    if (!hub)
        return hub.error();
    m_hub = std::move(hub).value();
    m_ingestor = std::make_unique<EventIngestor>(m_hub->securityLog(), m_hub->detector());

    AlertServerConfig serverConfig;
    serverConfig.address = m_config.address;
    serverConfig.port = m_config.port;
    serverConfig.tlsCertificateFile = m_config.tlsCert;
    serverConfig.tlsKeyFile = m_config.tlsKey;
    m_server =
        std::make_unique<AlertServer>(m_hub->signIn(), m_hub->permissions(), m_hub->alerts(),
                                      m_hub->securityLog(), m_hub->secrets(), m_hub->clock(), serverConfig);
    m_server->setBlockList(&m_hub->blockList());
    m_server->setIngestHandler([this](const QJsonObject& event, const QString& peerIp) {
        return m_ingestor->ingest(event, peerIp);
    });
    connect(&m_hub->alerts(), &AlertBus::published, this, &ServiceDaemon::onAlert);
    if (auto watching = m_hub->alerts().startWatching(); !watching)
        return watching;
    if (auto listening = m_server->listen(); !listening)
        return listening;
    m_housekeeping.start();
    housekeeping();
    DaemonLog::info(QStringLiteral("listening"),
                    {{QStringLiteral("url"), m_server->url().toString()},
                     {QStringLiteral("port"), m_server->port()},
                     {QStringLiteral("database"), m_hub->database().url().displayString()},
                     {QStringLiteral("secrets"), m_hub->secretsDescription()}});
    return {};
}

void ServiceDaemon::stop()
{
    if (!m_hub)
        return;
    m_housekeeping.stop();
    // Closing the server answers nothing more; every event it accepted is
    // already in the security log.
    if (m_server)
        m_server->close();
    m_hub->alerts().stopWatching();
    m_server.reset();
    m_ingestor.reset();
    m_hub.reset();
    DaemonLog::info(QStringLiteral("stopped"));
}

void ServiceDaemon::onAlert(const Alert& alert)
{
    QJsonObject fields{{QStringLiteral("seq"), alert.seq},
                       {QStringLiteral("type"), alert.type},
                       {QStringLiteral("severity"), severityName(alert.severity)},
                       {QStringLiteral("channel"), alert.channel}};
    if (!alert.ip.isEmpty())
        fields.insert(QStringLiteral("ip"), alert.ip);
    DaemonLog::info(QStringLiteral("alert: ") + alert.messageEn, fields);
}

void ServiceDaemon::housekeeping()
{
    if (auto purged = m_hub->blockList().purgeExpired(); !purged)
        DaemonLog::warning(QStringLiteral("purging expired blocks failed: ") + purged.errorMessage());
    if (auto purged = m_hub->tokens().purgeExpiredRevocations(); !purged)
        DaemonLog::warning(QStringLiteral("purging expired revocations failed: ") + purged.errorMessage());
    archiveIfDue();
    backupIfDue();
}

void ServiceDaemon::archiveIfDue()
{
    const qint64 now = m_hub->clock().nowMSecs();
    if (m_archiving || now < m_nextArchiveMs)
        return;
    m_archiving = true;
    m_nextArchiveMs = now + kArchiveEveryMs;
    ServiceHub* hub = m_hub.get();
    m_hub->executor()
        .run([hub] { return hub->retention().archive(Actor::localOperator(QStringLiteral("nova-service"))); })
        .then(this, [this](const Result<std::optional<ArchiveRun>>& run) {
            m_archiving = false;
            if (!run) {
                DaemonLog::warning(QStringLiteral("archiving the security log failed: ") + run.errorMessage(),
                                   {{QStringLiteral("code"), run.error().code}});
            } else if (*run) {
                DaemonLog::info(
                    QStringLiteral("security log archived"),
                    {{QStringLiteral("file"), (*run)->file}, {QStringLiteral("entries"), (*run)->count}});
            }
        });
}

void ServiceDaemon::backupIfDue()
{
    const qint64 now = m_hub->clock().nowMSecs();
    if (m_config.backupFolder.isEmpty() || m_backingUp || now < m_nextBackupMs)
        return;
    m_nextBackupMs = now + kBackupEveryMs;
    if (m_hub->database().isPostgres()) {
        DaemonLog::warning(QStringLiteral("backupFolder is set, but PostgreSQL is backed up with pg_dump "
                                          "(docs/BACKUPS.md); no backup was made"));
        return;
    }
    m_backingUp = true;
    const QDir folder(m_config.backupFolder);
    // Sortable names: the oldest come first when pruning.
    const QString file = folder.filePath(QStringLiteral("nova-%1.novabackup")
                                             .arg(QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc())
                                                      .toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const int keep = m_config.backupKeep;
    ServiceHub* hub = m_hub.get();
    m_hub->executor()
        .run([hub, folder, file, keep]() -> Result<BackupInfo> {
            if (!QDir().mkpath(folder.absolutePath()))
                return Error{QStringLiteral("backup.folder"),
                             QStringLiteral("cannot create ") + folder.absolutePath()};
            auto written = DatabaseBackup::forHub(*hub)->create(
                file, BackupKey::storedKey(), Actor::localOperator(QStringLiteral("nova-service")));
            if (!written)
                return written;
            QStringList backups = folder.entryList({kBackupPattern}, QDir::Files, QDir::Name);
            while (backups.size() > keep)
                QFile::remove(folder.filePath(backups.takeFirst()));
            return written;
        })
        .then(this, [this](const Result<BackupInfo>& written) {
            m_backingUp = false;
            if (!written) {
                DaemonLog::warning(QStringLiteral("the daily backup failed: ") + written.errorMessage(),
                                   {{QStringLiteral("code"), written.error().code}});
                return;
            }
            DaemonLog::info(
                QStringLiteral("database backed up"),
                {{QStringLiteral("file"), written->file}, {QStringLiteral("bytes"), written->fileBytes}});
        });
}

} // namespace nova::service
