#pragma once

#include "Result.h"

#include <QString>

#include <functional>

namespace nova {
class ServiceHub;
}

namespace nova::ui {

// Fills a throw-away database for `nova-admin --demo`: users of every role
// with Arabic and English names (some with 2FA, one disabled, one locked), a
// custom role, blocked addresses and ranges, and a security log of about a
// hundred thousand events spread over the last thirty days, so that a
// newcomer sees every page with something on it.
class DemoSeeder {
public:
    // done/total over all steps; called from the seeding thread.
    using Progress = std::function<void(int done, int total)>;

    explicit DemoSeeder(ServiceHub& hub);

    Status seed(const Progress& progress, int logEvents = 100'000);

    static QString adminUsername() { return QStringLiteral("demo.admin"); }
    // Shown in the window title and on the terminal: the demo's database is
    // thrown away on exit, so this is not a secret worth keeping.
    static QString password() { return QStringLiteral("Demo-Password-2026"); }

private:
    Status seedUsers();
    Status seedLastSignIns();
    Status seedBlocks();
    Status seedLog(const Progress& progress, int events);

    ServiceHub& m_hub;
};

} // namespace nova::ui
