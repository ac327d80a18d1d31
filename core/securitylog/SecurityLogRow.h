#pragma once

#include "securitylog/SecurityEvent.h"

#include <QSqlQuery>
#include <QString>

namespace nova {

// The one place that knows how a security_log row maps to an entry, shared
// by the writer (verify) and the readers (query, export).
namespace SecurityLogRow {

// "id, created_at, …, hash": the column list entryFromRow() expects, in order.
QString columns();
SecurityLogEntry entryFromRow(const QSqlQuery& query);
// Metadata as stored and hashed: compact JSON, or empty for no metadata.
QString metadataText(const QJsonObject& metadata);

} // namespace SecurityLogRow

} // namespace nova
