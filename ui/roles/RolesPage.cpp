#include "RolesPage.h"

#include "RoleEditor.h"
#include "UiSession.h"
#include "UserGrantsPanel.h"

#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace nova::ui {

RolesPage::RolesPage(UiSession& session, QWidget* parent)
    : Page(session, parent)
{
    setObjectName(QStringLiteral("rolesPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("rolesTabs"));
    m_roles = new RoleEditor(session, m_tabs);
    m_roles->setObjectName(QStringLiteral("roleEditor"));
    m_grants = new UserGrantsPanel(session, m_tabs);
    m_grants->setObjectName(QStringLiteral("userGrantsPanel"));
    m_tabs->addTab(m_roles, QString());
    m_tabs->addTab(m_grants, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_tabs);
    retranslate();
}

QString RolesPage::title() const
{
    // "and", not "&": the Go menu would take an ampersand for a mnemonic.
    return tr("Roles and permissions");
}

QIcon RolesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("system-users"),
                            style()->standardIcon(QStyle::SP_FileDialogDetailedView));
}

bool RolesPage::isAvailable() const
{
    return session().can(QStringLiteral("roles"), Permission::kRead);
}

void RolesPage::activated()
{
    if (!isAvailable())
        return;
    m_roles->reload();
    m_grants->reload();
}

void RolesPage::navigate(const QVariantMap& args)
{
    if (const QString role = args.value(QStringLiteral("role")).toString(); !role.isEmpty()) {
        m_tabs->setCurrentWidget(m_roles);
        m_roles->selectRole(role);
    }
    if (const QString user = args.value(QStringLiteral("user")).toString(); !user.isEmpty()) {
        m_tabs->setCurrentWidget(m_grants);
        m_grants->selectUser(user);
    }
}

void RolesPage::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_roles), tr("&Roles"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_roles), tr("What each role may do on each feature"));
    m_tabs->setTabText(m_tabs->indexOf(m_grants), tr("&Personal grants"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_grants),
                          tr("Permissions given to one user on top of their role, optionally until a date"));
    m_roles->retranslate();
    m_grants->retranslate();
}

} // namespace nova::ui
