#include "DefaultRoles.h"

namespace nova {

namespace {

Permission grant(const char* feature, const QString& action)
{
    return Permission{QString::fromLatin1(feature), action};
}

QList<Role> buildDefaults()
{
    const QString c = Permission::kCreate;
    const QString r = Permission::kRead;
    const QString u = Permission::kUpdate;
    const QString d = Permission::kDelete;
    const QString m = Permission::kManage;

    Role admin{DefaultRoles::kAdmin,
               true,
               QStringLiteral("Full access to everything"),
               {Permission{Permission::kAnyFeature, m}}};
    Role broker{DefaultRoles::kBroker,
                true,
                QStringLiteral("Brokers: customers, deals, owners, publishing, calendar and cards"),
                {grant("crm", c), grant("crm", r), grant("crm", u), grant("crm", d), grant("finance", c),
                 grant("finance", r), grant("finance", u), grant("owners", c), grant("owners", r),
                 grant("owners", u), grant("publishing", c), grant("publishing", r), grant("calendar", c),
                 grant("calendar", r), grant("calendar", u), grant("cards", c), grant("cards", r),
                 grant("cards", u), grant("reports", r)}};
    Role manager{DefaultRoles::kManager,
                 true,
                 QStringLiteral("Managers: view everything, run reports, manage the team"),
                 {grant("crm", r), grant("finance", r), grant("owners", r), grant("reports", r),
                  grant("reports", c), grant("team", m)}};
    Role security{DefaultRoles::kSecurity,
                  true,
                  QStringLiteral("Security staff: security log, blocked addresses and alerts"),
                  {grant("security_log", r), grant("blocked_ips", m), grant("alerts", m)}};
    return {admin, broker, manager, security};
}

} // namespace

const QList<Role>& DefaultRoles::all()
{
    static const QList<Role> roles = buildDefaults();
    return roles;
}

bool DefaultRoles::isBuiltin(const QString& name)
{
    for (const Role& role : all()) {
        if (role.name == name)
            return true;
    }
    return false;
}

} // namespace nova
