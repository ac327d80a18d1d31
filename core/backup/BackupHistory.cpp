#include "BackupHistory.h"

#include "storage/Database.h"
#include "storage/SettingsTable.h"

#include <QHash>

namespace nova {

namespace {

const QString kAt = QStringLiteral("backup.last.at");
const QString kKind = QStringLiteral("backup.last.kind");
const QString kFile = QStringLiteral("backup.last.file");
const QString kSize = QStringLiteral("backup.last.size");
const QString kNote = QStringLiteral("backup.last.note");
const QString kBy = QStringLiteral("backup.last.by");

} // namespace

BackupHistory::BackupHistory(const Database& db)
    : m_db(db)
{}

Result<std::optional<BackupRecord>> BackupHistory::last() const
{
    auto rows = m_db.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'backup.last.%'"));
    if (!rows)
        return rows.error();
    QHash<QString, QString> values;
    while (rows->next())
        values.insert(rows->value(0).toString(), rows->value(1).toString());
    bool ok = false;
    const qint64 at = values.value(kAt).toLongLong(&ok);
    if (!ok || at <= 0)
        return std::optional<BackupRecord>();
    BackupRecord record;
    record.atMs = at;
    record.kind = values.value(kKind);
    record.file = values.value(kFile);
    record.sizeBytes = values.value(kSize).toLongLong();
    record.note = values.value(kNote);
    record.by = values.value(kBy);
    return std::optional<BackupRecord>(record);
}

Status BackupHistory::record(const BackupRecord& record)
{
    const QList<std::pair<QString, QString>> values{
        {kAt, QString::number(record.atMs)},        {kKind, record.kind}, {kFile, record.file},
        {kSize, QString::number(record.sizeBytes)}, {kNote, record.note}, {kBy, record.by}};
    return m_db.transaction([&]() -> Status {
        for (const auto& [key, value] : values) {
            if (const Status written = SettingsTable::write(m_db, key, value); !written)
                return written;
        }
        return {};
    });
}

bool BackupHistory::isOverdue(const std::optional<BackupRecord>& last, qint64 nowMs)
{
    return !last || nowMs - last->atMs > kOverdueAfterMs;
}

} // namespace nova
