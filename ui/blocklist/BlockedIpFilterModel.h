#pragma once

#include <QHostAddress>
#include <QSortFilterProxyModel>

namespace nova::ui {

// The search box over BlockedIpModel: words match the address, reason,
// source or who blocked it; an IP address also finds the networks that
// contain it ("10.1.2.3" finds the 10.0.0.0/8 block).
class BlockedIpFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit BlockedIpFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    const QString& searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QHostAddress m_address;
};

} // namespace nova::ui
