#include "TimeSeriesChart.h"

#include "ChartScale.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nova::ui {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qreal kGap = 8;
constexpr qreal kSwatch = 10;

// Explicit sides: QPainter would otherwise mirror "left" in a right-to-left layout.
constexpr int kLeft = Qt::AlignAbsolute | Qt::AlignLeft | Qt::AlignVCenter;
constexpr int kRight = Qt::AlignAbsolute | Qt::AlignRight | Qt::AlignVCenter;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget* parent)
    : DescribedChart(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TimeSeriesChart::setStyle(Style style)
{
    m_style = style;
    update();
}

void TimeSeriesChart::setSeries(const QList<Series>& series)
{
    m_series = series;
    updateAccessibleDescription();
    update();
}

void TimeSeriesChart::setData(const TimeBuckets& buckets, const QList<QList<qint64>>& values)
{
    m_buckets = buckets;
    m_values = values;
    if (m_highlighted >= m_buckets.count)
        m_highlighted = -1;
    updateAccessibleDescription();
    update();
}

void TimeSeriesChart::clearData()
{
    setData({}, {});
}

void TimeSeriesChart::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

qint64 TimeSeriesChart::value(int series, int bucket) const
{
    if (series < 0 || series >= m_values.size() || bucket < 0 || bucket >= m_values.at(series).size())
        return 0;
    return m_values.at(series).at(bucket);
}

qint64 TimeSeriesChart::largestValue() const
{
    qint64 largest = 0;
    for (const QList<qint64>& values : m_values)
        for (qint64 each : values)
            largest = std::max(largest, each);
    return largest;
}

QRectF TimeSeriesChart::plotRect() const
{
    const QFontMetricsF metrics(font());
    const ChartScale scale = ChartScale::forMaximum(largestValue());
    const qreal axisWidth = metrics.horizontalAdvance(locale().toString(scale.maximum)) + kGap;
    const QRectF area = QRectF(contentsRect()).adjusted(2, 2, -2, -2);
    const qreal top = area.top() + metrics.height() + kGap;
    const qreal bottom = area.bottom() - metrics.height() - kGap / 2;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const qreal left = area.left() + (rtl ? kGap : axisWidth);
    const qreal right = area.right() - (rtl ? axisWidth : kGap);
    return QRectF(QPointF(left, top), QPointF(std::max(left + 1, right), std::max(top + 1, bottom)));
}

qreal TimeSeriesChart::bucketWidth() const
{
    return m_buckets.count > 0 ? plotRect().width() / m_buckets.count : 0;
}

qreal TimeSeriesChart::bucketCenterX(int bucket) const
{
    const QRectF plot = plotRect();
    const qreal offset = (bucket + 0.5) * bucketWidth();
    return layoutDirection() == Qt::RightToLeft ? plot.right() - offset : plot.left() + offset;
}

int TimeSeriesChart::bucketAt(const QPoint& position) const
{
    const QRectF plot = plotRect();
    const qreal width = bucketWidth();
    if (width <= 0 || position.x() < plot.left() || position.x() >= plot.right() ||
        position.y() < plot.top() || position.y() > plot.bottom())
        return -1;
    const qreal fromStart =
        layoutDirection() == Qt::RightToLeft ? plot.right() - position.x() : position.x() - plot.left();
    return std::clamp(static_cast<int>(fromStart / width), 0, m_buckets.count - 1);
}

QString TimeSeriesChart::axisLabel(int bucket) const
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_buckets.bucketStartMs(bucket));
    if (m_buckets.bucketMs < kDayMs)
        return locale().toString(start.time(), QStringLiteral("HH:mm"));
    if (m_buckets.count <= 7)
        return locale().toString(start.date(), QStringLiteral("ddd d"));
    return locale().toString(start.date(), QStringLiteral("d MMM"));
}

QString TimeSeriesChart::bucketDescription(int bucket) const
{
    if (bucket < 0 || bucket >= m_buckets.count)
        return {};
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_buckets.bucketStartMs(bucket));
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(m_buckets.bucketStartMs(bucket + 1));
    QStringList lines;
    if (m_buckets.bucketMs < kDayMs)
        //: A time span, e.g. "23/11/2026 10:00 – 11:00"
        lines.append(tr("%1 – %2").arg(locale().toString(start, QLocale::ShortFormat),
                                       locale().toString(end.time(), QLocale::ShortFormat)));
    else
        lines.append(locale().toString(start.date(), QLocale::LongFormat));
    for (int series = 0; series < m_series.size(); ++series)
        //: A chart's series and its value, e.g. "Failed: 12"
        lines.append(tr("%1: %2").arg(m_series.at(series).name, locale().toString(value(series, bucket))));
    return lines.join(QLatin1Char('\n'));
}

QString TimeSeriesChart::summary() const
{
    QStringList parts;
    for (int series = 0; series < m_series.size(); ++series) {
        const QList<qint64> values = m_values.value(series);
        const qint64 total = std::accumulate(values.cbegin(), values.cend(), qint64(0));
        parts.append(tr("%1: %2").arg(m_series.at(series).name, locale().toString(total)));
    }
    return parts.join(QStringLiteral("; "));
}

int TimeSeriesChart::labelStride() const
{
    const qreal width = bucketWidth();
    if (width <= 0)
        return 1;
    const QFontMetricsF metrics(font());
    qreal widest = 0;
    for (int bucket = 0; bucket < m_buckets.count; ++bucket)
        widest = std::max(widest, metrics.horizontalAdvance(axisLabel(bucket)));
    return std::max(1, static_cast<int>(std::ceil((widest + 2 * kGap) / width)));
}

void TimeSeriesChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = plotRect();
    const ChartScale scale = ChartScale::forMaximum(largestValue());

    paintLegend(painter);
    paintGrid(painter, plot, scale.maximum, scale.step);
    if (m_buckets.count <= 0)
        return;
    if (m_highlighted >= 0) {
        const qreal width = bucketWidth();
        painter.fillRect(QRectF(bucketCenterX(m_highlighted) - width / 2, plot.top(), width, plot.height()),
                         withAlpha(palette().color(QPalette::Highlight), 45));
    }
    paintTimeAxis(painter, plot);
    if (m_style == Style::Bars)
        paintBars(painter, plot, scale.maximum);
    else
        paintLines(painter, plot, scale.maximum);

    if (largestValue() == 0 && !m_emptyText.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    }
}

void TimeSeriesChart::paintLegend(QPainter& painter) const
{
    const QFontMetricsF metrics(font());
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QRectF area = QRectF(contentsRect()).adjusted(2, 2, -2, -2);
    qreal x = rtl ? area.right() : area.left();
    const qreal height = metrics.height();
    for (int series = 0; series < m_series.size(); ++series) {
        const QList<qint64> values = m_values.value(series);
        const qint64 total = std::accumulate(values.cbegin(), values.cend(), qint64(0));
        //: A chart legend entry: the series' name and its total, e.g. "Failed (1,204)"
        const QString text = tr("%1 (%2)").arg(m_series.at(series).name, locale().toString(total));
        const qreal textWidth = metrics.horizontalAdvance(text);
        const qreal swatchX = rtl ? x - kSwatch : x;
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_series.at(series).color);
        painter.drawRoundedRect(QRectF(swatchX, area.top() + (height - kSwatch) / 2, kSwatch, kSwatch), 2, 2);
        const qreal textX = rtl ? swatchX - 4 - textWidth : swatchX + kSwatch + 4;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(textX, area.top(), textWidth + 1, height), kLeft, text);
        const qreal advance = kSwatch + 4 + textWidth + 2 * kGap;
        x += rtl ? -advance : advance;
    }
}

void TimeSeriesChart::paintGrid(QPainter& painter, const QRectF& plot, qint64 maximum, qint64 step) const
{
    const QFontMetricsF metrics(font());
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QColor line = withAlpha(palette().color(QPalette::WindowText), 40);
    const QColor text = palette().color(QPalette::PlaceholderText);
    for (qint64 value = 0; value <= maximum; value += step) {
        const qreal y = plot.bottom() - plot.height() * double(value) / double(maximum);
        painter.setPen(QPen(value == 0 ? withAlpha(line, 110) : line, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(text);
        const QString label = locale().toString(value);
        const qreal width = metrics.horizontalAdvance(label) + 1;
        const QRectF box =
            rtl ? QRectF(plot.right() + kGap / 2, y - metrics.height() / 2, width, metrics.height())
                : QRectF(plot.left() - kGap / 2 - width, y - metrics.height() / 2, width, metrics.height());
        painter.drawText(box, rtl ? kLeft : kRight, label);
    }
}

void TimeSeriesChart::paintTimeAxis(QPainter& painter, const QRectF& plot) const
{
    const QFontMetricsF metrics(font());
    const int stride = labelStride();
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRectF area = contentsRect();
    for (int bucket = m_buckets.count - 1; bucket >= 0; bucket -= stride) {
        const QString label = axisLabel(bucket);
        const qreal width = metrics.horizontalAdvance(label) + 2;
        qreal left = bucketCenterX(bucket) - width / 2;
        left = std::clamp(left, area.left(), std::max(area.left(), area.right() - width));
        painter.drawText(QRectF(left, plot.bottom() + kGap / 2, width, metrics.height()), Qt::AlignCenter,
                         label);
    }
}

void TimeSeriesChart::paintBars(QPainter& painter, const QRectF& plot, qint64 maximum) const
{
    const qreal width = bucketWidth();
    const int seriesCount = static_cast<int>(std::max<qsizetype>(1, m_values.size()));
    const qreal group = width * 0.7;
    const qreal barWidth = group / seriesCount;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    painter.setPen(Qt::NoPen);
    for (int series = 0; series < m_values.size(); ++series) {
        painter.setBrush(m_series.value(series).color);
        for (int bucket = 0; bucket < m_buckets.count; ++bucket) {
            const qint64 count = value(series, bucket);
            if (count <= 0)
                continue;
            const qreal height = std::max(1.5, plot.height() * double(count) / double(maximum));
            // The first series nearest where time starts, in either direction.
            const qreal fromStart = -group / 2 + series * barWidth;
            const qreal left =
                rtl ? bucketCenterX(bucket) - fromStart - barWidth : bucketCenterX(bucket) + fromStart;
            painter.drawRoundedRect(QRectF(left, plot.bottom() - height, barWidth, height), 1.5, 1.5);
        }
    }
}

void TimeSeriesChart::paintLines(QPainter& painter, const QRectF& plot, qint64 maximum) const
{
    const bool dots = bucketWidth() >= 10;
    for (int series = 0; series < m_values.size(); ++series) {
        const QColor color = m_series.value(series).color;
        QPainterPath line;
        QList<QPointF> points;
        for (int bucket = 0; bucket < m_buckets.count; ++bucket) {
            const QPointF point(bucketCenterX(bucket), plot.bottom() - plot.height() *
                                                                           double(value(series, bucket)) /
                                                                           double(maximum));
            points.append(point);
            if (bucket == 0)
                line.moveTo(point);
            else
                line.lineTo(point);
        }
        if (points.isEmpty())
            continue;
        QPainterPath area = line;
        area.lineTo(points.constLast().x(), plot.bottom());
        area.lineTo(points.constFirst().x(), plot.bottom());
        area.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(withAlpha(color, 38));
        painter.drawPath(area);
        painter.setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(line);
        if (!dots)
            continue;
        painter.setBrush(color);
        painter.setPen(QPen(palette().color(QPalette::Base), 1));
        for (int bucket = 0; bucket < points.size(); ++bucket)
            painter.drawEllipse(points.at(bucket), bucket == m_highlighted ? 4.5 : 3.0,
                                bucket == m_highlighted ? 4.5 : 3.0);
    }
}

std::optional<DescribedChart::ToolTip> TimeSeriesChart::toolTipAt(const QPoint& position) const
{
    const int bucket = bucketAt(position);
    if (bucket < 0)
        return std::nullopt;
    const QRectF plot = plotRect();
    const qreal width = bucketWidth();
    return ToolTip{bucketDescription(bucket),
                   QRectF(bucketCenterX(bucket) - width / 2, plot.top(), width, plot.height()).toRect()};
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent* event)
{
    const int bucket = bucketAt(event->position().toPoint());
    if (bucket != m_highlighted) {
        m_highlighted = bucket;
        update();
    }
    DescribedChart::mouseMoveEvent(event);
}

void TimeSeriesChart::leaveEvent(QEvent* event)
{
    if (!hasFocus() && m_highlighted >= 0) {
        m_highlighted = -1;
        update();
    }
    DescribedChart::leaveEvent(event);
}

void TimeSeriesChart::keyPressEvent(QKeyEvent* event)
{
    if (m_buckets.count <= 0) {
        DescribedChart::keyPressEvent(event);
        return;
    }
    // The arrows move on screen: towards the start of time is left in a
    // left-to-right layout and right in a right-to-left one.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const int current = m_highlighted < 0 ? m_buckets.count : m_highlighted;
    switch (event->key()) {
    case Qt::Key_Left:
        setHighlighted(std::clamp(current + (rtl ? 1 : -1), 0, m_buckets.count - 1));
        break;
    case Qt::Key_Right:
        setHighlighted(std::clamp(current + (rtl ? -1 : 1), 0, m_buckets.count - 1));
        break;
    case Qt::Key_Home:
        setHighlighted(0);
        break;
    case Qt::Key_End:
        setHighlighted(m_buckets.count - 1);
        break;
    default:
        DescribedChart::keyPressEvent(event);
        return;
    }
    const QRectF plot = plotRect();
    QToolTip::showText(mapToGlobal(QPointF(bucketCenterX(m_highlighted), plot.center().y()).toPoint()),
                       bucketDescription(m_highlighted), this);
}

void TimeSeriesChart::focusOutEvent(QFocusEvent* event)
{
    setHighlighted(-1);
    DescribedChart::focusOutEvent(event);
}

void TimeSeriesChart::setHighlighted(int bucket)
{
    if (bucket == m_highlighted)
        return;
    m_highlighted = bucket;
    updateAccessibleDescription();
    update();
}

void TimeSeriesChart::updateAccessibleDescription()
{
    setAccessibleDescription(m_highlighted >= 0 ? bucketDescription(m_highlighted) : summary());
}

QSize TimeSeriesChart::sizeHint() const
{
    return {480, 200};
}

QSize TimeSeriesChart::minimumSizeHint() const
{
    return {260, 140};
}

} // namespace nova::ui
