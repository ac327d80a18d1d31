#pragma once

#include "Result.h"
#include "rbac/Role.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace nova::ui {

class PermissionMatrixModel;
class PermissionMatrixView;
class UiSession;

// The role tab of the Roles page: the roles at the leading side (New role…,
// Delete role), the selected role's permission matrix beside them with
// Save and Revert. Changes go to RoleService off the GUI thread after a
// confirmation listing what is granted and revoked; whatever the service
// refuses is shown with its message and the edit is kept.
class RoleEditor : public QWidget {
    Q_OBJECT
public:
    explicit RoleEditor(UiSession& session, QWidget* parent = nullptr);
    ~RoleEditor() override;

    // Reloads the roles, keeping the selection (and an unsaved edit, which
    // is never thrown away behind the user's back).
    void reload();
    // Selects a role by name (asks first when there are unsaved changes).
    void selectRole(const QString& name);
    QString currentRole() const;
    bool hasUnsavedChanges() const;
    // The loaded roles, for the grant panel's feature list and the New role dialog.
    const QList<nova::Role>& roles() const { return m_roles; }

    void retranslate();

protected:
    void changeEvent(QEvent* event) override;

Q_SIGNALS:
    // A load, save, create or delete started or finished.
    void busyChanged(bool busy);
    // The roles were (re)loaded.
    void rolesLoaded();

private:
    enum class Unsaved { Proceed, Saving, Cancelled };

    void buildActions();
    void applyPanelGaps();
    static QString roleListText(const nova::Role& role);
    void updateActions();
    void setBusy(bool busy);
    // keepEdit: an unsaved edit of the selected role survives the reload.
    void load(const QString& select, bool keepEdit);
    void showRoles(const QList<nova::Role>& roles, const QString& select, bool keepEdit);
    // keepEdit: an unsaved edit of the same role stays (a reload, a language change).
    void showRole(int row, bool keepEdit);
    void onRoleRowChanged(int row);
    // Asks Save / Discard / Cancel; Save starts saving and then selects thenSelect.
    Unsaved resolveUnsavedChanges(const QString& thenSelect);
    QString changeSummary() const;
    void save(const QString& thenSelect, bool askFirst);
    void revert();
    void newRole();
    void deleteRole();
    void showError(const QString& title, const nova::Error& error);
    void clearError();
    // After a successful change: the user's own rights may differ now.
    void afterChange(const QString& select);
    const nova::Role* shownRole() const;

    UiSession& m_session;
    QList<nova::Role> m_roles;
    QWidget* m_listPanel = nullptr;
    QWidget* m_rolePanel = nullptr;
    QListWidget* m_roleList = nullptr;
    QLabel* m_rolesTitle = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QLabel* m_roleTitle = nullptr;
    QLabel* m_roleDetails = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_error = nullptr;
    PermissionMatrixModel* m_model = nullptr;
    PermissionMatrixView* m_matrix = nullptr;
    QLabel* m_legend = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_revertAction = nullptr;
    int m_shownRow = -1;
    int m_pending = 0;
};

} // namespace nova::ui
