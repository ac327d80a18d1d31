#pragma once

#include "alerts/Alert.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace nova::ui {

// The live alerts, newest first, capped in memory (the oldest dropped). An
// arriving batch is one insertion at the top and at most one removal at the
// bottom, so a view repaints per batch and never resets during a storm.
class AlertListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        SeverityColumn,
        TypeColumn,
        MessageColumn,
        IpColumn,
        UserColumn,
        AckColumn,
        ColumnCount
    };
    enum Role {
        SeqRole = Qt::UserRole + 1,
        SeverityRole, // int(nova::Severity)
        IpRole,
        UsernameRole,
        LogIdRole, // qint64, or invalid when the alert names no log entry
        ChannelRole,
        AcknowledgedRole, // bool
        SearchTextRole,   // everything the text filter matches against
    };
    static constexpr int kDefaultCapacity = 5000;

    explicit AlertListModel(QObject* parent = nullptr);

    int capacity() const { return m_capacity; }
    // Drops the oldest rows beyond it.
    void setCapacity(int capacity);

    // Alerts newer than the newest row (older ones and repeats are
    // skipped), in any order; they go to the top, newest first.
    void appendBatch(const QList<Alert>& batch);
    // Alerts older than the oldest row (history loaded after the stream
    // began); they go to the bottom, within the capacity.
    void appendHistory(const QList<Alert>& older);
    void clear();
    void markAcknowledged(qint64 seq, const QString& by, qint64 atMs);
    // After a language change: headers, dates and the message language.
    void refreshTexts();

    const Alert& alertAt(int row) const { return m_alerts.at(row); }
    // -1 when not in the list.
    int rowOfSeq(qint64 seq) const;
    int unacknowledgedCount() const { return m_unacknowledged; }
    // In the locale's short date and time, with seconds.
    QString formatTime(qint64 msecs) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void unacknowledgedCountChanged(int count);

private:
    QVariant display(const Alert& alert, int column) const;
    void removeTail(int count);
    void setUnacknowledged(int count);

    QList<Alert> m_alerts; // newest first
    int m_capacity = kDefaultCapacity;
    int m_unacknowledged = 0;
    QString m_timeFormat; // the locale's short date and time, with seconds
    QList<QIcon> m_icons; // per severity
};

} // namespace nova::ui
