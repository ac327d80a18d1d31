#pragma once

#include "blocklist/BlockedIp.h"

#include <QAbstractTableModel>
#include <QList>

class QTimer;

namespace nova {
class Clock;
}

namespace nova::ui {

// The active blocks as a table. Rows are replaced by setEntries() (the page
// loads them off the GUI thread); rows that survive a reload keep their
// place, so the selection does too. A one-second tick repaints only the
// Remaining column, which counts down from the service's clock.
class BlockedIpModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        AddressColumn,
        ReasonColumn,
        SourceColumn,
        BlockedAtColumn,
        ExpiresAtColumn,
        RemainingColumn,
        ColumnCount
    };
    enum Role {
        // The raw value a column sorts by: text, or milliseconds (a permanent
        // block sorts after every timed one).
        SortRole = Qt::UserRole + 1,
        // The canonical CIDR text of the row ("203.0.113.9/32").
        RangeRole,
        // Remaining milliseconds, or -1 for a permanent block.
        RemainingMsRole,
        // Everything a search may match, lower case.
        SearchTextRole,
    };

    explicit BlockedIpModel(const Clock& clock, QObject* parent = nullptr);

    // Newest first, as IpBlockList::list() returns them.
    void setEntries(const QList<BlockedIp>& entries);
    const QList<BlockedIp>& entries() const { return m_entries; }
    const BlockedIp& entry(int row) const { return m_entries.at(row); }
    int permanentCount() const;
    // Texts and dates follow the language and locale: the view repaints them.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "3 h 12 min", "4 min 5 s"; translated, digits from the locale.
    static QString remainingText(qint64 ms);
    // "Manual", "Detector"; an unknown source as stored.
    static QString sourceName(const QString& source);

public Q_SLOTS:
    // Repaints the Remaining column; the timer calls it every second.
    void tick();

Q_SIGNALS:
    // A block ran out since the last tick: the owner should reload, which
    // drops it (expired rows read "expired" until then).
    void entryExpired();

private:
    QVariant displayData(const BlockedIp& entry, int column) const;
    QVariant sortData(const BlockedIp& entry, int column) const;
    qint64 remainingMs(const BlockedIp& entry) const;
    bool sameOrder(const QList<BlockedIp>& entries) const;

    const Clock& m_clock;
    QList<BlockedIp> m_entries;
    QTimer* m_ticker = nullptr;
    qint64 m_lastTickMs = 0;
};

} // namespace nova::ui
