#include "AlertFilterProxy.h"

#include "AlertListModel.h"

namespace nova::ui {

AlertFilterProxy::AlertFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void AlertFilterProxy::setMinimumSeverity(Severity minimum)
{
    if (minimum == m_minimum)
        return;
    m_minimum = minimum;
    invalidateRowsFilter();
}

void AlertFilterProxy::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool AlertFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(AlertListModel::SeverityRole).toInt() < static_cast<int>(m_minimum))
        return false;
    return m_text.isEmpty() ||
           index.data(AlertListModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace nova::ui
