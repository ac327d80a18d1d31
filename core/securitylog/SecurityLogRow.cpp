#include "SecurityLogRow.h"

#include <QJsonDocument>
#include <QVariant>

namespace nova::SecurityLogRow {

QString columns()
{
    return QStringLiteral("id, created_at, event, severity, success, user_id, username, ip, user_agent,"
                          " metadata, prev_hash, hash, redacted_by");
}

SecurityLogEntry entryFromRow(const QSqlQuery& q)
{
    SecurityLogEntry entry;
    entry.id = q.value(0).toLongLong();
    entry.createdAtMs = q.value(1).toLongLong();
    entry.event.event = q.value(2).toString();
    entry.event.severity = severityFromName(q.value(3).toString());
    entry.event.success = q.value(4).toInt() != 0;
    if (!q.value(5).isNull())
        entry.event.userId = q.value(5).toLongLong();
    entry.event.username = q.value(6).toString();
    entry.event.ip = q.value(7).toString();
    entry.event.userAgent = q.value(8).toString();
    entry.event.metadata = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    entry.prevHash = q.value(10).toString();
    entry.hash = q.value(11).toString();
    if (!q.value(12).isNull())
        entry.redactedBy = q.value(12).toLongLong();
    return entry;
}

QString metadataText(const QJsonObject& metadata)
{
    return metadata.isEmpty() ? QString()
                              : QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
}

} // namespace nova::SecurityLogRow
