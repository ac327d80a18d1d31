#include "LogRetention.h"

#include "rbac/AdminAudit.h"
#include "secrets/KeyRing.h"
#include "securitylog/LogArchiveFile.h"
#include "securitylog/SecurityLog.h"
#include "storage/Database.h"
#include "storage/SettingsTable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace nova {

namespace {

const QString kDaysKey = QStringLiteral("log.retention_days");
const QString kFolderKey = QStringLiteral("log.archive_folder");
const QString kLastRunKey = QStringLiteral("log.last_archive_at");
const QString kArchiveKeyPurpose = QStringLiteral("log-archive");
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

const QRegularExpression& archiveName()
{
    static const QRegularExpression name(QStringLiteral("^security-log-(\\d+)-(\\d+)\\.jsonl\\.gz$"));
    return name;
}

Result<std::optional<qint64>> optionalNumber(const Database& db, const QString& sql,
                                             const QVariantList& values)
{
    auto row = db.exec(sql, values);
    if (!row)
        return row.error();
    if (!row->next() || row->value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(row->value(0).toLongLong());
}

} // namespace

LogRetention::LogRetention(const Database& db, SecurityLog& log, AdminAudit& audit, KeyRing& keys,
                           const Clock& clock)
    : m_db(db)
    , m_log(log)
    , m_audit(audit)
    , m_keys(keys)
    , m_clock(clock)
{}

Result<RetentionPolicy> LogRetention::policy() const
{
    auto rows = m_db.exec(QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?)"),
                          {kDaysKey, kFolderKey});
    if (!rows)
        return rows.error();
    RetentionPolicy policy;
    while (rows->next()) {
        const QString value = rows->value(1).toString();
        if (rows->value(0).toString() == kFolderKey) {
            policy.archiveFolder = value;
            continue;
        }
        bool ok = false;
        const int days = value.toInt(&ok);
        if (ok && days >= RetentionPolicy::kMinDays && days <= RetentionPolicy::kMaxDays)
            policy.days = days;
        else
            qWarning("settings: ignoring %s = \"%s\"", qPrintable(kDaysKey), qPrintable(value));
    }
    return policy;
}

Status LogRetention::setPolicy(const RetentionPolicy& policy, const Actor& actor)
{
    if (policy.days < RetentionPolicy::kMinDays || policy.days > RetentionPolicy::kMaxDays)
        return Error{QStringLiteral("retention.invalid_days"), tr("Keep the log between %1 and %2 days.")
                                                                   .arg(RetentionPolicy::kMinDays)
                                                                   .arg(RetentionPolicy::kMaxDays)};
    if (!policy.archiveFolder.isEmpty() && QDir::isRelativePath(policy.archiveFolder))
        return Error{QStringLiteral("retention.invalid_folder"),
                     tr("The archive folder must be a full path, like %1.").arg(defaultArchiveFolder())};
    return SettingsTable::writeAudited(m_db, m_audit, actor, [&]() -> Result<QList<SettingChange>> {
        auto current = this->policy();
        if (!current)
            return current.error();
        QList<SettingChange> changes;
        if (current->days != policy.days)
            changes.append({kDaysKey, current->days, policy.days, QString::number(policy.days)});
        if (current->archiveFolder != policy.archiveFolder)
            changes.append({kFolderKey, current->archiveFolder, policy.archiveFolder, policy.archiveFolder});
        return changes;
    });
}

QString LogRetention::defaultArchiveFolder() const
{
    // Not AppDataLocation: nova-admin, nova-ctl and nova-service must agree.
    const QString base = m_db.isPostgres()
                             ? QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                                   .filePath(QStringLiteral("nova-admin"))
                             : QFileInfo(m_db.url().sqlitePath).absolutePath();
    return QDir(base).filePath(QStringLiteral("log-archive"));
}

QString LogRetention::archiveFolder(const RetentionPolicy& policy) const
{
    return policy.archiveFolder.isEmpty() ? defaultArchiveFolder() : policy.archiveFolder;
}

Result<std::optional<qint64>> LogRetention::lastRunMs() const
{
    auto stored = SettingsTable::read(m_db, kLastRunKey);
    if (!stored)
        return stored.error();
    if (!*stored)
        return std::optional<qint64>();
    return std::optional<qint64>((*stored)->toLongLong());
}

Result<std::optional<ArchiveRun>> LogRetention::archive(const Actor& actor, std::optional<qint64> olderThanMs)
{
    auto policy = this->policy();
    if (!policy)
        return policy.error();
    const qint64 now = m_clock.nowMSecs();
    const qint64 cutoff = olderThanMs.value_or(now - policy->days * kDayMs);
    auto last = optionalNumber(m_db, QStringLiteral("SELECT MAX(id) FROM security_log WHERE created_at < ?"),
                               {cutoff});
    if (!last)
        return last.error();
    if (!*last)
        return std::optional<ArchiveRun>();

    auto anchor = m_log.anchor();
    if (!anchor)
        return anchor.error();
    const QString startHash = *anchor ? (*anchor)->lastHash : QString::fromLatin1(SecurityLog::kGenesisHash);
    LogChainVerifier verifier(startHash);
    if (const Status walked = m_log.verifyLive(verifier, *anchor); !walked)
        return walked.error();
    if (verifier.isBroken())
        return Error{
            QStringLiteral("retention.chain_broken"),
            tr("Nothing was archived: the security log does not verify. %1").arg(verifier.report().reason)};
    // An erasure between reading and deleting would change entries the
    // archive already holds: it is detected by its erase_user entry.
    const auto latestErasure = [this] {
        return optionalNumber(m_db, QStringLiteral("SELECT MAX(id) FROM security_log WHERE event = ?"),
                              {EventType::EraseUser});
    };
    const auto changedMeanwhile = [] {
        return Error{QStringLiteral("retention.changed"),
                     tr("The log changed while it was being archived. Nothing was archived; try again.")};
    };
    auto erasureMark = latestErasure();
    if (!erasureMark)
        return erasureMark.error();
    auto first = optionalNumber(m_db, QStringLiteral("SELECT MIN(id) FROM security_log"), {});
    if (!first)
        return first.error();
    auto key = m_keys.hmacKey(kArchiveKeyPurpose);
    if (!key)
        return key.error();

    const QString folder = archiveFolder(*policy);
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("retention.folder"),
                     tr("The archive folder %1 could not be created.").arg(folder)};
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString name = QStringLiteral("security-log-%1-%2.jsonl.gz").arg(**first).arg(**last);
    const QString path = QDir(folder).filePath(name);
    if (QFile::exists(path))
        return Error{QStringLiteral("retention.exists"), tr("The archive %1 already exists.").arg(path)};

    LogArchiveWriter writer(path, *key);
    if (const Status opened = writer.open(startHash, now); !opened)
        return opened.error();
    Status added;
    if (const Status walked = m_log.forEachEntry(*last,
                                                 [&](const SecurityLogEntry& entry) {
                                                     added = writer.add(entry);
                                                     return added.ok();
                                                 });
        !walked)
        return walked.error();
    if (!added)
        return added.error();
    auto summary = writer.finish();
    if (!summary)
        return summary.error();

    std::optional<SecurityLogEntry> recorded;
    const Status moved = m_db.transaction([&]() -> Status {
        auto mark = latestErasure();
        if (!mark)
            return mark.error();
        if (*mark != *erasureMark)
            return changedMeanwhile();
        // Recorded first, so it links to the newest entry like any other
        // (after the delete, the table may hold nothing to link to).
        auto entry =
            m_audit.record(actor, EventType::LogArchived,
                           {{LogChainVerifier::kArchiveFile, name},
                            {QStringLiteral("first_id"), summary->firstId},
                            {LogChainVerifier::kArchiveLastId, summary->lastId},
                            {QStringLiteral("count"), summary->count},
                            {LogChainVerifier::kArchiveLastHash, summary->lastHash},
                            {QStringLiteral("file_sha256"), QString::fromLatin1(summary->fileSha256)}});
        if (!entry)
            return entry.error();
        recorded = *entry;
        auto deleted = m_db.exec(QStringLiteral("DELETE FROM security_log WHERE id <= ?"), {**last});
        if (!deleted)
            return deleted.error();
        if (deleted->numRowsAffected() != summary->count)
            return changedMeanwhile();
        auto anchored = m_db.exec(
            QStringLiteral("INSERT INTO log_anchor (id, archived_through_id, last_hash, "
                           "archive_file, archived_at) VALUES (1, ?, ?, ?, ?)"
                           " ON CONFLICT (id) DO UPDATE SET archived_through_id = "
                           "excluded.archived_through_id, last_hash = excluded.last_hash,"
                           " archive_file = excluded.archive_file, archived_at = excluded.archived_at"),
            {summary->lastId, summary->lastHash, name, now});
        if (!anchored)
            return anchored.error();
        if (const Status stamped = SettingsTable::write(m_db, kLastRunKey, QString::number(now)); !stamped)
            return stamped;
        return {};
    });
    if (!moved) {
        QFile::remove(path);
        return moved.error();
    }
    m_audit.announce(*recorded);
    return std::optional<ArchiveRun>(ArchiveRun{path, summary->count, summary->firstId, summary->lastId});
}

QStringList LogRetention::archiveFiles(const QString& folder)
{
    QList<std::pair<qint64, QString>> found;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("security-log-*.jsonl.gz")}, QDir::Files)) {
        const auto match = archiveName().match(name);
        if (match.hasMatch())
            found.append({match.captured(1).toLongLong(), dir.filePath(name)});
    }
    std::sort(found.begin(), found.end());
    QStringList files;
    for (const auto& [firstId, path] : std::as_const(found))
        files.append(path);
    return files;
}

Result<LogVerification> LogRetention::verifyWithArchives(const QString& folder) const
{
    const QStringList files = archiveFiles(folder);
    if (files.isEmpty())
        return m_log.verify();
    auto key = m_keys.hmacKey(kArchiveKeyPurpose);
    if (!key)
        return key.error();
    // The oldest archives may have been deleted on purpose: the chain is
    // checked from the first entry that is still kept.
    std::optional<LogChainVerifier> verifier;
    for (const QString& file : files) {
        auto read = LogArchiveReader::read(file, *key, [&](const SecurityLogEntry& entry) {
            if (!verifier)
                verifier.emplace(entry.prevHash);
            return verifier->add(entry);
        });
        if (!read)
            return read.error();
        if (verifier && verifier->isBroken())
            return verifier->report();
    }
    if (!verifier)
        return m_log.verify();
    auto anchor = m_log.anchor();
    if (!anchor)
        return anchor.error();
    if (const Status live = m_log.verifyLive(*verifier, *anchor); !live)
        return live.error();
    return verifier->report();
}

} // namespace nova
