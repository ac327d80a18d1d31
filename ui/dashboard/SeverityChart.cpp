#include "SeverityChart.h"

#include "PluralCount.h"
#include "alerts/AlertPresentation.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>

#include <algorithm>

namespace nova::ui {

namespace {

constexpr int kRows = 5;
constexpr int kIcon = 16;
constexpr int kGap = 8;

// Most severe at the top.
Severity severityOfRow(int row)
{
    return static_cast<Severity>(kRows - 1 - row);
}

int rowOfSeverity(Severity severity)
{
    return kRows - 1 - static_cast<int>(severity);
}

} // namespace

SeverityChart::SeverityChart(QWidget* parent)
    : DescribedChart(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateAccessibleDescription();
}

void SeverityChart::setCounts(const SeverityCounts& counts)
{
    m_counts = counts;
    updateAccessibleDescription();
    update();
}

int SeverityChart::rowHeight() const
{
    return std::max(fontMetrics().height() + 8, kIcon + 8);
}

QRect SeverityChart::rowRect(Severity severity) const
{
    const QRect area = contentsRect();
    return QRect(area.left(), area.top() + rowOfSeverity(severity) * rowHeight(), area.width(), rowHeight());
}

int SeverityChart::rowAt(const QPoint& position) const
{
    for (int row = 0; row < kRows; ++row)
        if (rowRect(severityOfRow(row)).contains(position))
            return row;
    return -1;
}

QString SeverityChart::rowText(int row) const
{
    const Severity severity = severityOfRow(row);
    //: %1 is a severity (Critical, High, …)
    return tr("%1: %Ln alerts", nullptr, pluralCount(m_counts.of(severity)))
        .arg(AlertPresentation::severityText(severity));
}

void SeverityChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QRect area = contentsRect();
    // Positions are worked out left to right and mirrored for right to left.
    const auto place = [&](QRectF box) {
        if (rtl)
            box.moveLeft(area.left() + area.right() - box.right());
        return box;
    };
    int nameWidth = 0;
    int countWidth = 0;
    qint64 largest = 0;
    for (int row = 0; row < kRows; ++row) {
        const Severity severity = severityOfRow(row);
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(AlertPresentation::severityText(severity)));
        countWidth =
            std::max(countWidth, metrics.horizontalAdvance(locale().toString(m_counts.of(severity))));
        largest = std::max(largest, m_counts.of(severity));
    }
    const qreal barStart = area.left() + kGap + kIcon + kGap + nameWidth + kGap;
    const qreal barSpace = std::max<qreal>(10, area.right() - kGap - countWidth - kGap - barStart);

    QColor hover = palette().color(QPalette::Highlight);
    hover.setAlpha(35);
    QColor trackColor = palette().color(QPalette::WindowText);
    trackColor.setAlpha(18);
    for (int row = 0; row < kRows; ++row) {
        const Severity severity = severityOfRow(row);
        const QRect line = rowRect(severity);
        const qint64 count = m_counts.of(severity);
        if (row == m_hovered)
            painter.fillRect(line, hover);
        const qreal middle = line.center().y() + 0.5;
        const QRectF icon = place(QRectF(area.left() + kGap, middle - kIcon / 2.0, kIcon, kIcon));
        AlertPresentation::severityIcon(severity).paint(&painter, icon.toRect());
        painter.setPen(palette().color(QPalette::WindowText));
        const QRectF name =
            place(QRectF(area.left() + kGap + kIcon + kGap, line.top(), nameWidth + 1, line.height()));
        painter.drawText(name, Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                         AlertPresentation::severityText(severity));
        const qreal length = largest > 0 ? barSpace * double(count) / double(largest) : 0;
        const QRectF track = place(QRectF(barStart, middle - 7, barSpace, 14));
        painter.setPen(Qt::NoPen);
        painter.setBrush(trackColor);
        painter.drawRoundedRect(track, 3, 3);
        if (count > 0) {
            painter.setBrush(AlertPresentation::severityColor(severity));
            painter.drawRoundedRect(place(QRectF(barStart, middle - 7, std::max<qreal>(3, length), 14)), 3,
                                    3);
        }
        painter.setPen(palette().color(QPalette::WindowText));
        const QRectF number =
            place(QRectF(barStart + barSpace + kGap, line.top(), countWidth + 1, line.height()));
        painter.drawText(number,
                         Qt::AlignAbsolute | (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                         locale().toString(count));
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rowRect(severityOfRow(m_current)).adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

std::optional<DescribedChart::ToolTip> SeverityChart::toolTipAt(const QPoint& position) const
{
    const int row = rowAt(position);
    if (row < 0)
        return std::nullopt;
    return ToolTip{rowText(row) + QLatin1Char('\n') + tr("Click to show these alerts"),
                   rowRect(severityOfRow(row))};
}

void SeverityChart::mouseMoveEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row != m_hovered) {
        m_hovered = row;
        setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    DescribedChart::mouseMoveEvent(event);
}

void SeverityChart::mouseReleaseEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && row >= 0) {
        m_current = row;
        update();
        Q_EMIT severityActivated(severityOfRow(row));
    }
    DescribedChart::mouseReleaseEvent(event);
}

void SeverityChart::leaveEvent(QEvent* event)
{
    m_hovered = -1;
    update();
    DescribedChart::leaveEvent(event);
}

void SeverityChart::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        m_current = std::max(0, m_current - 1);
        break;
    case Qt::Key_Down:
        m_current = std::min(kRows - 1, m_current + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT severityActivated(severityOfRow(m_current));
        return;
    default:
        DescribedChart::keyPressEvent(event);
        return;
    }
    setAccessibleDescription(rowText(m_current));
    update();
}

void SeverityChart::updateAccessibleDescription()
{
    QStringList rows;
    for (int row = 0; row < kRows; ++row)
        rows.append(rowText(row));
    setAccessibleDescription(rows.join(QStringLiteral("; ")));
}

QSize SeverityChart::sizeHint() const
{
    return {300, kRows * rowHeight() + 4};
}

QSize SeverityChart::minimumSizeHint() const
{
    return {200, kRows * rowHeight() + 4};
}

} // namespace nova::ui
