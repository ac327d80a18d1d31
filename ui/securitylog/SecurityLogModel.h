#pragma once

#include "Result.h"
#include "securitylog/SecurityEvent.h"
#include "securitylog/SecurityLogFilter.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

#include <array>
#include <optional>

class QTimer;

namespace nova::ui {

class UiSession;

// The security log as a table that stays light on a million rows: it holds
// only the pages the view has asked for (canFetchMore/fetchMore, keyset
// paging newest first), reads each page on the service executor with one
// read in flight at a time, and counts the matching entries off the GUI
// thread. Entries written after the first page are collected as "newer"
// (oldest first, contiguous with the top row) and prepended only on
// showNewer(), so the rows never move under the user's scroll position.
class SecurityLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        SeverityColumn,
        EventColumn,
        UserColumn,
        IpColumn,
        SuccessColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role { EntryIdRole = Qt::UserRole + 1 };

    static constexpr int kDefaultPageSize = 200;
    // At most this many newer entries wait to be shown; beyond it the view
    // is better served by starting again from the newest.
    static constexpr int kMaxNewer = 1000;

    explicit SecurityLogModel(UiSession& session, QObject* parent = nullptr);
    ~SecurityLogModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // Starts again with this filter: the first page is read at once. With an
    // anchor the first row is that entry (or the newest older one that
    // matches) and everything newer counts as "newer".
    void setFilter(const SecurityLogFilter& filter, std::optional<qint64> anchorId = std::nullopt);
    const SecurityLogFilter& filter() const { return m_filter; }
    // Same filter, from the newest entry.
    void reload();
    bool isAnchored() const { return m_anchored; }

    bool isLoading() const { return m_loading; }
    // The matching entries in the database, once counted.
    // Includes entries shown since the count was taken.
    std::optional<qint64> totalCount() const;
    QString lastError() const { return m_lastError; }

    const SecurityLogEntry* entryAt(int row) const;
    // The row of a loaded entry, -1 when it is not loaded.
    int rowOf(qint64 entryId) const;

    // Newer entries waiting above the top row.
    int newerCount() const { return static_cast<int>(m_newer.size()); }
    // There are more than kMaxNewer: showNewer() starts again from the newest.
    bool hasMoreNewer() const { return m_moreNewer; }
    void showNewer();
    // Looks for entries written since the top row (also done on a timer and
    // when this process appends to the log).
    void checkForNewer();
    // 0 stops the timer.
    void setNewerPollInterval(int ms);
    // Texts depend on the language and locale: the view repaints them.
    void retranslate();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged();
    void newerCountChanged(int count);
    // A read failed; the message is already translated.
    void loadFailed(const QString& message);
    // The first page after setFilter()/reload() is in.
    void firstPageLoaded();

private:
    struct Page {
        QList<SecurityLogEntry> entries;
        std::optional<qint64> nextBeforeId;
        qint64 lastIdBefore = 0;
    };
    void startPageFetch();
    void onPageFetched(quint64 generation, const Result<Page>& page);
    void onNewerFetched(quint64 generation, const Result<QList<SecurityLogEntry>>& rows);
    void startCount();
    void setLoading(bool loading);
    QString timeText(qint64 ms) const;
    QString detailsSummary(const SecurityLogEntry& entry) const;

    UiSession& m_session;
    SecurityLogFilter m_filter;
    QList<SecurityLogEntry> m_entries; // newest first
    QList<SecurityLogEntry> m_newer;   // oldest first, all newer than m_entries.first()
    std::optional<qint64> m_nextBeforeId;
    std::optional<qint64> m_firstBeforeId;
    qint64 m_topId = 0; // entries newer than this are "newer"
    bool m_exhausted = false;
    bool m_loading = false;
    bool m_checkingNewer = false;
    bool m_moreNewer = false;
    bool m_anchored = false;
    bool m_fetchWanted = false;
    quint64 m_generation = 0;
    int m_pageSize = kDefaultPageSize;
    std::optional<qint64> m_total;
    qint64 m_countedUpTo = 0; // m_total counts entries up to this id
    bool m_firstPageDone = false;
    QString m_lastError;
    std::array<QIcon, 5> m_severityIcons;
    QTimer* m_newerTimer = nullptr;
    QTimer* m_appendedDebounce = nullptr;
};

} // namespace nova::ui
