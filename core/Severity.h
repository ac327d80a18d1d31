#pragma once

#include <QString>

namespace nova {

enum class Severity { Info, Low, Medium, High, Critical };

QString severityName(Severity severity); // "info", "low", … as stored and sent on the wire
Severity severityFromName(const QString& name);

} // namespace nova
