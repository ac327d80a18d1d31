#include "TimeBuckets.h"

namespace nova {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

// Rounds towards minus infinity, so a local time before 1970 would still
// land at the start of its own bucket.
qint64 floorToMultiple(qint64 value, qint64 step)
{
    const qint64 remainder = value % step;
    return remainder < 0 ? value - remainder - step : value - remainder;
}

} // namespace

int TimeBuckets::indexOf(qint64 ms) const
{
    if (bucketMs <= 0 || ms < startMs || ms >= endMs())
        return -1;
    return static_cast<int>((ms - startMs) / bucketMs);
}

TimeBuckets TimeBuckets::forRange(DashboardRange range, qint64 nowMs, qint64 utcOffsetMs)
{
    TimeBuckets buckets;
    switch (range) {
    case DashboardRange::Last24Hours:
        buckets.bucketMs = kHourMs;
        buckets.count = 24;
        break;
    case DashboardRange::Last7Days:
        buckets.bucketMs = kDayMs;
        buckets.count = 7;
        break;
    case DashboardRange::Last30Days:
        buckets.bucketMs = kDayMs;
        buckets.count = 30;
        break;
    }
    const qint64 currentStart = floorToMultiple(nowMs + utcOffsetMs, buckets.bucketMs) - utcOffsetMs;
    buckets.startMs = currentStart - buckets.bucketMs * (buckets.count - 1);
    return buckets;
}

} // namespace nova
