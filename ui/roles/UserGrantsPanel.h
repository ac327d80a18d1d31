#pragma once

#include "Result.h"
#include "users/User.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace nova::ui {

class UiSession;
class UserGrantsModel;

// The "Personal grants" tab: choose a user, see the grants they hold on top
// of their role with expiry, add one (Add grant…) or revoke one (confirmed).
// Service calls run off the GUI thread; refusals are shown with their message.
class UserGrantsPanel : public QWidget {
    Q_OBJECT
public:
    explicit UserGrantsPanel(UiSession& session, QWidget* parent = nullptr);
    ~UserGrantsPanel() override;

    // Reloads the user list (keeping the chosen user) and their grants.
    void reload();
    // Chooses a user by name; false when there is no such user in the list.
    bool selectUser(const QString& username);
    std::optional<qint64> currentUserId() const;

    void retranslate();

Q_SIGNALS:
    void busyChanged(bool busy);
    // The users were listed and the chosen user's grants shown.
    void grantsLoaded();

private:
    void buildActions();
    void updateActions();
    void setBusy(bool busy);
    void showUsers(const QList<nova::User>& users, const QString& select);
    static QString userChoice(const nova::User& user);
    void loadGrants();
    void addGrant();
    void revokeGrant();
    void showError(const QString& title, const nova::Error& error);

    UiSession& m_session;
    QList<nova::User> m_users;
    QLabel* m_userLabel = nullptr;
    QComboBox* m_userCombo = nullptr;
    QLabel* m_explanation = nullptr;
    QTableView* m_table = nullptr;
    UserGrantsModel* m_model = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_revokeButton = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_revokeAction = nullptr;
    int m_pending = 0;
};

} // namespace nova::ui
