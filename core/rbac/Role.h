#pragma once

#include "rbac/Permission.h"

#include <QList>
#include <QString>

namespace nova {

struct Role {
    QString name;
    bool builtin = false;
    QString description;
    QList<Permission> grants;
};

} // namespace nova
