#pragma once

#include <QString>

namespace nova {

// Where a permission check comes from, recorded with every refusal.
struct AccessContext {
    QString ip;
    QString userAgent;
    QString endpoint; // the screen, command or API path that asked
};

} // namespace nova
