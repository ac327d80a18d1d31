#pragma once

#include "users/User.h"

#include <QObject>

#include <initializer_list>
#include <optional>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace nova::ui {

class UiSession;

// The Users page's actions: texts, tooltips, icons and shortcuts, and which
// of them make sense for the selected user and the session's permissions.
// Enabling is a convenience only; every action is authorised again in the
// worker that carries it out.
class UserActions : public QObject {
    Q_OBJECT
public:
    // The actions' shortcuts work anywhere inside `scope`.
    UserActions(const UiSession& session, QWidget* scope);

    QAction* newUser() const { return m_new; }
    QAction* editUser() const { return m_edit; }
    QAction* disableUser() const { return m_disable; }
    QAction* enableUser() const { return m_enable; }
    QAction* unlockUser() const { return m_unlock; }
    QAction* resetPassword() const { return m_resetPassword; }
    QAction* enrollTwoFactor() const { return m_enrollTwoFactor; }
    QAction* resetTwoFactor() const { return m_resetTwoFactor; }
    QAction* exportPersonalData() const { return m_exportPersonalData; }
    QAction* deleteUser() const { return m_delete; }
    QAction* eraseUser() const { return m_erase; }
    // The toolbar's menus: set up and reset two-factor; export and erase.
    QAction* twoFactor() const { return m_twoFactor; }
    QAction* personalData() const { return m_personalData; }
    QAction* refresh() const { return m_refresh; }

    void addToToolBar(QToolBar* toolBar) const;
    // For the table's context menu: the actions that apply to one user.
    void addToMenu(QMenu* menu) const;

    // Re-evaluates what is enabled; nullopt when no user is selected.
    void update(const std::optional<nova::User>& selected);
    void retranslate();

private:
    QAction* make(const char* objectName, QWidget* scope);
    static QAction* makeGroup(const char* objectName, std::initializer_list<QAction*> actions,
                              QWidget* scope);

    const UiSession& m_session;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_disable = nullptr;
    QAction* m_enable = nullptr;
    QAction* m_unlock = nullptr;
    QAction* m_resetPassword = nullptr;
    QAction* m_enrollTwoFactor = nullptr;
    QAction* m_resetTwoFactor = nullptr;
    QAction* m_exportPersonalData = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_erase = nullptr;
    QAction* m_twoFactor = nullptr;
    QAction* m_personalData = nullptr;
    QAction* m_refresh = nullptr;
};

} // namespace nova::ui
