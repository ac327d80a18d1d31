#pragma once

#include "Page.h"

class QTabWidget;

namespace nova::ui {

class RoleEditor;
class UserGrantsPanel;

// Roles & permissions: the role × feature × action matrix with custom roles
// (RoleEditor) and personal grants with expiry (UserGrantsPanel), in two
// tabs. Visible with roles:read; editing needs roles:update (creating and
// deleting roles roles:create and roles:delete), which the workers authorise
// again before every change.
//
// navigate() takes {"role": name} or {"user": username}.
class RolesPage : public Page {
    Q_OBJECT
public:
    explicit RolesPage(UiSession& session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("roles"); }
    QString title() const override;
    QIcon icon() const override;
    bool isAvailable() const override;
    void activated() override;
    void navigate(const QVariantMap& args) override;

    RoleEditor* roleEditor() const { return m_roles; }
    UserGrantsPanel* grantsPanel() const { return m_grants; }

protected:
    void retranslate() override;

private:
    QTabWidget* m_tabs = nullptr;
    RoleEditor* m_roles = nullptr;
    UserGrantsPanel* m_grants = nullptr;
};

} // namespace nova::ui
