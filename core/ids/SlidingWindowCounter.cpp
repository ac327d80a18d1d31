#include "SlidingWindowCounter.h"

#include <algorithm>

namespace nova {

SlidingWindowCounter::SlidingWindowCounter(qint64 windowMs, int maxEventsPerKey, int maxKeys)
    : m_windowMs(std::max<qint64>(1, windowMs))
    , m_maxEvents(std::max(1, maxEventsPerKey))
    , m_maxKeys(std::max(1, maxKeys))
{}

void SlidingWindowCounter::prune(Slot& slot, qint64 nowMs) const
{
    // The window is (now - window, now]: an event exactly one window old has left it.
    while (!slot.times.empty() && slot.times.front() <= nowMs - m_windowMs)
        slot.times.pop_front();
}

int SlidingWindowCounter::hit(const QString& key, qint64 nowMs)
{
    auto found = m_keys.find(key);
    if (found == m_keys.end()) {
        if (m_keys.size() >= m_maxKeys) {
            m_keys.remove(m_lru.back());
            m_lru.pop_back();
        }
        m_lru.push_front(key);
        found = m_keys.insert(key, Slot{{}, m_lru.begin()});
    } else {
        m_lru.splice(m_lru.begin(), m_lru, found->lru);
    }
    Slot& slot = *found;
    prune(slot, nowMs);
    // Times arrive in order from one clock; an earlier one (clock set back)
    // is kept in order so pruning from the front stays correct.
    slot.times.insert(std::upper_bound(slot.times.begin(), slot.times.end(), nowMs), nowMs);
    while (static_cast<int>(slot.times.size()) > m_maxEvents)
        slot.times.pop_front();
    return static_cast<int>(slot.times.size());
}

int SlidingWindowCounter::count(const QString& key, qint64 nowMs) const
{
    const auto found = m_keys.constFind(key);
    if (found == m_keys.constEnd())
        return 0;
    const std::deque<qint64>& times = found->times;
    const auto inWindow = std::count_if(times.begin(), times.end(),
                                        [&](qint64 t) { return t > nowMs - m_windowMs && t <= nowMs; });
    return static_cast<int>(inWindow);
}

void SlidingWindowCounter::reset(const QString& key)
{
    const auto found = m_keys.find(key);
    if (found == m_keys.end())
        return;
    m_lru.erase(found->lru);
    m_keys.erase(found);
}

void SlidingWindowCounter::clear()
{
    m_keys.clear();
    m_lru.clear();
}

} // namespace nova
