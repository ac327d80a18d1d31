#pragma once

#include "users/User.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace nova::ui {

// Narrows a UserTableModel to what the search box and the role and status
// filters ask for, and sorts by each column's natural order (dates as
// dates, "never" last) rather than by the displayed text.
class UserFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit UserFilterProxyModel(QObject* parent = nullptr);

    // Case-insensitive substring of the username, display name or e-mail.
    void setSearchText(const QString& text);
    // Empty: every role.
    void setRoleFilter(const QString& role);
    // nullopt: every status.
    void setStatusFilter(std::optional<nova::UserStatus> status);

    const QString& searchText() const { return m_searchText; }
    const QString& roleFilter() const { return m_role; }
    std::optional<nova::UserStatus> statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_searchText;
    QString m_role;
    std::optional<nova::UserStatus> m_status;
};

} // namespace nova::ui
