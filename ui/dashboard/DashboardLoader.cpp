#include "DashboardLoader.h"

#include "UiSession.h"
#include "dashboard/DashboardQuery.h"

namespace nova::ui {

Result<DashboardSnapshot> DashboardLoader::load(const UiSession& session, const DashboardQuery& query,
                                                const DashboardRequest& request)
{
    if (const Status allowed =
            session.authorize(Permission{QStringLiteral("security_log"), Permission::kRead},
                              QStringLiteral("desktop/dashboard"));
        !allowed)
        return allowed.error();

    DashboardSnapshot snapshot;
    snapshot.buckets = query.buckets(request.range, request.utcOffsetMs);
    const qint64 from = snapshot.buckets.startMs;
    const qint64 to = snapshot.buckets.endMs();
    auto signIns = query.signIns(snapshot.buckets);
    if (!signIns)
        return signIns.error();
    snapshot.signIns = std::move(signIns).value();
    auto blocked = query.blockedIps(snapshot.buckets);
    if (!blocked)
        return blocked.error();
    snapshot.blockedIps = std::move(blocked).value();
    auto ips = query.topOffendingIps(from, to);
    if (!ips)
        return ips.error();
    snapshot.topIps = std::move(ips).value();
    auto accounts = query.mostTargetedAccounts(from, to);
    if (!accounts)
        return accounts.error();
    snapshot.topAccounts = std::move(accounts).value();

    if (request.alerts && session.authorize(Permission{QStringLiteral("alerts"), Permission::kRead},
                                            QStringLiteral("desktop/dashboard/alerts"))) {
        auto alerts = query.alertsBySeverity(from, to);
        if (!alerts)
            return alerts.error();
        snapshot.alerts = alerts.value();
    }
    if (request.twoFactor && session.authorize(Permission{QStringLiteral("users"), Permission::kRead},
                                               QStringLiteral("desktop/dashboard/two-factor"))) {
        auto adoption = query.twoFactorAdoption();
        if (!adoption)
            return adoption.error();
        auto without = query.usersWithoutTwoFactor(kUsersWithoutTwoFactorLimit);
        if (!without)
            return without.error();
        snapshot.adoption = std::move(adoption).value();
        snapshot.withoutTwoFactor = std::move(without).value();
    }
    return snapshot;
}

} // namespace nova::ui
