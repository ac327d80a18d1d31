#include "SecurityLogFilter.h"

namespace nova {

namespace {

// LIKE treats % and _ as wildcards; the needle is matched literally.
QString likePattern(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

bool SecurityLogFilter::isEmpty() const
{
    return events.isEmpty() && !userId && username.isEmpty() && ip.isEmpty() && !success && !fromMs &&
           !toMs && text.isEmpty();
}

void SecurityLogFilter::appendSql(QStringList& conditions, QVariantList& values) const
{
    if (!events.isEmpty()) {
        QStringList marks;
        for (const QString& event : events) {
            marks.append(QStringLiteral("?"));
            values.append(event);
        }
        conditions.append(QStringLiteral("event IN (%1)").arg(marks.join(QLatin1Char(','))));
    }
    if (userId) {
        conditions.append(QStringLiteral("user_id = ?"));
        values.append(*userId);
    }
    if (!username.isEmpty()) {
        conditions.append(QStringLiteral("username = ?"));
        values.append(username);
    }
    if (!ip.isEmpty()) {
        conditions.append(QStringLiteral("ip = ?"));
        values.append(ip);
    }
    if (success) {
        conditions.append(QStringLiteral("success = ?"));
        values.append(*success ? 1 : 0);
    }
    if (fromMs) {
        conditions.append(QStringLiteral("created_at >= ?"));
        values.append(*fromMs);
    }
    if (toMs) {
        conditions.append(QStringLiteral("created_at < ?"));
        values.append(*toMs);
    }
    const QString needle = text.trimmed().toLower();
    if (!needle.isEmpty()) {
        const QString pattern = likePattern(needle);
        QStringList columns;
        for (const char* column : {"username", "ip", "user_agent", "metadata"}) {
            columns.append(QStringLiteral("lower(%1) LIKE ? ESCAPE '\\'").arg(QLatin1String(column)));
            values.append(pattern);
        }
        conditions.append(QLatin1Char('(') + columns.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
}

} // namespace nova
