#pragma once

#include "Severity.h"
#include "alerts/Alert.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace nova::ui {

// How alerts look and read in the desktop: translated names for severities
// and alert types, and a colour plus a shape per severity (so severity is
// not told by colour alone). The security log shows severities the same way.
class AlertPresentation {
    Q_DECLARE_TR_FUNCTIONS(nova::ui::AlertPresentation)
public:
    static QString severityText(Severity severity);
    static QColor severityColor(Severity severity);
    static QIcon severityIcon(Severity severity);
    // "brute_force" → "Brute force"; an unknown type is shown as it is.
    static QString typeName(const QString& type);
    // The alert's message in the UI's language at the time of the call:
    // Arabic when the UI is Arabic and the alert has an Arabic text.
    static QString message(const Alert& alert);
};

} // namespace nova::ui
