#include "ReconnectBackoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <memory>

namespace nova {

ReconnectBackoff::ReconnectBackoff(const Clock& clock, BackoffPolicy policy, RandomSource random)
    : m_clock(clock)
    , m_policy(policy)
    , m_random(std::move(random))
{
    if (!m_random) {
        // Jitter only spreads reconnections; it protects no secret.
        auto generator = std::make_shared<QRandomGenerator>(QRandomGenerator::securelySeeded());
        m_random = [generator](qint64 upperInclusive) {
            return upperInclusive <= 0 ? 0 : generator->bounded(upperInclusive + 1);
        };
    }
}

qint64 ReconnectBackoff::ceilingMs(int attempt, const BackoffPolicy& policy)
{
    const qint64 base = std::max<qint64>(policy.baseMs, 0);
    const qint64 cap = std::max<qint64>(policy.capMs, 0);
    if (base == 0 || cap == 0)
        return 0;
    qint64 ceiling = std::min(base, cap);
    // Doubling stops at the cap, so neither the shift nor the product overflows.
    for (int i = 0; i < attempt && ceiling < cap; ++i)
        ceiling = ceiling > cap / 2 ? cap : ceiling * 2;
    return ceiling;
}

qint64 ReconnectBackoff::delayMs(int attempt, const BackoffPolicy& policy, const RandomSource& random)
{
    const qint64 ceiling = ceilingMs(attempt, policy);
    // A source that strays outside its range must not stretch or invert the schedule.
    return std::clamp<qint64>(random(ceiling), 0, ceiling);
}

qint64 ReconnectBackoff::nextDelayMs()
{
    const qint64 delay = delayMs(m_attempt, m_policy, m_random);
    if (m_attempt < 62)
        ++m_attempt;
    return delay;
}

void ReconnectBackoff::connected()
{
    m_connectedAtMs = m_clock.nowMSecs();
}

void ReconnectBackoff::disconnected()
{
    if (m_connectedAtMs >= 0 && m_clock.nowMSecs() - m_connectedAtMs >= m_policy.stableAfterMs)
        m_attempt = 0;
    m_connectedAtMs = -1;
}

} // namespace nova
