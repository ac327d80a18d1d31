#include "SecurityLogQuery.h"

#include "securitylog/SecurityLogRow.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace nova {

namespace {

Error limitError()
{
    return Error{QStringLiteral("log.limit"),
                 QCoreApplication::translate("nova::SecurityLogQuery",
                                             "The page size must be between %L1 and %L2 entries.")
                     .arg(1)
                     .arg(SecurityLogQuery::kMaxLimit)};
}

QString whereClause(const QStringList& conditions)
{
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

Result<QList<SecurityLogEntry>> readEntries(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<SecurityLogEntry> entries;
    while (query->next())
        entries.append(SecurityLogRow::entryFromRow(*query));
    return entries;
}

} // namespace

SecurityLogQuery::SecurityLogQuery(const Database& db)
    : m_db(db)
{}

Result<SecurityLogPage> SecurityLogQuery::page(const SecurityLogFilter& filter,
                                               std::optional<qint64> beforeId, int limit) const
{
    if (limit < 1 || limit > kMaxLimit)
        return limitError();
    QStringList conditions;
    QVariantList values;
    filter.appendSql(conditions, values);
    if (beforeId) {
        conditions.append(QStringLiteral("id < ?"));
        values.append(*beforeId);
    }
    // One row more than asked tells whether another page exists without a COUNT.
    values.append(limit + 1);
    auto rows = readEntries(m_db.exec(QStringLiteral("SELECT %1 FROM security_log%2 ORDER BY id DESC LIMIT ?")
                                          .arg(SecurityLogRow::columns(), whereClause(conditions)),
                                      values));
    if (!rows)
        return rows.error();
    SecurityLogPage result;
    result.entries = std::move(rows).value();
    if (result.entries.size() > limit) {
        result.entries.removeLast();
        result.nextBeforeId = result.entries.constLast().id;
    }
    return result;
}

Result<qint64> SecurityLogQuery::count(const SecurityLogFilter& filter) const
{
    QStringList conditions;
    QVariantList values;
    filter.appendSql(conditions, values);
    auto query =
        m_db.exec(QStringLiteral("SELECT COUNT(*) FROM security_log%1").arg(whereClause(conditions)), values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<qint64> SecurityLogQuery::count(const SecurityLogFilter& filter, qint64 upToId) const
{
    QStringList conditions;
    QVariantList values;
    filter.appendSql(conditions, values);
    conditions.append(QStringLiteral("id <= ?"));
    values.append(upToId);
    auto query =
        m_db.exec(QStringLiteral("SELECT COUNT(*) FROM security_log%1").arg(whereClause(conditions)), values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<SecurityLogEntry> SecurityLogQuery::entry(qint64 id) const
{
    auto rows = readEntries(m_db.exec(
        QStringLiteral("SELECT %1 FROM security_log WHERE id = ?").arg(SecurityLogRow::columns()), {id}));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{
            QStringLiteral("log.not_found"),
            QCoreApplication::translate("nova::SecurityLogQuery", "There is no log entry %1.").arg(id)};
    return rows->constFirst();
}

Result<QList<SecurityLogEntry>> SecurityLogQuery::ascending(const SecurityLogFilter& filter, qint64 afterId,
                                                            qint64 upToId, int limit) const
{
    if (limit < 1 || limit > kMaxLimit)
        return limitError();
    QStringList conditions;
    QVariantList values;
    filter.appendSql(conditions, values);
    conditions.append(QStringLiteral("id > ?"));
    values.append(afterId);
    conditions.append(QStringLiteral("id <= ?"));
    values.append(upToId);
    values.append(limit);
    return readEntries(m_db.exec(QStringLiteral("SELECT %1 FROM security_log%2 ORDER BY id LIMIT ?")
                                     .arg(SecurityLogRow::columns(), whereClause(conditions)),
                                 values));
}

Result<qint64> SecurityLogQuery::lastId() const
{
    auto query = m_db.exec(QStringLiteral("SELECT MAX(id) FROM security_log"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace nova
