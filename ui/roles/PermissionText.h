#pragma once

#include "rbac/Permission.h"
#include "rbac/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace nova::ui {

// Translated names for the permission vocabulary, shared by the matrix, the
// change summary and the grant dialogs. The stored ids ("security_log",
// "manage") stay in tooltips, since nova-ctl and scripts use them.
class PermissionText {
    Q_DECLARE_TR_FUNCTIONS(nova::ui::PermissionText)
public:
    // A built-in role's description in the current language (the database
    // keeps the English one); a custom role's as its author wrote it.
    static QString roleDescription(const Role& role);
    // A built-in role by its name in the current language ("admin" is
    // "مسؤول" in Arabic); a custom role by the name it was given. The
    // stored name stays what nova-ctl and the database use.
    static QString roleName(const QString& name);
    static QString featureName(const QString& feature);
    static QString featureDescription(const QString& feature);
    static QString actionName(const QString& action);
    static QString actionDescription(const QString& action);
    // "Finance: read" in the UI's language.
    static QString permissionName(const Permission& permission);
    // One line per feature ("Finance: read, update"), in the matrix's order.
    static QStringList grouped(const QList<Permission>& permissions);
};

} // namespace nova::ui
