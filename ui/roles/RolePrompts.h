#pragma once

#include "rbac/Permission.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace nova::ui {

// The questions the role editor asks before it changes or drops anything:
// each shows what would change, so nobody saves or discards blind.
class RolePrompts {
    Q_DECLARE_TR_FUNCTIONS(nova::ui::RolePrompts)
public:
    enum class Unsaved { Save, Discard, Cancel };

    // "Granted: …" and "Revoked: …", one line per feature.
    static QString changeSummary(const QList<Permission>& granted, const QList<Permission>& revoked);
    // "unsavedChangesDialog": Save, Discard or Cancel.
    static Unsaved askAboutUnsaved(QWidget* parent, const QString& role, const QString& summary);
    // "confirmDialog" listing the changes.
    static bool confirmSave(QWidget* parent, const QString& role, const QString& summary);
    // "confirmDialog", Cancel by default.
    static bool confirmDelete(QWidget* parent, const QString& role);
};

} // namespace nova::ui
