#pragma once

#include "rbac/Role.h"

#include <QList>

namespace nova {

// The built-in roles. admin, broker and manager are exactly the
// specification's PERMISSIONS table (rbac.middleware). `security` is Nova
// Admin's own, for the security staff who watch the log, the blocked
// addresses and the alerts without managing accounts.
class DefaultRoles {
public:
    static inline const QString kAdmin = QStringLiteral("admin");
    static inline const QString kBroker = QStringLiteral("broker");
    static inline const QString kManager = QStringLiteral("manager");
    static inline const QString kSecurity = QStringLiteral("security");

    static const QList<Role>& all();
    static bool isBuiltin(const QString& name);
};

} // namespace nova
