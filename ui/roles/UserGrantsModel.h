#pragma once

#include "rbac/UserGrant.h"

#include <QAbstractTableModel>
#include <QList>

namespace nova::ui {

// A user's personal grants: permission, action, expiry ("never" or a local
// date and time), state (active or expired, expired rows greyed) and when
// it was granted.
class UserGrantsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FeatureColumn, ActionColumn, ExpiresColumn, StateColumn, CreatedColumn, ColumnCount };

    explicit UserGrantsModel(QObject* parent = nullptr);

    // nowMs decides which grants read as expired (the service clock's now).
    void setGrants(const QList<nova::UserGrant>& grants, qint64 nowMs);
    const nova::UserGrant& grantAt(int row) const { return m_grants.at(row); }
    bool isExpired(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QList<nova::UserGrant> m_grants;
    qint64 m_nowMs = 0;
};

} // namespace nova::ui
