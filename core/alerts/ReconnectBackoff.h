#pragma once

#include "Clock.h"

#include <QtGlobal>

#include <functional>

namespace nova {

struct BackoffPolicy {
    qint64 baseMs = 500;
    qint64 capMs = 30'000;
    // A connection that lasted this long resets the schedule: the next
    // failure starts again from baseMs.
    qint64 stableAfterMs = 10'000;
};

// Exponential backoff with full jitter (AWS architecture blog, "Exponential
// Backoff And Jitter"): the n-th retry waits a uniform random time in
// [0, min(cap, base * 2^n)], so clients that lost one server together do not
// return together. The random source and the clock are injected so the
// schedule is testable without sleeping.
class ReconnectBackoff {
public:
    // Uniform in [0, upperInclusive].
    using RandomSource = std::function<qint64(qint64 upperInclusive)>;

    // An empty `random`: a securely seeded generator of its own.
    explicit ReconnectBackoff(const Clock& clock, BackoffPolicy policy = {}, RandomSource random = {});

    // min(cap, base * 2^attempt) for attempt >= 0, without overflow.
    static qint64 ceilingMs(int attempt, const BackoffPolicy& policy);
    // The delay before retry number `attempt` (0 = first) for a random source.
    static qint64 delayMs(int attempt, const BackoffPolicy& policy, const RandomSource& random);

    // The delay before the next retry; advances the attempt counter.
    qint64 nextDelayMs();
    int attempt() const { return m_attempt; }
    // A connection is up (for the stability check in disconnected()).
    void connected();
    // The connection is gone; resets the schedule if it had been stable.
    void disconnected();
    void reset() { m_attempt = 0; }
    const BackoffPolicy& policy() const { return m_policy; }

private:
    const Clock& m_clock;
    BackoffPolicy m_policy;
    RandomSource m_random;
    int m_attempt = 0;
    qint64 m_connectedAtMs = -1;
};

} // namespace nova
