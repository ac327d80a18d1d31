#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <list>

namespace nova {

// Counts events per key within the last windowMs milliseconds. Old events
// fall out as the window slides (not all at once at the end of a fixed
// period, as the specification's timers do), and no timer is started per
// event: expired timestamps are dropped when the key is next touched.
//
// Memory is bounded: at most maxEventsPerKey timestamps per key (counts
// saturate there, so set it to at least the threshold you compare against)
// and at most maxKeys keys, evicting the least recently hit key. Not thread
// safe; the owner serialises access.
class SlidingWindowCounter {
public:
    SlidingWindowCounter(qint64 windowMs, int maxEventsPerKey, int maxKeys = 100000);

    // Records one event at nowMs and returns the count within the window ending at nowMs.
    int hit(const QString& key, qint64 nowMs);
    int count(const QString& key, qint64 nowMs) const;
    void reset(const QString& key);
    void clear();

    int keyCount() const { return static_cast<int>(m_keys.size()); }
    qint64 windowMs() const { return m_windowMs; }

private:
    struct Slot {
        std::deque<qint64> times; // ascending
        std::list<QString>::iterator lru;
    };
    void prune(Slot& slot, qint64 nowMs) const;

    qint64 m_windowMs;
    int m_maxEvents;
    int m_maxKeys;
    QHash<QString, Slot> m_keys;
    std::list<QString> m_lru; // most recently hit first
};

} // namespace nova
