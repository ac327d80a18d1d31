#pragma once

#include "DescribedChart.h"
#include "dashboard/TimeBuckets.h"

#include <QColor>
#include <QList>
#include <QString>

namespace nova::ui {

// Counts per time bucket, painted: one or more series as lines over a soft
// area, or as bars side by side. Time runs in the reading direction (left
// to right, right to left in a right-to-left layout) with the count axis
// where it starts, so an Arabic reader finds the oldest bucket on the right.
// Numbers and dates follow the widget's locale (Arabic-Indic digits when the
// app's digit setting asks for them).
//
// The value under the mouse is shown as a tooltip; with keyboard focus the
// arrow keys step through the buckets and the accessible description reads
// the current one, otherwise it sums up each series.
class TimeSeriesChart : public DescribedChart {
    Q_OBJECT
public:
    enum class Style { Lines, Bars };
    struct Series {
        QString name;
        QColor color;
    };

    explicit TimeSeriesChart(QWidget* parent = nullptr);

    void setStyle(Style style);
    // Names and colours, in the order of the values; set again on a language change.
    void setSeries(const QList<Series>& series);
    // One list per series, one count per bucket.
    void setData(const TimeBuckets& buckets, const QList<QList<qint64>>& values);
    void clearData();
    // Shown over the plot while every count is zero.
    void setEmptyText(const QString& text);

    int bucketCount() const { return m_buckets.count; }
    qint64 value(int series, int bucket) const;
    // The centre of a bucket on the x axis, in widget coordinates.
    qreal bucketCenterX(int bucket) const;
    // The bucket under a point, or -1.
    int bucketAt(const QPoint& position) const;
    // What the tooltip says for a bucket: its time span and each series' count.
    QString bucketDescription(int bucket) const;
    // Each series with its total, for the accessible description.
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void updateAccessibleDescription() override;
    std::optional<ToolTip> toolTipAt(const QPoint& position) const override;
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QRectF plotRect() const;
    qreal bucketWidth() const;
    qint64 largestValue() const;
    QString axisLabel(int bucket) const;
    int labelStride() const;
    void setHighlighted(int bucket);
    void paintLegend(QPainter& painter) const;
    void paintGrid(QPainter& painter, const QRectF& plot, qint64 maximum, qint64 step) const;
    void paintTimeAxis(QPainter& painter, const QRectF& plot) const;
    void paintBars(QPainter& painter, const QRectF& plot, qint64 maximum) const;
    void paintLines(QPainter& painter, const QRectF& plot, qint64 maximum) const;

    Style m_style = Style::Lines;
    QList<Series> m_series;
    QList<QList<qint64>> m_values;
    TimeBuckets m_buckets;
    QString m_emptyText;
    int m_highlighted = -1;
};

} // namespace nova::ui
