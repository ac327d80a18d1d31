#include "SecurityLogModel.h"

#include "Bidi.h"
#include "EventTypeNames.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "alerts/AlertPresentation.h"
#include "rbac/Permission.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogQuery.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <iterator>

namespace nova::ui {

namespace {

constexpr int kNewerPollMs = 5000;
constexpr int kSummaryLength = 160;

Permission readLog()
{
    return Permission{QStringLiteral("security_log"), Permission::kRead};
}

QString jsonValueText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

} // namespace

SecurityLogModel::SecurityLogModel(UiSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_newerTimer(new QTimer(this))
    , m_appendedDebounce(new QTimer(this))
{
    for (const Severity severity :
         {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_severityIcons.at(static_cast<std::size_t>(severity)) = AlertPresentation::severityIcon(severity);

    m_newerTimer->setInterval(kNewerPollMs);
    connect(m_newerTimer, &QTimer::timeout, this, &SecurityLogModel::checkForNewer);
    m_newerTimer->start();
    // Appends in this process are announced; a burst of them is one check.
    m_appendedDebounce->setSingleShot(true);
    m_appendedDebounce->setInterval(300);
    connect(m_appendedDebounce, &QTimer::timeout, this, &SecurityLogModel::checkForNewer);
    connect(&m_session.hub().securityLog(), &SecurityLog::entryAppended, this,
            [this] { m_appendedDebounce->start(); });
}

SecurityLogModel::~SecurityLogModel() = default;

int SecurityLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int SecurityLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SecurityLogModel::timeText(qint64 ms) const
{
    const QLocale locale;
    // A log needs seconds, which the locale's short time format leaves out.
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1Char('s')))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), format);
}

QString SecurityLogModel::detailsSummary(const SecurityLogEntry& entry) const
{
    QStringList parts;
    for (auto it = entry.event.metadata.constBegin(); it != entry.event.metadata.constEnd(); ++it)
        //: %1 is a detail's key as stored (e.g. "reason"), %2 its value
        parts.append(tr("%1: %2", "metadata key: value").arg(it.key(), jsonValueText(it.value())));
    QString summary = parts.join(QStringLiteral(" · "));
    if (summary.size() > kSummaryLength)
        summary = summary.left(kSummaryLength - 1) + QChar(0x2026);
    return summary;
}

QVariant SecurityLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const SecurityLogEntry& entry = m_entries.at(index.row());
    const SecurityEvent& event = entry.event;
    if (role == EntryIdRole)
        return entry.id;
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return timeText(entry.createdAtMs);
        if (role == Qt::ToolTipRole)
            //: %1 is an ISO 8601 timestamp
            return tr("%1 UTC").arg(leftToRight(
                QDateTime::fromMSecsSinceEpoch(entry.createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs)));
        break;
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return AlertPresentation::severityText(event.severity);
        if (role == Qt::DecorationRole)
            return m_severityIcons.at(static_cast<std::size_t>(event.severity));
        break;
    case EventColumn:
        if (role == Qt::DisplayRole)
            return EventTypeNames::displayName(event.event);
        if (role == Qt::ToolTipRole)
            return event.event;
        break;
    case UserColumn:
        if (role == Qt::DisplayRole)
            return event.username;
        break;
    case IpColumn:
        if (role == Qt::DisplayRole && !event.ip.isEmpty())
            return leftToRight(event.ip);
        break;
    case SuccessColumn:
        if (role == Qt::DisplayRole)
            return event.success ? tr("Succeeded") : tr("Failed");
        if (role == Qt::ForegroundRole && !event.success)
            return QColor(0xc6, 0x28, 0x28);
        break;
    case DetailsColumn:
        if (role == Qt::DisplayRole)
            return detailsSummary(entry);
        if (role == Qt::ToolTipRole && !event.metadata.isEmpty())
            return QString::fromUtf8(QJsonDocument(event.metadata).toJson(QJsonDocument::Indented));
        break;
    default:
        break;
    }
    return {};
}

QVariant SecurityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case EventColumn:
        return tr("Event");
    case UserColumn:
        return tr("User");
    case IpColumn:
        return tr("IP address");
    case SuccessColumn:
        return tr("Outcome");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

bool SecurityLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && m_lastError.isEmpty();
}

void SecurityLogModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_loading || m_exhausted || !m_lastError.isEmpty())
        return;
    startPageFetch();
}

void SecurityLogModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, SecurityLogQuery::kMaxLimit);
}

void SecurityLogModel::setFilter(const SecurityLogFilter& filter, std::optional<qint64> anchorId)
{
    beginResetModel();
    m_filter = filter;
    m_entries.clear();
    m_newer.clear();
    m_moreNewer = false;
    m_anchored = anchorId.has_value();
    m_firstBeforeId = anchorId ? std::optional<qint64>(*anchorId + 1) : std::nullopt;
    m_nextBeforeId = m_firstBeforeId;
    m_topId = 0;
    m_exhausted = false;
    m_firstPageDone = false;
    m_checkingNewer = false;
    m_total.reset();
    m_countedUpTo = 0;
    m_lastError.clear();
    ++m_generation;
    endResetModel();
    Q_EMIT newerCountChanged(0);
    Q_EMIT totalCountChanged();
    // A read of the previous filter may still be running: this one starts
    // when it returns, so there is never more than one page read at a time.
    m_fetchWanted = true;
    if (!m_loading)
        startPageFetch();
    startCount();
}

void SecurityLogModel::reload()
{
    setFilter(m_filter);
}

void SecurityLogModel::startPageFetch()
{
    m_fetchWanted = false;
    setLoading(true);
    const quint64 generation = m_generation;
    const bool first = !m_firstPageDone;
    UiSession* session = &m_session;
    whenFinished(
        m_session.executor().run([session, &query = m_session.hub().logQuery(), filter = m_filter,
                                  before = m_nextBeforeId, limit = m_pageSize, first]() -> Result<Page> {
            if (const Status allowed = session->authorize(readLog(), QStringLiteral("desktop/log/read"));
                !allowed)
                return allowed.error();
            Page result;
            if (first) {
                // Read before the page, so nothing written in between is missed as "newer".
                const auto last = query.lastId();
                if (!last)
                    return last.error();
                result.lastIdBefore = *last;
            }
            auto page = query.page(filter, before, limit);
            if (!page)
                return page.error();
            result.entries = std::move(page->entries);
            result.nextBeforeId = page->nextBeforeId;
            return result;
        }),
        this, [this, generation](const Result<Page>& page) { onPageFetched(generation, page); });
}

void SecurityLogModel::onPageFetched(quint64 generation, const Result<Page>& page)
{
    setLoading(false);
    if (generation != m_generation) {
        if (m_fetchWanted)
            startPageFetch();
        return;
    }
    if (!page) {
        m_lastError = page.errorMessage();
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    const bool first = !m_firstPageDone;
    m_firstPageDone = true;
    if (first) {
        m_topId = m_firstBeforeId ? *m_firstBeforeId - 1 : page->lastIdBefore;
        if (!page->entries.isEmpty())
            m_topId = std::max(m_topId, page->entries.constFirst().id);
    }
    if (!page->entries.isEmpty()) {
        const int firstRow = static_cast<int>(m_entries.size());
        beginInsertRows({}, firstRow, firstRow + static_cast<int>(page->entries.size()) - 1);
        m_entries.append(page->entries);
        endInsertRows();
    }
    m_nextBeforeId = page->nextBeforeId;
    m_exhausted = !m_nextBeforeId.has_value();
    if (first) {
        Q_EMIT firstPageLoaded();
        if (m_anchored)
            checkForNewer();
    }
}

void SecurityLogModel::startCount()
{
    const quint64 generation = m_generation;
    UiSession* session = &m_session;
    whenFinished(m_session.executor().run([session, &query = m_session.hub().logQuery(),
                                           filter = m_filter]() -> Result<std::pair<qint64, qint64>> {
        if (const Status allowed = session->authorize(readLog(), QStringLiteral("desktop/log/read"));
            !allowed)
            return allowed.error();
        const auto last = query.lastId();
        if (!last)
            return last.error();
        const auto counted = query.count(filter, *last);
        if (!counted)
            return counted.error();
        return std::pair<qint64, qint64>(*counted, *last);
    }),
                 this, [this, generation](const Result<std::pair<qint64, qint64>>& counted) {
                     if (generation != m_generation)
                         return;
                     if (!counted) {
                         Q_EMIT loadFailed(counted.errorMessage());
                         return;
                     }
                     m_total = counted->first;
                     m_countedUpTo = counted->second;
                     Q_EMIT totalCountChanged();
                 });
}

std::optional<qint64> SecurityLogModel::totalCount() const
{
    if (!m_total)
        return std::nullopt;
    // Entries shown since the count was taken are not in it.
    qint64 later = 0;
    for (const SecurityLogEntry& entry : m_entries) {
        if (entry.id <= m_countedUpTo)
            break;
        ++later;
    }
    return *m_total + later;
}

void SecurityLogModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

const SecurityLogEntry* SecurityLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int SecurityLogModel::rowOf(qint64 entryId) const
{
    const auto found =
        std::lower_bound(m_entries.cbegin(), m_entries.cend(), entryId,
                         [](const SecurityLogEntry& entry, qint64 id) { return entry.id > id; });
    if (found == m_entries.cend() || found->id != entryId)
        return -1;
    return static_cast<int>(found - m_entries.cbegin());
}

void SecurityLogModel::checkForNewer()
{
    if (m_checkingNewer || !m_firstPageDone || m_moreNewer || !m_lastError.isEmpty())
        return;
    // A refused read is itself logged: polling without the permission would
    // feed the log with its own refusals.
    if (!m_session.can(readLog().feature, readLog().action))
        return;
    m_checkingNewer = true;
    const quint64 generation = m_generation;
    const qint64 afterId = m_newer.isEmpty() ? m_topId : m_newer.constLast().id;
    const int limit = kMaxNewer + 1 - static_cast<int>(m_newer.size());
    UiSession* session = &m_session;
    whenFinished(m_session.executor().run([session, &query = m_session.hub().logQuery(), filter = m_filter,
                                           afterId, limit]() -> Result<QList<SecurityLogEntry>> {
        if (const Status allowed = session->authorize(readLog(), QStringLiteral("desktop/log/read"));
            !allowed)
            return allowed.error();
        const auto last = query.lastId();
        if (!last)
            return last.error();
        return query.ascending(filter, afterId, *last, limit);
    }),
                 this, [this, generation](const Result<QList<SecurityLogEntry>>& rows) {
                     onNewerFetched(generation, rows);
                 });
}

void SecurityLogModel::onNewerFetched(quint64 generation, const Result<QList<SecurityLogEntry>>& rows)
{
    if (generation != m_generation)
        return;
    m_checkingNewer = false;
    if (!rows) {
        Q_EMIT loadFailed(rows.errorMessage());
        return;
    }
    if (rows->isEmpty())
        return;
    m_newer.append(*rows);
    if (m_newer.size() > kMaxNewer) {
        m_moreNewer = true;
        m_newer.resize(kMaxNewer);
    }
    Q_EMIT newerCountChanged(static_cast<int>(m_newer.size()));
}

void SecurityLogModel::showNewer()
{
    if (m_moreNewer) {
        reload();
        return;
    }
    if (m_newer.isEmpty())
        return;
    const int count = static_cast<int>(m_newer.size());
    QList<SecurityLogEntry> merged;
    merged.reserve(count + m_entries.size());
    std::reverse_copy(m_newer.cbegin(), m_newer.cend(), std::back_inserter(merged));
    merged.append(m_entries);
    beginInsertRows({}, 0, count - 1);
    m_entries = std::move(merged);
    endInsertRows();
    m_topId = m_entries.constFirst().id;
    m_newer.clear();
    // Everything newer up to the last check is shown now: the top is the newest.
    m_anchored = false;
    Q_EMIT newerCountChanged(0);
    Q_EMIT totalCountChanged();
}

void SecurityLogModel::setNewerPollInterval(int ms)
{
    if (ms <= 0) {
        m_newerTimer->stop();
        return;
    }
    m_newerTimer->start(ms);
}

void SecurityLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace nova::ui
