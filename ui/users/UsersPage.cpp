#include "UsersPage.h"

#include "Bidi.h"
#include "EraseUserDialog.h"
#include "PersonalDataExportController.h"
#include "ResetPasswordDialog.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "UserActions.h"
#include "UserEditDialog.h"
#include "UserFilterProxyModel.h"
#include "UserTableModel.h"
#include "WhenFinished.h"
#include "rbac/RoleService.h"
#include "roles/PermissionText.h"
#include "twofactor/TwoFactorService.h"
#include "users/UserService.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace nova::ui {

namespace {

const QString kUsers = QStringLiteral("users");

Permission usersPermission(const QString& action)
{
    return Permission{kUsers, action};
}

} // namespace

UsersPage::UsersPage(UiSession& session, QWidget* parent)
    : Page(session, parent)
    , m_model(new UserTableModel(session, this))
    , m_proxy(new UserFilterProxyModel(this))
    , m_actions(new UserActions(session, this))
    , m_personalDataExport(new PersonalDataExportController(session, this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_proxy->setSourceModel(m_model);
    buildLayout();
    connectActions();
    retranslate();
    updateActions();
}

void UsersPage::buildLayout()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("usersToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_actions->addToToolBar(m_toolBar);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_roleLabel = new QLabel(this);
    m_roleFilter = new QComboBox(this);
    m_roleFilter->setObjectName(QStringLiteral("roleFilter"));
    m_roleFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_roleLabel->setBuddy(m_roleFilter);
    m_statusLabel = new QLabel(this);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusLabel->setBuddy(m_statusFilter);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("userCount"));
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumWidth(100);
    m_busyIndicator->hide();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addSpacing(12);
    filters->addWidget(m_roleLabel);
    filters->addWidget(m_roleFilter);
    filters->addSpacing(12);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addStretch(1);
    filters->addWidget(m_busyIndicator);
    filters->addWidget(m_countLabel);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    QPalette warning = m_message->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_message->setPalette(warning);
    m_message->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UserTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UserTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(UserTableModel::EmailColumn, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
}

void UsersPage::connectActions()
{
    connect(m_actions->newUser(), &QAction::triggered, this, &UsersPage::newUser);
    connect(m_actions->editUser(), &QAction::triggered, this, &UsersPage::editUser);
    connect(m_actions->disableUser(), &QAction::triggered, this, &UsersPage::disableUser);
    connect(m_actions->enableUser(), &QAction::triggered, this, &UsersPage::enableUser);
    connect(m_actions->unlockUser(), &QAction::triggered, this, &UsersPage::unlockUser);
    connect(m_actions->resetPassword(), &QAction::triggered, this, &UsersPage::resetPassword);
    connect(m_actions->enrollTwoFactor(), &QAction::triggered, this, &UsersPage::enrollTwoFactor);
    connect(m_actions->resetTwoFactor(), &QAction::triggered, this, &UsersPage::resetTwoFactor);
    connect(m_actions->deleteUser(), &QAction::triggered, this, &UsersPage::deleteUser);
    connect(m_actions->eraseUser(), &QAction::triggered, this, &UsersPage::eraseUser);
    connect(m_actions->exportPersonalData(), &QAction::triggered, this, &UsersPage::exportPersonalData);
    connect(m_actions->refresh(), &QAction::triggered, m_model, &UserTableModel::reload);

    // Return edits like a double-click; scoped to the table so the search
    // box keeps its own Return.
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* shortcut = new QShortcut(QKeySequence(key), m_table);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, m_actions->editUser(), &QAction::trigger);
    }
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_table, &QTableView::doubleClicked, m_actions->editUser(), &QAction::trigger);
    connect(m_table, &QTableView::customContextMenuRequested, this, &UsersPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateActions);

    connect(m_search, &QLineEdit::textChanged, this, &UsersPage::applyFilters);
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilters);

    connect(m_model, &UserTableModel::loadingChanged, this, [this] { setBusy(m_runningCalls > 0); });
    connect(m_model, &UserTableModel::loadFailed, this, [this](const QString& message) {
        m_loadError = message;
        updateMessage();
    });
    connect(m_model, &UserTableModel::loaded, this, [this] {
        m_loadError.clear();
        updateMessage();
        if (m_pendingSelection) {
            selectUser(*m_pendingSelection);
            m_pendingSelection.reset();
        }
        if (!m_pendingUsername.isEmpty()) {
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->userAt(row).username.compare(m_pendingUsername, Qt::CaseInsensitive) == 0)
                    selectUser(m_model->userAt(row).id);
            }
            m_pendingUsername.clear();
        }
    });
    // A disabled or unlocked user changes which actions apply to them.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UsersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UsersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UsersPage::updateCount);

    connect(&session(), &UiSession::permissionsChanged, this, &UsersPage::updateActions);
    connect(&session(), &UiSession::signedIn, this, &UsersPage::activated);
    connect(&session(), &UiSession::signedOut, m_model, &UserTableModel::clear);
}

QString UsersPage::title() const
{
    return tr("Users");
}

QIcon UsersPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("system-users"), style()->standardIcon(QStyle::SP_DirHomeIcon));
}

bool UsersPage::isAvailable() const
{
    return session().can(kUsers, Permission::kRead);
}

void UsersPage::activated()
{
    if (!session().isSignedIn() || !isAvailable())
        return;
    m_model->reload();
    loadRoleFilter();
}

void UsersPage::navigate(const QVariantMap& args)
{
    if (args.contains(QStringLiteral("search")))
        m_search->setText(args.value(QStringLiteral("search")).toString());
    const QString username = args.value(QStringLiteral("user")).toString();
    if (username.isEmpty())
        return;
    // The user may be hidden by a filter or not loaded yet.
    m_search->clear();
    m_roleFilter->setCurrentIndex(0);
    m_statusFilter->setCurrentIndex(0);
    m_pendingUsername = username;
    m_model->reload();
}

void UsersPage::retranslate()
{
    m_actions->retranslate();
    m_model->languageChanged();
    //: %1 is the keyboard shortcut, e.g. Ctrl+F
    m_search->setPlaceholderText(
        tr("Search name, display name or e-mail (%1)")
            .arg(leftToRight(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText))));
    m_search->setToolTip(tr("Shows the users whose username, display name or e-mail contains the text"));
    m_roleLabel->setText(tr("&Role:"));
    m_statusLabel->setText(tr("&Status:"));
    m_roleFilter->setToolTip(tr("Show only users with this role"));
    m_statusFilter->setToolTip(tr("Show only users with this status"));
    m_busyIndicator->setToolTip(tr("Working…"));

    const int role = m_roleFilter->currentIndex();
    if (m_roleFilter->count() == 0)
        m_roleFilter->addItem(QString(), QString());
    m_roleFilter->setItemText(0, tr("All roles"));
    m_roleFilter->setCurrentIndex(std::max(role, 0));

    const int status = m_statusFilter->currentIndex();
    const QSignalBlocker blocker(m_statusFilter);
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All statuses"), QVariant());
    for (UserStatus value : {UserStatus::Active, UserStatus::Disabled, UserStatus::Locked})
        m_statusFilter->addItem(UserStatusText::displayName(value), int(value));
    m_statusFilter->setCurrentIndex(std::max(status, 0));
    updateCount();
    updateMessage();
}

void UsersPage::loadRoleFilter()
{
    whenFinished(session().executor().run([&hub = session().hub()] { return hub.roles().roles(); }), this,
                 [this](Result<QList<Role>> roles) {
                     if (!roles)
                         return; // The filter keeps "All roles" and the roles it had; the table still works.
                     const QString current = m_roleFilter->currentData().toString();
                     const QSignalBlocker blocker(m_roleFilter);
                     while (m_roleFilter->count() > 1)
                         m_roleFilter->removeItem(1);
                     for (const Role& role : roles.value()) {
                         m_roleFilter->addItem(PermissionText::roleName(role.name), role.name);
                         m_roleFilter->setItemData(m_roleFilter->count() - 1,
                                                   PermissionText::roleDescription(role), Qt::ToolTipRole);
                     }
                     m_roleFilter->setCurrentIndex(std::max(0, m_roleFilter->findData(current)));
                 });
}

void UsersPage::applyFilters()
{
    m_proxy->setSearchText(m_search->text());
    m_proxy->setRoleFilter(m_roleFilter->currentData().toString());
    const QVariant status = m_statusFilter->currentData();
    m_proxy->setStatusFilter(status.isValid() ? std::optional<UserStatus>(UserStatus(status.toInt()))
                                              : std::nullopt);
    updateCount();
    updateActions();
}

void UsersPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == total) {
        m_countLabel->setText(tr("%Ln user(s)", nullptr, total));
        return;
    }
    //: %1 is how many of the %Ln users the filters show
    m_countLabel->setText(tr("%1 of %Ln user(s)", nullptr, total).arg(QLocale().toString(shown)));
}

void UsersPage::updateMessage()
{
    // Kept as the service's message, so a language change can rebuild the sentence around it.
    if (!m_loadError.isEmpty())
        m_message->setText(tr("The user list could not be loaded: %1").arg(m_loadError));
    m_message->setVisible(!m_loadError.isEmpty());
}

std::optional<User> UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    if (!source.isValid())
        return std::nullopt;
    return m_model->userAt(source.row());
}

void UsersPage::selectUser(qint64 userId)
{
    const int row = m_model->rowOfUser(userId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void UsersPage::updateActions()
{
    // While an action runs the selection-bound actions wait, so one click
    // cannot start the same change twice.
    m_actions->update(m_runningCalls > 0 ? std::nullopt : selectedUser());
}

void UsersPage::setBusy(bool busy)
{
    m_busyIndicator->setVisible(busy || m_model->isLoading());
    updateActions();
}

void UsersPage::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    m_actions->addToMenu(&menu);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void UsersPage::newUser()
{
    if (!m_actions->newUser()->isEnabled())
        return;
    UserEditDialog dialog(session(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The filters might hide the new user; show them and select the row.
    m_search->clear();
    m_roleFilter->setCurrentIndex(0);
    m_statusFilter->setCurrentIndex(0);
    m_pendingSelection = dialog.savedUser().id;
    m_model->reload();
}

void UsersPage::editUser()
{
    const std::optional<User> user = selectedUser();
    if (!user || !m_actions->editUser()->isEnabled())
        return;
    UserEditDialog dialog(session(), *user, this);
    if (dialog.exec() == QDialog::Accepted)
        m_pendingSelection = user->id;
}

void UsersPage::disableUser()
{
    const std::optional<User> user = selectedUser();
    if (!user || !m_actions->disableUser()->isEnabled())
        return;
    if (!confirm(tr("Disable User"),
                 tr("Disable the account %1? They can no longer sign in until it is enabled again.")
                     .arg(isolated(user->username)),
                 tr("&Disable")))
        return;
    const qint64 id = user->id;
    runUserCall(usersPermission(Permission::kUpdate), QStringLiteral("desktop/users/disable"),
                [id](ServiceHub& hub, const Actor& actor) { return hub.users().disable(id, actor); });
}

void UsersPage::enableUser()
{
    const std::optional<User> user = selectedUser();
    if (!user || !m_actions->enableUser()->isEnabled())
        return;
    const qint64 id = user->id;
    runUserCall(usersPermission(Permission::kUpdate), QStringLiteral("desktop/users/enable"),
                [id](ServiceHub& hub, const Actor& actor) { return hub.users().enable(id, actor); });
}

void UsersPage::unlockUser()
{
    const std::optional<User> user = selectedUser();
    if (!user || !m_actions->unlockUser()->isEnabled())
        return;
    const qint64 id = user->id;
    runUserCall(usersPermission(Permission::kUpdate), QStringLiteral("desktop/users/unlock"),
                [id](ServiceHub& hub, const Actor& actor) { return hub.users().unlock(id, actor); });
}

void UsersPage::resetPassword()
{
    const std::optional<User> user = selectedUser();
    if (!user || !m_actions->resetPassword()->isEnabled())
        return;
    ResetPasswordDialog dialog(session(), *user, this);
    dialog.exec();
}

void UsersPage::enrollTwoFactor()
{
    const std::optional<User> user = selectedUser();
    if (!user || !m_actions->enrollTwoFactor()->isEnabled())
        return;
    Q_EMIT twoFactorEnrollmentRequested(user->id, user->username);
}

void UsersPage::resetTwoFactor()
{
    const std::optional<User> user = selectedUser();
    if (!user || !m_actions->resetTwoFactor()->isEnabled())
        return;
    if (!confirm(tr("Reset Two-Factor Authentication"),
                 tr("Remove the authenticator and backup codes of %1? They sign in with their password "
                    "alone until they set up two-factor authentication again.")
                     .arg(isolated(user->username)),
                 tr("&Reset Two-Factor")))
        return;
    const qint64 id = user->id;
    runUserCall(usersPermission(Permission::kUpdate), QStringLiteral("desktop/users/reset-2fa"),
                [id](ServiceHub& hub, const Actor& actor) { return hub.twoFactor().disable(id, actor); });
}

void UsersPage::deleteUser()
{
    const std::optional<User> user = selectedUser();
    if (!user || !m_actions->deleteUser()->isEnabled())
        return;
    if (!confirm(tr("Delete User"),
                 tr("Delete the account %1 permanently? This cannot be undone; their security-log "
                    "entries are kept.")
                     .arg(isolated(user->username)),
                 tr("&Delete")))
        return;
    const qint64 id = user->id;
    runUserCall(usersPermission(Permission::kDelete), QStringLiteral("desktop/users/delete"),
                [id](ServiceHub& hub, const Actor& actor) { return hub.users().remove(id, actor); });
}

void UsersPage::exportPersonalData()
{
    const std::optional<User> user = selectedUser();
    if (!user || !m_actions->exportPersonalData()->isEnabled())
        return;
    m_personalDataExport->exportWithDialog(*user);
}

void UsersPage::eraseUser()
{
    const std::optional<User> user = selectedUser();
    if (!user || !m_actions->eraseUser()->isEnabled())
        return;
    EraseUserDialog dialog(user->username, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ++m_runningCalls;
    setBusy(true);
    UiSession* current = &session();
    const Actor actor = session().actor();
    const qint64 id = user->id;
    const QString name = user->username;
    whenFinished(session().executor().run([current, actor, id]() -> Result<ErasureReport> {
        if (Status allowed = current->authorize(usersPermission(Permission::kDelete),
                                                QStringLiteral("desktop/users/erase"));
            !allowed)
            return allowed.error();
        return current->hub().users().erase(id, actor);
    }),
                 this, [this, name](const Result<ErasureReport>& report) {
                     --m_runningCalls;
                     setBusy(m_runningCalls > 0);
                     if (!report) {
                         showError(tr("The change was not made"), report.errorMessage());
                         return;
                     }
                     QMessageBox box(QMessageBox::Information, tr("Personal Data Erased"),
                                     tr("%1 was erased. %Ln security-log entries now name them %2.", nullptr,
                                        static_cast<int>(report->logEntries))
                                         .arg(isolated(name), isolated(report->pseudonym)),
                                     QMessageBox::Ok, this);
                     box.setObjectName(QStringLiteral("erasedDialog"));
                     box.exec();
                 });
}

bool UsersPage::confirm(const QString& title, const QString& text, const QString& acceptText)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDialog"));
    QPushButton* accept = box.addButton(acceptText, QMessageBox::DestructiveRole);
    accept->setObjectName(QStringLiteral("confirmButton"));
    // Return on a destructive question means "no".
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void UsersPage::runUserCall(const Permission& permission, const QString& endpoint, UserCall call)
{
    ++m_runningCalls;
    setBusy(true);
    UiSession* current = &session();
    const Actor actor = session().actor();
    whenFinished(
        session().executor().run([current, actor, permission, endpoint, call = std::move(call)]() -> Status {
            if (Status allowed = current->authorize(permission, endpoint); !allowed)
                return allowed;
            return call(current->hub(), actor);
        }),
        this, [this](const Status& status) {
            --m_runningCalls;
            setBusy(m_runningCalls > 0);
            if (!status)
                showError(tr("The change was not made"), status.errorMessage());
        });
}

void UsersPage::showError(const QString& title, const QString& message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorDialog"));
    box.exec();
}

} // namespace nova::ui
