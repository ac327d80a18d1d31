#include "PermissionMatrixView.h"

#include "PermissionMatrixDelegate.h"
#include "PermissionMatrixModel.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>

namespace nova::ui {

PermissionMatrixView::PermissionMatrixView(QWidget* parent)
    : QTableView(parent)
{
    setItemDelegate(new PermissionMatrixDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setWordWrap(false);
    // Long rows: alternating shades lead the eye from a feature to its checks.
    setAlternatingRowColors(true);
    setCornerButtonEnabled(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsClickable(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
}

void PermissionMatrixView::setMatrixModel(PermissionMatrixModel* model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &PermissionMatrixView::applySpansAndSizes);
    applySpansAndSizes();
}

void PermissionMatrixView::changeEvent(QEvent* event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        applySpansAndSizes();
}

void PermissionMatrixView::applySpansAndSizes()
{
    if (!m_model)
        return;
    clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isGroupHeading(row))
            setSpan(row, 0, 1, m_model->columnCount());
    }
    QHeaderView* header = horizontalHeader();
    header->setSectionResizeMode(PermissionMatrixModel::FeatureColumn, QHeaderView::Stretch);
    // Every action column as wide as the widest heading, so the checks line
    // up in an even grid whatever the language.
    int width = 0;
    for (int column = PermissionMatrixModel::FirstActionColumn; column < m_model->columnCount(); ++column) {
        const QString text = m_model->headerData(column, Qt::Horizontal).toString();
        width = std::max(width, header->fontMetrics().horizontalAdvance(text));
    }
    width += 32;
    for (int column = PermissionMatrixModel::FirstActionColumn; column < m_model->columnCount(); ++column) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, width);
    }
    const int featureWidth = sizeHintForColumn(PermissionMatrixModel::FeatureColumn);
    setMinimumWidth(featureWidth + width * (m_model->columnCount() - 1) + 2 * frameWidth() + 24);
}

} // namespace nova::ui
