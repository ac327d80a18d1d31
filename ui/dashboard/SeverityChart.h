#pragma once

#include "DescribedChart.h"
#include "Severity.h"
#include "dashboard/DashboardFigures.h"

namespace nova::ui {

// Alerts per severity as horizontal bars, most severe first, each with the
// colour and shape the Live alerts page gives that severity (so it is not
// told by colour alone), its name and its count. Mirrored in a
// right-to-left layout. Clicking a row (or Enter on the focused one) asks
// for the alerts of at least that severity.
class SeverityChart : public DescribedChart {
    Q_OBJECT
public:
    explicit SeverityChart(QWidget* parent = nullptr);

    void setCounts(const SeverityCounts& counts);
    const SeverityCounts& counts() const { return m_counts; }
    // The row of a severity, in widget coordinates.
    QRect rowRect(Severity severity) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void severityActivated(nova::Severity severity);

protected:
    void updateAccessibleDescription() override;
    std::optional<ToolTip> toolTipAt(const QPoint& position) const override;
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    int rowAt(const QPoint& position) const;
    int rowHeight() const;
    QString rowText(int row) const;

    SeverityCounts m_counts;
    int m_hovered = -1;
    int m_current = 0;
};

} // namespace nova::ui
