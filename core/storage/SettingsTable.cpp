#include "SettingsTable.h"

#include "rbac/AdminAudit.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QVariant>

namespace nova::SettingsTable {

Result<std::optional<QString>> read(const Database& db, const QString& key)
{
    auto row = db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<QString>();
    return std::optional<QString>(row->value(0).toString());
}

Status write(const Database& db, const QString& key, const QString& value)
{
    // A null QString binds as NULL, which the column refuses.
    auto written = db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                           {key, value.isNull() ? QStringLiteral("") : value});
    if (!written)
        return written.error();
    return {};
}

Status writeAudited(const Database& db, AdminAudit& audit, const Actor& actor,
                    const std::function<Result<QList<SettingChange>>()>& changes)
{
    return audit.recordChange(
        db, actor, EventType::SettingsChanged, {}, [&](QJsonObject& metadata) -> Result<bool> {
            auto list = changes();
            if (!list)
                return list.error();
            if (list->isEmpty())
                return false;
            QJsonObject logged;
            for (const SettingChange& change : std::as_const(*list)) {
                if (const Status written = write(db, change.key, change.stored); !written)
                    return written.error();
                logged.insert(change.key, QJsonObject{{QStringLiteral("from"), change.from},
                                                      {QStringLiteral("to"), change.to}});
            }
            metadata.insert(QStringLiteral("changes"), logged);
            return true;
        });
}

} // namespace nova::SettingsTable
