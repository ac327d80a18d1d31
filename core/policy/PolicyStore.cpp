#include "PolicyStore.h"

#include "rbac/AdminAudit.h"
#include "storage/Database.h"
#include "storage/SettingsTable.h"

#include <QHash>
#include <QtDebug>

#include <optional>

namespace nova {

namespace {

Result<QHash<QString, QString>> readPolicyRows(const Database& db)
{
    auto rows = db.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'policy.%'"));
    if (!rows)
        return rows.error();
    QHash<QString, QString> values;
    while (rows->next())
        values.insert(rows->value(0).toString(), rows->value(1).toString());
    return values;
}

} // namespace

PolicyStore::PolicyStore(const Database& db, AdminAudit& audit, ServicePolicy defaults)
    : m_db(db)
    , m_audit(audit)
    , m_defaults(defaults)
{}

Result<ServicePolicy> PolicyStore::read(const Database& db, const ServicePolicy& defaults)
{
    auto stored = readPolicyRows(db);
    if (!stored)
        return stored.error();
    ServicePolicy policy = defaults;
    for (const ServicePolicy::Field& field : ServicePolicy::fields()) {
        const auto it = stored->constFind(QString::fromLatin1(field.key));
        if (it == stored->constEnd())
            continue;
        bool ok = false;
        const qint64 value = it->toLongLong(&ok);
        if (!ok || value < field.min || value > field.max) {
            qWarning("settings: ignoring %s = \"%s\" (not a number between %lld and %lld)", field.key,
                     qPrintable(*it), field.min, field.max);
            continue;
        }
        field.set(policy, value);
    }
    return policy;
}

Result<ServicePolicy> PolicyStore::load() const
{
    return read(m_db, m_defaults);
}

Status PolicyStore::save(const ServicePolicy& policy, const Actor& actor)
{
    if (auto valid = policy.validate(); !valid)
        return valid;
    return SettingsTable::writeAudited(m_db, m_audit, actor, [&]() -> Result<QList<SettingChange>> {
        auto current = load();
        if (!current)
            return current.error();
        QList<SettingChange> changes;
        for (const ServicePolicy::Field& field : ServicePolicy::fields()) {
            const qint64 before = field.get(*current);
            const qint64 after = field.get(policy);
            if (before != after)
                changes.append({QString::fromLatin1(field.key), before, after, QString::number(after)});
        }
        return changes;
    });
}

} // namespace nova
