#include "RoleEditor.h"

#include "Bidi.h"
#include "NewRoleDialog.h"
#include "PermissionMatrixModel.h"
#include "PermissionMatrixView.h"
#include "RolePrompts.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "rbac/DefaultRoles.h"
#include "rbac/RoleService.h"
#include "roles/PermissionText.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

namespace nova::ui {

namespace {

const QString kEndpoint = QStringLiteral("desktop/roles");

Permission rolesPermission(const QString& action)
{
    return Permission{QStringLiteral("roles"), action};
}

} // namespace

RoleEditor::RoleEditor(UiSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    m_listPanel = new QWidget(splitter);
    auto* listLayout = new QVBoxLayout(m_listPanel);
    m_rolesTitle = new QLabel(m_listPanel);
    QFont titleFont = m_rolesTitle->font();
    titleFont.setBold(true);
    m_rolesTitle->setFont(titleFont);
    m_roleList = new QListWidget(m_listPanel);
    m_roleList->setObjectName(QStringLiteral("roleList"));
    m_roleList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_roleList->setMinimumWidth(180);
    m_rolesTitle->setBuddy(m_roleList);
    m_newButton = new QPushButton(m_listPanel);
    m_newButton->setObjectName(QStringLiteral("newRole"));
    m_deleteButton = new QPushButton(m_listPanel);
    m_deleteButton->setObjectName(QStringLiteral("deleteRole"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_deleteButton);
    listLayout->addWidget(m_rolesTitle);
    listLayout->addWidget(m_roleList, 1);
    listLayout->addLayout(listButtons);

    m_rolePanel = new QWidget(splitter);
    auto* roleLayout = new QVBoxLayout(m_rolePanel);
    m_roleTitle = new QLabel(m_rolePanel);
    m_roleTitle->setObjectName(QStringLiteral("roleTitle"));
    QFont bigFont = m_roleTitle->font();
    bigFont.setBold(true);
    bigFont.setPointSizeF(bigFont.pointSizeF() * 1.3);
    m_roleTitle->setFont(bigFont);
    m_roleDetails = new QLabel(m_rolePanel);
    m_roleDetails->setObjectName(QStringLiteral("roleDetails"));
    m_roleDetails->setWordWrap(true);
    m_notice = new QLabel(m_rolePanel);
    m_notice->setObjectName(QStringLiteral("roleNotice"));
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    m_error = new QLabel(m_rolePanel);
    m_error->setObjectName(QStringLiteral("roleError"));
    m_error->setWordWrap(true);
    m_error->setMargin(6);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: #b3261e; border-radius: 3px; }"));
    m_error->hide();

    m_model = new PermissionMatrixModel(this);
    m_matrix = new PermissionMatrixView(m_rolePanel);
    m_matrix->setObjectName(QStringLiteral("permissionMatrix"));
    m_matrix->setMatrixModel(m_model);

    m_legend = new QLabel(m_rolePanel);
    m_legend->setObjectName(QStringLiteral("matrixLegend"));
    m_legend->setWordWrap(true);
    m_legend->setEnabled(false);

    m_busy = new QProgressBar(m_rolePanel);
    m_busy->setObjectName(QStringLiteral("rolesBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_revertButton = new QPushButton(m_rolePanel);
    m_revertButton->setObjectName(QStringLiteral("revertRole"));
    m_saveButton = new QPushButton(m_rolePanel);
    m_saveButton->setObjectName(QStringLiteral("saveRole"));
    m_saveButton->setDefault(true);
    auto* saveButtons = new QHBoxLayout;
    saveButtons->addWidget(m_busy);
    saveButtons->addStretch(1);
    saveButtons->addWidget(m_revertButton);
    saveButtons->addWidget(m_saveButton);

    roleLayout->addWidget(m_roleTitle);
    roleLayout->addWidget(m_roleDetails);
    roleLayout->addWidget(m_notice);
    roleLayout->addWidget(m_error);
    roleLayout->addWidget(m_matrix, 1);
    roleLayout->addWidget(m_legend);
    roleLayout->addLayout(saveButtons);

    splitter->addWidget(m_listPanel);
    splitter->addWidget(m_rolePanel);
    applyPanelGaps();
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 700});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    buildActions();
    connect(m_roleList, &QListWidget::currentRowChanged, this, &RoleEditor::onRoleRowChanged);
    connect(m_model, &PermissionMatrixModel::modifiedChanged, this, &RoleEditor::updateActions);
    connect(&m_session, &UiSession::permissionsChanged, this, &RoleEditor::updateActions);
    retranslate();
    updateActions();
}

RoleEditor::~RoleEditor()
{
    // Qt 6.4 asserts when the context object of QFuture::then() is gone
    // before the work finishes: let running calls finish while we exist.
    if (m_pending > 0)
        m_session.executor().waitForDone();
}

void RoleEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        applyPanelGaps();
}

void RoleEditor::applyPanelGaps()
{
    // Layout margins are physical left and right, while the splitter puts the
    // role list on the right in a right-to-left layout: the gap goes on
    // whichever side now faces the handle.
    constexpr int gap = 6;
    const bool rtl = isRightToLeft();
    m_listPanel->layout()->setContentsMargins(rtl ? gap : 0, 0, rtl ? 0 : gap, 0);
    m_rolePanel->layout()->setContentsMargins(rtl ? 0 : gap, 0, rtl ? gap : 0, 0);
}

void RoleEditor::buildActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, &RoleEditor::newRole);
    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &RoleEditor::deleteRole);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, [this] { save({}, true); });
    m_revertAction = new QAction(this);
    m_revertAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_revertAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_revertAction, &QAction::triggered, this, &RoleEditor::revert);

    addAction(m_newAction);
    addAction(m_saveAction);
    addAction(m_revertAction);
    m_roleList->addAction(m_deleteAction);

    connect(m_newButton, &QPushButton::clicked, m_newAction, &QAction::trigger);
    connect(m_deleteButton, &QPushButton::clicked, m_deleteAction, &QAction::trigger);
    connect(m_saveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    connect(m_revertButton, &QPushButton::clicked, m_revertAction, &QAction::trigger);
    connect(m_roleList, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(m_newAction);
        menu.addAction(m_deleteAction);
        menu.exec(m_roleList->viewport()->mapToGlobal(pos));
    });
}

void RoleEditor::retranslate()
{
    m_rolesTitle->setText(tr("&Roles"));
    m_newAction->setText(tr("&New role…"));
    //: %1 is the keyboard shortcut
    m_newAction->setToolTip(
        tr("Create a custom role, optionally starting from another role's permissions (%1)")
            .arg(leftToRight(m_newAction->shortcut().toString(QKeySequence::NativeText))));
    m_deleteAction->setText(tr("&Delete role"));
    m_saveAction->setText(tr("&Save"));
    //: %1 is the keyboard shortcut
    m_saveAction->setToolTip(
        tr("Save the changed permissions of this role (%1)")
            .arg(leftToRight(m_saveAction->shortcut().toString(QKeySequence::NativeText))));
    m_revertAction->setText(tr("Re&vert"));
    //: %1 is the keyboard shortcut
    m_revertAction->setToolTip(
        tr("Discard the changes not saved yet (%1)")
            .arg(leftToRight(m_revertAction->shortcut().toString(QKeySequence::NativeText))));
    m_newButton->setText(m_newAction->text());
    m_newButton->setToolTip(m_newAction->toolTip());
    m_deleteButton->setText(m_deleteAction->text());
    m_saveButton->setText(m_saveAction->text());
    m_saveButton->setToolTip(m_saveAction->toolTip());
    m_revertButton->setText(m_revertAction->text());
    m_revertButton->setToolTip(m_revertAction->toolTip());
    m_legend->setText(tr("A greyed check is implied by manage. Highlighted cells are changed and not saved "
                         "yet. Space toggles the selected cell."));
    m_model->retranslate();
    for (int row = 0; row < m_roleList->count() && row < m_roles.size(); ++row)
        m_roleList->item(row)->setText(roleListText(m_roles.at(row)));
    showRole(m_shownRow, true);
    updateActions();
}

void RoleEditor::reload()
{
    load(currentRole(), true);
}

void RoleEditor::load(const QString& select, bool keepEdit)
{
    setBusy(true);
    whenFinished(m_session.executor().run([&session = m_session,
                                           &hub = m_session.hub()]() -> Result<QList<nova::Role>> {
        if (const Status allowed = session.authorize(rolesPermission(Permission::kRead), kEndpoint); !allowed)
            return allowed.error();
        return hub.roles().roles();
    }),
                 this, [this, select, keepEdit](Result<QList<nova::Role>> roles) {
                     setBusy(false);
                     if (!roles) {
                         showError(tr("The roles could not be loaded."), roles.error());
                         return;
                     }
                     showRoles(*roles, select, keepEdit);
                     Q_EMIT rolesLoaded();
                 });
}

void RoleEditor::showRoles(const QList<nova::Role>& roles, const QString& select, bool keepEdit)
{
    m_roles = roles;
    const bool keep = keepEdit && m_model->isModified();
    int selectRow = 0;
    {
        const QSignalBlocker blocker(m_roleList);
        m_roleList->clear();
        for (int row = 0; row < m_roles.size(); ++row) {
            const nova::Role& role = m_roles.at(row);
            auto* item = new QListWidgetItem(roleListText(role), m_roleList);
            item->setData(Qt::UserRole, role.name);
            item->setToolTip(PermissionText::roleDescription(role));
            if (role.name == select)
                selectRow = row;
        }
        m_roleList->setCurrentRow(m_roles.isEmpty() ? -1 : selectRow);
    }
    showRole(m_roles.isEmpty() ? -1 : selectRow, keep);
}

QString RoleEditor::roleListText(const nova::Role& role)
{
    if (!role.builtin)
        return role.name;
    //: %1 is the name of a role that comes with Nova Admin (Administrator, Manager, …)
    return tr("%1 (built-in)").arg(isolated(PermissionText::roleName(role.name)));
}

const nova::Role* RoleEditor::shownRole() const
{
    return m_shownRow >= 0 && m_shownRow < m_roles.size() ? &m_roles.at(m_shownRow) : nullptr;
}

void RoleEditor::showRole(int row, bool keepEdit)
{
    if (row != m_shownRow)
        clearError();
    m_shownRow = row;
    const nova::Role* role = shownRole();
    if (!role) {
        m_model->clear();
        m_roleTitle->setText(tr("No role selected"));
        m_roleDetails->clear();
        updateActions();
        return;
    }
    if (!keepEdit || m_model->roleName() != role->name || !m_model->isModified())
        m_model->setRole(*role);
    m_roleTitle->setText(PermissionText::roleName(role->name));
    const QString kind = role->builtin ? tr("Built-in role") : tr("Custom role");
    //: %1 is "Built-in role" or "Custom role", %2 the role's description as its author wrote it
    m_roleDetails->setText(role->description.isEmpty()
                               ? kind
                               : tr("%1 · %2").arg(kind, isolated(PermissionText::roleDescription(*role))));
    updateActions();
}

QString RoleEditor::currentRole() const
{
    const nova::Role* role = shownRole();
    return role ? role->name : QString();
}

bool RoleEditor::hasUnsavedChanges() const
{
    return m_model->isModified();
}

void RoleEditor::selectRole(const QString& name)
{
    for (int row = 0; row < m_roles.size(); ++row) {
        if (m_roles.at(row).name == name) {
            m_roleList->setCurrentRow(row);
            return;
        }
    }
}

void RoleEditor::onRoleRowChanged(int row)
{
    if (row == m_shownRow)
        return;
    if (m_model->isModified()) {
        const QString target = row >= 0 && row < m_roles.size() ? m_roles.at(row).name : QString();
        if (resolveUnsavedChanges(target) != Unsaved::Proceed) {
            const QSignalBlocker blocker(m_roleList);
            m_roleList->setCurrentRow(m_shownRow);
            return;
        }
    }
    showRole(row, false);
}

RoleEditor::Unsaved RoleEditor::resolveUnsavedChanges(const QString& thenSelect)
{
    switch (RolePrompts::askAboutUnsaved(this, m_model->roleName(), changeSummary())) {
    case RolePrompts::Unsaved::Discard:
        m_model->revert();
        return Unsaved::Proceed;
    case RolePrompts::Unsaved::Save:
        save(thenSelect, false);
        return Unsaved::Saving;
    case RolePrompts::Unsaved::Cancel:
        break;
    }
    return Unsaved::Cancelled;
}

QString RoleEditor::changeSummary() const
{
    return RolePrompts::changeSummary(m_model->granted(), m_model->revoked());
}

void RoleEditor::save(const QString& thenSelect, bool askFirst)
{
    if (!m_model->isModified() || m_pending > 0)
        return;
    if (askFirst && !RolePrompts::confirmSave(this, m_model->roleName(), changeSummary()))
        return;
    const QString role = m_model->roleName();
    const QList<Permission> grants = m_model->grants();
    setBusy(true);
    whenFinished(m_session.executor().run([&session = m_session, &hub = m_session.hub(),
                                           actor = m_session.actor(), role, grants]() -> Status {
        if (const Status allowed = session.authorize(rolesPermission(Permission::kUpdate), kEndpoint);
            !allowed)
            return allowed;
        return hub.roles().setGrants(role, grants, actor);
    }),
                 this, [this, role, thenSelect](Status saved) {
                     setBusy(false);
                     if (!saved) {
                         showError(tr("The changes to the role “%1” were not saved.").arg(isolated(role)),
                                   saved.error());
                         return;
                     }
                     afterChange(thenSelect.isEmpty() ? role : thenSelect);
                 });
}

void RoleEditor::revert()
{
    m_model->revert();
    clearError();
    updateActions();
}

void RoleEditor::newRole()
{
    if (m_pending > 0 || !m_session.can(QStringLiteral("roles"), Permission::kCreate))
        return;
    if (m_model->isModified() && resolveUnsavedChanges(currentRole()) != Unsaved::Proceed)
        return;
    NewRoleDialog dialog(m_roles, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.name();
    const QString description = dialog.description();
    const QList<Permission> grants = dialog.copiedGrants();
    setBusy(true);
    whenFinished(m_session.executor().run([&session = m_session, &hub = m_session.hub(),
                                           actor = m_session.actor(), name, description, grants]() -> Status {
        if (const Status allowed = session.authorize(rolesPermission(Permission::kCreate), kEndpoint);
            !allowed)
            return allowed;
        if (const Status created = hub.roles().createRole(name, description, actor); !created)
            return created;
        if (grants.isEmpty())
            return {};
        if (const Status allowed = session.authorize(rolesPermission(Permission::kUpdate), kEndpoint);
            !allowed)
            return allowed;
        return hub.roles().setGrants(name, grants, actor);
    }),
                 this, [this, name](Status created) {
                     setBusy(false);
                     if (!created) {
                         showError(tr("The role “%1” was not created.").arg(isolated(name)), created.error());
                         // Creating may have worked and only copying the grants failed.
                         load(name, false);
                         return;
                     }
                     afterChange(name);
                 });
}

void RoleEditor::deleteRole()
{
    const nova::Role* role = shownRole();
    if (!role || m_pending > 0 || !m_session.can(QStringLiteral("roles"), Permission::kDelete))
        return;
    const QString name = role->name;
    if (!RolePrompts::confirmDelete(this, name))
        return;
    setBusy(true);
    whenFinished(m_session.executor().run([&session = m_session, &hub = m_session.hub(),
                                           actor = m_session.actor(), name]() -> Status {
        if (const Status allowed = session.authorize(rolesPermission(Permission::kDelete), kEndpoint);
            !allowed)
            return allowed;
        return hub.roles().deleteRole(name, actor);
    }),
                 this, [this, name](Status deleted) {
                     setBusy(false);
                     if (!deleted) {
                         showError(tr("The role “%1” was not deleted.").arg(isolated(name)), deleted.error());
                         return;
                     }
                     afterChange(QString());
                 });
}

void RoleEditor::afterChange(const QString& select)
{
    clearError();
    m_session.refreshPermissions();
    load(select, false);
}

void RoleEditor::showError(const QString& title, const nova::Error& error)
{
    // The message stays next to the matrix after the dialog is closed.
    //: %1 says what failed, %2 is the reason the service gave
    m_error->setText(tr("%1 %2").arg(title, error.message));
    m_error->show();
    auto* box =
        new QMessageBox(QMessageBox::Critical, tr("Roles and permissions"), title, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setInformativeText(error.message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void RoleEditor::clearError()
{
    m_error->clear();
    m_error->hide();
}

void RoleEditor::setBusy(bool busy)
{
    m_pending += busy ? 1 : -1;
    m_busy->setVisible(m_pending > 0);
    Q_EMIT busyChanged(m_pending > 0);
    updateActions();
}

void RoleEditor::updateActions()
{
    const bool busy = m_pending > 0;
    const bool canUpdate = m_session.can(QStringLiteral("roles"), Permission::kUpdate);
    const bool canCreate = m_session.can(QStringLiteral("roles"), Permission::kCreate);
    const bool canDelete = m_session.can(QStringLiteral("roles"), Permission::kDelete);
    const nova::Role* role = shownRole();
    const bool modified = m_model->isModified();

    m_model->setReadOnly(!canUpdate || busy);
    m_roleList->setEnabled(!busy);
    m_saveAction->setEnabled(canUpdate && modified && !busy);
    m_revertAction->setEnabled(modified && !busy);
    m_newAction->setEnabled(canCreate && !busy);
    m_deleteAction->setEnabled(canDelete && !busy && role && !role->builtin);
    m_saveButton->setEnabled(m_saveAction->isEnabled());
    m_revertButton->setEnabled(m_revertAction->isEnabled());
    m_newButton->setEnabled(m_newAction->isEnabled());
    m_deleteButton->setEnabled(m_deleteAction->isEnabled());
    m_newButton->setVisible(canCreate);
    m_deleteButton->setVisible(canDelete);
    m_saveButton->setVisible(canUpdate);
    m_revertButton->setVisible(canUpdate);

    //: %1 is the keyboard shortcut
    QString deleteTip = tr("Delete this custom role (%1)")
                            .arg(leftToRight(m_deleteAction->shortcut().toString(QKeySequence::NativeText)));
    if (role && role->builtin)
        deleteTip = tr("Built-in roles cannot be deleted.");
    m_deleteAction->setToolTip(deleteTip);
    m_deleteButton->setToolTip(deleteTip);

    QString notice;
    if (!canUpdate)
        notice = tr("You can see the roles but not change them: that needs the permission to update roles.");
    else if (role && role->name == DefaultRoles::kAdmin)
        notice = tr("The admin role has every permission on every feature. Its manage on user accounts and "
                    "roles cannot be removed, so that someone can always administer Nova Admin.");
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

} // namespace nova::ui
