#include "UserActions.h"

#include "Bidi.h"
#include "UiSession.h"

#include <QAction>
#include <QMenu>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

namespace nova::ui {

namespace {
const QString kUsers = QStringLiteral("users");
} // namespace

UserActions::UserActions(const UiSession& session, QWidget* scope)
    : QObject(scope)
    , m_session(session)
{
    m_new = make("actionNewUser", scope);
    m_edit = make("actionEditUser", scope);
    m_disable = make("actionDisableUser", scope);
    m_enable = make("actionEnableUser", scope);
    m_unlock = make("actionUnlockUser", scope);
    m_resetPassword = make("actionResetPassword", scope);
    m_enrollTwoFactor = make("actionEnrollTwoFactor", scope);
    m_resetTwoFactor = make("actionResetTwoFactor", scope);
    m_exportPersonalData = make("actionExportPersonalData", scope);
    m_delete = make("actionDeleteUser", scope);
    m_erase = make("actionEraseUser", scope);
    m_refresh = make("actionRefreshUsers", scope);
    // Related actions share one toolbar button each, so the toolbar fits the
    // default window in English and in Arabic; the context menu lists them all.
    m_twoFactor = makeGroup("actionTwoFactor", {m_enrollTwoFactor, m_resetTwoFactor}, scope);
    m_personalData = makeGroup("actionPersonalData", {m_exportPersonalData, m_erase}, scope);

    // The desktop's icon theme where there is one, Qt's own icons otherwise.
    const QStyle* style = scope->style();
    const auto icon = [style](const char* themeName, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(themeName), style->standardIcon(fallback));
    };
    m_new->setIcon(icon("list-add-user", QStyle::SP_FileDialogNewFolder));
    m_edit->setIcon(icon("document-edit", QStyle::SP_FileDialogDetailedView));
    m_disable->setIcon(icon("im-user-offline", QStyle::SP_DialogNoButton));
    m_enable->setIcon(icon("im-user-online", QStyle::SP_DialogYesButton));
    m_unlock->setIcon(icon("object-unlocked", QStyle::SP_DialogResetButton));
    m_resetPassword->setIcon(icon("dialog-password", QStyle::SP_DialogResetButton));
    m_enrollTwoFactor->setIcon(icon("security-high", QStyle::SP_DialogApplyButton));
    m_resetTwoFactor->setIcon(icon("security-low", QStyle::SP_DialogDiscardButton));
    m_exportPersonalData->setIcon(icon("document-export", QStyle::SP_DialogSaveButton));
    m_delete->setIcon(icon("list-remove-user", QStyle::SP_TrashIcon));
    m_erase->setIcon(icon("edit-delete-shred", QStyle::SP_TrashIcon));
    m_twoFactor->setIcon(icon("security-medium", QStyle::SP_DialogApplyButton));
    m_personalData->setIcon(icon("user-identity", QStyle::SP_FileDialogInfoView));
    m_refresh->setIcon(icon("view-refresh", QStyle::SP_BrowserReload));

    m_new->setShortcut(QKeySequence::New);
    // Return on the table is handled by the page (a line edit takes Return for itself).
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_disable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_enable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_unlock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_resetPassword->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_enrollTwoFactor->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_delete->setShortcut(QKeySequence::Delete);
    m_refresh->setShortcut(QKeySequence::Refresh);

    retranslate();
    update(std::nullopt);
}

QAction* UserActions::make(const char* objectName, QWidget* scope)
{
    auto* action = new QAction(scope);
    action->setObjectName(QString::fromLatin1(objectName));
    // Page-wide, not window-wide: Del must not delete a user while another page is shown.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    scope->addAction(action);
    return action;
}

QAction* UserActions::makeGroup(const char* objectName, std::initializer_list<QAction*> actions,
                                QWidget* scope)
{
    auto* group = new QAction(scope);
    group->setObjectName(QString::fromLatin1(objectName));
    auto* menu = new QMenu(scope);
    for (QAction* action : actions)
        menu->addAction(action);
    group->setMenu(menu);
    return group;
}

void UserActions::addToToolBar(QToolBar* toolBar) const
{
    toolBar->addAction(m_new);
    toolBar->addAction(m_edit);
    toolBar->addSeparator();
    toolBar->addAction(m_disable);
    toolBar->addAction(m_enable);
    toolBar->addAction(m_unlock);
    toolBar->addSeparator();
    toolBar->addAction(m_resetPassword);
    toolBar->addAction(m_twoFactor);
    toolBar->addSeparator();
    toolBar->addAction(m_personalData);
    toolBar->addSeparator();
    for (QAction* group : {m_twoFactor, m_personalData}) {
        if (auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(group)))
            button->setPopupMode(QToolButton::InstantPopup);
    }
    toolBar->addAction(m_delete);
}

void UserActions::addToMenu(QMenu* menu) const
{
    menu->addAction(m_edit);
    menu->addSeparator();
    menu->addAction(m_disable);
    menu->addAction(m_enable);
    menu->addAction(m_unlock);
    menu->addSeparator();
    menu->addAction(m_resetPassword);
    menu->addAction(m_enrollTwoFactor);
    menu->addAction(m_resetTwoFactor);
    menu->addSeparator();
    menu->addAction(m_exportPersonalData);
    menu->addSeparator();
    menu->addAction(m_delete);
    menu->addAction(m_erase);
    menu->addSeparator();
    menu->addAction(m_new);
    menu->addAction(m_refresh);
}

void UserActions::update(const std::optional<User>& selected)
{
    const bool canCreate = m_session.can(kUsers, Permission::kCreate);
    const bool canUpdate = m_session.can(kUsers, Permission::kUpdate);
    const bool canDelete = m_session.can(kUsers, Permission::kDelete);
    const bool canRead = m_session.can(kUsers, Permission::kRead);
    // The service refuses these for oneself; offering them would only lead to an error.
    const bool self = selected && m_session.isSignedIn() && selected->id == m_session.claims().userId;

    m_new->setEnabled(canCreate);
    m_refresh->setEnabled(canRead);
    m_edit->setEnabled(selected && canUpdate);
    // Never both at once: only the one that applies is shown, which keeps the toolbar short.
    const bool disabled = selected && selected->status == UserStatus::Disabled;
    m_disable->setVisible(!disabled);
    m_enable->setVisible(disabled);
    m_disable->setEnabled(selected && canUpdate && !self && !disabled);
    m_enable->setEnabled(disabled && canUpdate);
    m_unlock->setEnabled(selected && canUpdate && selected->status == UserStatus::Locked);
    m_resetPassword->setEnabled(selected && canUpdate);
    m_enrollTwoFactor->setEnabled(selected && (canUpdate || self) && !selected->twoFactorEnabled);
    m_resetTwoFactor->setEnabled(selected && canUpdate && selected->twoFactorEnabled);
    // The export includes the user's security-log entries.
    m_exportPersonalData->setEnabled(selected && canRead &&
                                     m_session.can(QStringLiteral("security_log"), Permission::kRead));
    m_delete->setEnabled(selected && canDelete && !self);
    m_erase->setEnabled(selected && canDelete && !self);
    m_twoFactor->setEnabled(m_enrollTwoFactor->isEnabled() || m_resetTwoFactor->isEnabled());
    m_personalData->setEnabled(m_exportPersonalData->isEnabled() || m_erase->isEnabled());
}

void UserActions::retranslate()
{
    // Qt shows no shortcut in a tooltip; the tooltip names it.
    const auto describe = [](QAction* action, const QString& text, const QString& tip) {
        action->setText(text);
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(keys.isEmpty() ? tip
                                          : tr("%1 (%2)", "tooltip (shortcut)").arg(tip, leftToRight(keys)));
    };
    describe(m_new, tr("&New User…"), tr("Create a user account"));
    describe(m_edit, tr("&Edit…"), tr("Edit the selected user's name, e-mail, phone and role"));
    describe(m_disable, tr("&Disable"), tr("Disable the selected account: it can no longer sign in"));
    describe(m_enable, tr("E&nable"), tr("Enable the selected account again"));
    describe(m_unlock, tr("&Unlock"), tr("Release the lock after failed sign-ins before it expires"));
    describe(m_resetPassword, tr("Reset &Password…"), tr("Choose a new password for the selected user"));
    describe(m_enrollTwoFactor, tr("Set Up &Two-Factor…"),
             tr("Enroll an authenticator app for the selected user"));
    describe(m_resetTwoFactor, tr("Reset T&wo-Factor…"),
             tr("Remove the selected user's authenticator and backup codes"));
    describe(m_exportPersonalData, tr("E&xport Personal Data…"),
             tr("Export everything Nova Admin stores about the selected user (a data-protection "
                "request)"));
    describe(m_delete, tr("De&lete…"), tr("Delete the selected account permanently"));
    describe(m_erase, tr("Era&se Personal Data…"),
             tr("On a data-protection request: delete the account and pseudonymise its records"));
    describe(m_refresh, tr("&Refresh"), tr("Load the user list again"));
    describe(m_twoFactor, tr("T&wo-Factor"), tr("Set up or reset the selected user's authenticator app"));
    describe(m_personalData, tr("Personal Dat&a"),
             tr("Data-protection requests for the selected user: export or erase everything stored "
                "about them"));
}

} // namespace nova::ui
