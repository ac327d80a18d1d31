#include "SecurityLog.h"

#include "securitylog/SecurityLogRow.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace nova {

namespace {

constexpr int kVerifyBatch = 5000;

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

SecurityLog::SecurityLog(const Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

QByteArray SecurityLog::canonicalContent(const SecurityLogEntry& entry)
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
                               SecurityLogRow::metadataText(e.metadata)};
    return QJsonDocument(canonical).toJson(QJsonDocument::Compact);
}

QString SecurityLog::computeHash(const QString& prevHash, const SecurityLogEntry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonicalContent(entry));
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
        // Prepared once per batch, so a batch of thousands is parsed twice, not thousands of times.
        BatchStatements statements{QSqlQuery(m_db.connection()), QSqlQuery(m_db.connection()), {}};
        statements.insert.setForwardOnly(true);
        if (!statements.insert.prepare(QStringLiteral(
                "INSERT INTO security_log (created_at, event, severity, success, user_id, username, ip,"
                " user_agent, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')"
                " RETURNING id")))
            return Database::sqlError(statements.insert.lastError());
        if (!statements.update.prepare(
                QStringLiteral("UPDATE security_log SET prev_hash = ?, hash = ? WHERE id = ?")))
            return Database::sqlError(statements.update.lastError());
        for (const SecurityEvent& event : events) {
            auto entry = appendLocked(event, statements);
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

Result<SecurityLogEntry> SecurityLog::appendLocked(const SecurityEvent& event, BatchStatements& statements)
{
    SecurityLogEntry entry;
    entry.event = event;
    entry.createdAtMs = m_clock.nowMSecs();
    // Writing first takes SQLite's write lock before the predecessor is read,
    // so two processes cannot both chain onto the same entry.
    QSqlQuery& insert = statements.insert;
    int column = 0;
    for (const QVariant& value :
         {QVariant(entry.createdAtMs), QVariant(event.event), QVariant(severityName(event.severity)),
          QVariant(event.success ? 1 : 0),
          event.userId ? QVariant(*event.userId) : QVariant(QMetaType::fromType<qlonglong>()),
          nullable(event.username), nullable(event.ip), nullable(event.userAgent),
          nullable(SecurityLogRow::metadataText(event.metadata))})
        insert.bindValue(column++, value);
    if (!insert.exec())
        return Database::sqlError(insert.lastError());
    if (!insert.next())
        return Error{
            QStringLiteral("log.insert"),
            QCoreApplication::translate("nova::SecurityLog", "The security log did not accept the entry.")};
    entry.id = insert.value(0).toLongLong();
    insert.finish();

    if (statements.lastHash) {
        // The lock is held since the batch's first insert: the previous entry is ours.
        entry.prevHash = *statements.lastHash;
    } else {
        auto previous =
            m_db.exec(QStringLiteral("SELECT hash FROM security_log WHERE id < ? ORDER BY id DESC LIMIT 1"),
                      {entry.id});
        if (!previous)
            return previous.error();
        entry.prevHash = previous->next() ? previous->value(0).toString() : QString::fromLatin1(kGenesisHash);
    }
    entry.hash = computeHash(entry.prevHash, entry);
    QSqlQuery& update = statements.update;
    update.bindValue(0, entry.prevHash);
    update.bindValue(1, entry.hash);
    update.bindValue(2, entry.id);
    if (!update.exec())
        return Database::sqlError(update.lastError());
    statements.lastHash = entry.hash;
    return entry;
}

Result<std::optional<LogAnchor>> SecurityLog::anchor() const
{
    auto row = m_db.exec(QStringLiteral("SELECT archived_through_id, last_hash FROM log_anchor"));
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<LogAnchor>();
    return std::optional<LogAnchor>(LogAnchor{row->value(0).toLongLong(), row->value(1).toString()});
}

Result<LogVerification> SecurityLog::verify() const
{
    auto start = anchor();
    if (!start)
        return start.error();
    LogChainVerifier verifier(*start ? (*start)->lastHash : QString::fromLatin1(kGenesisHash));
    if (const Status walked = verifyLive(verifier, *start); !walked)
        return walked.error();
    return verifier.report();
}

Status SecurityLog::verifyLive(LogChainVerifier& verifier, const std::optional<LogAnchor>& anchor) const
{
    if (const Status walked =
            forEachEntry(std::nullopt, [&](const SecurityLogEntry& entry) { return verifier.add(entry); });
        !walked)
        return walked;
    if (!verifier.finish().firstBrokenId && anchor)
        verifier.checkAnchor(anchor->archivedThroughId, anchor->lastHash);
    return {};
}

Status SecurityLog::forEachEntry(std::optional<qint64> throughId,
                                 const std::function<bool(const SecurityLogEntry&)>& each) const
{
    qint64 lastId = -1;
    for (;;) {
        auto rows = m_db.exec(
            QStringLiteral("SELECT %1 FROM security_log WHERE id > ? AND id <= ? ORDER BY id LIMIT ?")
                .arg(SecurityLogRow::columns()),
            {lastId, throughId.value_or(std::numeric_limits<qint64>::max()), kVerifyBatch});
        if (!rows)
            return rows.error();
        int seen = 0;
        while (rows->next()) {
            ++seen;
            const SecurityLogEntry entry = SecurityLogRow::entryFromRow(*rows);
            lastId = entry.id;
            if (!each(entry))
                return {};
        }
        if (seen < kVerifyBatch)
            return {};
    }
}

Result<SecurityLogEntry> SecurityLog::appendRedaction(SecurityEvent record,
                                                      const QList<SecurityLogEntry>& pseudonymised)
{
    QCryptographicHash digest(QCryptographicHash::Sha256);
    qint64 firstId = 0;
    for (const SecurityLogEntry& entry : pseudonymised) {
        LogChainVerifier::addToRedactionDigest(digest, entry);
        if (firstId == 0 || entry.id < firstId)
            firstId = entry.id;
    }
    record.metadata.insert(LogChainVerifier::kRedactedCount, pseudonymised.size());
    record.metadata.insert(LogChainVerifier::kRedactionDigest, QString::fromLatin1(digest.result().toHex()));
    record.metadata.insert(LogChainVerifier::kFirstRedactedId, firstId);
    std::optional<SecurityLogEntry> written;
    const Status status = m_db.transaction([&]() -> Status {
        auto appended = appendBatch({record});
        if (!appended)
            return appended.error();
        written = appended->constFirst();
        for (const SecurityLogEntry& entry : pseudonymised) {
            auto updated = m_db.exec(
                QStringLiteral(
                    "UPDATE security_log SET username = ?, metadata = ?, redacted_by = ? WHERE id = ?"),
                {nullable(entry.event.username), nullable(SecurityLogRow::metadataText(entry.event.metadata)),
                 written->id, entry.id});
            if (!updated)
                return updated.error();
        }
        return {};
    });
    if (!status)
        return status.error();
    return *written;
}

} // namespace nova
