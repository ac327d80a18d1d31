#include "AlertListModel.h"

#include "AlertPresentation.h"
#include "Bidi.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace nova::ui {

namespace {

bool newerFirst(const Alert& a, const Alert& b)
{
    return a.seq > b.seq;
}

bool sameSeq(const Alert& a, const Alert& b)
{
    return a.seq == b.seq;
}

// Newest first, each seq once.
void sortNewestFirst(QList<Alert>& alerts)
{
    std::sort(alerts.begin(), alerts.end(), newerFirst);
    alerts.erase(std::unique(alerts.begin(), alerts.end(), sameSeq), alerts.end());
}

int countUnacknowledged(const QList<Alert>& alerts, qsizetype from, qsizetype to)
{
    return static_cast<int>(std::count_if(alerts.begin() + from, alerts.begin() + to,
                                          [](const Alert& alert) { return alert.ackedBy.isEmpty(); }));
}

} // namespace

AlertListModel::AlertListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    for (Severity severity :
         {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_icons.append(AlertPresentation::severityIcon(severity));
    refreshTexts();
}

void AlertListModel::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    if (m_alerts.size() > m_capacity)
        removeTail(static_cast<int>(m_alerts.size()) - m_capacity);
}

void AlertListModel::appendBatch(const QList<Alert>& batch)
{
    const qint64 newest = m_alerts.isEmpty() ? 0 : m_alerts.first().seq;
    QList<Alert> fresh;
    fresh.reserve(batch.size());
    for (const Alert& alert : batch) {
        if (alert.seq > newest)
            fresh.append(alert);
    }
    if (fresh.isEmpty())
        return;
    sortNewestFirst(fresh);
    if (fresh.size() > m_capacity)
        fresh.resize(m_capacity);

    const qsizetype overflow = m_alerts.size() + fresh.size() - m_capacity;
    if (overflow > 0)
        removeTail(static_cast<int>(overflow));

    const int added = countUnacknowledged(fresh, 0, fresh.size());
    beginInsertRows({}, 0, static_cast<int>(fresh.size()) - 1);
    fresh.reserve(fresh.size() + m_alerts.size());
    for (Alert& alert : m_alerts)
        fresh.append(std::move(alert));
    m_alerts = std::move(fresh);
    endInsertRows();
    setUnacknowledged(m_unacknowledged + added);
}

void AlertListModel::appendHistory(const QList<Alert>& older)
{
    const qint64 oldest = m_alerts.isEmpty() ? std::numeric_limits<qint64>::max() : m_alerts.last().seq;
    QList<Alert> rows;
    for (const Alert& alert : older) {
        if (alert.seq < oldest)
            rows.append(alert);
    }
    sortNewestFirst(rows);
    const qsizetype room = m_capacity - m_alerts.size();
    if (rows.size() > room)
        rows.resize(room);
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_alerts.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_alerts.append(rows);
    endInsertRows();
    setUnacknowledged(m_unacknowledged + countUnacknowledged(rows, 0, rows.size()));
}

void AlertListModel::clear()
{
    if (m_alerts.isEmpty())
        return;
    beginResetModel();
    m_alerts.clear();
    endResetModel();
    setUnacknowledged(0);
}

void AlertListModel::markAcknowledged(qint64 seq, const QString& by, qint64 atMs)
{
    const int row = rowOfSeq(seq);
    if (row < 0)
        return;
    Alert& alert = m_alerts[row];
    const bool wasOpen = alert.ackedBy.isEmpty();
    alert.ackedBy = by;
    alert.ackedAtMs = atMs;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (wasOpen)
        setUnacknowledged(m_unacknowledged - 1);
}

void AlertListModel::refreshTexts()
{
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    // The short format has no seconds; in a storm they tell alerts apart.
    if (!time.contains(QLatin1Char('s')))
        time.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    m_timeFormat = locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_alerts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AlertListModel::rowOfSeq(qint64 seq) const
{
    const auto found = std::lower_bound(m_alerts.begin(), m_alerts.end(), seq,
                                        [](const Alert& alert, qint64 wanted) { return alert.seq > wanted; });
    if (found == m_alerts.end() || found->seq != seq)
        return -1;
    return static_cast<int>(found - m_alerts.begin());
}

int AlertListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_alerts.size());
}

int AlertListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const Alert& alert = m_alerts.at(index.row());
    const bool important = alert.severity >= Severity::High;
    switch (role) {
    case Qt::DisplayRole:
        return display(alert, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(alert.createdAtMs), QLocale::LongFormat);
        if (index.column() == MessageColumn || index.column() == AckColumn)
            return display(alert, index.column());
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return m_icons.value(static_cast<int>(alert.severity));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return AlertPresentation::severityColor(alert.severity);
        return {};
    case Qt::BackgroundRole:
        if (alert.severity == Severity::Critical && alert.ackedBy.isEmpty()) {
            // A light wash that works on light and dark themes alike.
            QColor wash = AlertPresentation::severityColor(Severity::Critical);
            wash.setAlpha(38);
            return wash;
        }
        return {};
    case Qt::FontRole:
        if (important && alert.ackedBy.isEmpty()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case SeqRole:
        return alert.seq;
    case SeverityRole:
        return static_cast<int>(alert.severity);
    case IpRole:
        return alert.ip;
    case UsernameRole:
        return alert.username;
    case LogIdRole:
        return alert.logId ? QVariant(*alert.logId) : QVariant();
    case ChannelRole:
        return alert.channel;
    case AcknowledgedRole:
        return !alert.ackedBy.isEmpty();
    case SearchTextRole:
        return QStringList{
            alert.messageEn, alert.messageAr, alert.type,   AlertPresentation::typeName(alert.type),
            alert.ip,        alert.username,  alert.ackedBy}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant AlertListModel::display(const Alert& alert, int column) const
{
    switch (column) {
    case TimeColumn:
        return formatTime(alert.createdAtMs);
    case SeverityColumn:
        return AlertPresentation::severityText(alert.severity);
    case TypeColumn:
        return AlertPresentation::typeName(alert.type);
    case MessageColumn:
        return AlertPresentation::message(alert);
    case IpColumn:
        return alert.ip.isEmpty() ? QString() : leftToRight(alert.ip);
    case UserColumn:
        return alert.username;
    case AckColumn:
        if (alert.ackedBy.isEmpty())
            return QString();
        return tr("%1 at %2", "acknowledged by <user> at <time>")
            .arg(isolated(alert.ackedBy), formatTime(alert.ackedAtMs));
    default:
        return {};
    }
}

QString AlertListModel::formatTime(qint64 msecs) const
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs), m_timeFormat);
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case TypeColumn:
        return tr("Type");
    case MessageColumn:
        return tr("Message");
    case IpColumn:
        return tr("IP address");
    case UserColumn:
        return tr("User");
    case AckColumn:
        return tr("Acknowledged");
    default:
        return {};
    }
}

void AlertListModel::removeTail(int count)
{
    count = qMin(count, static_cast<int>(m_alerts.size()));
    if (count <= 0)
        return;
    const int first = static_cast<int>(m_alerts.size()) - count;
    const int removed = countUnacknowledged(m_alerts, first, m_alerts.size());
    beginRemoveRows({}, first, first + count - 1);
    m_alerts.resize(first);
    endRemoveRows();
    setUnacknowledged(m_unacknowledged - removed);
}

void AlertListModel::setUnacknowledged(int count)
{
    if (count == m_unacknowledged)
        return;
    m_unacknowledged = count;
    Q_EMIT unacknowledgedCountChanged(count);
}

} // namespace nova::ui
