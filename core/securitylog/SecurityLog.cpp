#include "SecurityLog.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace nova {

namespace {

constexpr int kVerifyBatch = 5000;

QString metadataText(const QJsonObject& metadata)
{
    return metadata.isEmpty() ? QString()
                              : QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
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
    return entry;
}

} // namespace

SecurityLog::SecurityLog(const Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

QString SecurityLog::computeHash(const QString& prevHash, const SecurityLogEntry& entry)
{
    const SecurityEvent& e = entry.event;
    const QJsonArray canonical{QString::number(entry.id),
                               QString::number(entry.createdAtMs),
                               e.event,
                               severityName(e.severity),
                               e.success,
                               e.userId ? QJsonValue(QString::number(*e.userId)) : QJsonValue(),
                               e.username,
                               e.ip,
                               e.userAgent,
                               metadataText(e.metadata)};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(QByteArrayView("\n"));
    hash.addData(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

Result<SecurityLogEntry> SecurityLog::append(const SecurityEvent& event)
{
    auto batch = appendBatch({event});
    if (!batch)
        return batch.error();
    return batch->constFirst();
}

Result<QList<SecurityLogEntry>> SecurityLog::appendBatch(const QList<SecurityEvent>& events)
{
    QList<SecurityLogEntry> written;
    written.reserve(events.size());
    const Status status = m_db.transaction([&]() -> Status {
        if (m_db.isPostgres()) {
            if (auto locked = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727002)")); !locked)
                return locked.error();
        }
        for (const SecurityEvent& event : events) {
            auto entry = appendLocked(event);
            if (!entry)
                return entry.error();
            written.append(std::move(entry).value());
        }
        return {};
    });
    if (!status)
        return status.error();
    for (const SecurityLogEntry& entry : std::as_const(written))
        Q_EMIT entryAppended(entry);
    return written;
}

Result<SecurityLogEntry> SecurityLog::appendLocked(const SecurityEvent& event)
{
    SecurityLogEntry entry;
    entry.event = event;
    entry.createdAtMs = m_clock.nowMSecs();
    // Writing first takes SQLite's write lock before the predecessor is read,
    // so two processes cannot both chain onto the same entry.
    auto inserted =
        m_db.exec(QStringLiteral(
                      "INSERT INTO security_log (created_at, event, severity, success, user_id, username, ip,"
                      " user_agent, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')"
                      " RETURNING id"),
                  {entry.createdAtMs, event.event, severityName(event.severity), event.success ? 1 : 0,
                   event.userId ? QVariant(*event.userId) : QVariant(QMetaType::fromType<qlonglong>()),
                   nullable(event.username), nullable(event.ip), nullable(event.userAgent),
                   nullable(metadataText(event.metadata))});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Error{
            QStringLiteral("log.insert"),
            QCoreApplication::translate("nova::SecurityLog", "The security log did not accept the entry.")};
    entry.id = inserted->value(0).toLongLong();

    auto previous = m_db.exec(
        QStringLiteral("SELECT hash FROM security_log WHERE id < ? ORDER BY id DESC LIMIT 1"), {entry.id});
    if (!previous)
        return previous.error();
    entry.prevHash = previous->next() ? previous->value(0).toString() : QString::fromLatin1(kGenesisHash);
    entry.hash = computeHash(entry.prevHash, entry);
    if (auto updated =
            m_db.exec(QStringLiteral("UPDATE security_log SET prev_hash = ?, hash = ? WHERE id = ?"),
                      {entry.prevHash, entry.hash, entry.id});
        !updated)
        return updated.error();
    return entry;
}

Result<LogVerification> SecurityLog::verify() const
{
    LogVerification report;
    QString expectedPrev = QString::fromLatin1(kGenesisHash);
    qint64 lastId = -1;
    for (;;) {
        auto rows =
            m_db.exec(QStringLiteral("SELECT id, created_at, event, severity, success, user_id, username, ip,"
                                     " user_agent, metadata, prev_hash, hash FROM security_log"
                                     " WHERE id > ? ORDER BY id LIMIT ?"),
                      {lastId, kVerifyBatch});
        if (!rows)
            return rows.error();
        int seen = 0;
        while (rows->next()) {
            ++seen;
            const SecurityLogEntry entry = entryFromRow(*rows);
            lastId = entry.id;
            ++report.entriesChecked;
            if (entry.prevHash != expectedPrev) {
                report.firstBrokenId = entry.id;
                report.reason = QCoreApplication::translate(
                                    "nova::SecurityLog",
                                    "Entry %1 does not link to the entry before it: an entry was removed, "
                                    "inserted or reordered.")
                                    .arg(entry.id);
                return report;
            }
            if (computeHash(entry.prevHash, entry) != entry.hash) {
                report.firstBrokenId = entry.id;
                report.reason = QCoreApplication::translate("nova::SecurityLog",
                                                            "Entry %1 was changed after it was written.")
                                    .arg(entry.id);
                return report;
            }
            expectedPrev = entry.hash;
        }
        if (seen < kVerifyBatch)
            break;
    }
    return report;
}

} // namespace nova
