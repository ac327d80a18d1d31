#include "PermissionMatrixModel.h"

#include "Bidi.h"
#include "PermissionText.h"
#include "rbac/DefaultRoles.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace nova::ui {

namespace {

QString key(const QString& feature, const QString& action)
{
    return feature + QLatin1Char(':') + action;
}

// Amber with some transparency: visible on light and dark palettes alike.
const QColor kChangedColor(255, 176, 0, 90);

} // namespace

PermissionMatrixModel::PermissionMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_rows.append(Row{{}, 0});
    for (const QString& feature : Permission::crmFeatures())
        m_rows.append(Row{feature, 0});
    m_rows.append(Row{{}, 1});
    for (const QString& feature : Permission::adminFeatures())
        m_rows.append(Row{feature, 1});
}

PermissionMatrixModel::GrantSet PermissionMatrixModel::expand(const QList<Permission>& grants,
                                                              QSet<QString>& wildcards,
                                                              QList<Permission>& passThrough)
{
    GrantSet set;
    const QStringList features = Permission::knownFeatures();
    for (const Permission& grant : grants) {
        if (grant.feature == Permission::kAnyFeature && Permission::isKnownAction(grant.action)) {
            wildcards.insert(grant.action);
            for (const QString& feature : features)
                set.insert(key(feature, grant.action));
        } else if (features.contains(grant.feature) && Permission::isKnownAction(grant.action)) {
            set.insert(key(grant.feature, grant.action));
        } else {
            passThrough.append(grant);
        }
    }
    return set;
}

bool PermissionMatrixModel::effective(const GrantSet& set, const QString& feature, const QString& action)
{
    return set.contains(key(feature, action)) || set.contains(key(feature, Permission::kManage));
}

void PermissionMatrixModel::setRole(const nova::Role& role)
{
    const bool wasModified = isModified();
    beginResetModel();
    m_roleName = role.name;
    m_wildcards.clear();
    m_passThrough.clear();
    m_saved = expand(role.grants, m_wildcards, m_passThrough);
    m_edited = m_saved;
    endResetModel();
    if (wasModified)
        Q_EMIT modifiedChanged(false);
}

void PermissionMatrixModel::clear()
{
    setRole(nova::Role{});
}

void PermissionMatrixModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    emitAllChanged();
}

bool PermissionMatrixModel::isModified() const
{
    // Only what a user could tell apart counts: checking read under a
    // checked manage changes nothing anyone may do.
    return !granted().isEmpty() || !revoked().isEmpty();
}

void PermissionMatrixModel::revert()
{
    if (m_edited == m_saved)
        return;
    const bool wasModified = isModified();
    m_edited = m_saved;
    emitAllChanged();
    if (wasModified)
        Q_EMIT modifiedChanged(false);
}

QList<Permission> PermissionMatrixModel::grants() const
{
    QList<Permission> result;
    QSet<QString> whole;
    const QStringList features = Permission::knownFeatures();
    for (const QString& action : Permission::knownActions()) {
        if (!m_wildcards.contains(action))
            continue;
        const bool everyFeature = std::all_of(features.begin(), features.end(), [&](const QString& f) {
            return m_edited.contains(key(f, action));
        });
        if (everyFeature) {
            whole.insert(action);
            result.append(Permission{Permission::kAnyFeature, action});
        }
    }
    for (const QString& feature : features) {
        for (const QString& action : Permission::knownActions()) {
            if (!whole.contains(action) && m_edited.contains(key(feature, action)))
                result.append(Permission{feature, action});
        }
    }
    return result + m_passThrough;
}

QList<Permission> PermissionMatrixModel::difference(const GrantSet& from, const GrantSet& to) const
{
    QList<Permission> result;
    for (const QString& feature : Permission::knownFeatures()) {
        for (const QString& action : Permission::knownActions()) {
            if (effective(to, feature, action) && !effective(from, feature, action))
                result.append(Permission{feature, action});
        }
    }
    return result;
}

QList<Permission> PermissionMatrixModel::granted() const
{
    return difference(m_saved, m_edited);
}

QList<Permission> PermissionMatrixModel::revoked() const
{
    return difference(m_edited, m_saved);
}

bool PermissionMatrixModel::isChecked(const QString& feature, const QString& action) const
{
    return effective(m_edited, feature, action);
}

bool PermissionMatrixModel::isImplied(const QString& feature, const QString& action) const
{
    return action != Permission::kManage && m_edited.contains(key(feature, Permission::kManage));
}

bool PermissionMatrixModel::isLocked(const QString& feature, const QString& action) const
{
    return m_roleName == DefaultRoles::kAdmin && action == Permission::kManage &&
           (feature == QLatin1String("users") || feature == QLatin1String("roles"));
}

bool PermissionMatrixModel::setChecked(const QString& feature, const QString& action, bool checked)
{
    if (!hasRole() || m_readOnly || isImplied(feature, action))
        return false;
    if (isLocked(feature, action) && !checked)
        return false;
    const QModelIndex index = cellIndex(feature, action);
    if (!index.isValid())
        return false;
    const bool wasModified = isModified();
    if (checked)
        m_edited.insert(key(feature, action));
    else
        m_edited.remove(key(feature, action));
    // The whole row: manage changes how the other four cells look.
    Q_EMIT dataChanged(this->index(index.row(), FirstActionColumn),
                       this->index(index.row(), columnCount() - 1));
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(!wasModified);
    return true;
}

QModelIndex PermissionMatrixModel::cellIndex(const QString& feature, const QString& action) const
{
    const auto column = Permission::knownActions().indexOf(action);
    if (column < 0)
        return {};
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).feature == feature && !feature.isEmpty())
            return index(row, FirstActionColumn + static_cast<int>(column));
    }
    return {};
}

QString PermissionMatrixModel::featureAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).feature : QString();
}

QString PermissionMatrixModel::actionAt(int column) const
{
    const int i = column - FirstActionColumn;
    return i >= 0 && i < Permission::knownActions().size() ? Permission::knownActions().at(i) : QString();
}

bool PermissionMatrixModel::isGroupHeading(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).feature.isEmpty();
}

int PermissionMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PermissionMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstActionColumn + static_cast<int>(Permission::knownActions().size());
}

QVariant PermissionMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (row.feature.isEmpty()) {
        if (index.column() != FeatureColumn)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return row.group == 0 ? tr("Nova CRM") : tr("Nova Admin");
        case Qt::ToolTipRole:
            return row.group == 0 ? tr("What the role may do in Nova CRM, the brokerage's CRM.")
                                  : tr("What the role may do in Nova Admin, this administration tool.");
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::ForegroundRole:
            return QGuiApplication::palette().brush(QPalette::Active, QPalette::WindowText);
        case Qt::BackgroundRole:
            return QGuiApplication::palette().brush(QPalette::Active, QPalette::Window);
        case GroupHeadingRole:
            return true;
        default:
            return {};
        }
    }
    if (index.column() == FeatureColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return PermissionText::featureName(row.feature);
        case Qt::ToolTipRole:
            //: %1 describes a feature, %2 is its identifier for nova-ctl and scripts (e.g. security_log)
            return tr("%1 (feature \"%2\")")
                .arg(PermissionText::featureDescription(row.feature), leftToRight(row.feature));
        default:
            return {};
        }
    }
    return cellData(row.feature, actionAt(index.column()), role);
}

QVariant PermissionMatrixModel::cellData(const QString& feature, const QString& action, int role) const
{
    if (!hasRole())
        return {};
    const bool changed = effective(m_edited, feature, action) != effective(m_saved, feature, action);
    switch (role) {
    case Qt::CheckStateRole:
        return isChecked(feature, action) ? Qt::Checked : Qt::Unchecked;
    case Qt::BackgroundRole:
        return changed ? QVariant(kChangedColor) : QVariant();
    case Qt::AccessibleTextRole: {
        const QString permission = PermissionText::permissionName(Permission{feature, action});
        if (isChecked(feature, action)) {
            //: Read by screen readers; %1 is a permission such as "Finance: read"
            return tr("%1: allowed").arg(permission);
        }
        //: Read by screen readers; %1 is a permission such as "Finance: read"
        return tr("%1: not allowed").arg(permission);
    }
    case Qt::ToolTipRole: {
        QStringList lines{PermissionText::permissionName(Permission{feature, action})};
        if (isLocked(feature, action))
            lines.append(tr("The admin role always keeps manage on user accounts and on roles: without it "
                            "nobody could administer Nova Admin any more."));
        else if (isImplied(feature, action))
            lines.append(tr("Implied by manage."));
        else if (m_wildcards.contains(action) && m_edited.contains(key(feature, action)))
            //: %1 is the stored wildcard grant, e.g. *:manage
            lines.append(tr("Granted for every feature (%1).")
                             .arg(leftToRight(Permission{Permission::kAnyFeature, action}.toString())));
        else if (action == Permission::kManage)
            lines.append(PermissionText::actionDescription(action));
        if (changed)
            lines.append(tr("Changed, not saved yet."));
        return lines.join(QLatin1Char('\n'));
    }
    case ImpliedRole:
        return isImplied(feature, action);
    case LockedRole:
        return isLocked(feature, action);
    case ChangedRole:
        return changed;
    default:
        return {};
    }
}

bool PermissionMatrixModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Qt::ItemFlags cellFlags = flags(index);
    if (!cellFlags.testFlag(Qt::ItemIsUserCheckable) || !cellFlags.testFlag(Qt::ItemIsEnabled))
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    return setChecked(featureAt(index.row()), actionAt(index.column()), checked);
}

Qt::ItemFlags PermissionMatrixModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || isGroupHeading(index.row()))
        return Qt::NoItemFlags;
    if (index.column() == FeatureColumn)
        return Qt::ItemIsEnabled;
    if (!hasRole())
        return Qt::NoItemFlags;
    const QString feature = featureAt(index.row());
    const QString action = actionAt(index.column());
    // Implied cells are disabled: their check is greyed, and the cursor
    // passes over them, since nothing there can change.
    if (isImplied(feature, action))
        return Qt::ItemIsSelectable;
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!m_readOnly && !(isLocked(feature, action) && isChecked(feature, action)))
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant PermissionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == FeatureColumn) {
        if (role == Qt::DisplayRole)
            return tr("Feature");
        return {};
    }
    const QString action = actionAt(section);
    if (role == Qt::DisplayRole)
        return PermissionText::actionName(action);
    if (role == Qt::ToolTipRole)
        return PermissionText::actionDescription(action);
    return {};
}

void PermissionMatrixModel::retranslate()
{
    emitAllChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void PermissionMatrixModel::emitAllChanged()
{
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace nova::ui
