#pragma once

#include <QRect>
#include <QString>
#include <QWidget>

#include <optional>

namespace nova::ui {

// A painted dashboard chart that speaks for itself: its accessible
// description and its drawing follow a change of language, locale or layout
// direction, and its tooltip says what is under the mouse.
class DescribedChart : public QWidget {
    Q_OBJECT
public:
    explicit DescribedChart(QWidget* parent = nullptr);

protected:
    struct ToolTip {
        QString text;
        // Moving out of it hides the tip; empty for the whole widget.
        QRect area;
    };

    // Sets the accessible description from what the chart shows.
    virtual void updateAccessibleDescription() = 0;
    // The tooltip at a point, or none where there is nothing to say.
    virtual std::optional<ToolTip> toolTipAt(const QPoint& position) const = 0;

    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
};

} // namespace nova::ui
