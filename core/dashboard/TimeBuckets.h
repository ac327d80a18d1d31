#pragma once

#include "dashboard/DashboardRange.h"

#include <QtGlobal>

namespace nova {

// Consecutive, equal time buckets: [startMs, startMs + bucketMs), … up to
// endMs(). Times are milliseconds since the epoch (UTC), as stored.
struct TimeBuckets {
    qint64 startMs = 0;
    qint64 bucketMs = 0;
    int count = 0;

    qint64 endMs() const { return startMs + bucketMs * count; } // exclusive
    qint64 bucketStartMs(int index) const { return startMs + bucketMs * index; }
    // The bucket holding ms, or -1 outside.
    int indexOf(qint64 ms) const;

    // The buckets of `range` whose last one holds nowMs, aligned to whole
    // local hours or local days. utcOffsetMs is local time minus UTC (+3 h in
    // Riyadh), so a day bucket runs from local midnight to local midnight
    // rather than from UTC midnight, which is 3 a.m. there.
    static TimeBuckets forRange(DashboardRange range, qint64 nowMs, qint64 utcOffsetMs);
};

} // namespace nova
