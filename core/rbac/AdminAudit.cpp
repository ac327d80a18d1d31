#include "AdminAudit.h"

#include "Bidi.h"
#include "alerts/AlertBus.h"
#include "securitylog/SecurityLog.h"
#include "storage/Database.h"

#include <QtDebug>

namespace nova {

namespace {

SecurityEvent eventFor(const Actor& actor, const QString& event, const QJsonObject& metadata, bool success)
{
    SecurityEvent e;
    e.event = event;
    e.success = success;
    e.severity = !success                         ? Severity::Low
                 : AdminAudit::isSensitive(event) ? Severity::Medium
                                                  : Severity::Info;
    e.userId = actor.userId;
    e.username = actor.username;
    e.ip = actor.ip;
    e.userAgent = actor.userAgent;
    e.metadata = metadata;
    if (actor.isLocalOperator())
        e.metadata.insert(QStringLiteral("local_operator"), true);
    return e;
}

} // namespace

AdminAudit::AdminAudit(SecurityLog& log, AlertBus& alerts)
    : m_log(log)
    , m_alerts(alerts)
{}

bool AdminAudit::isSensitive(const QString& event)
{
    return event == EventType::DeleteUser || event == EventType::ModifyPermissions ||
           event == EventType::ExportData || event == EventType::EraseUser ||
           event == EventType::BackupRestored;
}

Result<SecurityLogEntry> AdminAudit::record(const Actor& actor, const QString& event,
                                            const QJsonObject& metadata)
{
    return m_log.append(eventFor(actor, event, metadata, true));
}

Status AdminAudit::recordChange(const Database& db, const Actor& actor, const QString& event,
                                const QJsonObject& metadata, const std::function<Status()>& change)
{
    return recordChange(db, actor, event, metadata, [&](QJsonObject&) -> Result<bool> {
        if (const Status changed = change(); !changed)
            return changed.error();
        return true;
    });
}

Status AdminAudit::recordChange(const Database& db, const Actor& actor, const QString& event,
                                QJsonObject metadata,
                                const std::function<Result<bool>(QJsonObject& metadata)>& change)
{
    std::optional<SecurityLogEntry> entry;
    const Status done = db.transaction([&]() -> Status {
        const Result<bool> changed = change(metadata);
        if (!changed)
            return changed.error();
        if (!*changed)
            return {};
        auto written = record(actor, event, metadata);
        if (!written)
            return written.error();
        entry = *written;
        return {};
    });
    if (!done)
        return done;
    if (entry)
        announce(*entry);
    return {};
}

Result<SecurityLogEntry> AdminAudit::recordErasure(const Actor& actor, const QJsonObject& metadata,
                                                   const QList<SecurityLogEntry>& pseudonymised)
{
    return m_log.appendRedaction(eventFor(actor, EventType::EraseUser, metadata, true), pseudonymised);
}

Status AdminAudit::recordRefusal(const Actor& actor, const QString& event, QJsonObject metadata,
                                 const Error& why)
{
    metadata.insert(QStringLiteral("refused"), why.code);
    auto written = m_log.append(eventFor(actor, event, metadata, false));
    if (!written)
        return written.error();
    return {};
}

void AdminAudit::announce(const SecurityLogEntry& entry)
{
    const SecurityEvent& e = entry.event;
    if (!e.success || !isSensitive(e.event))
        return;
    // Stored in both languages for every reader, so not translated here.
    const QString who = isolated(e.username.isEmpty() ? QStringLiteral("?") : e.username);
    const QString action = leftToRight(e.event);
    Alert alert;
    alert.severity = Severity::Medium;
    alert.type = QStringLiteral("sensitive_action");
    alert.messageEn = QStringLiteral("Admin %1 performed: %2").arg(who, action);
    alert.messageAr = QStringLiteral("نفّذ المسؤول %1 إجراءً حساسًا: %2").arg(who, action);
    alert.ip = e.ip;
    alert.userId = e.userId;
    alert.username = e.username;
    alert.logId = entry.id;
    // The change is committed and logged by now; a lost alert must not turn
    // a completed action into a reported failure.
    if (auto published = m_alerts.publish(alert); !published)
        qWarning("sensitive-action alert for log entry %lld not published: %s", entry.id,
                 qPrintable(published.errorMessage()));
}

} // namespace nova
