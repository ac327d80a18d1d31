#pragma once

#include <QJsonObject>
#include <QString>

namespace nova::service {

// nova-service logs to stderr, one JSON object per line
// ({"time","level","message",…fields}), so journald and log shippers can
// parse it. install() routes Qt's own messages (qWarning from the services)
// through the same format.
namespace DaemonLog {

void install();
void info(const QString& message, const QJsonObject& fields = {});
void warning(const QString& message, const QJsonObject& fields = {});
void error(const QString& message, const QJsonObject& fields = {});

} // namespace DaemonLog

} // namespace nova::service
