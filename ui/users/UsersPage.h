#pragma once

#include "Page.h"
#include "Result.h"
#include "rbac/Permission.h"
#include "users/User.h"

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QToolBar;

namespace nova {
class ServiceHub;
struct Actor;
} // namespace nova

namespace nova::ui {

class PersonalDataExportController;
class UserActions;
class UserFilterProxyModel;
class UserTableModel;

// The Users page: every account in a sortable, filterable table, with the
// administrative actions in the toolbar, the context menu and on the
// keyboard. Each action is enabled only when the selection and the
// session's permissions allow it, destructive ones are confirmed naming the
// user, and each runs in the executor after authorising the session again
// (the services write the security-log entries themselves).
class UsersPage : public Page {
    Q_OBJECT
public:
    explicit UsersPage(UiSession& session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("users"); }
    QString title() const override;
    QIcon icon() const override;
    bool isAvailable() const override;
    void activated() override;
    // {"user": username} selects that user; {"search": text} fills the search box.
    void navigate(const QVariantMap& args) override;

Q_SIGNALS:
    // "Set up two-factor…": the main window opens the enrollment dialog.
    void twoFactorEnrollmentRequested(qint64 userId, const QString& username);

protected:
    void retranslate() override;

private:
    using UserCall = std::function<nova::Status(nova::ServiceHub& hub, const nova::Actor& actor)>;

    void buildLayout();
    void connectActions();
    void loadRoleFilter();
    void applyFilters();
    void updateCount();
    void updateMessage();
    std::optional<nova::User> selectedUser() const;
    void selectUser(qint64 userId);
    void updateActions();
    void setBusy(bool busy);
    void showContextMenu(const QPoint& position);

    void newUser();
    void editUser();
    void disableUser();
    void enableUser();
    void unlockUser();
    void resetPassword();
    void enrollTwoFactor();
    void resetTwoFactor();
    void deleteUser();
    void eraseUser();
    void exportPersonalData();

    // Asks before a destructive action; the text names the user.
    bool confirm(const QString& title, const QString& text, const QString& acceptText);
    // Authorises, then calls the service, in the executor.
    void runUserCall(const nova::Permission& permission, const QString& endpoint, UserCall call);
    void showError(const QString& title, const QString& message);

    UserTableModel* m_model = nullptr;
    UserFilterProxyModel* m_proxy = nullptr;
    UserActions* m_actions = nullptr;
    PersonalDataExportController* m_personalDataExport = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_roleLabel = nullptr;
    QComboBox* m_roleFilter = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QTableView* m_table = nullptr;
    QProgressBar* m_busyIndicator = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_countLabel = nullptr;
    int m_runningCalls = 0;
    std::optional<qint64> m_pendingSelection;
    QString m_pendingUsername;
    // The reason the last load failed; empty once a load succeeds.
    QString m_loadError;
};

} // namespace nova::ui
