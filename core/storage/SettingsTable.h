#pragma once

#include "Result.h"
#include "rbac/Actor.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace nova {

class AdminAudit;
class Database;

// One value of the settings table changing, as the security log shows it.
struct SettingChange {
    QString key;
    QJsonValue from;
    QJsonValue to;
    QString stored; // what the table holds afterwards
};

// The database's settings table: one text value per key, shared by every
// program on the database (policy, retention, backups, the secret store).
namespace SettingsTable {

Result<std::optional<QString>> read(const Database& db, const QString& key);
Status write(const Database& db, const QString& key, const QString& value);

// `changes` runs inside the transaction (so it can compare with what is
// stored now); every change it names is written together with one
// settings_changed entry listing them, announced after the commit. No
// change: nothing is written or logged.
Status writeAudited(const Database& db, AdminAudit& audit, const Actor& actor,
                    const std::function<Result<QList<SettingChange>>()>& changes);

} // namespace SettingsTable

} // namespace nova
