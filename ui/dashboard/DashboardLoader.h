#pragma once

#include "Result.h"
#include "dashboard/DashboardFigures.h"
#include "dashboard/DashboardRange.h"

namespace nova {
class DashboardQuery;
}

namespace nova::ui {

class UiSession;

// What one dashboard load reads. The optional sections are asked for only
// when the page shows them (the user holds the permission); each read is
// authorised again on the worker thread, and a refusal is logged.
struct DashboardRequest {
    DashboardRange range = DashboardRange::Last24Hours;
    qint64 utcOffsetMs = 0;
    bool alerts = false;
    bool twoFactor = false;
};

// Runs a dashboard load, off the GUI thread: security_log:read for the
// log's figures, alerts:read for alerts by severity, users:read for 2FA
// adoption. Without security_log:read nothing is read; a refused optional
// section is left out.
class DashboardLoader {
public:
    // The enrollment list is for reading, not paging through.
    static constexpr int kUsersWithoutTwoFactorLimit = 500;

    static Result<DashboardSnapshot> load(const UiSession& session, const DashboardQuery& query,
                                          const DashboardRequest& request);
};

} // namespace nova::ui
