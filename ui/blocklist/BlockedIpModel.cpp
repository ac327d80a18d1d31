#include "BlockedIpModel.h"

#include "Bidi.h"
#include "Clock.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace nova::ui {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

bool sameContent(const BlockedIp& a, const BlockedIp& b)
{
    return a.range == b.range && a.reason == b.reason && a.source == b.source &&
           a.blockedAtMs == b.blockedAtMs && a.expiresAtMs == b.expiresAtMs && a.createdBy == b.createdBy;
}

// Family, then the network's bytes, then the prefix, as hex: 9.x sorts
// before 10.x and IPv4 before IPv6, which text order would not give.
QString addressSortKey(const IpRange& range)
{
    QByteArray bytes;
    if (range.isIpv6()) {
        const Q_IPV6ADDR address = range.network().toIPv6Address();
        for (quint8 byte : address.c)
            bytes.append(char(byte));
    } else {
        const quint32 address = range.network().toIPv4Address();
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes.append(char((address >> shift) & 0xff));
    }
    bytes.append(char(range.prefixLength()));
    return QString::number(range.isIpv6() ? 6 : 4) + QString::fromLatin1(bytes.toHex());
}

} // namespace

BlockedIpModel::BlockedIpModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_ticker(new QTimer(this))
{
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &BlockedIpModel::tick);
}

void BlockedIpModel::setEntries(const QList<BlockedIp>& entries)
{
    if (!sameOrder(entries)) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
    } else {
        QSet<qint64> incoming;
        for (const BlockedIp& entry : entries)
            incoming.insert(entry.id);
        for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
            if (incoming.contains(m_entries.at(row).id))
                continue;
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
        // What is left is a subsequence of the new list in the same order:
        // walk both, inserting what is new and refreshing what changed.
        for (int row = 0; row < entries.size(); ++row) {
            if (row < m_entries.size() && m_entries.at(row).id == entries.at(row).id) {
                if (!sameContent(m_entries.at(row), entries.at(row))) {
                    m_entries[row] = entries.at(row);
                    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
                }
                continue;
            }
            beginInsertRows({}, row, row);
            m_entries.insert(row, entries.at(row));
            endInsertRows();
        }
    }
    if (m_entries.isEmpty())
        m_ticker->stop();
    else if (!m_ticker->isActive())
        m_ticker->start();
    m_lastTickMs = m_clock.nowMSecs();
}

bool BlockedIpModel::sameOrder(const QList<BlockedIp>& entries) const
{
    QSet<qint64> oldIds;
    for (const BlockedIp& entry : m_entries)
        oldIds.insert(entry.id);
    QSet<qint64> newIds;
    QList<qint64> newOrder;
    for (const BlockedIp& entry : entries) {
        newIds.insert(entry.id);
        if (oldIds.contains(entry.id))
            newOrder.append(entry.id);
    }
    QList<qint64> oldOrder;
    for (const BlockedIp& entry : m_entries) {
        if (newIds.contains(entry.id))
            oldOrder.append(entry.id);
    }
    return oldOrder == newOrder;
}

int BlockedIpModel::permanentCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const BlockedIp& entry) { return !entry.expiresAtMs; }));
}

void BlockedIpModel::retranslate()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int BlockedIpModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BlockedIpModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 BlockedIpModel::remainingMs(const BlockedIp& entry) const
{
    if (!entry.expiresAtMs)
        return -1;
    return std::max<qint64>(0, *entry.expiresAtMs - m_clock.nowMSecs());
}

QVariant BlockedIpModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const BlockedIp& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case SortRole:
        return sortData(entry, index.column());
    case RangeRole:
        return entry.range.toString();
    case RemainingMsRole:
        return remainingMs(entry);
    case SearchTextRole:
        return QStringList{entry.range.toString(), entry.reason, entry.source,
                           displayData(entry, SourceColumn).toString(), entry.createdBy}
            .join(QLatin1Char('\n'))
            .toLower();
    case Qt::ToolTipRole: {
        const QString by = entry.createdBy.isEmpty() ? sourceName(entry.source) : entry.createdBy;
        if (index.column() == ExpiresAtColumn && entry.expiresAtMs)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*entry.expiresAtMs),
                                      QLocale::LongFormat);
        if (index.column() == BlockedAtColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.blockedAtMs), QLocale::LongFormat);
        //: %1 is an address or network, %2 who blocked it (a user name or "Detector"), %3 the reason
        return tr("%1 blocked by %2: %3")
            .arg(leftToRight(entry.range.toString()), isolated(by), isolated(entry.reason));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == RemainingColumn)
            return (Qt::AlignTrailing | Qt::AlignVCenter).toInt();
        return (Qt::AlignLeading | Qt::AlignVCenter).toInt();
    default:
        return {};
    }
}

QVariant BlockedIpModel::displayData(const BlockedIp& entry, int column) const
{
    switch (column) {
    case AddressColumn:
        return leftToRight(entry.range.toDisplayString());
    case ReasonColumn:
        return entry.reason;
    case SourceColumn:
        return sourceName(entry.source);
    case BlockedAtColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.blockedAtMs), QLocale::ShortFormat);
    case ExpiresAtColumn:
        if (!entry.expiresAtMs)
            return tr("Never");
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*entry.expiresAtMs), QLocale::ShortFormat);
    case RemainingColumn: {
        const qint64 remaining = remainingMs(entry);
        if (remaining < 0)
            return tr("permanent");
        if (remaining == 0)
            return tr("expired");
        return remainingText(remaining);
    }
    default:
        return {};
    }
}

QVariant BlockedIpModel::sortData(const BlockedIp& entry, int column) const
{
    constexpr qint64 kForever = std::numeric_limits<qint64>::max();
    switch (column) {
    case AddressColumn:
        return addressSortKey(entry.range);
    case BlockedAtColumn:
        return entry.blockedAtMs;
    case ExpiresAtColumn:
        return entry.expiresAtMs.value_or(kForever);
    case RemainingColumn: {
        const qint64 remaining = remainingMs(entry);
        return remaining < 0 ? kForever : remaining;
    }
    default:
        return displayData(entry, column).toString().toLower();
    }
}

QVariant BlockedIpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case ReasonColumn:
        return tr("Reason");
    case SourceColumn:
        return tr("Source");
    case BlockedAtColumn:
        return tr("Blocked at");
    case ExpiresAtColumn:
        return tr("Expires at");
    case RemainingColumn:
        return tr("Remaining");
    default:
        return {};
    }
}

QString BlockedIpModel::remainingText(qint64 ms)
{
    // Round up: a block with 0.4 s left is still in force and reads "1 s".
    const qint64 seconds = (ms + kSecond - 1) / kSecond;
    const QLocale locale;
    const auto n = [&locale](qint64 value) { return locale.toString(value); };
    // Abbreviated units, as in a countdown column; each is one message so the
    // translator can order the numbers and pick the local abbreviations.
    if (seconds >= kDay / kSecond)
        //: Time left in a table column: %1 days and %2 hours, e.g. "2 d 5 h"
        return tr("%1 d %2 h", "remaining time: days, hours")
            .arg(n(seconds / 86400), n((seconds % 86400) / 3600));
    if (seconds >= kHour / kSecond)
        //: Time left in a table column: %1 hours and %2 minutes, e.g. "3 h 12 min"
        return tr("%1 h %2 min", "remaining time: hours, minutes")
            .arg(n(seconds / 3600), n((seconds % 3600) / 60));
    if (seconds >= kMinute / kSecond)
        //: Time left in a table column: %1 minutes and %2 seconds, e.g. "4 min 5 s"
        return tr("%1 min %2 s", "remaining time: minutes, seconds").arg(n(seconds / 60), n(seconds % 60));
    //: Time left in a table column: %1 seconds, e.g. "42 s"
    return tr("%1 s", "remaining time: seconds").arg(n(seconds));
}

QString BlockedIpModel::sourceName(const QString& source)
{
    if (source == BlockSource::Manual)
        //: Who made a block: an administrator, by hand
        return tr("Manual");
    if (source == BlockSource::Detector)
        //: Who made a block: the intrusion detector
        return tr("Detector");
    return source;
}

void BlockedIpModel::tick()
{
    if (m_entries.isEmpty())
        return;
    const qint64 now = m_clock.nowMSecs();
    Q_EMIT dataChanged(index(0, RemainingColumn), index(rowCount() - 1, RemainingColumn),
                       {Qt::DisplayRole, SortRole, RemainingMsRole});
    // Announce each expiry once: a reload that fails must not be retried every second.
    const bool expiredNow = std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const BlockedIp& entry) {
        return entry.expiresAtMs && *entry.expiresAtMs <= now && *entry.expiresAtMs > m_lastTickMs;
    });
    m_lastTickMs = now;
    if (expiredNow)
        Q_EMIT entryExpired();
}

} // namespace nova::ui
