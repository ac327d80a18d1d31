#include "RankedBarDelegate.h"

#include "Bidi.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace nova::ui {

namespace {
constexpr int kPadding = 8;
} // namespace

RankedBarDelegate::RankedBarDelegate(bool leftToRight, const QColor& barColor, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_leftToRight(leftToRight)
    , m_barColor(barColor)
{}

void RankedBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem panel = option;
    initStyleOption(&panel, index);
    panel.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);

    const qint64 count = index.data(kCountRole).toLongLong();
    const qint64 maximum = std::max<qint64>(1, index.data(kMaximumRole).toLongLong());
    const QLocale locale = widget ? widget->locale() : QLocale();
    const QString countText = locale.toString(count);
    const QFontMetrics metrics = option.fontMetrics;
    const int countWidth = metrics.horizontalAdvance(locale.toString(maximum)) + kPadding;
    const QRect row = option.rect.adjusted(2, 2, -2, -2);

    // Laid out left to right, then mirrored by visualRect for right to left.
    const int barSpace = std::max(0, row.width() - countWidth - kPadding);
    const QRect bar(row.left(), row.top(), static_cast<int>(barSpace * double(count) / double(maximum)),
                    row.height());
    const QRect text(row.left() + kPadding, row.top(), std::max(0, barSpace - kPadding), row.height());
    const QRect number(row.right() - countWidth, row.top(), countWidth, row.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = m_barColor;
    fill.setAlpha(option.state & QStyle::State_Selected ? 110 : 60);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(QStyle::visualRect(option.direction, row, bar), 3, 3);

    const QString key = index.data(Qt::DisplayRole).toString();
    const QString shown = metrics.elidedText(key, Qt::ElideMiddle, text.width());
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(QStyle::visualRect(option.direction, row, text),
                      QStyle::visualAlignment(option.direction, Qt::AlignLeft | Qt::AlignVCenter),
                      m_leftToRight ? leftToRight(shown) : isolated(shown));
    painter->drawText(QStyle::visualRect(option.direction, row, number),
                      QStyle::visualAlignment(option.direction, Qt::AlignRight | Qt::AlignVCenter),
                      countText);
    painter->restore();
}

QSize RankedBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {option.fontMetrics.horizontalAdvance(QLatin1Char('M')) * 14, option.fontMetrics.height() + 8};
}

} // namespace nova::ui
