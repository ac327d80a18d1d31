#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace nova {

// One grant: an action on a feature. The CRM features and actions are the
// specification's (rbac.middleware); the admin-side features are Nova
// Admin's own, for the screens this tool adds:
//   users        accounts (create, edit, disable, delete, unlock, import)
//   roles        roles and permission grants, resource ownership
//   security_log reading and exporting the security log
//   blocked_ips  blocking and unblocking addresses, the allow-list
//   alerts       the live alert stream and acknowledging alerts
//   settings     thresholds, secret rotation and other configuration
// `manage` implies create, read, update and delete on the same feature, and
// the feature `*` matches every feature.
struct Permission {
    QString feature;
    QString action;

    static inline const QString kAnyFeature = QStringLiteral("*");
    static inline const QString kCreate = QStringLiteral("create");
    static inline const QString kRead = QStringLiteral("read");
    static inline const QString kUpdate = QStringLiteral("update");
    static inline const QString kDelete = QStringLiteral("delete");
    static inline const QString kManage = QStringLiteral("manage");

    static const QStringList& crmFeatures();
    static const QStringList& adminFeatures();
    static QStringList knownFeatures(); // CRM features, then admin features
    static const QStringList& knownActions();
    static bool isKnownFeature(const QString& feature); // `*` included
    static bool isKnownAction(const QString& action);

    bool isValid() const { return isKnownFeature(feature) && isKnownAction(action); }
    // Whether holding this grant allows `requested`.
    bool covers(const Permission& requested) const;
    QString toString() const { return feature + QLatin1Char(':') + action; }

    friend bool operator==(const Permission& a, const Permission& b)
    {
        return a.feature == b.feature && a.action == b.action;
    }
};

} // namespace nova
