#include "PersonalDataLogReader.h"

#include "securitylog/SecurityLogRow.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace nova {

namespace {

const QString kUserId = QStringLiteral("user_id");
const QString kTargetUserId = QStringLiteral("target_user_id");
const QString kTarget = QStringLiteral("target");
const QString kTargetUsername = QStringLiteral("target_username");

QJsonValue isoTime(const QVariant& msecs)
{
    if (msecs.isNull())
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(msecs.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue nullable(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    return QJsonValue::fromVariant(value);
}

// The text as it appears between the quotes of a JSON string in the stored
// (compact) metadata.
QString jsonInner(const QString& text)
{
    const QString array = QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    return array.mid(2, array.size() - 4);
}

QString likeContaining(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    QString pattern;
    pattern.append(QLatin1Char('%'));
    pattern.append(escaped);
    pattern.append(QLatin1Char('%'));
    return pattern;
}

// The pre-selection: cheap, and a superset of what relations() accepts.
QString logCandidates(const PersonalDataSubject& who, QVariantList& values)
{
    values << who.userId << who.username << QStringLiteral("%\"user_id\":%1%").arg(who.userId)
           << QStringLiteral("%\"target_user_id\":\"%1\"%").arg(who.userId)
           << likeContaining(jsonInner(who.username));
    return QStringLiteral("(user_id = ? OR (user_id IS NULL AND lower(username) = lower(?))"
                          " OR metadata LIKE ? OR metadata LIKE ?"
                          " OR lower(metadata) LIKE lower(?) ESCAPE '\\')");
}

QString alertCandidates(const PersonalDataSubject& who, QVariantList& values)
{
    values << who.userId << who.username;
    return QStringLiteral("(user_id = ? OR (user_id IS NULL AND lower(username) = lower(?)))");
}

bool sameName(const QJsonValue& value, const QString& username)
{
    return value.isString() && value.toString().compare(username, Qt::CaseInsensitive) == 0;
}

bool sameId(const QJsonValue& value, qint64 userId)
{
    if (value.isDouble())
        return value.toInteger(-1) == userId;
    return value.isString() && value.toString() == QString::number(userId);
}

Error cancelled()
{
    return Error{QStringLiteral("export.cancelled"),
                 QCoreApplication::translate("nova::PersonalDataLogReader", "The export was cancelled.")};
}

QJsonObject entryJson(const SecurityLogEntry& entry, const QStringList& relations)
{
    const SecurityEvent& e = entry.event;
    return QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("time"), isoTime(entry.createdAtMs)},
        {QStringLiteral("event"), e.event},
        {QStringLiteral("success"), e.success},
        {QStringLiteral("severity"), severityName(e.severity)},
        {QStringLiteral("user_id"), e.userId ? QJsonValue(*e.userId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("username"), e.username},
        {QStringLiteral("ip"), e.ip},
        {QStringLiteral("user_agent"), e.userAgent},
        {QStringLiteral("metadata"), e.metadata},
        {QStringLiteral("relation"), QJsonArray::fromStringList(relations)},
    };
}

} // namespace

PersonalDataLogReader::PersonalDataLogReader(const Database& db)
    : m_db(db)
{}

Result<qint64> PersonalDataLogReader::lastLogId() const
{
    auto query = m_db.exec(QStringLiteral("SELECT MAX(id) FROM security_log"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<qint64> PersonalDataLogReader::lastAlertSeq() const
{
    auto query = m_db.exec(QStringLiteral("SELECT MAX(seq) FROM alerts"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<qint64> PersonalDataLogReader::countLogCandidates(const PersonalDataSubject& who, qint64 upToId) const
{
    QVariantList values;
    const QString where = logCandidates(who, values);
    values << upToId;
    auto query = m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM security_log WHERE %1 AND id <= ?").arg(where), values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<qint64> PersonalDataLogReader::countAlertCandidates(const PersonalDataSubject& who,
                                                           qint64 upToSeq) const
{
    QVariantList values;
    const QString where = alertCandidates(who, values);
    values << upToSeq;
    auto query =
        m_db.exec(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE %1 AND seq <= ?").arg(where), values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

QStringList PersonalDataLogReader::relations(const SecurityLogEntry& entry, const PersonalDataSubject& who)
{
    const SecurityEvent& e = entry.event;
    const QJsonObject& metadata = e.metadata;
    QStringList found;
    // Without an account id the name decides, except for nova-ctl's local
    // operator, whose name is a system account that may merely look the same.
    const bool actor = e.userId ? *e.userId == who.userId
                                : !metadata.value(QStringLiteral("local_operator")).toBool() &&
                                      sameName(e.username, who.username);
    if (actor)
        found.append(QStringLiteral("actor"));
    // An id, where the entry has one, outranks a name: a later account may
    // reuse the name of a deleted one.
    const bool hasId = metadata.contains(kUserId) || metadata.contains(kTargetUserId);
    const bool subject = hasId ? sameId(metadata.value(kUserId), who.userId) ||
                                     sameId(metadata.value(kTargetUserId), who.userId)
                               : sameName(metadata.value(kTarget), who.username) ||
                                     sameName(metadata.value(kTargetUsername), who.username);
    if (subject)
        found.append(QStringLiteral("subject"));
    return found;
}

Result<QJsonArray> PersonalDataLogReader::logEntries(const PersonalDataSubject& who, qint64 upToId,
                                                     const PersonalDataBatchDone& batchDone) const
{
    QJsonArray entries;
    qint64 afterId = 0;
    qint64 read = 0;
    for (;;) {
        QVariantList values;
        const QString where = logCandidates(who, values);
        values << afterId << upToId << kBatch;
        auto batch = m_db.exec(QStringLiteral("SELECT %1 FROM security_log WHERE %2 AND id > ? AND id <= ?"
                                              " ORDER BY id LIMIT ?")
                                   .arg(SecurityLogRow::columns(), where),
                               values);
        if (!batch)
            return batch.error();
        int rows = 0;
        while (batch->next()) {
            const SecurityLogEntry entry = SecurityLogRow::entryFromRow(*batch);
            ++rows;
            afterId = entry.id;
            if (const QStringList about = relations(entry, who); !about.isEmpty())
                entries.append(entryJson(entry, about));
        }
        read += rows;
        if (batchDone && !batchDone(read))
            return cancelled();
        if (rows < kBatch)
            return entries;
    }
}

Result<QJsonArray> PersonalDataLogReader::alerts(const PersonalDataSubject& who, qint64 upToSeq,
                                                 const PersonalDataBatchDone& batchDone) const
{
    QJsonArray alerts;
    qint64 afterSeq = 0;
    qint64 read = 0;
    for (;;) {
        QVariantList values;
        const QString where = alertCandidates(who, values);
        values << afterSeq << upToSeq << kBatch;
        auto batch = m_db.exec(
            QStringLiteral("SELECT seq, created_at, severity, type, channel, message_en, message_ar, ip,"
                           " user_id, username, log_id, acked_by, acked_at"
                           " FROM alerts WHERE %1 AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?")
                .arg(where),
            values);
        if (!batch)
            return batch.error();
        int rows = 0;
        while (batch->next()) {
            ++rows;
            afterSeq = batch->value(0).toLongLong();
            alerts.append(QJsonObject{
                {QStringLiteral("seq"), afterSeq},
                {QStringLiteral("time"), isoTime(batch->value(1))},
                {QStringLiteral("severity"), batch->value(2).toString()},
                {QStringLiteral("type"), batch->value(3).toString()},
                {QStringLiteral("channel"), batch->value(4).toString()},
                {QStringLiteral("message_en"), batch->value(5).toString()},
                {QStringLiteral("message_ar"), batch->value(6).toString()},
                {QStringLiteral("ip"), nullable(batch->value(7))},
                {QStringLiteral("user_id"), nullable(batch->value(8))},
                {QStringLiteral("username"), nullable(batch->value(9))},
                {QStringLiteral("log_id"), nullable(batch->value(10))},
                {QStringLiteral("acknowledged_by"), nullable(batch->value(11))},
                {QStringLiteral("acknowledged_at"), isoTime(batch->value(12))},
            });
        }
        read += rows;
        if (batchDone && !batchDone(read))
            return cancelled();
        if (rows < kBatch)
            return alerts;
    }
}

} // namespace nova
