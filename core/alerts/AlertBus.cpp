#include "AlertBus.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace nova {

namespace {

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullableId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

} // namespace

AlertBus::AlertBus(const Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

Result<Alert> AlertBus::publish(Alert alert)
{
    alert.createdAtMs = m_clock.nowMSecs();
    auto inserted = m_db.exec(
        QStringLiteral(
            "INSERT INTO alerts (created_at, severity, type, channel, message_en, message_ar, ip, user_id,"
            " username, log_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"),
        {alert.createdAtMs, severityName(alert.severity), alert.type, alert.channel, alert.messageEn,
         alert.messageAr, nullableText(alert.ip), nullableId(alert.userId), nullableText(alert.username),
         nullableId(alert.logId)});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Error{QStringLiteral("alert.insert"),
                     QCoreApplication::translate("nova::AlertBus", "The alert could not be stored.")};
    alert.seq = inserted->value(0).toLongLong();
    Q_EMIT published(alert);
    return alert;
}

Result<QList<Alert>> AlertBus::since(qint64 afterSeq, int limit) const
{
    auto rows = m_db.exec(
        QStringLiteral("SELECT seq, created_at, severity, type, channel, message_en, message_ar, ip,"
                       " user_id, username, log_id, acked_by, acked_at FROM alerts"
                       " WHERE seq > ? ORDER BY seq LIMIT ?"),
        {afterSeq, limit});
    if (!rows)
        return rows.error();
    QList<Alert> alerts;
    while (rows->next()) {
        Alert a;
        a.seq = rows->value(0).toLongLong();
        a.createdAtMs = rows->value(1).toLongLong();
        a.severity = severityFromName(rows->value(2).toString());
        a.type = rows->value(3).toString();
        a.channel = rows->value(4).toString();
        a.messageEn = rows->value(5).toString();
        a.messageAr = rows->value(6).toString();
        a.ip = rows->value(7).toString();
        if (!rows->value(8).isNull())
            a.userId = rows->value(8).toLongLong();
        a.username = rows->value(9).toString();
        if (!rows->value(10).isNull())
            a.logId = rows->value(10).toLongLong();
        a.ackedBy = rows->value(11).toString();
        a.ackedAtMs = rows->value(12).toLongLong();
        alerts.append(a);
    }
    return alerts;
}

Status AlertBus::acknowledge(qint64 seq, const QString& by)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE alerts SET acked_by = ?, acked_at = ? WHERE seq = ?"),
                             {by, m_clock.nowMSecs(), seq});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return Error{QStringLiteral("alert.unknown"),
                     QCoreApplication::translate("nova::AlertBus", "There is no alert number %1.").arg(seq)};
    return {};
}

qint64 AlertBus::lastSeq() const
{
    auto row = m_db.exec(QStringLiteral("SELECT MAX(seq) FROM alerts"));
    return row && row->next() ? row->value(0).toLongLong() : 0;
}

} // namespace nova
