#pragma once

namespace nova {

// The periods the security dashboard summarises: the last 24 hours in
// hourly buckets, the last 7 and 30 days in daily buckets.
enum class DashboardRange { Last24Hours, Last7Days, Last30Days };

} // namespace nova
