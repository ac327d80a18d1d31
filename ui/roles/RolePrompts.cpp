#include "RolePrompts.h"

#include "Bidi.h"
#include "PermissionText.h"

#include <QAbstractButton>
#include <QMessageBox>

namespace nova::ui {

QString RolePrompts::changeSummary(const QList<Permission>& granted, const QList<Permission>& revoked)
{
    const auto bullets = [](const QList<Permission>& permissions) -> QString {
        return QStringLiteral("• ") + PermissionText::grouped(permissions).join(QStringLiteral("\n• "));
    };
    QStringList parts;
    if (!granted.isEmpty()) {
        //: %1 is a bulleted list of permissions, one line per feature
        parts.append(tr("Granted:\n%1").arg(bullets(granted)));
    }
    if (!revoked.isEmpty()) {
        //: %1 is a bulleted list of permissions, one line per feature
        parts.append(tr("Revoked:\n%1").arg(bullets(revoked)));
    }
    return parts.join(QStringLiteral("\n\n"));
}

RolePrompts::Unsaved RolePrompts::askAboutUnsaved(QWidget* parent, const QString& role,
                                                  const QString& summary)
{
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The role “%1” has changes that are not saved.").arg(isolated(role)),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("unsavedChangesDialog"));
    box.setInformativeText(summary);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Unsaved::Save;
    case QMessageBox::Discard:
        return Unsaved::Discard;
    default:
        return Unsaved::Cancel;
    }
}

bool RolePrompts::confirmSave(QWidget* parent, const QString& role, const QString& summary)
{
    QMessageBox box(QMessageBox::Question, tr("Save role"),
                    tr("Save these changes to the role “%1”?").arg(isolated(role)),
                    QMessageBox::Save | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmDialog"));
    box.setInformativeText(summary);
    box.setDefaultButton(QMessageBox::Save);
    return box.exec() == QMessageBox::Save;
}

bool RolePrompts::confirmDelete(QWidget* parent, const QString& role)
{
    QMessageBox box(QMessageBox::Warning, tr("Delete role"), tr("Delete the role “%1”?").arg(isolated(role)),
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmDialog"));
    box.setInformativeText(tr("Its permissions are removed with it. A role that is still assigned to a user "
                              "cannot be deleted; give those users another role first."));
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

} // namespace nova::ui
