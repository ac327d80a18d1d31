#pragma once

#include "Severity.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QStringList>

namespace nova::ui {

// How the desktop names and draws what the security log stores: event types
// as translatable phrases ("Sign-in" for "login"), severities as a word, a
// colour and an icon. The stored names stay untranslated in the database and
// in exports; only the screen shows these.
class EventTypeNames {
    Q_DECLARE_TR_FUNCTIONS(nova::ui::EventTypeNames)
public:
    // Every event type the service layer writes, in a sensible menu order.
    static QStringList knownTypes();
    // The translated name; an unknown type is shown as stored.
    static QString displayName(const QString& type);

    static QString severityName(Severity severity);
    static QColor severityColour(Severity severity);
    // A dot in the severity's colour; high and critical carry a "!" so the
    // difference does not rest on colour alone.
    static QIcon severityIcon(Severity severity);
};

} // namespace nova::ui
