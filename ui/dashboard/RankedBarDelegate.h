#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace nova::ui {

// Paints a ranked row: a bar as long as the row's count against the
// largest, the name or address on it and the count at the end, mirrored in
// a right-to-left layout. The text is wrapped in a Unicode isolate, so an
// address or a Latin user name keeps its order in an Arabic row.
class RankedBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int kCountRole = Qt::UserRole + 1;
    static constexpr int kMaximumRole = Qt::UserRole + 2;

    // leftToRight: addresses (always left to right); otherwise names, in the
    // direction of their own first letter.
    RankedBarDelegate(bool leftToRight, const QColor& barColor, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    bool m_leftToRight;
    QColor m_barColor;
};

} // namespace nova::ui
