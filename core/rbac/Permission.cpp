#include "Permission.h"

namespace nova {

const QStringList& Permission::crmFeatures()
{
    static const QStringList features{QStringLiteral("crm"),      QStringLiteral("finance"),
                                      QStringLiteral("owners"),   QStringLiteral("publishing"),
                                      QStringLiteral("calendar"), QStringLiteral("cards"),
                                      QStringLiteral("reports"),  QStringLiteral("team")};
    return features;
}

const QStringList& Permission::adminFeatures()
{
    static const QStringList features{QStringLiteral("users"),        QStringLiteral("roles"),
                                      QStringLiteral("security_log"), QStringLiteral("blocked_ips"),
                                      QStringLiteral("alerts"),       QStringLiteral("settings")};
    return features;
}

QStringList Permission::knownFeatures()
{
    return crmFeatures() + adminFeatures();
}

const QStringList& Permission::knownActions()
{
    static const QStringList actions{kCreate, kRead, kUpdate, kDelete, kManage};
    return actions;
}

bool Permission::isKnownFeature(const QString& feature)
{
    return feature == kAnyFeature || crmFeatures().contains(feature) || adminFeatures().contains(feature);
}

bool Permission::isKnownAction(const QString& action)
{
    return knownActions().contains(action);
}

bool Permission::covers(const Permission& requested) const
{
    if (!isValid() || !requested.isValid())
        return false;
    const bool featureMatches = feature == kAnyFeature || feature == requested.feature;
    const bool actionMatches = action == kManage || action == requested.action;
    return featureMatches && actionMatches;
}

} // namespace nova
