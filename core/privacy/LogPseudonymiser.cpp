#include "LogPseudonymiser.h"

#include "crypto/SecureRandom.h"
#include "securitylog/SecurityLogRow.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QVariant>

namespace nova {

namespace {

bool matches(const QString& text, const QStringList& values)
{
    return std::any_of(values.cbegin(), values.cend(),
                       [&](const QString& value) { return text.compare(value, Qt::CaseInsensitive) == 0; });
}

QString replaced(QString text, const QStringList& values, const QString& pseudonym)
{
    if (matches(text, values))
        return pseudonym;
    // An address inside a sentence ("sent to a@b.example") is still one.
    for (const QString& value : values) {
        if (value.contains(QLatin1Char('@')))
            text.replace(value, pseudonym, Qt::CaseInsensitive);
    }
    return text;
}

QJsonValue replacedValue(const QJsonValue& value, const QStringList& values, const QString& pseudonym);

QJsonObject replacedObject(QJsonObject object, const QStringList& values, const QString& pseudonym)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        *it = replacedValue(*it, values, pseudonym);
    return object;
}

QJsonValue replacedValue(const QJsonValue& value, const QStringList& values, const QString& pseudonym)
{
    if (value.isString())
        return replaced(value.toString(), values, pseudonym);
    if (value.isObject())
        return replacedObject(value.toObject(), values, pseudonym);
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = replacedValue(*it, values, pseudonym);
        return array;
    }
    return value;
}

QStringList nonEmpty(const QStringList& values)
{
    QStringList kept;
    for (const QString& value : values) {
        if (!value.trimmed().isEmpty())
            kept.append(value);
    }
    return kept;
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

LogPseudonymiser::LogPseudonymiser(const Database& db)
    : m_db(db)
{}

QString LogPseudonymiser::newPseudonym()
{
    return QStringLiteral("erased-") + QString::fromLatin1(SecureRandom::bytes(5).toHex());
}

Result<QList<SecurityLogEntry>> LogPseudonymiser::prepare(const PersonalIdentifiers& who,
                                                          const QString& pseudonym, qint64* skipped) const
{
    const QStringList values = nonEmpty(who.values);
    // A display name or phone number may be someone else's too: only the
    // user name and e-mail find entries; inside an entry about the person
    // every identifier goes.
    const QStringList finding = nonEmpty({who.username, who.email});
    // A cheap pre-selection; every candidate is decided on its parsed content.
    QString sql = QStringLiteral("SELECT %1 FROM security_log WHERE user_id = ? OR metadata LIKE ?")
                      .arg(SecurityLogRow::columns());
    QVariantList bind{who.userId, QStringLiteral("%\"user_id\":%1%").arg(who.userId)};
    for (const QString& value : finding) {
        sql += QStringLiteral(" OR lower(username) = lower(?) OR metadata LIKE ? ESCAPE '\\'");
        bind << value << likePattern(value);
    }
    sql += QStringLiteral(" ORDER BY id");
    auto rows = m_db.exec(sql, bind);
    if (!rows)
        return rows.error();
    QList<SecurityLogEntry> pseudonymised;
    qint64 leftAlone = 0;
    while (rows->next()) {
        SecurityLogEntry entry = SecurityLogRow::entryFromRow(*rows);
        SecurityEvent& e = entry.event;
        const bool actor = e.userId == who.userId || (!e.userId && matches(e.username, finding));
        const bool target = e.metadata.value(QStringLiteral("user_id")).toInteger(-1) == who.userId;
        if (!actor && !target && replacedObject(e.metadata, finding, pseudonym) == e.metadata)
            continue;
        if (entry.redactedBy) {
            ++leftAlone;
            continue;
        }
        if (actor)
            e.username = pseudonym;
        if (target && e.metadata.contains(QStringLiteral("target")))
            e.metadata.insert(QStringLiteral("target"), pseudonym);
        e.metadata = replacedObject(e.metadata, actor || target ? values : finding, pseudonym);
        pseudonymised.append(entry);
    }
    if (skipped)
        *skipped = leftAlone;
    return pseudonymised;
}

Result<qint64> LogPseudonymiser::rewriteUnchained(const PersonalIdentifiers& who,
                                                  const QString& pseudonym) const
{
    const QStringList values = nonEmpty(who.values);
    auto alerts = m_db.exec(
        QStringLiteral(
            "SELECT seq, message_en, message_ar FROM alerts WHERE user_id = ? OR lower(username) = lower(?)"),
        {who.userId, who.username});
    if (!alerts)
        return alerts.error();
    qint64 rewritten = 0;
    QList<std::tuple<qint64, QString, QString>> messages;
    while (alerts->next()) {
        QString en = alerts->value(1).toString();
        QString ar = alerts->value(2).toString();
        for (const QString& value : std::as_const(values)) {
            en.replace(value, pseudonym, Qt::CaseInsensitive);
            ar.replace(value, pseudonym, Qt::CaseInsensitive);
        }
        messages.append({alerts->value(0).toLongLong(), en, ar});
    }
    for (const auto& [seq, en, ar] : std::as_const(messages)) {
        auto updated = m_db.exec(
            QStringLiteral("UPDATE alerts SET username = ?, message_en = ?, message_ar = ? WHERE seq = ?"),
            {pseudonym, en, ar, seq});
        if (!updated)
            return updated.error();
        ++rewritten;
    }
    // Names an admin left behind: who acknowledged an alert, who blocked an address.
    for (const QString& sql :
         {QStringLiteral("UPDATE alerts SET acked_by = ? WHERE lower(acked_by) = lower(?)"),
          QStringLiteral("UPDATE blocked_ips SET created_by = ? WHERE lower(created_by) = lower(?)")}) {
        auto updated = m_db.exec(sql, {pseudonym, who.username});
        if (!updated)
            return updated.error();
        rewritten += updated->numRowsAffected();
    }
    return rewritten;
}

} // namespace nova
