#include "BlockedIpFilterModel.h"

#include "BlockedIpModel.h"
#include "blocklist/IpRange.h"

#include <algorithm>

namespace nova::ui {

BlockedIpFilterModel::BlockedIpFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BlockedIpModel::SortRole);
    setDynamicSortFilter(true);
}

void BlockedIpFilterModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    // An address finds the networks containing it; anything else is a word.
    const auto asRange = IpRange::parse(m_text);
    m_address = asRange && asRange->isSingleAddress() ? asRange->network() : QHostAddress();
    invalidateRowsFilter();
}

bool BlockedIpFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_address.isNull()) {
        const auto range = IpRange::parse(index.data(BlockedIpModel::RangeRole).toString());
        if (range && range->contains(m_address))
            return true;
    }
    const QString haystack = index.data(BlockedIpModel::SearchTextRole).toString();
    const QStringList words = m_text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
                       [&haystack](const QString& word) { return haystack.contains(word); });
}

} // namespace nova::ui
