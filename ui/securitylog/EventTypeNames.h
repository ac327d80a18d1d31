#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace nova::ui {

// How the desktop names and draws what the security log stores: event types
// as translatable phrases ("Sign-in" for "login"). Severities look as they do
// on the alerts page (AlertPresentation). The stored names stay untranslated
// in the database and in exports; only the screen shows these.
class EventTypeNames {
    Q_DECLARE_TR_FUNCTIONS(nova::ui::EventTypeNames)
public:
    // Every event type the service layer writes, in a sensible menu order.
    static QStringList knownTypes();
    // The translated name; an unknown type is shown as stored.
    static QString displayName(const QString& type);
};

} // namespace nova::ui
