#pragma once

#include "Result.h"
#include "securitylog/SecurityEvent.h"
#include "securitylog/SecurityLogFilter.h"

#include <QList>

#include <optional>

namespace nova {

class Database;

struct SecurityLogPage {
    QList<SecurityLogEntry> entries; // newest first
    // Pass as beforeId to get the next (older) page; empty on the last page.
    std::optional<qint64> nextBeforeId;
};

// Reads the security log with filters. Paging is by key (id < last id seen,
// newest first) rather than OFFSET, so page 5,000 costs what page 1 costs and
// rows appended meanwhile neither repeat nor shift entries between pages.
class SecurityLogQuery {
public:
    static constexpr int kMaxLimit = 10000;

    explicit SecurityLogQuery(const Database& db);

    // limit must be 1..kMaxLimit.
    Result<SecurityLogPage> page(const SecurityLogFilter& filter, std::optional<qint64> beforeId,
                                 int limit) const;
    Result<qint64> count(const SecurityLogFilter& filter) const;
    Result<SecurityLogEntry> entry(qint64 id) const;

    // Oldest first, id in (afterId, upToId]: the batches an export walks
    // through, bounded above so entries written during the export (including
    // its own audit entry) do not extend it.
    Result<QList<SecurityLogEntry>> ascending(const SecurityLogFilter& filter, qint64 afterId, qint64 upToId,
                                              int limit) const;
    Result<qint64> count(const SecurityLogFilter& filter, qint64 upToId) const;
    // The newest id, 0 for an empty log.
    Result<qint64> lastId() const;

private:
    const Database& m_db;
};

} // namespace nova
