#include "PermissionText.h"

#include "rbac/DefaultRoles.h"

namespace nova::ui {

QString PermissionText::roleName(const QString& name)
{
    if (name == DefaultRoles::kAdmin)
        return tr("Administrator");
    if (name == DefaultRoles::kBroker)
        return tr("Broker");
    if (name == DefaultRoles::kManager)
        return tr("Manager");
    if (name == DefaultRoles::kSecurity)
        return tr("Security staff");
    return name;
}

QString PermissionText::roleDescription(const Role& role)
{
    if (!role.builtin)
        return role.description;
    if (role.name == DefaultRoles::kAdmin)
        return tr("Full access to everything");
    if (role.name == DefaultRoles::kBroker)
        return tr("Brokers: customers, deals, owners, publishing, calendar and cards");
    if (role.name == DefaultRoles::kManager)
        return tr("Managers: view everything, run reports, manage the team");
    if (role.name == DefaultRoles::kSecurity)
        return tr("Security staff: security log, blocked addresses and alerts");
    return role.description;
}

QString PermissionText::featureName(const QString& feature)
{
    if (feature == QLatin1String("crm"))
        return tr("Customers");
    if (feature == QLatin1String("finance"))
        return tr("Finance");
    if (feature == QLatin1String("owners"))
        return tr("Property owners");
    if (feature == QLatin1String("publishing"))
        return tr("Publishing");
    if (feature == QLatin1String("calendar"))
        return tr("Calendar");
    if (feature == QLatin1String("cards"))
        return tr("Cards");
    if (feature == QLatin1String("reports"))
        return tr("Reports");
    if (feature == QLatin1String("team"))
        return tr("Team");
    if (feature == QLatin1String("users"))
        return tr("User accounts");
    if (feature == QLatin1String("roles"))
        return tr("Roles and permissions");
    if (feature == QLatin1String("security_log"))
        return tr("Security log");
    if (feature == QLatin1String("blocked_ips"))
        return tr("Blocked addresses");
    if (feature == QLatin1String("alerts"))
        return tr("Live alerts");
    if (feature == QLatin1String("settings"))
        return tr("Settings");
    if (feature == Permission::kAnyFeature)
        return tr("Every feature");
    return feature;
}

QString PermissionText::featureDescription(const QString& feature)
{
    if (feature == QLatin1String("crm"))
        return tr("Customer records and the deals pipeline in Nova CRM.");
    if (feature == QLatin1String("finance"))
        return tr("Sales, payments and commissions in Nova CRM.");
    if (feature == QLatin1String("owners"))
        return tr("Property owners and their properties in Nova CRM.");
    if (feature == QLatin1String("publishing"))
        return tr("Publishing listings to portals from Nova CRM.");
    if (feature == QLatin1String("calendar"))
        return tr("Appointments and viewings in Nova CRM.");
    if (feature == QLatin1String("cards"))
        return tr("Business cards in Nova CRM.");
    if (feature == QLatin1String("reports"))
        return tr("Reports in Nova CRM.");
    if (feature == QLatin1String("team"))
        return tr("The brokerage's team in Nova CRM.");
    if (feature == QLatin1String("users"))
        return tr("Accounts: create, edit, disable, delete, unlock and import users.");
    if (feature == QLatin1String("roles"))
        return tr("Roles, permission grants and resource ownership.");
    if (feature == QLatin1String("security_log"))
        return tr("Reading and exporting the security log.");
    if (feature == QLatin1String("blocked_ips"))
        return tr("Blocking and unblocking addresses, and the allow-list.");
    if (feature == QLatin1String("alerts"))
        return tr("The live alert stream and acknowledging alerts.");
    if (feature == QLatin1String("settings"))
        return tr("Thresholds, secret rotation and other configuration.");
    return {};
}

QString PermissionText::actionName(const QString& action)
{
    if (action == Permission::kCreate)
        return tr("Create");
    if (action == Permission::kRead)
        return tr("Read");
    if (action == Permission::kUpdate)
        return tr("Update");
    if (action == Permission::kDelete)
        return tr("Delete");
    if (action == Permission::kManage)
        return tr("Manage");
    return action;
}

QString PermissionText::actionDescription(const QString& action)
{
    if (action == Permission::kManage)
        return tr("Everything on the feature: implies create, read, update and delete.");
    if (action == Permission::kCreate)
        return tr("Add new records.");
    if (action == Permission::kRead)
        return tr("See records.");
    if (action == Permission::kUpdate)
        return tr("Change existing records.");
    if (action == Permission::kDelete)
        return tr("Remove records.");
    return {};
}

QString PermissionText::permissionName(const Permission& permission)
{
    //: %1 is a feature, %2 an action on it or a list of actions ("Finance: read, update")
    return tr("%1: %2").arg(featureName(permission.feature), actionName(permission.action).toLower());
}

QStringList PermissionText::grouped(const QList<Permission>& permissions)
{
    QStringList lines;
    const QStringList features = QStringList{Permission::kAnyFeature} + Permission::knownFeatures();
    QStringList order = features;
    for (const Permission& p : permissions) {
        if (!order.contains(p.feature))
            order.append(p.feature);
    }
    for (const QString& feature : std::as_const(order)) {
        QStringList actions;
        for (const QString& action : Permission::knownActions()) {
            if (permissions.contains(Permission{feature, action}))
                actions.append(actionName(action).toLower());
        }
        if (!actions.isEmpty()) {
            //: Separates the actions listed after a feature ("read, update")
            const QString separator = tr(", ");
            //: %1 is a feature, %2 an action on it or a list of actions ("Finance: read, update")
            lines.append(tr("%1: %2").arg(featureName(feature), actions.join(separator)));
        }
    }
    return lines;
}

} // namespace nova::ui
