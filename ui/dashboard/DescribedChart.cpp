#include "DescribedChart.h"

#include <QEvent>
#include <QHelpEvent>
#include <QToolTip>

namespace nova::ui {

DescribedChart::DescribedChart(QWidget* parent)
    : QWidget(parent)
{}

bool DescribedChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const std::optional<ToolTip> tip = toolTipAt(help->pos());
        if (!tip) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QToolTip::showText(help->globalPos(), tip->text, this, tip->area);
        return true;
    }
    return QWidget::event(event);
}

void DescribedChart::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
    case QEvent::LayoutDirectionChange:
        updateAccessibleDescription();
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace nova::ui
