#pragma once

#include "Severity.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace nova::ui {

// How alerts look and read in the desktop: translated names for severities
// and alert types, and a colour plus a shape per severity (so severity is
// not told by colour alone).
class AlertPresentation {
    Q_DECLARE_TR_FUNCTIONS(nova::ui::AlertPresentation)
public:
    static QString severityText(Severity severity);
    static QColor severityColor(Severity severity);
    static QIcon severityIcon(Severity severity);
    // "brute_force" → "Brute force"; an unknown type is shown as it is.
    static QString typeName(const QString& type);
};

} // namespace nova::ui
