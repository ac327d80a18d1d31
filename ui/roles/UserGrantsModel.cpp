#include "UserGrantsModel.h"

#include "Bidi.h"
#include "PermissionText.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace nova::ui {

namespace {

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

UserGrantsModel::UserGrantsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void UserGrantsModel::setGrants(const QList<nova::UserGrant>& grants, qint64 nowMs)
{
    beginResetModel();
    m_grants = grants;
    m_nowMs = nowMs;
    endResetModel();
}

bool UserGrantsModel::isExpired(int row) const
{
    const nova::UserGrant& grant = m_grants.at(row);
    return grant.expiresAtMs && *grant.expiresAtMs <= m_nowMs;
}

int UserGrantsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_grants.size());
}

int UserGrantsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserGrantsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const nova::UserGrant& grant = m_grants.at(index.row());
    const bool expired = isExpired(index.row());
    if (role == Qt::ForegroundRole && expired)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole) {
        //: %1 is a permission such as "Finance: read", %2 its stored form (finance:read)
        return tr("%1 (%2)").arg(PermissionText::permissionName(grant.permission),
                                 leftToRight(grant.permission.toString()));
    }
    if (role == Qt::UserRole)
        return grant.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FeatureColumn:
        return PermissionText::featureName(grant.permission.feature);
    case ActionColumn:
        return PermissionText::actionName(grant.permission.action);
    case ExpiresColumn:
        //: In the Expires column: the grant lasts until it is revoked
        return grant.expiresAtMs ? localTime(*grant.expiresAtMs) : tr("never");
    case StateColumn:
        if (expired) {
            //: State of a personal grant
            return tr("Expired");
        }
        //: State of a personal grant
        return tr("Active");
    case CreatedColumn:
        return localTime(grant.createdAtMs);
    default:
        return {};
    }
}

QVariant UserGrantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FeatureColumn:
        return tr("Feature");
    case ActionColumn:
        return tr("Action");
    case ExpiresColumn:
        return tr("Expires");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Granted on");
    default:
        return {};
    }
}

void UserGrantsModel::retranslate()
{
    if (!m_grants.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace nova::ui
