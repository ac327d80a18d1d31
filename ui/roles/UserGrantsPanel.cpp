#include "UserGrantsPanel.h"

#include "AddUserGrantDialog.h"
#include "Bidi.h"
#include "PermissionText.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "UserGrantsModel.h"
#include "WhenFinished.h"
#include "rbac/RoleService.h"
#include "users/UserService.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace nova::ui {

namespace {

const QString kEndpoint = QStringLiteral("desktop/roles/user-grants");

Permission rolesPermission(const QString& action)
{
    return Permission{QStringLiteral("roles"), action};
}

struct LoadedGrants {
    QList<nova::UserGrant> grants;
    qint64 nowMs = 0;
};

} // namespace

UserGrantsPanel::UserGrantsPanel(UiSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_userLabel = new QLabel(this);
    m_userCombo = new QComboBox(this);
    m_userCombo->setObjectName(QStringLiteral("grantUserCombo"));
    m_userCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_userCombo->setMinimumContentsLength(24);
    m_userLabel->setBuddy(m_userCombo);
    auto* userRow = new QHBoxLayout;
    userRow->addWidget(m_userLabel);
    userRow->addWidget(m_userCombo);
    userRow->addStretch(1);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("grantsExplanation"));
    m_explanation->setWordWrap(true);

    m_model = new UserGrantsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("userGrantsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setMinimumSectionSize(110);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UserGrantsModel::FeatureColumn, QHeaderView::Stretch);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addUserGrant"));
    m_revokeButton = new QPushButton(this);
    m_revokeButton->setObjectName(QStringLiteral("revokeUserGrant"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_revokeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(userRow);
    layout->addWidget(m_explanation);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    buildActions();
    connect(m_userCombo, &QComboBox::currentIndexChanged, this, &UserGrantsPanel::loadGrants);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserGrantsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UserGrantsPanel::updateActions);
    connect(&m_session, &UiSession::permissionsChanged, this, &UserGrantsPanel::updateActions);
    retranslate();
}

UserGrantsPanel::~UserGrantsPanel()
{
    // Qt 6.4 asserts when the context object of QFuture::then() is gone
    // before the work finishes: let running calls finish while we exist.
    if (m_pending > 0)
        m_session.executor().waitForDone();
}

void UserGrantsPanel::buildActions()
{
    m_addAction = new QAction(this);
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_addAction, &QAction::triggered, this, &UserGrantsPanel::addGrant);
    m_revokeAction = new QAction(this);
    m_revokeAction->setShortcut(QKeySequence::Delete);
    m_revokeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_revokeAction, &QAction::triggered, this, &UserGrantsPanel::revokeGrant);
    addAction(m_addAction);
    m_table->addAction(m_revokeAction);
    connect(m_addButton, &QPushButton::clicked, m_addAction, &QAction::trigger);
    connect(m_revokeButton, &QPushButton::clicked, m_revokeAction, &QAction::trigger);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(m_addAction);
        menu.addAction(m_revokeAction);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
}

void UserGrantsPanel::retranslate()
{
    m_userLabel->setText(tr("&User:"));
    m_userCombo->setToolTip(tr("Whose personal grants to show"));
    m_addAction->setText(tr("&Add grant…"));
    //: %1 is the keyboard shortcut
    m_addAction->setToolTip(
        tr("Give this user a permission on top of their role, optionally until a date (%1)")
            .arg(leftToRight(m_addAction->shortcut().toString(QKeySequence::NativeText))));
    m_revokeAction->setText(tr("&Revoke"));
    //: %1 is the keyboard shortcut
    m_revokeAction->setToolTip(
        tr("Take the selected grant away from this user (%1)")
            .arg(leftToRight(m_revokeAction->shortcut().toString(QKeySequence::NativeText))));
    m_addButton->setText(m_addAction->text());
    m_addButton->setToolTip(m_addAction->toolTip());
    m_revokeButton->setText(m_revokeAction->text());
    m_revokeButton->setToolTip(m_revokeAction->toolTip());
    for (int i = 0; i < m_userCombo->count() && i < m_users.size(); ++i)
        m_userCombo->setItemText(i, userChoice(m_users.at(i)));
    m_model->retranslate();
    updateActions();
}

QString UserGrantsPanel::userChoice(const nova::User& user)
{
    //: An entry of the user list: %1 is the user name, %2 their role
    return tr("%1 (%2)").arg(isolated(user.username), isolated(user.role));
}

void UserGrantsPanel::reload()
{
    if (!m_session.can(QStringLiteral("users"), Permission::kRead)) {
        updateActions();
        return;
    }
    const QString select = m_userCombo->currentIndex() >= 0 && m_userCombo->currentIndex() < m_users.size()
                               ? m_users.at(m_userCombo->currentIndex()).username
                               : QString();
    setBusy(true);
    whenFinished(m_session.executor().run([&session = m_session,
                                           &hub = m_session.hub()]() -> Result<QList<nova::User>> {
        if (const Status allowed =
                session.authorize(Permission{QStringLiteral("users"), Permission::kRead}, kEndpoint);
            !allowed)
            return allowed.error();
        return hub.users().list();
    }),
                 this, [this, select](Result<QList<nova::User>> users) {
                     setBusy(false);
                     if (!users) {
                         showError(tr("The users could not be listed."), users.error());
                         return;
                     }
                     showUsers(*users, select);
                 });
}

void UserGrantsPanel::showUsers(const QList<nova::User>& users, const QString& select)
{
    {
        const QSignalBlocker blocker(m_userCombo);
        m_users = users;
        m_userCombo->clear();
        int selectIndex = users.isEmpty() ? -1 : 0;
        for (int i = 0; i < m_users.size(); ++i) {
            const nova::User& user = m_users.at(i);
            m_userCombo->addItem(userChoice(user), user.id);
            if (user.username == select)
                selectIndex = i;
        }
        m_userCombo->setCurrentIndex(selectIndex);
    }
    loadGrants();
}

bool UserGrantsPanel::selectUser(const QString& username)
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).username == username) {
            m_userCombo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

std::optional<qint64> UserGrantsPanel::currentUserId() const
{
    const int i = m_userCombo->currentIndex();
    if (i < 0 || i >= m_users.size())
        return std::nullopt;
    return m_users.at(i).id;
}

void UserGrantsPanel::loadGrants()
{
    const std::optional<qint64> userId = currentUserId();
    if (!userId) {
        m_model->setGrants({}, 0);
        Q_EMIT grantsLoaded();
        return;
    }
    setBusy(true);
    whenFinished(m_session.executor().run([&session = m_session, &hub = m_session.hub(),
                                           id = *userId]() -> Result<LoadedGrants> {
        if (const Status allowed = session.authorize(rolesPermission(Permission::kRead), kEndpoint); !allowed)
            return allowed.error();
        auto grants = hub.roles().userGrants(id);
        if (!grants)
            return grants.error();
        return LoadedGrants{std::move(grants).value(), hub.clock().nowMSecs()};
    }),
                 this, [this, id = *userId](Result<LoadedGrants> loaded) {
                     setBusy(false);
                     // The user may have chosen someone else meanwhile.
                     if (currentUserId() != id)
                         return;
                     if (!loaded) {
                         m_model->setGrants({}, 0);
                         showError(tr("The personal grants could not be loaded."), loaded.error());
                         return;
                     }
                     m_model->setGrants(loaded->grants, loaded->nowMs);
                     Q_EMIT grantsLoaded();
                 });
}

void UserGrantsPanel::addGrant()
{
    const std::optional<qint64> userId = currentUserId();
    if (!userId || m_pending > 0 || !m_session.can(QStringLiteral("roles"), Permission::kUpdate))
        return;
    const QString username = m_users.at(m_userCombo->currentIndex()).username;
    AddUserGrantDialog dialog(username, m_session.hub().clock().nowMSecs(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Permission permission = dialog.permission();
    const std::optional<qint64> expiresAtMs = dialog.expiresAtMs();
    setBusy(true);
    whenFinished(
        m_session.executor().run([&session = m_session, &hub = m_session.hub(), actor = m_session.actor(),
                                  id = *userId, permission, expiresAtMs]() -> Result<nova::UserGrant> {
            if (const Status allowed = session.authorize(rolesPermission(Permission::kUpdate), kEndpoint);
                !allowed)
                return allowed.error();
            return hub.roles().grantUser(id, permission, expiresAtMs, actor);
        }),
        this, [this, username](Result<nova::UserGrant> granted) {
            setBusy(false);
            if (!granted) {
                //: %1 is a user name
                showError(tr("The grant for %1 was not added.").arg(isolated(username)), granted.error());
                return;
            }
            m_session.refreshPermissions();
            loadGrants();
        });
}

void UserGrantsPanel::revokeGrant()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_pending > 0 || !m_session.can(QStringLiteral("roles"), Permission::kUpdate))
        return;
    const nova::UserGrant grant = m_model->grantAt(rows.first().row());
    const QString username = m_users.at(m_userCombo->currentIndex()).username;
    QMessageBox box(
        QMessageBox::Warning, tr("Revoke grant"),
        //: %1 is a permission such as "Finance: read", %2 a user name
        tr("Revoke “%1” from %2?").arg(PermissionText::permissionName(grant.permission), isolated(username)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDialog"));
    box.setInformativeText(tr("The user keeps what their role allows."));
    box.button(QMessageBox::Yes)->setText(tr("Revoke"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    setBusy(true);
    whenFinished(m_session.executor().run([&session = m_session, &hub = m_session.hub(),
                                           actor = m_session.actor(), id = grant.id]() -> Status {
        if (const Status allowed = session.authorize(rolesPermission(Permission::kUpdate), kEndpoint);
            !allowed)
            return allowed;
        return hub.roles().revokeUserGrant(id, actor);
    }),
                 this, [this, username](Status revoked) {
                     setBusy(false);
                     if (!revoked) {
                         //: %1 is a user name
                         showError(tr("The grant was not revoked from %1.").arg(isolated(username)),
                                   revoked.error());
                         return;
                     }
                     m_session.refreshPermissions();
                     loadGrants();
                 });
}

void UserGrantsPanel::showError(const QString& title, const nova::Error& error)
{
    auto* box = new QMessageBox(QMessageBox::Critical, tr("Personal grants"), title, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setInformativeText(error.message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void UserGrantsPanel::setBusy(bool busy)
{
    m_pending += busy ? 1 : -1;
    Q_EMIT busyChanged(m_pending > 0);
    updateActions();
}

void UserGrantsPanel::updateActions()
{
    const bool busy = m_pending > 0;
    const bool canList = m_session.can(QStringLiteral("users"), Permission::kRead);
    const bool canUpdate = m_session.can(QStringLiteral("roles"), Permission::kUpdate);
    const bool selected = m_table->selectionModel()->hasSelection();
    m_userCombo->setEnabled(canList && !busy);
    m_addAction->setEnabled(canUpdate && currentUserId().has_value() && !busy);
    m_revokeAction->setEnabled(canUpdate && selected && !busy);
    m_addButton->setEnabled(m_addAction->isEnabled());
    m_revokeButton->setEnabled(m_revokeAction->isEnabled());
    m_addButton->setVisible(canUpdate);
    m_revokeButton->setVisible(canUpdate);
    if (!canList)
        m_explanation->setText(tr("Choosing a user needs the permission to read user accounts."));
    else if (m_model->rowCount() == 0 && currentUserId())
        m_explanation->setText(tr("This user has no personal grants: they can do what their role allows."));
    else
        m_explanation->setText(tr("Personal grants apply on top of the user's role. Expired grants are "
                                  "greyed and count for nothing."));
}

} // namespace nova::ui
