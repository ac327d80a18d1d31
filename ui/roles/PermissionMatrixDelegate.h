#pragma once

#include <QStyledItemDelegate>

namespace nova::ui {

// Draws the matrix's check boxes centred in their cells (the default
// delegate puts them at the leading edge, which reads badly under a column
// heading) and toggles them with a click anywhere in the cell, Space or Select.
class PermissionMatrixDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
};

} // namespace nova::ui
