#pragma once

#include "rbac/Permission.h"
#include "rbac/Role.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>

namespace nova::ui {

// One role's grants as a feature × action grid of check boxes, holding the
// saved grants and the edited ones side by side so the view can highlight
// changed cells and Save can list what is granted and revoked.
//
// Rows: a group heading, the CRM features, a second heading, the admin-side
// features. Column 0 names the feature; columns 1–5 are create, read,
// update, delete, manage. A checked `manage` shows the four other actions
// checked and disabled (implied); unchecking it shows their own state
// again. The wildcard `*` is shown expanded (admin's `*:manage` is every
// manage cell checked) and written back as the wildcard while it still
// covers every feature. The admin role's manage on users and roles cannot
// be unchecked: without it nobody could administer Nova Admin.
class PermissionMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FeatureColumn = 0, FirstActionColumn = 1 };
    // Data roles beyond Qt's, for the delegate and tests.
    enum Role { ImpliedRole = Qt::UserRole + 1, LockedRole, ChangedRole, GroupHeadingRole };

    explicit PermissionMatrixModel(QObject* parent = nullptr);

    // Starts editing `role`: its grants are both the saved and the edited set.
    void setRole(const nova::Role& role);
    void clear();
    const QString& roleName() const { return m_roleName; }
    bool hasRole() const { return !m_roleName.isEmpty(); }

    // Read-only: shown as it is, nothing toggles (no roles:update).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    bool isModified() const;
    void revert();
    // The edited grants as RoleService::setGrants takes them.
    QList<Permission> grants() const;
    // Cells allowed now but not as saved, and the reverse (implied ones included).
    QList<Permission> granted() const;
    QList<Permission> revoked() const;

    // Whether the cell shows checked (granted directly or implied by manage).
    bool isChecked(const QString& feature, const QString& action) const;
    bool isImplied(const QString& feature, const QString& action) const;
    bool isLocked(const QString& feature, const QString& action) const;
    // Toggles a cell as a click would; false when the cell cannot change.
    bool setChecked(const QString& feature, const QString& action, bool checked);

    QModelIndex cellIndex(const QString& feature, const QString& action) const;
    // Empty for heading rows and the feature column.
    QString featureAt(int row) const;
    QString actionAt(int column) const;
    bool isGroupHeading(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Called on a language change: headings and names are translated.
    void retranslate();

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    struct Row {
        QString feature; // empty: a group heading
        int group = 0;   // 0: CRM, 1: administration
    };
    using GrantSet = QSet<QString>; // "feature:action", wildcards expanded

    static GrantSet expand(const QList<Permission>& grants, QSet<QString>& wildcards,
                           QList<Permission>& passThrough);
    static bool effective(const GrantSet& set, const QString& feature, const QString& action);
    QVariant cellData(const QString& feature, const QString& action, int role) const;
    QList<Permission> difference(const GrantSet& from, const GrantSet& to) const;
    void emitAllChanged();

    QList<Row> m_rows;
    QString m_roleName;
    bool m_readOnly = false;
    GrantSet m_saved;
    GrantSet m_edited;
    // Actions the saved grants gave through `*`, and grants the grid cannot
    // show (features this version does not know): both written back as they were.
    QSet<QString> m_wildcards;
    QList<Permission> m_passThrough;
};

} // namespace nova::ui
