#include "UserFilterProxyModel.h"

#include "UserTableModel.h"

namespace nova::ui {

UserFilterProxyModel::UserFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UserTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void UserFilterProxyModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    invalidateFilter();
}

void UserFilterProxyModel::setRoleFilter(const QString& role)
{
    if (role == m_role)
        return;
    m_role = role;
    invalidateFilter();
}

void UserFilterProxyModel::setStatusFilter(std::optional<UserStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

bool UserFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_role.isEmpty() && index.data(UserTableModel::RoleNameRole).toString() != m_role)
        return false;
    if (m_status && index.data(UserTableModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_searchText.isEmpty())
        return true;
    for (const int role :
         {UserTableModel::UsernameRole, UserTableModel::DisplayNameRole, UserTableModel::EmailRole}) {
        if (index.data(role).toString().contains(m_searchText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace nova::ui
