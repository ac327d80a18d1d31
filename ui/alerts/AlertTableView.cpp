#include "AlertTableView.h"

#include "AlertListModel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>

namespace nova::ui {

AlertTableView::AlertTableView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("alertsTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

void AlertTableView::setModel(QAbstractItemModel* model)
{
    if (QAbstractItemModel* old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    horizontalHeader()->setSectionResizeMode(AlertListModel::MessageColumn, QHeaderView::Stretch);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex&, int first) { rememberReadingPosition(first); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this]() {
        // After the view has laid the new rows out.
        if (m_readingAnchor.isValid())
            QTimer::singleShot(0, this, &AlertTableView::restoreReadingPosition);
    });
}

void AlertTableView::adjustColumns(const QString& sampleTime)
{
    // Bold, as unacknowledged important alerts are drawn.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int padding = 3 * metrics.horizontalAdvance(QLatin1Char(' ')) + 8;
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const int time = metrics.horizontalAdvance(sampleTime) + padding;
    verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    QHeaderView* header = horizontalHeader();
    header->resizeSection(AlertListModel::TimeColumn, time);
    // Icon, spacing and the longest severity name.
    header->resizeSection(AlertListModel::SeverityColumn, 7 * em + padding);
    header->resizeSection(AlertListModel::TypeColumn, 12 * em);
    header->resizeSection(AlertListModel::IpColumn,
                          metrics.horizontalAdvance(QStringLiteral("255.255.255.255")) + padding);
    header->resizeSection(AlertListModel::UserColumn, 7 * em);
    header->resizeSection(AlertListModel::AckColumn, time + 6 * em);
}

void AlertTableView::rememberReadingPosition(int firstInserted)
{
    if (firstInserted != 0 || verticalScrollBar()->value() == 0 || m_readingAnchor.isValid())
        return;
    m_readingAnchor = indexAt(QPoint(0, 0));
}

void AlertTableView::restoreReadingPosition()
{
    if (m_readingAnchor.isValid())
        scrollTo(m_readingAnchor, QAbstractItemView::PositionAtTop);
    m_readingAnchor = QPersistentModelIndex();
}

} // namespace nova::ui
